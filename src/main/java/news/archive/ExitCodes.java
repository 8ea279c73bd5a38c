package news.archive;

import java.util.List;

/** The exit codes of every command, in one place; {@code --help} and the README list them. */
public final class ExitCodes {
  public static final int OK = 0;

  /** {@code search} found nothing, as grep does. */
  public static final int NO_MATCH = 1;

  /** Bad usage: an unknown option, a bad date, a query that cannot be read. */
  public static final int USAGE = 2;

  /** No article has that id, or the prefix fits several. */
  public static final int NOT_FOUND = 3;

  /** {@code import} finished, but some inputs failed; the others are stored. */
  public static final int IMPORT_FAILED = 4;

  /** The store cannot be read or written (or is busy, under --no-wait), or check found problems. */
  public static final int STORE = 5;

  /** A bug in archive itself. */
  public static final int INTERNAL = 70;

  /** Lines for {@code --help}: code, then what it means. */
  public static final List<String> HELP =
      List.of(
          "Exit codes:",
          "  0   ok",
          "  1   search found nothing",
          "  2   usage error, bad date or bad query",
          "  3   id not found, or the prefix fits several articles",
          "  4   import finished, but some inputs failed (the others are stored)",
          "  5   the store cannot be read or written, or check found problems",
          "  70  internal error (a bug: please report it with the output of --debug)");

  private ExitCodes() {}
}
