package news.archive.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.parse.Lines;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's authors: from JSON-LD, then the meta names news systems use, then the page's
 * marked-up byline ({@code rel=author}, {@code itemprop=author}, an element named byline or
 * author), then a {@code By ...} line under the headline. When the metadata names someone that
 * neither the lines under the headline nor a byline element show (often the publishing company),
 * the byline the page shows wins. Addresses, handles, companies, the site's own name and anything
 * in a comment thread are not authors.
 */
final class Bylines {

  private static final Pattern BY =
      Pattern.compile(
          "^(?:(?i:(?:(?:written|analysis|opinion|story|words|text|reporting|commentary)\\s+)?by|von|par|por|di|door|av|af)(?:\\s*:\\s*|\\s+)|(?:By|BY)(?=\\p{Lu})|(?i:by)(?=(?i:by)\\b))+");

  /** Companies are publishers, not authors. */
  private static final Pattern COMPANY =
      Pattern.compile(
          "(?i)\\b(?:inc|ltd|llc|gmbh|corp|co|plc|s\\.a|k\\.k)\\.?$|\u682a\u5f0f\u4f1a\u793e");

  private static final Pattern NOT_A_NAME =
      Pattern.compile("^(?:https?:|www\\.|/|@)|\\.(?:com|org|net)\\b|[<>{}]");

