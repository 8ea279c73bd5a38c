package news.archive.cli;

/** Small helpers for what commands print. */
final class Text {
  private static final int MAX_SHOWN = 80;

  private Text() {}

  /**
   * A string typed by the user, safe to echo in a message: control characters shown as {@code ?},
   * and cut short when it is very long.
   */
  static String printable(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .limit(MAX_SHOWN * 20L)
        .forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) && cp != '\n' ? '?' : cp));
    return out.toString();
  }

  /** A user-typed value quoted for a message, shortened to a readable length. */
  static String quoted(String s) {
    String p = printable(s).replace('\n', '?');
    if (p.codePointCount(0, p.length()) > MAX_SHOWN) {
      p = p.substring(0, p.offsetByCodePoints(0, MAX_SHOWN)) + "...";
    }
    return "'" + p + "'";
  }
}
