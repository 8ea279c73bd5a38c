package news.archive.parse.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The visible lines right under the page's headline, where pages print the byline and the date: the
 * blocks of text that follow the first {@code <h1>} in page order, up to {@link #MAX_CHARS}.
 */
final class HeaderZone {

  private static final int MAX_CHARS = 2500;
  private static final int MAX_LINES = 20;

  private HeaderZone() {}

  static List<String> lines(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1");
    if (h1 == null) {
      h1 = doc.selectFirst("h1");
    }
    List<String> lines = new ArrayList<>();
    if (h1 == null) {
      return lines;
    }
    int chars = 0;
    for (Element at = h1; at != null && chars < MAX_CHARS; at = at.parent()) {
      for (Element next = at.nextElementSibling();
          next != null && chars < MAX_CHARS && lines.size() < MAX_LINES;
          next = next.nextElementSibling()) {
        if (Boilerplate.NEVER_TEXT.contains(next.normalName()) || Boilerplate.isHidden(next)) {
          continue;
        }
        Reading reading = new Reading();
        reading.read(next);
        for (String line : reading.paragraphs) {
          if (chars >= MAX_CHARS || lines.size() >= MAX_LINES) {
            break;
          }
          lines.add(line);
          chars += line.length();
        }
      }
    }
    return lines;
  }
}
