package news.archive.cli;

import java.io.IOException;
import news.archive.Article;
import news.archive.Story;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code archive story ID}: one story and its articles. */
@Command(
    name = "story",
    header = "Show one story: its articles in date order.",
    mixinStandardHelpOptions = true,
    description = {
      "Show one story: a line with its id, size, dates and label (as stories prints it), then its"
          + " articles in date order, undated last, one line each as list prints them.",
      "ID is a story's id (as stories prints it) or the id of any of its articles, or a unique"
          + " prefix of either. Exit code 1 when the article named is too short to compare and so"
          + " in no story, 3 when the id names no story and no article."
    })
@MissingArguments("give the id of a story, or of an article in it")
final class StoryCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", description = "A story's id or an article's, or a unique prefix.")
  String typed;

  @Mixin StoryFormat format;

  @Override
  public Integer call() throws IOException {
    Story story = archive().story(Ids.prefix(spec, typed));
    switch (format.format()) {
      case json -> Json.write(story, out());
      case ndjson -> {
        try (Json.Output o = new Json.Output(out(), Json.Layout.LINES)) {
          story.articles().forEach(o::article);
        }
      }
      case text -> {
        out().println(StoriesCommand.StoryLines.line(story));
        try (Results results =
            new Results(out(), OutputOptions.Format.text, null, env().colour(), env().columns())) {
          for (Article a : story.articles()) {
            results.article(a);
          }
        }
      }
    }
    out().flush();
    return ExitCode.OK.code();
  }
}
