package news.archive.parse.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article's text in a page: removes the furniture, scores the blocks of text, takes the
 * block that holds most of the prose (with its siblings that hold prose too), and reads it as
 * paragraphs.
 *
 * <p>The score is the well-known one of readability tools: each paragraph of some length gives
 * points (more for length and commas, which prose has and menus lack) to its parent, and fewer to
 * the elements above it; the share of link text lowers an element's score, and the names pages give
 * their blocks raise or lower it.
 */
final class MainText {

  /** The best block is widened until it holds this share of the prose of the page. */
  private static final double WIDEN_SHARE = 0.6;

  /** The article a page marks inside the best block is the article when it has this share. */
  private static final double NARROW_SHARE = 0.3;

  /** A sibling of the best block with this share of its prose is part of the article too. */
  private static final double SIBLING_MASS = 0.1;

  /** A page whose main text links this many stories or more, with little else, lists them. */
  private static final int MIN_TEASERS = 3;

  /**
   * A page of teasers has a line or two beside each link; a list article (ten best walks) has
   * paragraphs about each.
   */
  private static final int MIN_PROSE_PER_STORY = 150;

  /** A paragraph shorter than this gives no points. */
  private static final int MIN_PARAGRAPH = 25;

  /**
   * Furniture that holds more than this share of the page's text is kept for the score to judge.
   */
  private static final double FURNITURE_SHARE = 0.3;

  private static final Set<String> TABLE_PARTS = Set.of("tbody", "thead", "tfoot", "tr");

