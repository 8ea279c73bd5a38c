package news.archive.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import news.archive.engine.Changes;
import news.archive.engine.Engine;
import news.archive.engine.Live;
import news.archive.engine.Snapshot;
import news.archive.io.Problems;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;

/**
 * Keeps the search index in step with the files, by the store's generation and lock.
 *
 * <p>Every change raises the store generation before it touches a file, and commits the index with
 * that generation after the files are durable. A reader whose index commit records another
 * generation knows the index is stale: if no writer holds the lock, a writer died midway (or the
 * files were changed by hand), and the index is rebuilt from the files; if a writer is at work, its
 * last commit is still a consistent view and is used as it is.
 */
final class IndexKeeper {
  private final ArticleStore store;
  private final Consumer<String> notices;
  private final Engine engine;

  IndexKeeper(ArticleStore store, Consumer<String> notices) {
    this.store = store;
    this.notices = notices;
    this.engine = Engines.of(store);
  }

  /** The engine that holds the store's index. */
  Engine engine() {
    return engine;
  }

  /** The index for reading, in step with the files, rebuilt first if it is not. */
  Snapshot openInStep() throws IOException {
    requireStore();
    Optional<Snapshot> current = engine.open();
    if (current.isPresent() && inStep(current.get())) {
      return current.get();
    }
    Optional<StoreLock> lock;
    try {
      lock = store.tryLock();
    } catch (IOException e) {
      if (!isReadOnly(e)) {
        throw e;
      }
      if (current.isEmpty()) {
        throw readOnly(e, "its search index is missing, and cannot be rebuilt");
      }
      notices.accept(
          "the search index is out of step with the files, and the store "
              + store.root()
              + " is read-only: it is read as it is, not rebuilt");
      return current.get();
    }
    if (lock.isEmpty() && current.isPresent()) {
      return current.get();
    }
    current.ifPresent(IndexKeeper::closeQuietly);
    try (StoreLock held = lock.isPresent() ? lock.get() : lock(true)) {
      rebuildIfStale();
    }
    return engine
        .open()
        .orElseThrow(
            () -> new IOException("the index at " + store.indexDir() + " cannot be opened"));
  }

  /** The index for a long-running reader, in step with the files when it is opened. */
  Live openLive() throws IOException {
    openInStep().close();
    return engine.live();
  }

  /**
   * The index for reading if it exists and is in step with the files, without waiting, locking or
   * rebuilding anything; empty otherwise.
   */
  Optional<Snapshot> openIfInStep() throws IOException {
    if (!store.exists()) {
      return Optional.empty();
    }
    Optional<Snapshot> current = engine.open();
    if (current.isPresent() && !inStep(current.get())) {
      closeQuietly(current.get());
      return Optional.empty();
    }
    return current;
  }

  /**
   * The write lock: at once if free; otherwise waited for, saying so, or refused.
   *
   * @throws StoreException when the store cannot be written: it says so, in words
   */
  StoreLock lock(boolean wait) throws IOException {
    try {
      Optional<StoreLock> free = store.tryLock();
      if (free.isPresent()) {
        return free.get();
      }
      if (!wait) {
        throw new StoreBusyException(
            "the store at " + store.root() + " is busy: another archive command is writing to it");
      }
      notices.accept("waiting for another archive command to finish writing to " + store.root());
      return store.lock();
    } catch (IOException e) {
      if (isReadOnly(e)) {
        throw readOnly(e, "this command writes to it, reading commands and check do not");
      }
      throw e;
    }
  }

  /**
   * The lock shared, for a check that writes nothing: at once if no writer holds it; otherwise
   * waited for, saying so. Taken on a store the user may not write too.
   */
  StoreLock readLock() throws IOException {
    Optional<StoreLock> free = store.readLock(false);
    if (free.isPresent()) {
      return free.get();
    }
    notices.accept("waiting for another archive command to finish writing to " + store.root());
    return store
        .readLock(true)
        .orElseThrow(() -> new IOException("the lock of " + store.root() + " was not given"));
  }

  /** Whether taking the write lock failed because the store cannot be written. */
  private static boolean isReadOnly(IOException e) {
    return e instanceof AccessDeniedException
        || (e instanceof FileSystemException f
            && f.getReason() != null
            && f.getReason().toLowerCase(Locale.ROOT).contains("read-only"));
  }

  private StoreException readOnly(IOException e, String consequence) {
    return new StoreException(
        "the store "
            + store.root()
            + " is read-only ("
            + Problems.describe(e)
            + "); "
            + consequence,
        e);
  }

  /**
   * With the lock held: removes the temporary files of writes that did not finish, and rebuilds the
   * index if it is missing or out of step, saying so. Returns how many temporary files it removed.
   *
   * <p>Every writer raises the generation before it writes and commits the index after, so one that
   * died midway leaves the index out of step: only then are the shard folders searched for its
   * temporary files, by the rebuild's own walk. Otherwise only the folders of a few files are.
   */
  int rebuildIfStale() throws IOException {
    Optional<Snapshot> current = engine.open();
    boolean fresh = false;
    if (current.isPresent()) {
      try (Snapshot s = current.get()) {
        fresh = inStep(s);
      }
    }
    if (fresh) {
      return store.removeTemporaries();
    }
    Rebuilt r = rebuildCounting();
    if (current.isPresent()) {
      notices.accept(
          "the search index was out of step with the files; rebuilt it from "
              + r.articles()
              + " articles");
    } else if (r.articles() > 0) {
      notices.accept("the search index was missing; rebuilt it from " + r.articles() + " articles");
    }
    return r.temporaries();
  }

  /**
   * With the lock held: a new index from every readable file, committed at the current generation;
   * the number of articles indexed. The temporary files met on the way are removed.
   */
  int rebuild() throws IOException {
    return rebuildCounting().articles();
  }

  /** What a rebuild did: articles indexed, temporary files removed. */
  private record Rebuilt(int articles, int temporaries) {}

  private Rebuilt rebuildCounting() throws IOException {
    long generation = store.generation();
    AtomicInteger count = new AtomicInteger();
    int temporaries;
    try (Changes indexer = engine.changes(true)) {
      // Every file holds another id, and the index starts empty: no document to replace.
      temporaries =
          store.forEach(
              article -> {
                indexer.add(article);
                count.incrementAndGet();
              },
              (file, reason) ->
                  notices.accept("skipping damaged article file " + file + ": " + reason));
      indexer.commit(generation);
    }
    return new Rebuilt(count.get(), temporaries);
  }

  private boolean inStep(Snapshot s) throws IOException {
    return s.hasCurrentSchema() && s.generation() == store.generation();
  }

  /** Reading commands on a folder where no import has made a store say so. */
  void requireStore() {
    if (!store.exists()) {
      throw new StoreException(
          "no archive at "
              + store.root()
              + " (import articles first, or point --store or ARCHIVE_HOME at one)");
    }
  }

  private static void closeQuietly(Snapshot s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing was written through it; the rebuild reports what matters
    }
  }
}
