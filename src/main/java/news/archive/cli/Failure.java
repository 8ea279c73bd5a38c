package news.archive.cli;

/**
 * A command's own failure, with the exit code it ends with: the command line prints {@code archive:
 * <message>} and exits.
 */
final class Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  Failure(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  ExitCode exitCode() {
    return exitCode;
  }
}
