package news.archive.parse.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.archive.Article;
import news.archive.parse.Dates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's publication date, from the most to the least trustworthy source: JSON-LD {@code
 * datePublished}; the meta names for a publication date ({@code article:published_time} and the
 * names news systems use); the date in the page's address; a {@code <time>} or {@code
 * itemprop=datePublished} in the article; a date written under the headline; any element with a
 * {@code datetime}; and only when the page gives no other date, the date it was last modified.
 *
 * <p>Two checks. A timestamp in UTC gives the UTC day, which is the day before or after the local
 * one for articles published near midnight; when another source gives that neighbouring day, that
 * is the local date. And a date line under the headline (a line that is a date and nothing more)
 * that contradicts the metadata wins: the page shows its readers that date.
 */
final class PageDates {

  private static final String[] PUBLISHED =
      new String[] {
        "article:published_time",
        "og:article:published_time",
        "og:published_time",
        "article:published",
        "datepublished",
        "parsely-pub-date",
        "sailthru.date",
        "dc.date.issued",
        "dcterms.issued",
        "dc.date",
        "dcterms.date",
        "dcterms.created",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "published_date",
        "published_at",
        "citation_publication_date",
        "citation_date",
        "originalpublicationdate",
        "article.published",
        "cxenseparse:recs:publishtime"
      };

  private static final Pattern OTHER_DATE_NAME =
      Pattern.compile("publish|pubdate|created|issued|(?:^|[:._-])date(?:$|[:._-])");
  private static final Pattern NOT_PUBLISHED = Pattern.compile("modif|updat|expir|revis|valid");
  private static final Pattern UTC = Pattern.compile("T(\\d{2}):\\d{2}.*(?:Z|[+-]00:?00)$");

  private static final int MAX_LABEL = 30;

  /** How many lines after an update's date a date of publication is looked for. */
  private static final int NEAR_UPDATE = 3;

  private PageDates() {}

  static Optional<Header.Dated> of(Document doc, PageMeta meta, HeaderZone zone, DateSpan span) {
    List<String> headerLines = zone.after();
    List<String> values = new ArrayList<>();
    meta.article("datePublished", "dateCreated").ifPresent(values::add);
    values.addAll(meta.metas(PUBLISHED));
    for (String name : meta.names()) {
      if (OTHER_DATE_NAME.matcher(name).find() && !NOT_PUBLISHED.matcher(name).find()) {
        values.add(meta.meta(name).orElseThrow());
      }
    }
    Optional<Header.Dated> visible =
        dateLine(headerLines, span).or(() -> dateLine(zone.before(), span));
    for (String value : values) {
      Optional<LocalDate> date = Timestamps.date(value).filter(span::holds);
      if (date.isPresent()) {
        LocalDate d = localDay(value, date.get(), values, headerLines);
        if (visible.isPresent() && !visible.get().date().equals(d)) {
          return visible;
        }
        return Optional.of(new Header.Dated(d, Article.DateFrom.META));
      }
    }
    Optional<LocalDate> inUrl =
        Optional.ofNullable(meta.canonical).flatMap(Timestamps::inUrl).filter(span::holds);
    if (inUrl.isPresent()) {
      return Optional.of(new Header.Dated(inUrl.get(), Article.DateFrom.URL));
    }
    Optional<LocalDate> marked =
        marked(doc, "[itemprop=datePublished], article time[datetime]", span);
    if (marked.isPresent()) {
      return Optional.of(new Header.Dated(marked.get(), Article.DateFrom.META));
    }
    if (visible.isPresent()) {
      return visible;
    }
    Optional<LocalDate> shown =
        zone.headline() == null
            ? Optional.empty()
            : timeText(zone.header().select("time"), span)
                .or(() -> written(headerLines, span))
                .or(() -> written(zone.before(), span));
    if (shown.isPresent()) {
      return Optional.of(new Header.Dated(shown.get(), Article.DateFrom.LINE));
    }
    Optional<LocalDate> any = marked(doc, "[datetime]", span);
    if (any.isEmpty()) {
      any = timeText(doc.select("article time, main time"), span);
    }
    if (any.isEmpty()) {
      // A page that gives no other date: its last change is the nearest to its publication.
      any =
          meta.article("dateModified")
              .or(() -> meta.meta("article:modified_time", "og:updated_time"))
              .flatMap(Timestamps::date)
              .filter(span::holds);
    }
    return any.map(d -> new Header.Dated(d, Article.DateFrom.META));
  }

