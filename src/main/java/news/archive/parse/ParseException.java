package news.archive.parse;

/** The bytes handed to the parser are not a news article; the message says why, in one line. */
public final class ParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public ParseException(String message) {
    super(message);
  }
}
