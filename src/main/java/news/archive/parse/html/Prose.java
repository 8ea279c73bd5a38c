package news.archive.parse.html;

import java.util.List;

/** Measures of a text that tell prose from page furniture. */
final class Prose {

  /** A real paragraph is at least this long: a sentence that says something, not a caption. */
  private static final int MIN_PARAGRAPH = 80;

  private Prose() {}

  /**
   * Whether one of these paragraphs is prose: long enough to say something and ending as a sentence
   * does, not a label, a link's text or a list.
   */
  static boolean isParagraph(List<String> paragraphs) {
    for (String p : paragraphs) {
      if (weightedLength(p) >= MIN_PARAGRAPH && endsSentence(p) && !p.startsWith("- ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Length with a Chinese, Japanese or Korean character counted as two: each says about as much as
   * a short word.
   */
  static int weightedLength(String text) {
    int n = visibleLength(text);
    for (int i = 0; i < text.length(); i++) {
      if (isCjk(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * Whether a text ends as a sentence does: a full stop, a question or exclamation mark, a closing
   * quote.
   */
  static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?\u3002\uff01\uff1f\"\u201d".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /** Commas of Latin and East Asian writing: prose has them, menus do not. */
  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\u3001' || c == '\uff0c') {
        n++;
      }
    }
    return n;
  }

  /** Characters a reader sees: runs of white space count as one. */
  static int visibleLength(String text) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          n++;
        }
        space = true;
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }
}
