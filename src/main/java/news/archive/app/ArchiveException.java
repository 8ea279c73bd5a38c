package news.archive.app;

/**
 * A failure of a use case that its caller should tell the user: a one-line message, and a kind (its
 * subclass) that each front end maps to its own answer (an exit code, an HTTP status).
 */
public abstract class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ArchiveException(String message) {
    super(message);
  }

  ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
