package news.archive.cli;

import news.archive.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --json} and {@code --format} of the story commands: text lines or JSON. */
final class StoryFormat {

  enum Format {
    text,
    json,
    ndjson
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--json", description = "Print JSON (an array, or one object for story).")
  boolean json;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default), json or ndjson (one JSON object per line).")
  Format format;

  Format format() {
    if (json && format != null && format != Format.json) {
      throw new ParameterException(
          mixee.commandLine(),
          "--json and --format " + format + " ask for different outputs; give one");
    }
    return json ? Format.json : format == null ? Format.text : format;
  }

  /** The JSON layout of a list, or null for text. */
  Json.Layout layout() {
    return switch (format()) {
      case json -> Json.Layout.ARRAY;
      case ndjson -> Json.Layout.LINES;
      case text -> null;
    };
  }
}
