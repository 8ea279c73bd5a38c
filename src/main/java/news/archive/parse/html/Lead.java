package news.archive.parse.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The article's opening paragraphs that a page sets in other containers than the rest: a lead in a
 * box of its own above the body, or a first part of the body cut from the rest by an advertisement
 * or a box of related links. Scoring finds the container with most of the prose, which is the rest;
 * what comes before it under the headline is the article too when it reads as prose.
 */
final class Lead {

  /** How many levels above the article's block a lead is looked for, at most. */
  private static final int MAX_LEVELS = 4;

  /** A block shorter than this is a label, a date or a credit, not a lead. */
  private static final int MIN_LEAD = 60;

  /** A paragraph shorter than this is a label, a credit or a control, not prose. */
  private static final int MIN_PARAGRAPH = 25;

  /** A block of prose has most of its text in paragraphs of prose. */
  private static final double MIN_PROSE_SHARE = 0.7;

  /** A block of prose has little link text: more than this share is a box of links. */
  private static final double MAX_LINKS = 0.25;

  private Lead() {}

  /**
   * The blocks of prose before the article's blocks, in page order, from the block after the
   * headline (or the start of the marked article) on; none when the article's block is not under a
   * headline or inside a marked article within a few levels.
   */
  static List<Element> before(List<Element> content, Element body) {
    Element first = content.get(0);
    List<Element> lead = new ArrayList<>();
    Element child = first;
    for (int level = 0; level < MAX_LEVELS; level++) {
      Element up = child.parent();
      if (up == null || up.equals(body)) {
        return List.of(); // no headline or article above it: nothing says where the article starts
      }
      List<Element> here = new ArrayList<>();
      boolean headline = false;
      for (Element s = child.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        if (s.selectFirst("h1") != null) {
          headline = true; // the header, and what is above it, is not the body
          break;
        }
        if (!isIn(s, content) && isProse(s)) {
          here.add(0, s);
        }
      }
      lead.addAll(0, here);
      if (headline || isArticle(up)) {
        return lead;
      }
      if (up.select("h1").size() > 1) {
        return List.of(); // several articles: the one before is another story
      }
      child = up;
    }
    return List.of();
  }

  private static boolean isArticle(Element e) {
    return e.normalName().equals("article")
        || e.normalName().equals("main")
        || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  private static boolean isIn(Element e, Collection<Element> content) {
    for (Element c : content) {
      if (c.equals(e)) { // (jsoup's elements are equal only to themselves)
        return true;
      }
    }
    return false;
  }

  /**
   * A block that reads as prose: most of its text is in paragraphs of a sentence or more, and
   * little of it is links. A video player, a box of highlights or a picture's credits is mostly
   * short lines.
   */
  private static boolean isProse(Element e) {
    String tag = e.normalName();
    if (tag.equals("ul") || tag.equals("ol") || tag.equals("figure") || tag.equals("table")) {
      return false;
    }
    Reading reading = new Reading();
    reading.read(e);
    int all = 0;
    int prose = 0;
    for (String p : reading.paragraphs) {
      int length = Prose.weightedLength(p);
      all += length;
      if (length >= MIN_PARAGRAPH && (Prose.endsSentence(p) || Prose.commas(p) > 0)) {
        prose += length;
      }
    }
    if (prose < MIN_LEAD || prose < MIN_PROSE_SHARE * all) {
      return false;
    }
    int links = 0;
    for (Element a : e.select("a")) {
      links += Prose.weightedLength(a.text());
    }
    return links <= MAX_LINKS * all;
  }
}
