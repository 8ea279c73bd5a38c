package news.archive.parse.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The visible lines around the page's headline, where pages print the byline and the date: the
 * blocks of text that follow the first {@code <h1>} in page order, up to {@link #MAX_CHARS}, and
 * the few that stand right before it in the article's header (a date, a section's name, a kicker).
 *
 * @param headline the headline's element, or null when the page has no {@code <h1>}
 * @param after the lines after the headline, in page order
 * @param before the lines before the headline within its header, in page order
 */
record HeaderZone(Element headline, List<String> after, List<String> before) {

  private static final int MAX_CHARS = 2500;
  private static final int MAX_LINES = 20;

  /**
   * Before the headline, pages print a date or a label over it, and above that their menus: only
   * the nearest few short lines are read, and only up to the element that holds the article's
   * header.
   */
  private static final int MAX_BEFORE_LINES = 4;

  private static final int MAX_BEFORE_CHARS = 400;
  private static final int MAX_BEFORE_LEVELS = 4;
  private static final Set<String> HEADER_ENDS = Set.of("header", "article", "main", "body");

  static HeaderZone of(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1");
    if (h1 == null) {
      h1 = doc.selectFirst("h1");
    }
    if (h1 == null) {
      return new HeaderZone(null, List.of(), List.of());
    }
    return new HeaderZone(h1, after(h1), before(h1));
  }

  /** The element that holds the headline with its date and byline, or the headline's parent. */
  Element header() {
    Element at = headline;
    for (int level = 0; at.parent() != null && level < MAX_BEFORE_LEVELS; level++) {
      at = at.parent();
      if (HEADER_ENDS.contains(at.normalName())) {
        break;
      }
    }
    return at;
  }

  private static List<String> after(Element h1) {
    List<String> lines = new ArrayList<>();
    int chars = 0;
    for (Element at = h1; at != null && chars < MAX_CHARS; at = at.parent()) {
      for (Element next = at.nextElementSibling();
          next != null && chars < MAX_CHARS && lines.size() < MAX_LINES;
          next = next.nextElementSibling()) {
        if (skipped(next)) {
          continue;
        }
        for (String line : read(next)) {
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

  private static List<String> before(Element h1) {
    List<String> nearestFirst = new ArrayList<>();
    int chars = 0;
    Element at = h1;
    for (int level = 0; at.parent() != null && level < MAX_BEFORE_LEVELS; level++) {
      for (Element previous = at.previousElementSibling();
          previous != null && nearestFirst.size() < MAX_BEFORE_LINES && chars < MAX_BEFORE_CHARS;
          previous = previous.previousElementSibling()) {
        if (skipped(previous)) {
          continue;
        }
        List<String> lines = read(previous);
        for (int i = lines.size() - 1; i >= 0 && nearestFirst.size() < MAX_BEFORE_LINES; i--) {
          nearestFirst.add(lines.get(i));
          chars += lines.get(i).length();
        }
      }
      at = at.parent();
      if (HEADER_ENDS.contains(at.normalName())) {
        break;
      }
    }
    Collections.reverse(nearestFirst);
    return nearestFirst;
  }

  /** Menus, hidden blocks, comments and boxes of other stories: no part of the header. */
  private static boolean skipped(Element e) {
    return Boilerplate.NEVER_TEXT.contains(e.normalName()) || nestedSkipped(e);
  }

  /**
   * Inside a block: hidden blocks, comments and boxes of other stories. An {@code <aside>} there is
   * often the article's own box of date and byline.
   */
  private static boolean nestedSkipped(Element e) {
    return Boilerplate.isHidden(e) || Boilerplate.isNeverArticle(e);
  }

  private static List<String> read(Element e) {
    Reading reading = new Reading(HeaderZone::nestedSkipped);
    reading.read(e);
    return reading.paragraphs;
  }
}
