package news.archive;

/**
 * How much of each article's body a listing or a search reads: all of it for output that prints it,
 * or only its opening, so that what a search costs does not grow with the length of the articles it
 * prints (an 8 MB text costs what a page does).
 */
public enum BodyText {
  /** The whole body: for output that prints it (a JSON record, a body column). */
  WHOLE,
  /**
   * The body's opening: at most {@link #OPENING_CHARS} characters, cut at a space; the whole body
   * when it is that short. The other fields are whole ({@link Article#words} counts the whole
   * body).
   */
  OPENING;

  /**
   * Longer than all but the longest news articles (a long read runs to 30,000 characters, most
   * articles to a few thousand), short enough to read and analyse in well under a millisecond.
   */
  public static final int OPENING_CHARS = 20_000;

  /**
   * The first {@link #OPENING_CHARS} characters of {@code body}, cut at white space if there is
   * any.
   */
  public static String opening(String body) {
    if (body.length() <= OPENING_CHARS) {
      return body;
    }
    int end = OPENING_CHARS;
    while (end > OPENING_CHARS / 2 && !Character.isWhitespace(body.charAt(end))) {
      end--;
    }
    if (end == OPENING_CHARS / 2) {
      end = OPENING_CHARS; // one long word: cut it
    }
    if (Character.isHighSurrogate(body.charAt(end - 1))) {
      end--;
    }
    return body.substring(0, end).stripTrailing();
  }
}