  /** Where a byline element's text stops being the names: a date, a separator, a title. */
  private static final Pattern NAMES_END =
      Pattern.compile(
          "\\s*(?:[|\u2022\u00b7/\u2013\u2014]|\\s-\\s|\\d|\\b(?:Updated|Published|Posted|on|Follow|is|was|writes)\\b"
              + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d).*$",
          Pattern.DOTALL);

  private static final int MAX_NAME = 100;

  /** A name in mixed case followed by words in capitals: the outlet (Meg Wagner NEW YORK POST). */
  private static final Pattern CAPITALS_AFTER =
      Pattern.compile("(?<=\\p{Lu}\\p{Ll}{1,30})\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})+$");

  private static final Pattern TRAILING = Pattern.compile("[\\s,;:]+$");

  /**
   * Elements that hold the byline, from the most to the least telling: one named byline, one named
   * for the author's name, a link to the author's page, one named author.
   */
  private static final List<String> BYLINE_ELEMENTS =
      List.of(
          "[class~=(?i)byline], [id~=(?i)byline]",
          "[class~=(?i)(author|writer)[-_a-z]*name]",
          "a[href~=(?i)/(author|authors|writer|writers|editors|journalist|journalists|staff)/[^/]+/?$]",
          "[class~=(?i)author]");

  /** The first of these that say outright that they hold the byline (not merely "author"). */
  private static final int STRONG_BYLINE_ELEMENTS = 3;

  /** Words of a page's controls, which are never part of a name. */
  private static final Pattern CONTROL_WORDS =
      Pattern.compile("(?i)\\b(?:see|view|follow|profile|skip|content|sign|log|all|more|share)\\b");

  private Bylines() {}

  static String of(Document doc, PageMeta meta, String site, List<String> headerLines) {
    List<String> declared = declared(doc, meta, site);
    List<String> names = declared;
    if (declared.isEmpty()) {
      names = visible(doc, site, headerLines, BYLINE_ELEMENTS.size());
    } else if (!shown(declared, doc, headerLines)) {
      // The metadata names someone the page's byline does not show: the byline wins.
      List<String> visible = visible(doc, site, headerLines, STRONG_BYLINE_ELEMENTS);
      names = visible.isEmpty() ? declared : visible;
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** The authors the page's metadata names. */
  private static List<String> declared(Document doc, PageMeta meta, String site) {
    List<String> names = new ArrayList<>();
    for (String name : meta.authors()) {
      add(names, name, site);
    }
    for (String n :
        meta.metas(
            "author",
            "parsely-author",
            "sailthru.author",
            "dc.creator",
            "dcterms.creator",
            "citation_author",
            "article:author",
            "og:article:author",
            "byl")) {
      if (!names.isEmpty()) {
        break;
      }
      add(names, n, site);
    }
    if (names.isEmpty()) {
      namesInProfileAddresses(doc, meta, site, names);
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[itemprop=author], [rel=author]")) {
        Element named = e.selectFirst("[itemprop=name]");
        add(names, (named != null ? named : e).text(), site);
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return names;
  }

  /**
   * Authors given as the addresses of their pages ({@code article:author} is often one, or
   * several): {@code .../profile/julia-carrie-wong} names Julia Carrie Wong, when the page shows
   * that name.
   */
  private static void namesInProfileAddresses(
      Document doc, PageMeta meta, String site, List<String> names) {
    String shown = null;
    for (String value : meta.metas("article:author", "author")) {
      for (String address : LIST_SPLIT.split(value, -1)) {
        Matcher m = PROFILE_SLUG.matcher(address.strip());
        if (!m.find()) {
          continue;
        }
        StringBuilder name = new StringBuilder();
        for (String word : m.group(1).split("-", -1)) {
          name.append(name.length() > 0 ? " " : "")
              .append(Character.toUpperCase(word.charAt(0)))
              .append(word.substring(1));
        }
        if (shown == null) {
          shown = Header.key(doc.body().text());
        }
        if (shown.contains(Header.key(name.toString()))) {
          add(names, name.toString(), site);
        }
      }
    }
  }

  private static final Pattern LIST_SPLIT = Pattern.compile("[,\\s]+");

  /** The last part of a web address, two to four words of letters joined by hyphens. */
  private static final Pattern PROFILE_SLUG =
      Pattern.compile("^https?://[^\\s]*/(\\p{L}{2,}(?:-\\p{L}{2,}){1,3})/?$");

  /** The authors the page's visible byline names. */
  private static List<String> visible(
      Document doc, String site, List<String> headerLines, int queries) {
    List<String> names = new ArrayList<>();
    for (String query : BYLINE_ELEMENTS.subList(0, queries)) {
      if (!names.isEmpty()) {
        break;
      }
      Element e = firstOutsideFurniture(doc, query);
      if (e == null) {
        continue;
      }
      Element link = e.normalName().equals("a") ? e : e.selectFirst("a");
      add(names, link != null ? link.text() : cutNames(e.text()), site);
    }
    if (names.isEmpty()) {
      for (String line : headerLines) {
        Lines.byline(line).ifPresent(n -> add(names, n, site));
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    return names;
  }

  /** Whether one of these names is shown under the headline or in a byline element. */
  private static boolean shown(List<String> names, Document doc, List<String> headerLines) {
    StringBuilder shown = new StringBuilder(String.join(" ", headerLines));
    for (Element e : doc.select(BYLINE_ELEMENTS.get(0))) {
      shown.append(' ').append(e.text());
    }
    String text = Header.key(shown.toString());
    for (String name : names) {
      if (text.contains(Header.key(name))) {
        return true;
      }
    }
    return false;
  }

  /** The first match that is not in a comment thread, a box of related stories, or hidden. */
  private static Element firstOutsideFurniture(Document doc, String query) {
    for (Element e : doc.select(query)) {
      boolean furniture = false;
      for (Element up = e; up != null && !furniture; up = up.parent()) {
        furniture = Boilerplate.isNeverArticle(up) || Boilerplate.isHidden(up);
      }
      if (!furniture) {
        return e;
      }
    }
    return null;
  }

  /**
   * Names without the job titles some pages put after them ({@code Chris Doe, CNN
   * Editor-at-large}): a part after a comma that names a job is not a name.
   */
  private static String withoutJobTitles(String names) {
    String[] parts = COMMA.split(names, -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (i == 0 || !JOB.matcher(parts[i]).find()) {
        kept.add(parts[i].strip());
      }
    }
    return String.join(", ", kept);
  }

  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern JOB =
      Pattern.compile(
          "(?i)\\b(?:editor|correspondent|reporter|writer|columnist|contributor|producer|analyst"
              + "|staff|critic|chief|bureau)\\b");

  private static String cutNames(String text) {
    String t = BY.matcher(Reading.collapse(text)).replaceFirst("");
    return NAMES_END.matcher(t).replaceFirst("");
  }

  private static void add(List<String> names, String raw, String site) {
    String whole = BY.matcher(Reading.collapse(raw)).replaceFirst("").strip();
    if (NOT_A_NAME.matcher(whole).find() || whole.endsWith("...") || whole.endsWith("\u2026")) {
      return;
    }
    String name = NAMES_END.matcher(whole).replaceFirst("");
    name = TRAILING.matcher(CAPITALS_AFTER.matcher(name).replaceFirst("")).replaceFirst("");
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || name.length() < 2
        || COMPANY.matcher(name).find()
        || CONTROL_WORDS.matcher(name).find()) {
      return;
    }
    String key = Header.key(name);
    if (site != null && Titles.parts(site).stream().anyMatch(p -> Header.key(p).equals(key))) {
      return; // the site's name, or a part of it (Site | tagline)
    }
    name = withoutJobTitles(name);
    for (String known : names) {
      if (Header.key(known).equals(Header.key(name))) {
        return;
      }
    }
    names.add(name);
  }
}
