package news.archive.app;

import java.io.IOException;

/**
 * The archive as a long-running front end reads it (the web server): one {@link Reader} shared by
 * every request, opened again as soon as the index has a new commit, so that what an import stores
 * while the server runs is there at the next request, with no restart. Each request leases the
 * reader of the moment; a reader that a newer one replaced is closed when its last lease ends.
 */
public final class LiveReader implements AutoCloseable {

  private final IndexKeeper keeper;

  /** The reader of the moment; null once closed. Guarded by this. */
  private Shared current;

  /** A reader and how many hold it: its leases, and the live reader while it is the current one. */
  private static final class Shared {
    final Reader reader;
    int holders = 1;

    Shared(Reader reader) {
      this.reader = reader;
    }
  }

  LiveReader(IndexKeeper keeper) {
    this.keeper = keeper;
    this.current = open();
  }

  private Shared open() {
    try {
      return new Shared(new Reader(keeper.openInStep()));
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * The archive as of its last commit, for one request: close the lease when done.
   *
   * @throws StoreException when the index cannot be opened again; the last one stays in use
   */
  public synchronized Lease lease() {
    if (current == null) {
      throw new IllegalStateException("closed");
    }
    if (!current.reader.isCurrent()) {
      Shared fresh = open();
      release(current);
      current = fresh;
    }
    current.holders++;
    return new Lease(current);
  }

  private synchronized void release(Shared shared) {
    if (--shared.holders == 0) {
      shared.reader.close();
    }
  }

  /** One request's hold on a reader. */
  public final class Lease implements AutoCloseable {
    private final Shared shared;
    private boolean closed;

    private Lease(Shared shared) {
      this.shared = shared;
    }

    public Reader reader() {
      return shared.reader;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        release(shared);
      }
    }
  }

  /** Closes the reader of the moment once no request holds it. */
  @Override
  public synchronized void close() {
    if (current != null) {
      release(current);
      current = null;
    }
  }
}
