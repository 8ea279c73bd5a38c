package news.archive.ingest;

/** An input that is not a readable article file; the message is the one-line reason. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }
}
