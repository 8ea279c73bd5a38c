package news.archive.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The first argument of a command that acts on one article: its id, or a prefix of it. */
final class ArticleId {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Parameters(index = "0", paramLabel = "ID", description = "The article's id or a prefix.")
  String typed;

  /** The id prefix typed; a usage error (exit 2) when it cannot be one. */
  String prefix() {
    return Ids.prefix(mixee, typed);
  }
}
