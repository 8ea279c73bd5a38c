package news.archive.cli;

import java.io.IOException;
import java.util.List;
import news.archive.Archive;
import news.archive.ArchiveException;
import news.archive.Article;
import news.archive.ExitCodes;
import news.archive.store.ArticleStore;
import news.archive.store.Json;
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
            + ArticleStore.MIN_PREFIX
            + " characters).")
final class ShowCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", description = "The article's id, or a unique prefix of it.")
  String typed;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    OutputOptions.Format format = output.format();
    String prefix =
        ArticleStore.prefix(typed)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        Text.quoted(typed)
                            + " is not an article id: ids are "
                            + ArticleStore.MIN_PREFIX
                            + " to 16 hex digits (0-9, a-f)"));
    Archive archive = archive();
    List<String> ids = archive.idsStartingWith(prefix);
    if (ids.isEmpty()) {
      throw new ArchiveException(ExitCodes.NOT_FOUND, "no article with id " + prefix);
    }
    if (ids.size() > 1) {
      for (String id : ids) {
        err().println(id);
      }
      throw new ArchiveException(
          ExitCodes.NOT_FOUND,
          "id prefix "
              + prefix
              + " fits "
              + ids.size()
              + " articles (listed above); give more characters");
    }
    Article article =
        archive
            .read(ids.get(0))
            .orElseThrow(
                () -> new ArchiveException(ExitCodes.NOT_FOUND, "no article with id " + prefix));
    switch (format) {
      case json -> Json.write(article, out());
      case ndjson -> {
        try (Json.Output json = new Json.Output(out(), Json.Layout.LINES)) {
          json.article(article);
        }
      }
      case text -> new Printer(out(), env().colour()).full(article);
    }
    return ExitCodes.OK;
  }
}
