package news.archive.app;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicReference;
import news.archive.Article;
import news.archive.io.ReadAhead;
import news.archive.store.ArticleStore;
import news.archive.store.OriginalsWriter;

/**
 * Stage three of an import: what judging found to store, written and indexed on worker threads, a
 * bounded number of KiB in flight. The first write that fails ends the import: the judging thread
 * asks after it ({@link #rethrowFailure}) after each input.
 */
final class ImportWrites {

  /** What one article counts against the write budget at the least. */
  private static final int MIN_WRITE_KIB = 16;

  private final WriteTransaction tx;
  private final ArticleStore store;
  private final OriginalsWriter originals;
  private final int budgetKib;
  private final Semaphore writes;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  /** Index documents are made here. */
  private final ThreadPoolExecutor workers;

  /** Files are written here: writing one mostly waits for the file system. */
  private final ThreadPoolExecutor files;

  ImportWrites(
      WriteTransaction tx,
      OriginalsWriter originals,
      int budgetKib,
      ThreadPoolExecutor workers,
      ThreadPoolExecutor files) {
    this.tx = tx;
    this.store = tx.store();
    this.originals = originals;
    this.budgetKib = budgetKib;
    this.writes = new Semaphore(budgetKib);
    this.workers = workers;
    this.files = files;
  }

  /**
   * An edited file's old article goes, here on the judging thread, so that a later input of this
   * import that brings the same text again is written after it has gone, never before; the new
   * article's aliases find it.
   */
  void replace(String replaced, Article article) throws IOException {
    tx.delete(replaced);
    for (String alias : article.aliases()) {
      tx.wrote(store.writeAlias(alias, article.id()));
    }
  }

  /**
   * The original input bytes and the file, on a file thread; the index document, on a worker.
   * {@code isNew}: no article with this id is in the index.
   */
  void save(Article article, Prepared.Parsed parsed, boolean isNew) {
    int cost = (int) Math.min(budgetKib, Math.max(MIN_WRITE_KIB, article.source().bytes() >> 9));
    inFlight(
        files,
        cost,
        () -> {
          // the original first: a record is never there without the bytes it was read from
          originals.add(article.source().sha256(), parsed.bytes());
          tx.wrote(store.write(article));
        });
    inFlight(
        workers,
        cost,
        () -> {
          if (isNew) {
            tx.index().add(article, parsed.signature(), parsed.vector());
          } else {
            tx.index().put(article, parsed.signature(), parsed.vector());
          }
        });
  }

  /** A write, within the budget, whose failure ends the import. */
  private void inFlight(ThreadPoolExecutor executor, int cost, IoAction action) {
    writes.acquireUninterruptibly(cost);
    try {
      executor.execute(
          () -> {
            try {
              action.run();
            } catch (Throwable e) {
              failure.compareAndSet(null, e);
            } finally {
              writes.release(cost);
            }
          });
    } catch (RejectedExecutionException e) {
      writes.release(cost);
      throw e;
    }
  }

  /** Waits until no write is in flight. */
  void drain() {
    writes.acquireUninterruptibly(budgetKib);
    writes.release(budgetKib);
  }

  /** Throws the first failure of a write, as what it is. */
  void rethrowFailure() throws IOException {
    Throwable e = failure.get();
    if (e != null) {
      throw ReadAhead.rethrown(e);
    }
  }
}
