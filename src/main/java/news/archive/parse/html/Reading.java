package news.archive.parse.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the article's part of a page as text: one paragraph for each block of text (a paragraph, a
 * heading, a list item, a run of text between line breaks), a list as one paragraph of {@code -}
 * lines, a data table as one paragraph of rows with cells split by {@code " | "}, preformatted text
 * as it is; picture captions apart.
 */
final class Reading {

  private static final Pattern LINE_END = Pattern.compile("\\R");

  /** Elements that start and end a block of text: what is inside them is not one line. */
  static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "figure",
          "figcaption",
          "hr",
          "address",
          "center",
          "details",
          "summary",
          "hgroup",
          "fieldset",
          "legend",
          "body",
          "picture");

  /**
   * Between a table's cells: a bar set off by two spaces, so that the row reads as laid out with
   * spaces (a table row) and its spacing is kept, as in a text file.
   */
  static final String CELL_SEPARATOR = "  |  ";

  final List<String> paragraphs = new ArrayList<>();
  private final Predicate<Element> skipped;
  final List<String> captions = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();

  Reading() {
    this(e -> false);
  }

  /** A reading that leaves out the elements {@code skipped} names, with all they hold. */
  Reading(Predicate<Element> skipped) {
    this.skipped = skipped;
  }

  /** The first paragraphs, where a page may show its standfirst twice. */
  private static final int OPENING = 3;

  /** A shorter paragraph (a place, a label) may well open the next one without repeating it. */
  private static final int MIN_REPEATED = 40;

  /**
   * Drops an opening paragraph that one of the next paragraphs repeats, or starts with: pages show
   * their standfirst in a box of its own and again as the body's first paragraph. The text is read
   * once, where the body has it.
   */
  void dropRepeatedOpening() {
    for (int i = 0; i < Math.min(OPENING, paragraphs.size()); i++) {
      String key = Header.key(paragraphs.get(i));
      if (key.length() < MIN_REPEATED) {
        continue;
      }
      for (int j = i + 1; j < Math.min(i + 1 + OPENING, paragraphs.size()); j++) {
        if (Header.key(paragraphs.get(j)).startsWith(key)) {
          paragraphs.remove(i--);
          break;
        }
      }
    }
  }

  void read(Element root) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              line.append(t.getWholeText());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
              return FilterResult.CONTINUE;
            }
            return open(e);
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush();
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush();
  }

  private NodeFilter.FilterResult open(Element e) {
    String tag = e.normalName();
    NodeFilter.FilterResult skip = NodeFilter.FilterResult.SKIP_ENTIRELY;
    if (skipped.test(e)) {
      flush();
      return skip;
    }
    switch (tag) {
      case "br" -> {
        flush();
        return NodeFilter.FilterResult.CONTINUE;
      }
      case "img" -> {
        return skip;
      }
      case "figcaption" -> {
        flush();
        addCaption(e.text());
        return skip;
      }
      case "figure" -> {
        flush();
        for (Element caption : e.select("figcaption")) {
          addCaption(caption.text());
        }
        return skip;
      }
      case "pre" -> {
        flush();
        addPreformatted(e.wholeText());
        return skip;
      }
      case "ul", "ol" -> {
        if (isSimpleList(e)) {
          flush();
          addList(e);
          return skip;
        }
      }
      case "table" -> {
        if (isDataTable(e)) {
          flush();
          addTable(e);
          return skip;
        }
      }
      default -> {}
    }
    if (BLOCKS.contains(tag)) {
      flush();
    }
    return NodeFilter.FilterResult.CONTINUE;
  }

  private void flush() {
    String text = collapse(line);
    line.setLength(0);
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
  }

  private void addCaption(String text) {
    String t = collapse(text);
    if (!t.isEmpty() && !captions.contains(t)) {
      captions.add(t);
    }
  }

  private void addPreformatted(String text) {
    List<String> lines = new ArrayList<>();
    for (String l : LINE_END.split(text, -1)) {
      lines.add(l.stripTrailing());
    }
    String joined = String.join("\n", lines).strip();
    if (!joined.isEmpty()) {
      paragraphs.add(joined);
    }
  }

  /** A list of items that hold only text: no nested blocks but other lists. */
  private static boolean isSimpleList(Element list) {
    for (Element item : list.children()) {
      for (Element inner : item.children()) {
        String tag = inner.normalName();
        if (BLOCKS.contains(tag) && !tag.equals("ul") && !tag.equals("ol")) {
          return false;
        }
      }
    }
    return true;
  }

  private void addList(Element list) {
    List<String> items = new ArrayList<>();
    for (Element item : list.children()) {
      String t = collapse(item.text());
      if (!t.isEmpty()) {
        items.add("- " + t);
      }
    }
    if (!items.isEmpty()) {
      paragraphs.add(String.join("\n", items));
    }
  }

  /** A table of data, not of layout: its cells hold no blocks of their own. */
  private static boolean isDataTable(Element table) {
    for (Element cell : table.select("td, th")) {
      for (Element inner : cell.children()) {
        String tag = inner.normalName();
        if (tag.equals("table")
            || tag.equals("div")
            || (tag.equals("p") && cell.childrenSize() > 1)) {
          return false;
        }
      }
    }
    return true;
  }

  private void addTable(Element table) {
    List<String> rows = new ArrayList<>();
    for (Element row : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        String t = collapse(cell.text());
        if (!t.isEmpty()) {
          cells.add(t);
        }
      }
      if (!cells.isEmpty()) {
        rows.add(String.join(CELL_SEPARATOR, cells));
      }
    }
    if (!rows.isEmpty()) {
      paragraphs.add(String.join("\n", rows));
    }
  }

  /** Runs of white space (and no-break spaces) to one space, trimmed. */
  static String collapse(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else if (c != '\u200b' && c != '\u00ad' && c != '\ufeff') {
        // (not a zero-width space, soft hyphen or stray byte-order mark)
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
