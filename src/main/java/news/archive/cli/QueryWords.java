package news.archive.cli;

import java.util.List;
import java.util.function.Consumer;
import news.archive.app.BadQueryException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The words of a query typed after a command that reads a word starting with a dash as part of the
 * query ({@code search Idlib -Turkey}, {@code export harbour -ferry}).
 */
final class QueryWords {
  private QueryWords() {}

  /**
   * The query the words make, one space between them (empty for none).
   *
   * @param warn receives a warning for a word that is also one of the command's options with one
   *     dash less ({@code -limit}), or null for no warnings
   * @throws UnmatchedArgumentException for a word with two dashes: an option the command does not
   *     have, told as picocli tells one, with the same suggestions
   */
  static String join(CommandSpec spec, List<String> words, Consumer<String> warn) {
    if (words == null) {
      return "";
    }
    for (String w : words) {
      if (w.startsWith("--") && w.length() > 2) {
        throw new UnmatchedArgumentException(spec.commandLine(), List.of(w));
      }
      if (warn != null && w.startsWith("-") && spec.findOption("-" + w) != null) {
        warn.accept(
            "warning: "
                + Text.quoted(w)
                + " is read as a word to leave out; for the option, write -"
                + w);
      }
    }
    return String.join(" ", words);
  }

  /** A query that cannot be read, told as a usage error that quotes it. */
  static Failure unreadable(String query, BadQueryException e) {
    return new Failure(
        ExitCode.USAGE, "cannot read the query " + Text.quoted(query) + ": " + e.getMessage());
  }
}
