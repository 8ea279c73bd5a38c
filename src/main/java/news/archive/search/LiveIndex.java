package news.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import news.archive.engine.Live;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index as a long-running reader sees it: Lucene's {@link SearcherManager} holds the searcher
 * of the last commit it has seen, hands it to each request, and is refreshed apart from the
 * requests, reopening only the segments that changed. A searcher a refresh replaced stays open
 * until the last request that holds it hands it back.
 */
final class LiveIndex implements Live {
  private final Directory directory;
  private final SearcherManager manager;

  private LiveIndex(Directory directory, SearcherManager manager) {
    this.directory = directory;
    this.manager = manager;
  }

  /** The index at {@code dir}, as of its last commit. */
  static LiveIndex open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new LiveIndex(directory, new SearcherManager(directory, null));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The searcher of the moment, for one request: close it to hand it back. */
  @Override
  public Searcher acquire() throws IOException {
    IndexSearcher searcher = manager.acquire();
    return new Searcher(searcher, () -> manager.release(searcher));
  }

  /**
   * Opens the index's last commit if it is newer than the one held; waits for a refresh under way
   * in another thread rather than starting a second.
   */
  @Override
  public void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    try {
      manager.close();
    } finally {
      directory.close();
    }
  }
}
