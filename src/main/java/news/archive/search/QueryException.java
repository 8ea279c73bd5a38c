package news.archive.search;

/** A search query that cannot be read; the message says why in one line. */
public final class QueryException extends Exception {
  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }
}