  /** The values of elements that mark a date, outside what is never the article's. */
  private static Optional<LocalDate> marked(Document doc, String query, DateSpan span) {
    for (Element e : doc.select(query)) {
      String value =
          e.hasAttr("datetime")
              ? e.attr("datetime")
              : e.hasAttr("content") ? e.attr("content") : e.text();
      Optional<LocalDate> date = Timestamps.date(value).filter(span::holds);
      if (date.isPresent() && !outsideArticle(e)) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The date a {@code <time>} shows as its text, when it has no machine-readable value: the first
   * that is not an update's (by its name, {@code class="updated"}, or the words around it).
   */
  private static Optional<LocalDate> timeText(List<Element> times, DateSpan span) {
    for (Element time : times) {
      Element holder = time.parent() != null ? time.parent() : time;
      if (isUpdate(time.className() + " " + holder.className())
          || isUpdate(holder.ownText())
          || isUpdate(time.text())
          || outsideArticle(time)) {
        continue;
      }
      Optional<LocalDate> date = Timestamps.date(time.text()).filter(span::holds);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /**
   * The first date written in the header's lines. An update's date there gives way to a date of
   * publication in the few lines next to it; further down, a date is the text's.
   */
  private static Optional<LocalDate> written(List<String> lines, DateSpan span) {
    Optional<LocalDate> update = Optional.empty();
    int updateAt = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (update.isPresent() && i > updateAt + NEAR_UPDATE) {
        break;
      }
      Optional<LocalDate> written = Timestamps.written(lines.get(i)).filter(span::holds);
      if (written.isPresent() && !isUpdate(lines.get(i))) {
        return written;
      }
      if (written.isPresent() && update.isEmpty()) {
        update = written;
        updateAt = i;
      }
    }
    return update;
  }

  /** In a comment thread, a box of related stories, a sidebar or a footer: others' dates. */
  private static boolean outsideArticle(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      String tag = at.normalName();
      if (tag.equals("aside")
          || tag.equals("footer")
          || tag.equals("nav")
          || Boilerplate.isNeverArticle(at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line under the headline that is a date and nothing more, not an update's date (said on the
   * line, or by a label on the line before).
   */
  private static Optional<Header.Dated> dateLine(List<String> headerLines, DateSpan span) {
    String before = "";
    for (String line : headerLines) {
      String label = before;
      before = line;
      if (isUpdate(line) || (label.length() <= MAX_LABEL && isUpdate(label))) {
        continue;
      }
      Optional<LocalDate> date = Dates.ofDateLine(line).filter(span::holds);
      if (date.isPresent()) {
        return Optional.of(new Header.Dated(date.get(), Article.DateFrom.LINE));
      }
    }
    return Optional.empty();
  }

  private static boolean isUpdate(String text) {
    return NOT_PUBLISHED.matcher(text.toLowerCase(Locale.ROOT)).find() || Dates.isUpdate(text);
  }

  /**
   * The local day of a UTC timestamp, when another source shows it: the day before for a time early
   * in the UTC day (the Americas were still in the day before), the day after for a late one.
   */
  private static LocalDate localDay(
      String value, LocalDate utcDay, List<String> values, List<String> headerLines) {
    var m = UTC.matcher(value.strip());
    if (!m.find()) {
      return utcDay;
    }
    LocalDate neighbour =
        Integer.parseInt(m.group(1)) < 12 ? utcDay.minusDays(1) : utcDay.plusDays(1);
    for (String other : values) {
      if (!UTC.matcher(other.strip()).find()
          && Timestamps.date(other).filter(neighbour::equals).isPresent()) {
        return neighbour;
      }
    }
    for (String line : headerLines) {
      Optional<LocalDate> written = Timestamps.written(line);
      if (written.isPresent()) {
        return written.get().equals(neighbour) ? neighbour : utcDay;
      }
    }
    return utcDay;
  }
}
