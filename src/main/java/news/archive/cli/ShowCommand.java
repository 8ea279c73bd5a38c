package news.archive.cli;

import java.io.IOException;
import news.archive.Article;
import news.archive.app.Archive;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code archive show ID}: one article, from its file. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Print one article, by its id or a unique prefix of it (at least "
            + Archive.MIN_PREFIX
            + " characters).")
final class ShowCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", description = "The article's id, or a unique prefix of it.")
  String typed;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    OutputOptions.Format format = output.format();
    String prefix =
        Archive.idPrefix(typed)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        Text.quoted(typed) + " is not an article id: " + Archive.ID_FORM));
    Article article = archive().show(prefix);
    switch (format) {
      case json -> Json.write(article, out());
      case ndjson -> {
        try (Json.Output json = new Json.Output(out(), Json.Layout.LINES)) {
          json.article(article);
        }
      }
      case text -> new Printer(out(), env().colour()).full(article);
    }
    return ExitCode.OK.code();
  }
}
