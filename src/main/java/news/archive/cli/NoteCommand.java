package news.archive.cli;

import java.util.List;
import news.archive.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code archive note ID [TEXT...]}: the user's note on an article. */
@Command(
    name = "note",
    header = "Write, print or clear an article's note.",
    mixinStandardHelpOptions = true,
    description = {
      "Write a note on an article, replacing the one it had; an empty TEXT ('') clears it."
          + " Without TEXT, print the article's note.",
      "Notes are kept in the record, apart from the parsed text, and last through reparse."
    })
@MissingArguments("give the article's id, then the note to write (none prints the note)")
final class NoteCommand extends BaseCommand {

  @Mixin ArticleId id;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "TEXT",
      description = "The note; several words are joined by spaces.")
  List<String> text;

  @Override
  public Integer call() {
    String prefix = id.prefix();
    if (text == null || text.isEmpty()) {
      Article a = archive().show(prefix);
      if (a.curation().note() != null) {
        out().println(a.curation().note());
      }
      return ExitCode.OK.code();
    }
    Article a = archive().note(prefix, String.join(" ", text));
    err().println(a.id() + (a.curation().note() == null ? "  note cleared" : "  note kept"));
    return ExitCode.OK.code();
  }
}
