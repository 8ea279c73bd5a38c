package news.archive.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What a command needs from the world outside its arguments: the environment variables, the
 * standard streams, the clock, and whether the output goes to a terminal. Tests pass their own.
 *
 * @param stdoutIsTerminal colours and highlights are used only on a terminal
 * @param stderrIsTerminal progress lines are drawn only on a terminal
 */
public record Environment(
    Map<String, String> variables,
    InputStream stdin,
    PrintWriter out,
    PrintWriter err,
    Clock clock,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal) {

  /**
   * The store folder: --store, else ARCHIVE_HOME, else $XDG_DATA_HOME/archive, else
   * ~/.local/share/archive.
   */
  Path store(Path option) {
    if (option != null) {
      return option;
    }
    String home = variables.get("ARCHIVE_HOME");
    if (home != null && !home.isEmpty()) {
      return Path.of(home);
    }
    String data = variables.get("XDG_DATA_HOME");
    if (data != null && !data.isEmpty()) {
      return Path.of(data, "archive");
    }
    String user = variables.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(user, ".local", "share", "archive");
  }

  /**
   * How wide stdout's terminal is, from {@code COLUMNS} (which the launcher sets), or 0 when stdout
   * is no terminal or its width is not known: then lines are not wrapped.
   */
  int columns() {
    if (!stdoutIsTerminal) {
      return 0;
    }
    try {
      int n = Integer.parseInt(variables.getOrDefault("COLUMNS", "").strip());
      return n >= 20 && n <= 1000 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The pager that a terminal's reader pages long output through: {@code $PAGER}, else {@code less
   * -FRX} (which quits at once when the text fits the screen); null when stdout is no terminal or
   * {@code PAGER} is set empty or to {@code cat}.
   */
  String pager() {
    if (!stdoutIsTerminal) {
      return null;
    }
    String pager = variables.getOrDefault("PAGER", "less -FRX").strip();
    return pager.isEmpty() || pager.equals("cat") ? null : pager;
  }

  /** Colours on stdout: only on a terminal, and never when NO_COLOR is set (no-color.org). */
  boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return stdoutIsTerminal && (noColor == null || noColor.isEmpty());
  }
}
