package news.archive.parse.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The days a page's article can be dated: not after the page was read (the import's time, a day
 * later for the zones ahead of UTC), and not before the web had news pages (1990) or before the
 * site's own first year, when its copyright line gives a range ({@code © 2005–2019}). A date
 * outside is something else's: a history's, an event's, a page's later update.
 */
record DateSpan(LocalDate first, LocalDate last) {

  private static final LocalDate WEB = LocalDate.of(1990, 1, 1);

  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?:\u00a9|\\(c\\)|copyright)\\s*((?:19|20)\\d{2})\\s*[-\u2013\u2014]\\s*(?:19|20)\\d{2}",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern COPYRIGHT_MARK =
      Pattern.compile("\u00a9|copyright", Pattern.CASE_INSENSITIVE);

  static DateSpan of(Document doc, Instant readAt) {
    LocalDate last = readAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    LocalDate first = WEB;
    for (Element e : doc.getElementsMatchingOwnText(COPYRIGHT_MARK)) {
      Matcher m = COPYRIGHT.matcher(e.text());
      if (m.find()) {
        LocalDate since = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
        if (since.isAfter(first) && !since.isAfter(last)) {
          first = since;
        }
        break;
      }
    }
    return new DateSpan(first, last);
  }

  boolean holds(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }
}
