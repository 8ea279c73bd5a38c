package news.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Supplier;
import news.archive.Article;
import news.archive.Hit;
import news.archive.json.Json;

/**
 * Where {@code list} and {@code search} print their results, one at a time, in the format the user
 * asked for: text lines (hits separated by a blank line), chosen columns as text, CSV or TSV (with
 * a header line), one JSON array, or NDJSON. Stops the command quietly when the reader of stdout
 * has gone (see {@link ClosedOutput}).
 */
final class Results implements AutoCloseable {
  /** Each check of stdout flushes it: checked every so many results. */
  private static final int CHECK_EVERY = 64;

  private final PrintWriter out;
  private final OutputOptions.Format format;
  private final Json.Output json;
  private final Printer printer;
  private final Columns columns;
  private int written;

  /**
   * @param columns the columns for text, csv and tsv; null for text lines as they are
   * @param width the terminal's width, that text snippets are wrapped to; 0 for none
   */
  Results(
      PrintWriter out, OutputOptions.Format format, Columns columns, boolean colour, int width) {
    this.out = out;
    this.format = format;
    Json.Layout layout = format.layout();
    this.json = layout == null ? null : new Json.Output(out, layout);
    this.printer = layout == null ? new Printer(out, colour, width) : null;
    this.columns = columns;
    if (columns != null && json == null && format != OutputOptions.Format.text) {
      row(columns.names());
    }
  }

  void article(Article a) {
    write(() -> json.article(a), () -> columns.values(a), () -> printer.line(a));
  }

  void hit(Hit h) {
    write(
        () -> json.hit(h),
        () -> columns.values(h),
        () -> {
          if (written > 0) {
            out.println();
          }
          printer.hit(h);
        });
  }

  /** One result, in the format asked for: as JSON, as a row of columns, or as text. */
  private void write(Runnable asJson, Supplier<List<String>> asRow, Runnable asText) {
    if (json != null) {
      asJson.run();
    } else if (columns != null) {
      row(asRow.get());
    } else {
      asText.run();
    }
    if (++written % CHECK_EVERY == 0 && out.checkError()) {
      throw new ClosedOutput();
    }
  }

  private void row(List<String> values) {
    switch (format) {
      case csv -> out.println(Columns.csv(values));
      case tsv -> out.println(Columns.tsv(values));
      default ->
          out.println(
              String.join(
                  "  ",
                  values.stream()
                      .map(v -> v.isEmpty() ? "-" : v.replaceAll("\\s+", " "))
                      .toList()));
    }
  }

  /** Ends a JSON array; the other formats need no end. */
  @Override
  public void close() throws IOException {
    if (json != null) {
      json.close();
    }
  }
}
