package news.archive.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The arguments of a command that acts on several articles: their ids, or prefixes of them. */
final class ArticleIds {

  @Parameters(
      arity = "1..*",
      paramLabel = "ID",
      description = "The articles' ids, or unique prefixes of them.")
  List<String> typed;

  /** The id prefixes typed; a usage error (exit 2) of {@code command} when one cannot be an id. */
  List<String> prefixes(CommandSpec command) {
    return Ids.prefixes(command, typed);
  }
}
