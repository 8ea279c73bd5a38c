package news.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import news.archive.ingest.ImportReport;
import news.archive.ingest.Importer;
import news.archive.search.ArticleIndex;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;

/**
 * The archive at one folder: the JSON files and the search index, kept in step.
 *
 * <p>Every change raises the store generation before it touches a file and commits the index
 * with that generation after the files are durable. A reader whose index commit records another
 * generation knows the index is stale: if no writer holds the lock, a writer died midway (or the
 * files were changed by hand), and the index is rebuilt from the files; if a writer is at work,
 * its last commit is still a consistent view and is used as it is.
 */
public final class Archive {

  private final ArticleStore store;
  private final Consumer<String> notices;

  /**
   * @param root    the store folder
   * @param notices receives one-line notes for the user (rebuilding the index, damaged files)
   */
  public Archive(Path root, Consumer<String> notices) {
    this.store = new ArticleStore(root);
    this.notices = notices;
  }

  public Path root() {
    return store.root();
  }

  /** The index for reading, in step with the files, rebuilt first if it is not. */
  public ArticleIndex.Searcher searcher() throws IOException {
    requireStore();
    Optional<ArticleIndex.Searcher> current = ArticleIndex.openSearcher(store.indexDir());
    if (current.isPresent() && inStep(current.get())) {
      return current.get();
    }
    Optional<StoreLock> lock = store.tryLock();
    if (lock.isEmpty() && current.isPresent()) {
      return current.get();
    }
    current.ifPresent(Archive::closeQuietly);
    try (StoreLock held = lock.isPresent() ? lock.get() : store.lock()) {
      rebuildIfStale();
    }
    return ArticleIndex.openSearcher(store.indexDir())
        .orElseThrow(() -> new IOException("the index at " + store.indexDir() + " cannot be opened"));
  }

  /**
   * The index for reading if it exists and is in step with the files, without waiting, locking
   * or rebuilding anything; empty otherwise.
   */
  public Optional<ArticleIndex.Searcher> openIfInStep() throws IOException {
    if (!store.exists()) {
      return Optional.empty();
    }
    Optional<ArticleIndex.Searcher> current = ArticleIndex.openSearcher(store.indexDir());
    if (current.isPresent() && !inStep(current.get())) {
      closeQuietly(current.get());
      return Optional.empty();
    }
    return current;
  }

  /** The articles whose id starts with {@code prefix} (already checked by {@link ArticleStore#prefix}). */
  public List<String> idsStartingWith(String prefix) throws IOException {
    requireStore();
    return store.idsStartingWith(prefix);
  }

  /** Reads one article from its file, the source of truth. */
  public Optional<Article> read(String id) throws IOException {
    requireStore();
    try {
      return store.read(id);
    } catch (ArticleStore.BadFileException e) {
      throw new ArchiveException(ExitCodes.STORE,
          "damaged article file " + e.file() + ": " + e.getMessage());
    }
  }

  /**
   * Imports the typed paths: waits for the write lock, stores the new articles, makes them
   * durable, then commits the index.
   */
  public ImportReport importPaths(List<String> paths, Importer.Options options, InputStream stdin,
      Importer.Listener listener, Clock clock) throws IOException {
    store.create();
    try (StoreLock lock = store.lock()) {
      rebuildIfStale();
      long generation = store.nextGeneration();
      try (ArticleIndex.Searcher before = openExisting();
          ArticleIndex.Writer writer = ArticleIndex.openWriter(store.indexDir(), false)) {
        ImportReport report = new Importer(store, before, writer, clock, listener)
            .run(paths, options, stdin);
        store.sync(report.written());
        writer.commit(generation);
        return report;
      }
    }
  }

  /** Rebuilds the index from the files; returns the number of articles indexed. */
  public int reindex() throws IOException {
    requireStore();
    try (StoreLock lock = store.lock()) {
      return rebuild();
    }
  }

  private void rebuildIfStale() throws IOException {
    Optional<ArticleIndex.Searcher> current = ArticleIndex.openSearcher(store.indexDir());
    boolean fresh = false;
    if (current.isPresent()) {
      try (ArticleIndex.Searcher s = current.get()) {
        fresh = inStep(s);
      }
    }
    if (!fresh) {
      int n = rebuild();
      if (current.isPresent()) {
        notices.accept("the search index was out of step with the files; rebuilt it from "
            + n + " articles");
      } else if (n > 0) {
        notices.accept("the search index was missing; rebuilt it from " + n + " articles");
      }
    }
  }

  /** With the lock held: a new index from every readable file, committed at the current generation. */
  private int rebuild() throws IOException {
    long generation = store.generation();
    int[] count = {0};
    try (ArticleIndex.Writer writer = ArticleIndex.openWriter(store.indexDir(), true)) {
      store.forEach(article -> {
        writer.put(article);
        count[0]++;
      }, (file, reason) -> notices.accept("skipping damaged article file " + file + ": " + reason));
      writer.commit(generation);
    }
    return count[0];
  }

  private ArticleIndex.Searcher openExisting() throws IOException {
    return ArticleIndex.openSearcher(store.indexDir())
        .orElseThrow(() -> new IOException("the index at " + store.indexDir() + " is missing"));
  }

  private boolean inStep(ArticleIndex.Searcher s) throws IOException {
    return s.hasCurrentSchema() && s.generation() == store.generation();
  }

  private void requireStore() {
    if (!store.exists()) {
      throw new ArchiveException(ExitCodes.STORE, "no archive at " + store.root()
          + " (import articles first, or point --store or ARCHIVE_HOME at one)");
    }
  }

  private static void closeQuietly(ArticleIndex.Searcher s) {
    try {
      s.close();
    } catch (IOException e) {
      // nothing was written through it; the rebuild reports what matters
    }
  }
}
