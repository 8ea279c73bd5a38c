package news.archive.app;

/** A query that cannot be read; the message says what is wrong and where, in one line. */
public final class BadQueryException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  private final int position;

  BadQueryException(String problem, int position) {
    super(problem);
    this.position = position;
  }

  /**
   * The character of the query (counted from 1) where it goes wrong, as the message says; 0 when
   * the problem is the query as a whole.
   */
  public int position() {
    return position;
  }
}
