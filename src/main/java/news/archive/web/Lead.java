package news.archive.web;

/**
 * The opening of an article for a list: its first sentence, or its first words when that sentence
 * runs long, so that a line of the list says what the article is about and not only its title.
 */
final class Lead {
  private Lead() {}

  /** About the longest lead, in characters; a first sentence a little longer is kept whole. */
  static final int LENGTH = 200;

  private static final int SLACK = 40;

  /** The full stop, question and exclamation marks of Chinese and Japanese. */
  private static final String WIDE_STOPS = "\u3002\uff01\uff1f";

  /** The shortest paragraph taken for the opening of a text, in characters. */
  private static final int SHORTEST = 25;

  /** The first sentence of the first paragraph that opens the body, or its first words and "…". */
  static String of(String body) {
    String text = firstParagraph(body).replaceAll("\\s+", " ").strip();
    int end = sentenceEnd(text);
    if (end > 0 && end <= LENGTH + SLACK) {
      return text.substring(0, end);
    }
    if (text.length() <= LENGTH + SLACK) {
      return text;
    }
    int cut = text.lastIndexOf(' ', LENGTH);
    if (cut <= LENGTH / 2) {
      // no space to cut at: a long word, or a script without spaces; never half a character
      cut = Character.isHighSurrogate(text.charAt(LENGTH - 1)) ? LENGTH - 1 : LENGTH;
    }
    return text.substring(0, cut).stripTrailing() + "\u2026";
  }

  /**
   * The first paragraph long enough to open the text: a line of a few characters before it (a
   * chapter's number, {@code Advertisement}) is no lead.
   */
  private static String firstParagraph(String body) {
    String first = "";
    for (String p : body.split("\n\n", -1)) {
      if (p.strip().length() >= SHORTEST) {
        return p;
      }
      if (first.isEmpty()) {
        first = p.strip();
      }
    }
    return first;
  }

  /**
   * Where the first sentence ends (after its mark), or 0: a full stop, question or exclamation
   * mark, with any closing quote, before a space and a capital, a digit or a quote; or a wide one.
   * A stop after a capital and at most two more letters ({@code Mr.}, {@code U.S.}, {@code St.}) is
   * taken for an abbreviation.
   */
  private static int sentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (WIDE_STOPS.indexOf(c) >= 0) {
        // Chinese and Japanese end a sentence with a stop of their own, and no space after it
        int after = i + 1;
        while (after < text.length() && "\u300d\u300f\u201d)".indexOf(text.charAt(after)) >= 0) {
          after++;
        }
        return after;
      }
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int after = i + 1;
      while (after < text.length() && "\"'\u201d\u2019)".indexOf(text.charAt(after)) >= 0) {
        after++;
      }
      if (after >= text.length()) {
        return text.length();
      }
      if (text.charAt(after) != ' ' || after + 1 >= text.length()) {
        continue;
      }
      char next = text.charAt(after + 1);
      boolean opens =
          Character.isUpperCase(next)
              || Character.isDigit(next)
              || "\"'\u201c\u2018".indexOf(next) >= 0;
      if (opens && !(c == '.' && abbreviation(text, i))) {
        return after;
      }
    }
    return 0;
  }

  private static boolean abbreviation(String text, int stop) {
    int start = stop;
    while (start > 0
        && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, stop);
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && word.replace(".", "").length() <= 3;
  }
}
