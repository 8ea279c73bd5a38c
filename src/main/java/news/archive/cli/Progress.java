package news.archive.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import news.archive.app.ImportListener;

/**
 * What an import prints as it goes: failures always, warnings unless quiet, duplicates, skipped
 * removed articles and the leftovers of writes that did not finish when verbose, and on a terminal
 * a progress line that updates in place once the import has run for a second. Of the failures, and
 * of the warnings, that share a reason only the first few are printed unless verbose; at the end, a
 * line says how many more there were.
 */
final class Progress implements ImportListener {
  /** Lines printed of each reason, unless verbose. */
  static final int SHOWN_PER_REASON = 5;

  private static final long DELAY_MS = 1000;
  private static final long EVERY_MS = 200;
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintWriter err;
  private final boolean draw;
  private final Clock clock;
  private final boolean quiet;
  private final boolean verbose;
  private final long start;
  private final Map<String, Integer> reasons = new LinkedHashMap<>();
  private long lastDrawn;
  private boolean shown;
  private volatile boolean stop;

  Progress(PrintWriter err, boolean draw, Clock clock, boolean quiet, boolean verbose) {
    this.err = err;
    this.draw = draw;
    this.clock = clock;
    this.quiet = quiet;
    this.verbose = verbose && !quiet;
    this.start = clock.millis();
  }

  @Override
  public void failed(String path, String reason) {
    tell(path, reason);
  }

  @Override
  public void warning(String path, String message) {
    if (!quiet) {
      tell(path, "warning: " + message);
    }
  }

  /** One line for the input, unless enough have told the same reason already. */
  private void tell(String path, String reason) {
    int n = reasons.merge(reason(reason), 1, Integer::sum);
    if (verbose || n <= SHOWN_PER_REASON) {
      clear();
      err.println("archive: " + Text.printable(path) + ": " + reason);
    }
  }

  /**
   * What lines have in common when they tell the same thing of different inputs: the reason's head,
   * before the detail that follows a colon ({@code no body}); of a warning, the same after {@code
   * warning: }.
   */
  private static String reason(String line) {
    int warning = line.startsWith("warning: ") ? "warning: ".length() : 0;
    int colon = line.indexOf(": ", warning);
    return colon < 0 ? line : line.substring(0, colon);
  }

  @Override
  public void duplicate(String path, String id) {
    if (verbose) {
      clear();
      err.println("archive: " + Text.printable(path) + ": duplicate of " + id);
    }
  }

  @Override
  public void removed(String path, String id) {
    if (verbose) {
      clear();
      err.println("archive: " + Text.printable(path) + ": skipped: article " + id + " was removed");
    }
  }

  @Override
  public void temporariesRemoved(int count) {
    if (verbose) {
      clear();
      err.println(
          "archive: removed "
              + count
              + (count == 1 ? " temporary file" : " temporary files")
              + " left by writes that did not finish");
    }
  }

  @Override
  public boolean showsProgress() {
    return draw;
  }

  @Override
  public void counting(int found) {
    if (due(false)) {
      draw("finding inputs: " + found + " files");
    }
  }

  @Override
  public void progress(int done, int total) {
    if (!due(done == total)) {
      return;
    }
    double rate = done * 1000.0 / Math.max(1, lastDrawn - start);
    // The inputs are counted before the first is read, so the total is known from the start.
    draw(
        "importing: "
            + done
            + (total < 0 ? "" : "/" + total)
            + " files, "
            + Math.round(rate)
            + " files/s");
  }

  /** Whether the line is to be drawn now: on a terminal, after a second, a few times a second. */
  private boolean due(boolean last) {
    if (!draw) {
      return false;
    }
    long now = clock.millis();
    if (now - start < DELAY_MS || (now - lastDrawn < EVERY_MS && !last)) {
      return false;
    }
    lastDrawn = now;
    return true;
  }

  private void draw(String line) {
    err.print(CLEAR_LINE + line);
    err.flush();
    shown = true;
  }

  /** Asks the import to stop before its next input (Ctrl-C). */
  void stop() {
    stop = true;
  }

  @Override
  public boolean stopped() {
    return stop;
  }

  /**
   * Removes the progress line and says how many lines were left out for each reason, so the summary
   * starts on a clean line.
   */
  void finish() {
    clear();
    for (Map.Entry<String, Integer> r : reasons.entrySet()) {
      int more = r.getValue() - SHOWN_PER_REASON;
      if (!verbose && more > 0) {
        err.println(
            String.format(
                Locale.ROOT,
                "archive: ... and %,d more: %s (-v names them all)",
                more,
                r.getKey()));
      }
    }
  }

  private void clear() {
    if (shown) {
      err.print(CLEAR_LINE);
      err.flush();
      shown = false;
    }
  }
}
