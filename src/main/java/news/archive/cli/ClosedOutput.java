package news.archive.cli;

import java.io.PrintWriter;

/**
 * Standard output was closed by the reader ({@code archive list | head -1}): the command stops
 * and exits quietly, as Unix tools do. Checked every so many results, since each check flushes.
 */
final class ClosedOutput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int EVERY = 64;

  private final transient PrintWriter out;
  private int written;

  private ClosedOutput(PrintWriter out) {
    super("standard output was closed", null, false, false);
    this.out = out;
  }

  /** A watcher of {@code out}. */
  static ClosedOutput watching(PrintWriter out) {
    return new ClosedOutput(out);
  }

  /** Call after each result: throws this when the reader has gone. */
  void written() {
    if (++written % EVERY == 0 && out.checkError()) {
      throw this;
    }
  }
}
