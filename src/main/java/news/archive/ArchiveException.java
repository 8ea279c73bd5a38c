package news.archive;

/**
 * A failure the user should read: a one-line message and the exit code the command ends with.
 * Commands throw it; the command line prints {@code archive: <message>} and exits.
 */
public class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public ArchiveException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public ArchiveException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
