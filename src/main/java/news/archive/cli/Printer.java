package news.archive.cli;

import java.io.PrintWriter;
import news.archive.Article;
import news.archive.Hit;

/** The human-readable (text) forms of articles and hits. */
final class Printer {
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  private static final String UNDATED = "----------";

  private final PrintWriter out;
  private final boolean colour;
  private final int width;

  Printer(PrintWriter out, boolean colour) {
    this(out, colour, 0);
  }

  /**
   * @param width wrap a whole article's paragraphs and captions, and a hit's snippet, to this many
   *     columns (a terminal's width); 0 for no wrapping
   */
  Printer(PrintWriter out, boolean colour, int width) {
    this.out = out;
    this.colour = colour;
    this.width = width;
  }

  /** One line: id, date, title, and the tags in brackets. */
  void line(Article a) {
    String tags =
        a.curation().tags().isEmpty() ? "" : "  [" + String.join(" ", a.curation().tags()) + "]";
    out.println(a.id() + "  " + (a.date() == null ? UNDATED : a.date()) + "  " + a.title() + tags);
  }

  /**
   * A hit: the article's line, then its snippet indented, the matched words in bold on a terminal.
   */
  void hit(Hit h) {
    line(h.article());
    if (!h.snippet().isEmpty()) {
      out.println(Wrap.indented(marked(h), width, "    "));
    }
  }

  private String marked(Hit h) {
    if (!colour || h.marks().isEmpty()) {
      return h.snippet();
    }
    String s = h.snippet();
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Hit.Mark m : h.marks()) {
      int start = s.offsetByCodePoints(0, m.start());
      int end = s.offsetByCodePoints(0, m.end());
      b.append(s, at, start).append(BOLD).append(s, start, end).append(RESET);
      at = end;
    }
    return b.append(s.substring(at)).toString();
  }

  /** The whole article, for reading. */
  void full(Article a) {
    out.println(colour ? BOLD + a.title() + RESET : a.title());
    if (a.subtitle() != null) {
      out.println(Wrap.lines(a.subtitle(), width));
    }
    out.println();
    field("Date", a.date() == null ? "(none)" : a.date().toString());
    if (a.byline() != null) {
      field("By", a.byline());
    }
    if (a.agency() != null) {
      field("Agency", a.agency());
    }
    if (a.outlet() != null) {
      field("Outlet", a.outlet());
    }
    if (a.readingMinutes() != null) {
      field("Reading", a.readingMinutes() + " min");
    }
    field("Words", Integer.toString(a.words()));
    field("Id", a.id());
    field("Source", a.source().path());
    for (Article.Source more : a.sources().subList(1, a.sources().size())) {
      field("", more.path());
    }
    if (a.source().url() != null) {
      field("Address", a.source().url());
    }
    if (!a.curation().tags().isEmpty()) {
      field("Tags", String.join(" ", a.curation().tags()));
    }
    if (!a.curation().set().isEmpty()) {
      field("Set", String.join(", ", a.curation().set().keySet()) + " (by hand)");
    }
    if (a.curation().note() != null) {
      field("Note", a.curation().note());
    }
    out.println();
    out.println(Wrap.lines(a.body(), width));
    if (!a.captions().isEmpty()) {
      out.println();
      out.println("Captions:");
      for (String c : a.captions()) {
        out.println(Wrap.indented(c, width, "  "));
      }
    }
  }

  private void field(String name, String value) {
    out.printf("%-8s %s%n", name.isEmpty() ? "" : name + ":", value);
  }
}
