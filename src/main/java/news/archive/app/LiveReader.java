package news.archive.app;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import news.archive.engine.Live;

/**
 * The archive as a long-running front end reads it (the web server): each request leases the reader
 * of the moment, and a thread of its own looks for a new commit of the index a few times a second
 * and opens it, so that what an import stores while the server runs is there within a moment, with
 * no restart and no request waiting on a reopen. A reader that a newer one replaced is closed when
 * its last lease ends.
 */
public final class LiveReader implements AutoCloseable {

  /** How often the index is looked at for a new commit. */
  static final long REFRESH_MS = 100;

  private final Live index;
  private final ScheduledExecutorService refresher;

  LiveReader(IndexKeeper keeper) {
    try {
      this.index = keeper.openLive();
    } catch (IOException e) {
      throw Failures.store(e);
    }
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    // its exceptions are caught in refreshQuietly; shutdownNow ends it
    var unused =
        refresher.scheduleWithFixedDelay(
            this::refresh, REFRESH_MS, REFRESH_MS, TimeUnit.MILLISECONDS);
  }

  /**
   * Opens the index's newest commit now, if there is one, so that leases taken after see it: for a
   * front end that has just made a change itself. A failure leaves the reader of the moment in use.
   */
  public void refresh() {
    try {
      index.refresh();
    } catch (IOException | RuntimeException e) {
      // the next look may succeed
    }
  }

  /**
   * The archive as of the last commit seen, for one request: close the lease when done.
   *
   * @throws StoreException when the index cannot be read
   */
  public Lease lease() {
    try {
      return new Lease(new Reader(index.acquire()));
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /** One request's hold on a reader. */
  public static final class Lease implements AutoCloseable {
    private final Reader reader;
    private boolean closed;

    private Lease(Reader reader) {
      this.reader = reader;
    }

    public Reader reader() {
      return reader;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        reader.close();
      }
    }
  }

  /** Stops looking for commits; each reader closes once no lease holds it. */
  @Override
  public void close() {
    refresher.shutdownNow();
    try {
      refresher.awaitTermination(1, TimeUnit.MINUTES);
      index.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // nothing was written through it
    }
  }
}
