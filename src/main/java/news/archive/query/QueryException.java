package news.archive.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A search query that cannot be read; the message says why in one line. */
public final class QueryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** How a message names where the query goes wrong. */
  private static final Pattern AT = Pattern.compile("at character (\\d+)");

  private final int position;

  public QueryException(String message) {
    super(message);
    Matcher m = AT.matcher(message);
    this.position = m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /**
   * The character (from 1) where the query goes wrong, as the message says; 0 when it names none.
   */
  public int position() {
    return position;
  }
}
