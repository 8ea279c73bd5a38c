package news.archive.cli;

/** Wraps text to a terminal's width at spaces, for reading; the text itself is not changed. */
final class Wrap {
  private Wrap() {}

  /**
   * Each line of {@code text} longer than {@code width} broken at spaces; a list item's lines
   * continue under its text. Table rows ({@code a | b}) and words longer than the width are left
   * whole. A width of 0 leaves the text as it is.
   */
  static String lines(String text, int width) {
    if (width <= 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / width + 1);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      line(lines[i], width, out);
    }
    return out.toString();
  }

  private static void line(String line, int width, StringBuilder out) {
    if (line.codePointCount(0, line.length()) <= width || line.contains("  |  ")) {
      out.append(line);
      return;
    }
    String indent = line.startsWith("- ") ? "  " : "";
    int column = 0;
    boolean first = true;
    for (String word : line.split(" ", -1)) {
      int n = word.codePointCount(0, word.length());
      if (!first && column + 1 + n > width) {
        out.append('\n').append(indent);
        column = indent.length();
      } else if (!first) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += n;
      first = false;
    }
  }
}
