package news.archive.parse.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

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

  static DateSpan of(Document doc, Instant readAt) {
    LocalDate last = readAt.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    // the first copyright line with a range, found by a cheap test of each text node for the
    // mark, not a regular expression over every element's own text: this runs on every page
    LocalDate first =
        doc.nodeStream(TextNode.class)
            .filter(t -> marked(t.getWholeText()))
            .map(t -> COPYRIGHT.matcher(t.parent().text()))
            .filter(Matcher::find)
            .findFirst()
            .map(m -> LocalDate.of(Integer.parseInt(m.group(1)), 1, 1))
            .filter(since -> since.isAfter(WEB) && !since.isAfter(last))
            .orElse(WEB);
    return new DateSpan(first, last);
  }

  /** Whether the text holds a copyright mark: the sign, or the word in any case. */
  private static boolean marked(String text) {
    if (text.indexOf('\u00a9') >= 0) {
      return true;
    }
    for (int i = 0; i + 9 <= text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'c' || c == 'C') && text.regionMatches(true, i, "copyright", 0, 9)) {
        return true;
      }
    }
    return false;
  }

  boolean holds(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }
}