  /** Blocks whose own text, beside their inner blocks, may be a paragraph. */
  private static final Set<String> LOOSE_TEXT_HOLDERS =
      Set.of("div", "section", "article", "main", "td", "blockquote", "center", "font");

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "dd", "blockquote");

  /**
   * A list scores as one paragraph, its commas counted up to this: a gallery's captions or a stream
   * of teasers is a list of many long items, and must not outscore the article's prose.
   */
  private static final int MAX_LIST_COMMAS = 10;

  /**
   * What was found: the paragraphs in page order, the captions, why there is no article (or null),
   * and why there may be none: the text reads as a list of stories, which a page that declares
   * itself an article is not.
   */
  record Result(
      List<String> paragraphs, List<String> captions, String notArticle, String listing) {}

  private final Element body;
  private final IdentityHashMap<Element, Stats> stats = new IdentityHashMap<>();
  private final IdentityHashMap<Element, Double> scores = new IdentityHashMap<>();

  /** The points of all the paragraphs inside an element, however deep. */
  private final IdentityHashMap<Element, Double> mass = new IdentityHashMap<>();

  private MainText(Element body) {
    this.body = body;
  }

  /** The article text of a page's body; the body is changed (furniture removed). */
  static Result of(Element body) {
    return new MainText(body).run();
  }

  private Result run() {
    prune();
    Element top = score();
    if (top == null) {
      return new Result(List.of(), List.of(), "no paragraph of text", null);
    }
    List<Element> main = withSiblings(top);
    List<Element> lead = Lead.before(main, body);
    List<Element> content = new ArrayList<>(lead);
    content.addAll(main);
    for (Element root : content) {
      clean(root);
    }
    Reading reading = new Reading();
    for (Element root : content) {
      reading.read(root);
    }
    reading.paragraphs.removeIf(FurnitureLines::isFurniture);
    reading.dropRepeatedOpening();
    for (Element root : content) {
      measure(root);
    }
    double links = linkDensity(content);
    if (links > 0.5) {
      return new Result(reading.paragraphs, reading.captions, "mostly links", null);
    }
    int teasers = teasers(content);
    String listing = null;
    if (teasers >= MIN_TEASERS
        && proseBeside(content, teasers) < MIN_PROSE_PER_STORY
        && longest(reading.paragraphs) < MIN_PROSE_PER_STORY * 2) {
      listing = "a list of " + teasers + " stories (a home, section or search page)";
    }
    return new Result(reading.paragraphs, reading.captions, null, listing);
  }

  /** Text length, link text length, and whether the article's own markup is inside. */
  private static final class Stats {
    int text;
    int links;
    int anchors;
    boolean article;
    boolean headline;
  }

  private void measure(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              stats.put(e, new Stats());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof TextNode t) {
              if (t.parent() != null) {
                stat(t.parent()).text += Prose.visibleLength(t.getWholeText());
              }
            } else if (node instanceof Element e) {
              Stats s = stat(e);
              String tag = e.normalName();
              if (tag.equals("a")) {
                s.links = s.text;
                s.anchors++;
              }
              s.headline |= tag.equals("h1");
              s.article |=
                  tag.equals("article")
                      || tag.equals("main")
                      || tag.equals("h1")
                      || e.attr("itemprop").equalsIgnoreCase("articleBody");
              if (!e.equals(root) && e.parent() != null) {
                Stats p = stat(e.parent());
                p.text += s.text;
                p.links += s.links;
                p.anchors += s.anchors;
                p.article |= s.article;
                p.headline |= s.headline;
              }
            }
          }
        },
        root);
  }

  private Stats stat(Element e) {
    return stats.computeIfAbsent(e, k -> new Stats());
  }

  /** Removes what never holds the article, and furniture too small to be the article's wrapper. */
  private void prune() {
    List<Element> gone = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (Boilerplate.NO_TEXT.contains(e.normalName())) {
        gone.add(e);
      }
    }
    gone.forEach(Element::remove);
    measure(body);
    int total = Math.max(1, stat(body).text);
    gone.clear();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e.equals(body)) {
              return FilterResult.CONTINUE;
            }
            if (Boilerplate.isHidden(e) || Boilerplate.isFurniture(e) || isLinkList(e)) {
              Stats s = stat(e);
              boolean small = !s.article && s.text < FURNITURE_SHARE * total;
              if (small || (Boilerplate.isNeverArticle(e) && !s.headline)) {
                gone.add(e);
                return FilterResult.SKIP_ENTIRELY;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    gone.forEach(Element::remove);
    measure(body);
  }

  /** Gives each paragraph's points to the elements above it; the best of them, or null. */
  private Element score() {
    for (Element e : body.getAllElements()) {
      if (isInListItem(e)) {
        continue; // an item of a list scores with its list
      }
      String text;
      int length;
      int links;
      Element first;
      if (isParagraph(e)) {
        Stats st = stat(e);
        text = e.text();
        length = st.text - st.links;
        links = st.links;
        first = e.parent();
      } else if (LOOSE_TEXT_HOLDERS.contains(e.normalName())) {
        // Text written straight into a block beside other blocks: a paragraph without a <p>.
        StringBuilder loose = new StringBuilder();
        links = 0;
        for (Node child : e.childNodes()) {
          if (child instanceof TextNode t) {
            loose.append(t.getWholeText());
          } else if (child instanceof Element c && !Reading.BLOCKS.contains(c.normalName())) {
            loose.append(' ').append(c.text()).append(' ');
            links += c.normalName().equals("a") ? Prose.visibleLength(c.text()) : 0;
          }
        }
        text = loose.toString();
        length = Prose.visibleLength(text) - links;
        first = e;
      } else {
        continue;
      }
      if (length < MIN_PARAGRAPH || links > (length + links) / 2) {
        continue; // short, or mostly links (a list of names, of related stories)
      }
      int commas = Prose.commas(text);
      if (isList(e)) {
        commas = Math.min(commas, MAX_LIST_COMMAS);
      }
      double points = 1 + commas + Math.min(length / 100.0, 3);
      for (Element up = first; up != null; up = up.parent()) {
        mass.merge(up, points, Double::sum);
      }
      Element up = first;
      for (int level = 0; up != null && level < 5; up = up.parent()) {
        if (TABLE_PARTS.contains(up.normalName())) {
          continue; // a cell's points go to its table
        }
        double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(up, points / share, Double::sum);
        level++;
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      Element e = entry.getKey();
      double s = (entry.getValue() + Boilerplate.nameWeight(e)) * (1 - linkDensity(e));
      entry.setValue(s);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best == null ? null : widen(narrow(best));
  }

  /**
   * The best block, or the block around it that holds most of the page's prose: an article split
   * into many small boxes (as page builders lay it out) scores in each box, and the best box alone
   * is a small part of it. Goes up while the prose in view grows a lot and stays prose, not links.
   */
  private Element widen(Element best) {
    double total = mass.getOrDefault(body, 0.0);
    double here = mass.getOrDefault(best, 0.0);
    if (here >= WIDEN_SHARE * total || isMarkedArticle(best)) {
      return best;
    }
    for (Element up = best.parent(); up != null && !up.equals(body); up = up.parent()) {
      if (linkDensity(up) > 0.33) {
        break;
      }
      if (isMarkedArticle(up)) {
        return up; // the page says where its article is; never past it
      }
      if (up.select("h1").size() > 1) {
        break; // other articles follow this one (pages that load the next story below)
      }
      double there = mass.getOrDefault(up, 0.0);
      if (there >= WIDEN_SHARE * total) {
        return there >= 1.5 * here ? up : best;
      }
    }
    return best;
  }

  /**
   * The article the page marks inside the best block, when there is one and it holds a fair part of
   * the block's prose: the best block then holds the article and more (stories beside it).
   */
  private Element narrow(Element best) {
    List<Element> outermost = new ArrayList<>();
    for (Element e : best.select("article, [itemprop=articleBody]")) {
      if (!e.equals(best) && outermost.stream().noneMatch(o -> e.parents().contains(o))) {
        outermost.add(e);
      }
    }
    if (outermost.size() != 1) {
      return best; // none, or several: a list of articles, or comments written as articles
    }
    Element marked = outermost.get(0);
    return mass.getOrDefault(marked, 0.0) >= NARROW_SHARE * mass.getOrDefault(best, 0.0)
        ? marked
        : best;
  }

  private static boolean isMarkedArticle(Element e) {
    return e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  /**
   * The stories a listing page links to: headings that are links, or articles inside the content.
   */
  private int teasers(List<Element> content) {
    int headings = 0;
    int articles = 0;
    for (Element root : content) {
      for (Element e : root.select("h1, h2, h3, h4, article")) {
        Stats s = stats.get(e);
        if (e.normalName().equals("article")) {
          articles += e.equals(root) ? 0 : 1;
        } else if (s != null && s.text > 0 && s.links >= 0.6 * s.text) {
          headings++;
        }
      }
    }
    return Math.max(headings, articles);
  }

  private static int longest(List<String> paragraphs) {
    int longest = 0;
    for (String p : paragraphs) {
      longest = Math.max(longest, Prose.weightedLength(p));
    }
    return longest;
  }

  /** Characters of text, besides the teasers' links, for each teaser. */
  private double proseBeside(List<Element> content, int teasers) {
    int text = 0;
    for (Element root : content) {
      Stats s = stats.get(root);
      if (s != null) {
        text += s.text - s.links;
      }
    }
    return (double) text / teasers;
  }

  private static boolean isInListItem(Element e) {
    int level = 0;
    for (Element up = e.parent(); up != null && level < 8; up = up.parent(), level++) {
      if (up.normalName().equals("li")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isList(Element e) {
    return e.normalName().equals("ul") || e.normalName().equals("ol");
  }

  /**
   * A block of prose: a paragraph tag, a list, or a block whose own text is not split into blocks.
   */
  private static boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (PARAGRAPHS.contains(tag) || isList(e)) {
      return true;
    }
    if (!tag.equals("div") && !tag.equals("section") && !tag.equals("article")) {
      return false;
    }
    for (Element child : e.children()) {
      if (Reading.BLOCKS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  /** The best block and those of its siblings that hold prose too. */
  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null || top.equals(body)) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    double massThreshold = Math.max(10, mass.getOrDefault(top, 0.0) * SIBLING_MASS);
    List<Element> content = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling.equals(top)
          || scores.getOrDefault(sibling, 0.0) >= threshold
          || (mass.getOrDefault(sibling, 0.0) >= massThreshold && linkDensity(sibling) < 0.25)) {
        content.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        int length = Prose.visibleLength(text);
        double links = linkDensity(sibling);
        if ((length > 80 && links < 0.25)
            || (length > 0 && links == 0 && Prose.endsSentence(text))) {
          content.add(sibling);
        }
      }
    }
    return content;
  }

  /** Inside the article: removes blocks that are mostly links (lists of related stories). */
  private void clean(Element root) {
    List<Element> gone = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && !e.equals(root) && isLinkList(e)) {
              gone.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    gone.forEach(Element::remove);
  }

  private boolean isLinkList(Element e) {
    String tag = e.normalName();
    if (!tag.equals("ul")
        && !tag.equals("ol")
        && !tag.equals("div")
        && !tag.equals("section")
        && !tag.equals("table")
        && !tag.equals("p")) {
      return false;
    }
    Stats s = stats.get(e);
    return s != null && s.anchors >= 2 && s.links > 0.6 * s.text;
  }

  private double linkDensity(Element e) {
    Stats s = stats.get(e);
    return s == null || s.text == 0 ? 0 : (double) s.links / s.text;
  }

  private double linkDensity(List<Element> elements) {
    int text = 0;
    int links = 0;
    for (Element e : elements) {
      Stats s = stats.get(e);
      if (s != null) {
        text += s.text;
        links += s.links;
      }
    }
    return text == 0 ? 0 : (double) links / text;
  }
}
