package news.archive.cli;

import java.util.List;
import news.archive.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code archive rm ID...}: remove articles for good. */
@Command(
    name = "rm",
    header = "Remove articles for good.",
    mixinStandardHelpOptions = true,
    description = {
      "Remove articles from the archive: the record, its index entry and the kept original"
          + " bytes. The archive remembers the removal: importing the same text again skips it"
          + " (import --force brings it back).",
      "When an id names no article, or a prefix fits several, nothing is removed (exit code 3)."
    })
@MissingArguments("give the ids of the articles to remove")
final class RmCommand extends BaseCommand {

  @Mixin ArticleIds ids;

  @Mixin Quiet quiet;

  @Override
  public Integer call() {
    List<Article> removed = archive().remove(ids.prefixes(spec));
    if (!quiet.on) {
      for (Article a : removed) {
        err().println("removed " + a.id() + "  " + a.title());
      }
    }
    return ExitCode.OK.code();
  }
}
