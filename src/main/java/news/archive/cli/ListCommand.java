package news.archive.cli;

import java.io.IOException;
import news.archive.app.Reader;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code archive list}: every article, newest first. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the stored articles, newest first, undated ones last.")
final class ListCommand extends BaseCommand {

  @Mixin DateOptions dates;

  @Option(names = "--limit", paramLabel = "N", description = "Print at most N articles.")
  Integer limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the first N articles (default: ${DEFAULT-VALUE}).")
  int offset;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    Paging.check(spec, offset, limit);
    Json.Layout layout = output.layout();
    int max = limit == null ? Integer.MAX_VALUE : limit;
    try (Reader reader = reader();
        Results results = new Results(out(), layout, env().colour())) {
      reader.list(dates.range(), offset, max, results::article);
    }
    return ExitCode.OK.code();
  }
}
