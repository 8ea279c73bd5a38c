package news.archive.engine;

import java.io.Closeable;
import java.io.IOException;

/**
 * The index as a long-running reader sees it: the snapshot of the last commit it has seen, handed
 * to each request, and refreshed apart from the requests. A snapshot a refresh replaced stays open
 * until the last request that holds it closes it.
 */
public interface Live extends Closeable {

  /** The snapshot of the moment, for one request: close it to hand it back. */
  Snapshot acquire() throws IOException;

  /**
   * Takes the index's last commit if it is newer than the one held; waits for a refresh under way
   * in another thread rather than starting a second.
   */
  void refresh() throws IOException;
}
