package news.archive.cli;

/** Wraps text to a terminal's width at spaces, for reading; the text itself is not changed. */
final class Wrap {
  private static final char ESCAPE = '\u001b';

  private Wrap() {}

  /**
   * Each line of {@code text} longer than {@code width} broken at spaces; a list item's lines
   * continue under its text. Table rows ({@code a | b}) and words longer than the width are left
   * whole. A width of 0 leaves the text as it is.
   */
  static String lines(String text, int width) {
    return indented(text, width, "");
  }

  /**
   * As {@link #lines}, with {@code indent} before every line: a snippet under its hit, a caption
   * under its heading. The indent counts toward the width; colour codes do not, since a terminal
   * shows nothing for them.
   */
  static String indented(String text, int width, String indent) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(indent);
      line(lines[i], width, indent, out);
    }
    return out.toString();
  }

  private static void line(String line, int width, String indent, StringBuilder out) {
    int room = width - indent.length();
    if (width <= 0 || visible(line) <= room || line.contains("  |  ")) {
      out.append(line);
      return;
    }
    String hanging = indent + (line.startsWith("- ") ? "  " : "");
    int column = indent.length();
    boolean first = true;
    for (String word : line.split(" ", -1)) {
      int n = visible(word);
      if (!first && column + 1 + n > width) {
        out.append('\n').append(hanging);
        column = hanging.length();
      } else if (!first) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += n;
      first = false;
    }
  }

  /** How many columns a terminal gives the text: its characters, less any colour codes. */
  static int visible(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == ESCAPE && i + 1 < s.length() && s.charAt(i + 1) == '[') {
        // a control sequence ends with its first character from @ to ~
        i += 2;
        while (i < s.length() && (s.charAt(i) < '@' || s.charAt(i) > '~')) {
          i++;
        }
        i++;
        continue;
      }
      n++;
      i += Character.charCount(s.codePointAt(i));
    }
    return n;
  }
}
