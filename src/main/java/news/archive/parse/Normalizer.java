package news.archive.parse;

import java.util.ArrayList;
import java.util.List;

/** Decoded text to the lines the parser reads. */
final class Normalizer {

  private Normalizer() {}

  /**
   * Lines with their ends unified and trimmed, no-break and other odd spaces made plain spaces,
   * zero-width characters and a byte-order mark removed, control characters made spaces: after
   * this, a space and a tab are the only white space left.
   */
  static String[] lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(cleanLine(text, start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(cleanLine(text, start, n));
    return lines.toArray(String[]::new);
  }

  /** text[start, end) cleaned; most lines need nothing but a cut. */
  private static String cleanLine(String text, int start, int end) {
    int last = end;
    while (last > start && text.charAt(last - 1) <= ' ') {
      last--;
    }
    for (int i = start; i < last; i++) {
      char c = text.charAt(i);
      if ((c < ' ' && c != '\t') || c >= '\u007f') {
        return cleanLine(text.substring(start, end));
      }
    }
    return text.substring(start, last);
  }

  private static String cleanLine(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        out.append(c);
      } else if (c == '\ufeff' || c == '\u200b' || c == '\u2060' || c == '\u00ad') {
        // zero-width characters and soft hyphens: invisible, and they split words; dropped
      } else if (Character.isISOControl(c)
          || Character.isWhitespace(c)
          || Character.isSpaceChar(c)) {
        // no-break, thin, ideographic spaces, line separators, control characters
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) <= ' ') {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }
}
