package news.archive.parse.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Chooses the page's description among those it gives ({@code description}, {@code og:description},
 * {@code twitter:description}, JSON-LD): the first that is whole. Sites cut one of them to a length
 * for search engines ({@code ...}, {@code …}, or mid-word, which shows where another one goes on),
 * or write markup or entities into it; a whole one wins over such a one.
 */
final class Descriptions {

  private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private Descriptions() {}

  /** The best of the descriptions, in the page's order of preference; null when none. */
  static String choose(List<String> descriptions) {
    String best = null;
    int bestFlaws = Integer.MAX_VALUE;
    for (String d : descriptions) {
      if (d == null || d.isBlank()) {
        continue;
      }
      int flaws = (isMalformed(d) ? 2 : 0) + (isCut(d, descriptions) ? 1 : 0);
      if (flaws < bestFlaws) {
        best = d;
        bestFlaws = flaws;
      }
    }
    if (best != null && isMalformed(best)) {
      best = PageMeta.blankToNull(Reading.collapse(Jsoup.parse(best).text()));
    }
    return best;
  }

  private static boolean isMalformed(String d) {
    return MARKUP.matcher(d).find() || ENTITY.matcher(d).find();
  }

  /** Cut short: it ends with an ellipsis, or another description goes on where it stops. */
  private static boolean isCut(String d, List<String> all) {
    String t = d.strip();
    if (t.endsWith("...") || t.endsWith("\u2026")) {
      return true;
    }
    String key = Header.key(t);
    for (String other : all) {
      if (other != null && !other.equals(d)) {
        String longer = Header.key(other);
        if (longer.length() > key.length() && longer.startsWith(key)) {
          return true;
        }
      }
    }
    return false;
  }
}
