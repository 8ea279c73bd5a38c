package news.archive.cli;

import java.io.IOException;
import java.util.List;
import news.archive.Article;
import news.archive.ExitCodes;
import news.archive.search.ArticleIndex;
import news.archive.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code archive list}: every article, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the stored articles, newest first, undated ones last.")
final class ListCommand extends BaseCommand {

  @Mixin
  DateOptions dates;

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N articles.")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
      description = "Skip the first N articles (default: ${DEFAULT-VALUE}).")
  int offset;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() throws IOException {
    Paging.check(spec, offset, limit);
    Json.Layout layout = output.layout();
    List<Article> articles;
    try (ArticleIndex.Searcher index = archive().searcher()) {
      articles = index.list(dates.range(), offset, limit == null ? Integer.MAX_VALUE : limit);
    }
    if (layout != null) {
      try (Json.Output json = new Json.Output(out(), layout)) {
        articles.forEach(json::article);
      }
    } else {
      Printer printer = new Printer(out(), env().colour());
      articles.forEach(printer::line);
    }
    return ExitCodes.OK;
  }
}
