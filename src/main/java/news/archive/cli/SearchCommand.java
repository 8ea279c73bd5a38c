package news.archive.cli;

import java.io.IOException;
import java.util.List;
import news.archive.ArchiveException;
import news.archive.ExitCodes;
import news.archive.Hit;
import news.archive.search.ArticleIndex;
import news.archive.search.QueryException;
import news.archive.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive search WORDS...}: ranked hits with snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
        "Find the articles that contain all the words, best match first.",
        "Case does not matter. Exit code 1 when nothing is found."})
final class SearchCommand extends BaseCommand {

  @Parameters(arity = "1..*", paramLabel = "WORDS", description = "What to look for.")
  List<String> words;

  @Mixin
  DateOptions dates;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Print at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
      description = "Skip the first N hits (default: ${DEFAULT-VALUE}).")
  int offset;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() throws IOException {
    Paging.check(spec, offset, limit);
    Json.Layout layout = output.layout();
    String query = String.join(" ", words);
    if (query.isBlank()) {
      throw new ArchiveException(ExitCodes.USAGE, "nothing to search for: give some words");
    }
    ArticleIndex.Results results;
    try (ArticleIndex.Searcher index = archive().searcher()) {
      results = index.search(query, dates.range(), offset, limit);
    } catch (QueryException e) {
      throw new ArchiveException(ExitCodes.USAGE, "cannot read the query "
          + Text.quoted(query) + ": " + e.getMessage());
    }
    if (layout != null) {
      try (Json.Output json = new Json.Output(out(), layout)) {
        results.hits().forEach(json::hit);
      }
    } else {
      Printer printer = new Printer(out(), env().colour());
      boolean first = true;
      for (Hit h : results.hits()) {
        if (!first) {
          out().println();
        }
        printer.hit(h);
        first = false;
      }
    }
    return results.total() == 0 ? ExitCodes.NO_MATCH : ExitCodes.OK;
  }
}
