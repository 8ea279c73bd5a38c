package news.archive.app;

/** A query that cannot be read; the message says what is wrong and where, in one line. */
public final class BadQueryException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  BadQueryException(String problem) {
    super(problem);
  }
}
