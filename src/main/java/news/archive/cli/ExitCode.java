package news.archive.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The exit codes of every command, each with what it means: the one list that {@code --help} prints
 * and the README's table repeats (a test holds the two together).
 */
enum ExitCode {
  OK(0, "ok"),
  NO_MATCH(1, "`search` found nothing"),
  USAGE(2, "usage error: unknown option, bad date, bad query, a string that cannot be an id"),
  NOT_FOUND(3, "id not found, or the prefix fits several articles"),
  IMPORT_FAILED(4, "`import` finished, but some inputs failed (the others are stored)"),
  STORE(
      5,
      "the store cannot be read or written (missing, damaged, no permission, full, busy with"
          + " `import --no-wait`), or `check` found problems"),
  INTERNAL(70, "internal error: a bug; please report it with the output of `--debug`");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  int code() {
    return code;
  }

  /** What the code means, as the README's table says it (with its Markdown code marks). */
  String meaning() {
    return meaning;
  }

  /** The lines that end every command's help, wrapped under the width of a terminal. */
  static List<String> help() {
    List<String> lines = new ArrayList<>();
    lines.add("Exit codes:");
    for (ExitCode c : values()) {
      StringBuilder line = new StringBuilder(String.format("  %-3d", c.code));
      for (String word : SPACE.splitAsStream(c.meaning.replace("`", "")).toList()) {
        if (line.length() + 1 + word.length() > HELP_WIDTH) {
          lines.add(line.toString());
          line = new StringBuilder(" ".repeat(HANGING));
        } else {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static final Pattern SPACE = Pattern.compile(" ");
  private static final int HELP_WIDTH = 79;
  private static final int HANGING = 6;
}
