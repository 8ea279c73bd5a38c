package news.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import news.archive.Story;
import news.archive.app.Archive;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code archive stories}: the stories the archive's articles are grouped into. */
@Command(
    name = "stories",
    header = "List stories: articles grouped by the event they report.",
    mixinStandardHelpOptions = true,
    description = {
      "List stories, largest first: each line gives the story's id, how many articles it holds,"
          + " its first and last dates and its label (the headline of the article most like the"
          + " others).",
      "Articles are placed in stories as they are imported: each joins the story whose articles"
          + " it is most like (the same names, places and numbers; dated within a week of them)"
          + " or starts its own. An article whose text is too short to compare is in no story."
          + " --rebuild groups every article again from scratch, in date order, so that the"
          + " stories no longer depend on the order the articles came in, and says how many"
          + " articles changed story."
    })
final class StoriesCommand extends BaseCommand {

  enum Order {
    size,
    date
  }

  @Mixin DateOptions dates;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "size",
      description = "size (default: most articles first) or date (latest last date first).")
  Order sort;

  @Option(
      names = "--min-size",
      paramLabel = "N",
      defaultValue = "2",
      description = "Only stories of at least N articles (default: ${DEFAULT-VALUE}).")
  int minSize;

  @Option(
      names = "--rebuild",
      description = "Group every article again from scratch; print what changed, no list.")
  boolean rebuild;

  @Mixin Paging paging = new Paging("stories", 20);

  @Mixin StoryFormat format;

  @Override
  public Integer call() throws IOException {
    paging.check();
    if (rebuild) {
      Archive.Regrouped r = archive().regroupStories();
      err()
          .println(
              "regrouped "
                  + count(r.articles(), "article", "articles")
                  + " into "
                  + count(r.stories(), "story", "stories")
                  + "; "
                  + r.changed()
                  + " changed story");
      return ExitCode.OK.code();
    }
    List<Story> stories =
        archive()
            .stories(
                dates.range(),
                sort == Order.date ? Story.Order.DATE : Story.Order.SIZE,
                Math.max(minSize, 1),
                paging.offset(),
                paging.limit());
    StoryLines.print(stories, format.layout(), out());
    return (stories.isEmpty() ? ExitCode.NO_MATCH : ExitCode.OK).code();
  }

  /** How a list of stories is printed: text lines, a JSON array or NDJSON. */
  static final class StoryLines {
    private StoryLines() {}

    /** Prints the stories as text lines, or in this JSON layout. */
    static void print(List<Story> stories, Json.Layout layout, PrintWriter out) throws IOException {
      if (layout != null) {
        try (Json.Output o = new Json.Output(out, layout)) {
          stories.forEach(o::story);
        }
        return;
      }
      for (Story s : stories) {
        out.println(line(s));
      }
      out.flush();
    }

    static String line(Story s) {
      String span =
          s.first() == null
              ? "undated"
              : s.first().equals(s.last()) ? s.first().toString() : s.first() + ".." + s.last();
      String articles = count(s.size(), "article", "articles");
      String count = s.hits() == null ? articles : s.hits() + " of " + articles;
      return s.id()
          + "  "
          + count
          + "  "
          + span
          + "  "
          + Text.printable(s.label() == null ? "" : s.label());
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
