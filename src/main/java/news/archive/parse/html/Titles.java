package news.archive.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.parse.Headlines;
import news.archive.parse.Outlets;

/**
 * The article's title: the first the page declares (JSON-LD {@code headline}, {@code og:title},
 * {@code twitter:title}, Dublin Core, {@code <title>}), else its visible headline; and the site's
 * name cut from it. A part set off by a separator is the site's name only when something else says
 * so: it is the name the page gives its site, a word of its address, or the part {@code <title>}
 * closes with too. A headline with a colon or a dash of its own keeps it. What a site adds around a
 * headline ({@code (Published 2016)}, a kicker) is no part of it ({@link Headlines}).
 */
final class Titles {

  /** Separators between a title and the site's name. */
  private static final Pattern SEPARATOR =
      Pattern.compile(
          "\\s+[|\u2013\u2014\u00b7\u2022\u00bb/\\\\~-]\\s+|\\s*::\\s*|\\s*[\uff5c\uff1a_:]\\s*");

  private static final Pattern SECTION =
      Pattern.compile(
          "(?i)^(?:opinion|editorial|analysis|review|comment|commentary|letters?|obituary"
              + "|explainer|live|watch|video|podcast|exclusive)\\s+[|\uff5c]\\s+"
              + "|\\s+[|\uff5c]\\s+(?:opinion|editorial|analysis|review|comment|commentary"
              + "|letters?|obituary|explainer|live|video|podcast)$");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern DOT = Pattern.compile("\\.");
  private static final Pattern HOST = Pattern.compile("^[a-z]+://([^/:?#]+)");

  /** The title and the site name cut from it (or null). */
  record Title(String title, String site) {}

  private Titles() {}

  static Title of(PageMeta meta, String visible, String siteName) {
    String declared = declared(meta);
    String tag = meta.titleTag;
    String title = declared != null ? declared : tag != null ? tag : visible;
    if (title == null) {
      return new Title(null, null);
    }
    List<String> names = siteNames(meta, siteName, tag, title);
    Title cut = cut(Headlines.clean(title), names);
    return new Title(withoutSection(cut.title()), cut.site());
  }

  /**
   * A title without the name of the section it was filed under, set off by a bar at either end
   * ({@code Opinion | Republicans ...}, {@code ... | Editorial}): a label, not the headline.
   */
  static String withoutSection(String title) {
    Matcher m = SECTION.matcher(title);
    return m.find() && m.end() - m.start() < title.length() ? m.replaceFirst("").strip() : title;
  }

  private static String declared(PageMeta meta) {
    String headline = meta.article("headline").orElse(null);
    String name = meta.article("name").orElse(null);
    String tag = meta.titleTag;
    // Some pages put a description in headline; the name is then the title <title> agrees with.
    if (headline != null
        && name != null
        && tag != null
        && !Header.key(tag).contains(Header.key(headline))
        && Header.key(tag).startsWith(Header.key(name))) {
      headline = name;
    }
    if (headline != null) {
      return headline;
    }
    return meta.meta("og:title", "twitter:title", "dc.title", "dcterms.title").orElse(null);
  }

  /** What may stand for the site's name beside the title. */
  private static List<String> siteNames(PageMeta meta, String siteName, String tag, String title) {
    List<String> names = new ArrayList<>();
    if (siteName != null) {
      names.add(Header.key(siteName));
    }
    String url = meta.canonical;
    if (url != null) {
      Matcher m = HOST.matcher(url.toLowerCase(Locale.ROOT));
      if (m.find()) {
        for (String word : DOT.split(m.group(1), -1)) {
          if (word.length() > 2 && !word.equals("www") && !word.equals("com")) {
            names.add(Header.key(word));
          }
        }
      }
    }
    if (tag != null && !tag.equals(title)) {
      String[] parts = SEPARATOR.split(tag, -1);
      if (parts.length > 1) {
        names.add(Header.key(parts[parts.length - 1]));
      }
    }
    names.removeIf(String::isEmpty);
    return names;
  }

  /** A name and the parts separators set apart in it ({@code Site | tagline}: all three). */
  static List<String> parts(String name) {
    List<String> parts = new ArrayList<>(List.of(SEPARATOR.split(name, -1)));
    parts.add(name);
    return parts;
  }

  /** Cuts a site's name from the end, or from the start, of a title. */
  static Title cut(String title, List<String> names) {
    Matcher m = SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart <= 0) {
      return byTextRules(title, names);
    }
    String after = title.substring(lastEnd).strip();
    if (isSiteName(after, names) && lastStart > 0) {
      return new Title(title.substring(0, lastStart).strip(), after);
    }
    String before = title.substring(0, firstStart).strip();
    if (isSiteName(before, names) && firstEnd < title.length()) {
      return new Title(title.substring(firstEnd).strip(), before);
    }
    return byTextRules(title, names);
  }

  /** Nothing on the page names the site: the text parser's rules for a headline's suffix. */
  private static Title byTextRules(String title, List<String> names) {
    if (!names.isEmpty()) {
      return new Title(title, null); // the page names its site, and not here
    }
    return Outlets.split(title)
        .map(s -> new Title(s.title(), s.outlet()))
        .orElse(new Title(title, null));
  }

  private static boolean isSiteName(String part, List<String> names) {
    String key = Header.key(part);
    if (key.isEmpty()) {
      return false;
    }
    boolean short_ = SPACES.split(part.strip(), -1).length <= 4;
    for (String name : names) {
      if (key.equals(name)
          || (short_ && name.length() >= 3 && key.contains(name))
          || (short_ && key.length() >= 4 && name.contains(key))) {
        return true;
      }
    }
    return false;
  }
}
