package news.archive.cli;

/**
 * Standard output was closed by its reader ({@code archive list | head -1}): the command stops and
 * exits quietly with 0, as Unix tools do.
 */
final class ClosedOutput extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ClosedOutput() {
    super("standard output was closed", null, false, false);
  }
}
