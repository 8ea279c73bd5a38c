package news.archive.cli;

import java.io.IOException;
import java.util.Map;
import news.archive.Stats;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive stats}: counts over the archive. */
@Command(
    name = "stats",
    header = "Count articles by year, agency, outlet, tag and language.",
    mixinStandardHelpOptions = true,
    description = {
      "Print counts over the archive: articles, dated and undated, words, the store's size on"
          + " disk, and articles by year (or month), agency, outlet, tag and language, most first.",
      "Read from the search index alone."
    })
final class StatsCommand extends BaseCommand {

  enum Period {
    year,
    month
  }

  @Option(
      names = "--by",
      paramLabel = "PERIOD",
      defaultValue = "year",
      description = "year (default) or month.")
  Period by;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Stats s = archive().stats(by == Period.month);
    if (json) {
      Json.writeValue(s, out());
      return ExitCode.OK.code();
    }
    line("articles", Integer.toString(s.articles()));
    line("dated", Integer.toString(s.dated()));
    line("undated", Integer.toString(s.undated()));
    line("words", Long.toString(s.words()));
    line("store", megabytes(s.storeBytes()) + " (" + s.storeBytes() + " bytes)");
    group("by " + by, s.byPeriod());
    group("by agency", s.byAgency());
    group("by outlet", s.byOutlet());
    group("by tag", s.byTag());
    group("by language", s.byLanguage());
    return ExitCode.OK.code();
  }

  private void line(String name, String value) {
    out().printf("%-10s %s%n", name, value);
  }

  private void group(String title, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out().println();
    out().println(title);
    int width =
        counts.values().stream().mapToInt(n -> Integer.toString(n).length()).max().orElse(1);
    counts.forEach((name, n) -> out().printf("  %" + width + "d  %s%n", n, name));
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
