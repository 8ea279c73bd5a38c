package news.archive.cli;

import java.io.PrintWriter;
import java.util.List;
import news.archive.BodyText;
import news.archive.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --json}, {@code --format} and {@code --fields}: how a command prints its results. */
final class OutputOptions {

  enum Format {
    text,
    json,
    ndjson,
    csv,
    tsv;

    /** The JSON layout of a sequence in this format, or null for the formats that are not JSON. */
    Json.Layout layout() {
      return switch (this) {
        case json -> Json.Layout.ARRAY;
        case ndjson -> Json.Layout.LINES;
        default -> null;
      };
    }
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--json", description = "Print JSON (an array, or one object for show).")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "text (default), json, ndjson (one JSON object per line), csv or tsv (columns, with a"
              + " header line; see --fields).")
  Format format;

  @Option(
      names = "--fields",
      paramLabel = "NAMES",
      split = ",",
      description =
          "Columns for text, csv and tsv, joined by commas (csv and tsv default to"
              + " id,date,title,outlet,agency,byline,words,tags,path). Any of: id, date, title,"
              + " headline, subtitle, dateFrom, agency, outlet, byline, words, readingMinutes,"
              + " tags, note, set, path, absolutePath, sources, format, url, importedAt, body;"
              + " for search also score and snippet.")
  List<String> fields;

  Format format() {
    return chosen(mixee, json, format, Format.json, Format.text);
  }

  /**
   * The format that {@code --json} and {@code --format} ask for together, of a command's set of
   * formats; a usage error when they ask for different ones.
   */
  static <F extends Enum<F>> F chosen(
      CommandSpec mixee, boolean json, F format, F asJson, F byDefault) {
    if (json && format != null && format != asJson) {
      throw new ParameterException(
          mixee.commandLine(),
          "--json and --format " + format + " ask for different outputs; give one");
    }
    return json ? asJson : format == null ? byDefault : format;
  }

  /** The JSON layout of a sequence, or null for the other formats. */
  Json.Layout layout() {
    return format().layout();
  }

  /** The columns asked for, or null for text lines as they are; {@code hits}: search's. */
  Columns columns(boolean hits) {
    Format f = format();
    if (fields != null && (f == Format.json || f == Format.ndjson)) {
      throw new ParameterException(
          mixee.commandLine(), "--fields chooses columns of text, csv and tsv, not of " + f);
    }
    if (fields == null) {
      return f == Format.csv || f == Format.tsv ? Columns.of(Columns.DEFAULT, hits) : null;
    }
    try {
      return Columns.of(fields, hits);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), "--fields: " + e.getMessage());
    }
  }

  /** How much of each body the output prints: all of it in records and a body column. */
  BodyText body(boolean hits) {
    Columns columns = columns(hits);
    boolean whole = layout() != null || (columns != null && columns.names().contains("body"));
    return whole ? BodyText.WHOLE : BodyText.OPENING;
  }

  /** Where results go, as asked; text snippets wrapped to {@code width} (0 for none). */
  Results results(PrintWriter out, boolean hits, boolean colour, int width) {
    return new Results(out, format(), columns(hits), colour, width);
  }
}
