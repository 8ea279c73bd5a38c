package news.archive.parse;

import java.util.List;

/**
 * Joins hard-wrapped lines into paragraphs: a line the writer broke because the next word would not
 * fit is joined to the next; a new paragraph starts at an indented line, or after a short line that
 * ends a sentence; lines laid out as a table keep their breaks.
 */
final class Reflow {
  private final int width;
  private final boolean indentStartsParagraph;

  Reflow(int width, boolean indentStartsParagraph) {
    this.width = width;
    this.indentStartsParagraph = indentStartsParagraph;
  }

  void block(List<String> block, List<String> out) {
    StringBuilder paragraph = new StringBuilder(piece(block.get(0)));
    for (int i = 1; i < block.size(); i++) {
      String prev = block.get(i - 1);
      String line = block.get(i);
      boolean table = Lines.isPreformatted(prev) || Lines.isPreformatted(line);
      if (startsParagraph(prev, line)) {
        out.add(paragraph.toString());
        paragraph = new StringBuilder(piece(line));
      } else if (table) {
        paragraph.append('\n').append(piece(line));
      } else if (isFull(prev, line)) {
        String text = Lines.collapse(line);
        if (endsWithWordHyphen(prev) && Character.isLetter(text.charAt(0))) {
          paragraph.append(text);
        } else {
          paragraph.append(' ').append(text);
        }
      } else if (endsSentence(prev)) {
        out.add(paragraph.toString());
        paragraph = new StringBuilder(piece(line));
      } else {
        paragraph.append('\n').append(piece(line));
      }
    }
    out.add(paragraph.toString());
  }

  private boolean startsParagraph(String prev, String line) {
    if (Lines.isPreformatted(line)) {
      return false;
    }
    int indent = Lines.indent(line);
    if (indent < 2) {
      return false;
    }
    return indentStartsParagraph || indent > Lines.indent(prev) || Lines.isPreformatted(prev);
  }

  /** The writer did not break this line: the next word would not have fit on it. */
  private boolean isFull(String prev, String line) {
    int slack = Math.max(4, width / 10);
    return prev.length() + 1 + firstWord(line).length() > width - slack;
  }

  private static String piece(String line) {
    return Lines.isPreformatted(line) ? line : Lines.collapse(line);
  }

  private static String firstWord(String line) {
    String text = line.strip();
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  static boolean endsSentence(String line) {
    char c = line.charAt(line.length() - 1);
    return ".!?:;\"'\u201d\u2019".indexOf(c) >= 0;
  }

  private static boolean endsWithWordHyphen(String line) {
    int n = line.length();
    return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
  }
}
