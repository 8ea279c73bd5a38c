package news.archive.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The exit codes of every command, each with what it means: the one list that {@code --help} prints
 * and the README's table repeats (a test holds the two together).
 */
enum ExitCode {
  OK(0, "ok"),
  NO_MATCH(
      1,
      "nothing found: `search` found no article, `similar` none like it (or it is too short"
          + " to compare), `stories` no story, `story` none for an article too short to be in"
          + " one"),
  USAGE(2, "usage error: unknown option, bad date, bad query, a string that cannot be an id"),
  NOT_FOUND(3, "id not found, or the prefix fits several articles"),
  IMPORT_FAILED(
      4,
      "`import` or `reparse` finished, but some inputs or articles failed (the others are"
          + " stored), or `import` found no input files"),
  STORE(
      5,
      "the store cannot be read or written (missing, damaged, no permission, full, busy with"
          + " `import --no-wait`), `export -o` cannot write its file, or `check` found"
          + " problems"),
  LISTEN(
      6, "`serve` cannot listen on the address and port asked for (in use, or not this machine's)"),
  INTERRUPTED(
      130,
      "interrupted (Ctrl-C): `import` stops before its next input, keeps what it stored and"
          + " says what it did; `serve` stops answering"),
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
    return Help.LINES;
  }

  /** Made once, when help is first asked for: every command's help shares them. */
  private static final class Help {
    private static final int WIDTH = 79;
    private static final String HANGING = "      ";
    static final List<String> LINES = lines();

    private static List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("Exit codes:");
      for (ExitCode c : values()) {
        String number = Integer.toString(c.code);
        StringBuilder line =
            new StringBuilder("  ").append(number).append("   ", number.length(), 3);
        for (String word : c.meaning.replace("`", "").split(" ", -1)) {
          if (line.length() + 1 + word.length() > WIDTH) {
            lines.add(line.toString());
            line = new StringBuilder(HANGING);
          } else {
            line.append(' ');
          }
          line.append(word);
        }
        lines.add(line.toString());
      }
      return List.copyOf(lines);
    }
  }
}
