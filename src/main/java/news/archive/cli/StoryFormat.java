package news.archive.cli;

import news.archive.json.Json;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    return OutputOptions.chosen(mixee, json, format, Format.json, Format.text);
  }

  /** The JSON layout of a list, or null for text: the same as the output format of that name. */
  Json.Layout layout() {
    return OutputOptions.Format.valueOf(format().name()).layout();
  }
}
