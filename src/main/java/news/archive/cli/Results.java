package news.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import news.archive.Article;
import news.archive.Hit;
import news.archive.json.Json;

/**
 * Where {@code list} and {@code search} print their results, one at a time, in the format the user
 * asked for: text lines (hits separated by a blank line), one JSON array, or NDJSON. Stops the
 * command quietly when the reader of stdout has gone (see {@link ClosedOutput}).
 */
final class Results implements AutoCloseable {
  /** Each check of stdout flushes it: checked every so many results. */
  private static final int CHECK_EVERY = 64;

  private final PrintWriter out;
  private final Json.Output json;
  private final Printer printer;
  private int written;

  Results(PrintWriter out, Json.Layout layout, boolean colour) {
    this.out = out;
    this.json = layout == null ? null : new Json.Output(out, layout);
    this.printer = layout == null ? new Printer(out, colour) : null;
  }

  void article(Article a) {
    if (json != null) {
      json.article(a);
    } else {
      printer.line(a);
    }
    written();
  }

  void hit(Hit h) {
    if (json != null) {
      json.hit(h);
    } else {
      if (written > 0) {
        out.println();
      }
      printer.hit(h);
    }
    written();
  }

  private void written() {
    if (++written % CHECK_EVERY == 0 && out.checkError()) {
      throw new ClosedOutput();
    }
  }

  /** Ends a JSON array; text needs no end. */
  @Override
  public void close() throws IOException {
    if (json != null) {
      json.close();
    }
  }
}
