package news.archive.app;

import java.io.IOException;
import java.nio.file.Path;
import news.archive.Article;
import news.archive.engine.Changes;
import news.archive.engine.Engine;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;
import news.archive.store.WriteBatch;

/**
 * One change to the archive, made the one way every command makes it: the write lock taken, the
 * index brought in step with the files, then, once the change {@link #begin}s, the store's
 * generation raised before any file is touched; at {@link #commit} the files are made durable and
 * only then the index committed with that generation. Closed without a commit, nothing is committed
 * to the index, and a later command finds the generation out of step and rebuilds from the files.
 */
final class WriteTransaction implements AutoCloseable {
  private final ArticleStore store;
  private final Engine engine;
  private final StoreLock lock;
  private final int swept;
  private Changes index;
  private WriteBatch batch;
  private long generation;

  private WriteTransaction(ArticleStore store, Engine engine, StoreLock lock, int swept) {
    this.store = store;
    this.engine = engine;
    this.lock = lock;
    this.swept = swept;
  }

  /**
   * Takes the write lock (waiting for another writer, or failing at once with {@link
   * StoreBusyException}), and brings the index in step with the files.
   */
  static WriteTransaction lock(ArticleStore store, IndexKeeper keeper, boolean wait)
      throws IOException {
    StoreLock lock = keeper.lock(wait);
    try {
      return new WriteTransaction(store, keeper.engine(), lock, keeper.rebuildIfStale());
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** How many temporary files of writes that did not finish were removed on the way in. */
  int swept() {
    return swept;
  }

  /** Raises the generation and opens the index for changes: from now on the files may change. */
  WriteTransaction begin() throws IOException {
    if (index == null) {
      generation = store.nextGeneration();
      index = engine.changes(false);
      batch = store.newBatch();
    }
    return this;
  }

  ArticleStore store() {
    return store;
  }

  /** The index's changes; for what {@link #put} and {@link #delete} do not say. */
  Changes index() {
    return begun(index);
  }

  /** The files to make durable at the commit. */
  WriteBatch batch() {
    return begun(batch);
  }

  /** Writes an article's record and puts it in the index, in place of one with its id. */
  void put(Article article) throws IOException {
    batch().add(store.write(article));
    index().put(article);
  }

  /** Removes an article's record and index entry. */
  void delete(String id) throws IOException {
    batch().add(store.delete(id));
    index().delete(id);
  }

  /** A file written for this change besides the records: made durable with them. */
  void wrote(Path file) throws IOException {
    batch().add(file);
  }

  /** Makes the files durable, then commits the index at the raised generation. */
  void commit() throws IOException {
    batch().sync();
    index().commit(generation);
  }

  private static <T> T begun(T part) {
    if (part == null) {
      throw new IllegalStateException("the change has not begun");
    }
    return part;
  }

  /** Closes the index (what was not committed is lost) and lets the lock go. */
  @Override
  public void close() throws IOException {
    try (StoreLock held = lock) {
      if (index != null) {
        index.close();
      }
    }
  }
}
