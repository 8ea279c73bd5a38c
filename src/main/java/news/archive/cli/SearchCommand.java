package news.archive.cli;

import java.io.IOException;
import java.util.List;
import news.archive.Filter;
import news.archive.Hit;
import news.archive.Story;
import news.archive.app.BadQueryException;
import news.archive.app.Reader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code archive search WORDS...}: ranked hits with snippets. */
@Command(
    name = "search",
    header = "Find articles with the query language, best match first.",
    description = {
      "Find the articles that match the query, best match first, each with a snippet.",
      "",
      "  Idlib offensive         both words (AND is implied)",
      "  \"foreign minister\"      a phrase",
      "  Zarif OR Qassemi        either word; OR binds tighter than AND",
      "  -Turkey, NOT Turkey     without the word",
      "  (...)                   grouping",
      "  title:Zarif agency:AFP  one field: title, body, byline, agency or outlet",
      "  tag:unread              a tag the user gave (see archive tag)",
      "  lang:de                 the language (en, de, fr, es, it, pt, nl, cs, ja, zh)",
      "  date:2018-09            a year, month or day; date:2018-01..2018-06 a range",
      "  path:seeds/*.txt        the input's path, a glob (* any characters)",
      "  Zar*                    words that start with Zar",
      "  Zarrif~  Zarrif~1       words within 2 (or 1) letters of Zarrif",
      "",
      "Case, accents and possessives do not matter (Erdogan finds Erdo\u011fan, Iran finds"
          + " Iran's); other forms of a word match too (offensives finds offensive), below the"
          + " exact form. Exit code 1 when nothing is found.",
      "--since and --until leave out undated articles, and stderr says how many of them match;"
          + " --undated takes them in."
    })
@MissingArguments("nothing to search for: give some words")
final class SearchCommand extends BaseCommand {

  enum Sort {
    relevance,
    date
  }

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print version information and exit.")
  boolean version;

  @Parameters(
      arity = "1..*",
      paramLabel = "QUERY",
      description = "The query. A word starting with - leaves articles out.")
  List<String> words;

  @Mixin DateOptions dates;

  @Option(
      names = "--undated",
      description =
          "With --since or --until: also the undated articles that match, which a range of dates"
              + " leaves out (they come last with --sort date).")
  boolean undated;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      description = "relevance (default: best match first) or date (newest first).")
  Sort sort;

  @Option(names = "--all", description = "Print every hit (no --limit).")
  boolean all;

  @Option(
      names = "--collapse",
      description = "Leave out articles that nearly repeat another (see nearDuplicateOf).")
  boolean collapse;

  @Option(
      names = "--stories",
      description =
          "Fold the hits into their stories: one line per story, in the order of its best hit,"
              + " with how many hits it holds (--limit counts stories; of the best 10,000 hits).")
  boolean stories;

  @Option(names = "--count", description = "Print only the number of matching articles.")
  boolean count;

  @Mixin Paging paging = new Paging("hits", 10);

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    String query = QueryWords.join(spec, words, this::note);
    paging.check();
    int offset = paging.offset();
    output.columns(true);
    int max = all ? Integer.MAX_VALUE : paging.limit();
    if (query.isBlank()) {
      throw new Failure(ExitCode.USAGE, missingArguments());
    }
    if (undated && dates.range().isAll()) {
      throw new ParameterException(
          spec.commandLine(),
          "--undated adds the undated articles to a range of dates: give --since or --until too"
              + " (without them, undated articles are found anyway)");
    }
    try (Reader reader = reader()) {
      Reader.Query prepared = reader.query(query, dates.range(), collapse, Filter.NONE, undated);
      if (stories && !count) {
        int code = printStories(reader, prepared, max);
        undatedLeftOut(reader, prepared);
        return code;
      }
      if (count) {
        int n = reader.count(prepared);
        out().println(n);
        undatedLeftOut(reader, prepared);
        return (n == 0 ? ExitCode.NO_MATCH : ExitCode.OK).code();
      }
      Hit.Order order = sort == Sort.date ? Hit.Order.DATE : Hit.Order.RELEVANCE;
      long matched;
      int[] shown = {0};
      try (Results results = output.results(out(), true, env().colour(), env().columns())) {
        matched =
            reader.search(
                prepared,
                order,
                offset,
                max,
                output.body(true),
                h -> {
                  results.hit(h);
                  shown[0]++;
                });
      }
      if (output.layout() == null && offset + shown[0] < matched) {
        tell(
            (offset == 0 ? shown[0] + " of " : (offset + 1) + "-" + (offset + shown[0]) + " of ")
                + matched
                + " hits; --limit N or --all for more");
      }
      undatedLeftOut(reader, prepared);
      return (matched == 0 ? ExitCode.NO_MATCH : ExitCode.OK).code();
    } catch (BadQueryException e) {
      throw QueryWords.unreadable(query, e);
    }
  }

  /** Says how many undated articles that match the range of dates left out, if any did. */
  private void undatedLeftOut(Reader reader, Reader.Query prepared) {
    int left = reader.undatedLeftOut(prepared);
    if (left > 0) {
      note(
          left
              + (left == 1
                  ? " undated article that matches was"
                  : " undated articles that match were")
              + " left out by --since/--until (--undated takes them in)");
    }
  }

  private int printStories(Reader reader, Reader.Query prepared, int max) throws IOException {
    OutputOptions.Format f = output.format();
    if (f == OutputOptions.Format.csv || f == OutputOptions.Format.tsv || paging.offset() != 0) {
      throw new Failure(
          ExitCode.USAGE, "--stories prints text, json or ndjson, from the first story on");
    }
    List<Story> found = archive().searchStories(reader, prepared, max);
    StoriesCommand.StoryLines.print(found, output.layout(), out());
    return (found.isEmpty() ? ExitCode.NO_MATCH : ExitCode.OK).code();
  }
}
