package news.archive.cli;

import java.io.IOException;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.app.Reader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code archive similar ID}: the articles most like one. */
@Command(
    name = "similar",
    header = "Find the articles most like one, best first.",
    mixinStandardHelpOptions = true,
    description = {
      "Find the articles most like the one given, best first, each with a score and a snippet"
          + " that marks the words they share: the same output as search.",
      "An article is compared by its most telling words: those it uses most (its title counts"
          + " three times) that are rare in the archive. One with too few different words to"
          + " tell what it is about is said to be too short to compare. Exit code 1 when"
          + " nothing is like it, 3 when the id names no article."
    })
@MissingArguments("give the id of the article to find others like")
final class SimilarCommand extends BaseCommand {

  @Parameters(paramLabel = "ID", description = "The article's id, or a unique prefix of it.")
  String typed;

  @Mixin DateOptions dates;

  @Mixin Paging paging = new Paging("articles", 10);

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    paging.check();
    output.columns(true);
    String id = archive().id(Ids.prefix(spec, typed));
    long matched;
    Article article;
    try (Reader reader = reader();
        Results results = output.results(out(), true, env().colour(), env().columns())) {
      // as the index holds it: an 8 MB article is not read whole to pick its telling words
      article = reader.article(id, BodyText.OPENING).orElseGet(() -> archive().show(id));
      matched =
          reader.similar(
              article,
              dates.range(),
              paging.offset(),
              paging.limit(),
              output.body(true),
              results::hit);
    }
    if (matched < 0) {
      note(
          "article "
              + article.id()
              + " is too short to compare: it has too few different words to tell what it is"
              + " about");
      return ExitCode.NO_MATCH.code();
    }
    return (matched == 0 ? ExitCode.NO_MATCH : ExitCode.OK).code();
  }
}
