package news.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import news.archive.ingest.ImportReport;
import news.archive.ingest.Importer;
import news.archive.search.ArticleIndex;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;

/**
 * The archive at one folder: the JSON files and the search index, kept in step.
 *
 * <p>Every change raises the store generation before it touches a file and commits the index with
 * that generation after the files are durable. A reader whose index commit records another
 * generation knows the index is stale: if no writer holds the lock, a writer died midway (or the
 * files were changed by hand), and the index is rebuilt from the files; if a writer is at work, its
 * last commit is still a consistent view and is used as it is.
 */
public final class Archive {

  private final ArticleStore store;
  private final Consumer<String> notices;

  /**
   * @param root the store folder
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
    try (StoreLock held = lock.isPresent() ? lock.get() : lock(true)) {
      rebuildIfStale();
    }
    return ArticleIndex.openSearcher(store.indexDir())
        .orElseThrow(
            () -> new IOException("the index at " + store.indexDir() + " cannot be opened"));
  }

  /**
   * The index for reading if it exists and is in step with the files, without waiting, locking or
   * rebuilding anything; empty otherwise.
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

  /**
   * The articles whose id starts with {@code prefix} (already checked by {@link
   * ArticleStore#prefix}).
   */
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
      throw new ArchiveException(
          ExitCodes.STORE, "damaged article file " + e.file() + ": " + e.getMessage());
    }
  }

  /**
   * Imports the typed paths: waits for the write lock, stores the new articles, makes them durable,
   * then commits the index.
   */
  public ImportReport importPaths(
      List<String> paths,
      Importer.Options options,
      InputStream stdin,
      Importer.Listener listener,
      Clock clock,
      boolean wait)
      throws IOException {
    store.create();
    try (StoreLock lock = lock(wait)) {
      rebuildIfStale();
      long generation = store.nextGeneration();
      try (ArticleIndex.Searcher before = openExisting();
          ArticleIndex.Writer writer = ArticleIndex.openWriter(store.indexDir(), false)) {
        ImportReport report =
            new Importer(store, before, writer, clock, listener).run(paths, options, stdin);
        store.sync(report.written());
        writer.commit(generation);
        return report;
      }
    }
  }

  /** Rebuilds the index from the files; returns the number of articles indexed. */
  public int reindex() throws IOException {
    requireStore();
    try (StoreLock lock = lock(true)) {
      return rebuild();
    }
  }

  /**
   * Checks the store: every file a good article record (readable, its id matching its name and its
   * text), no leftover temporary files, and the index holding exactly the stored articles. Each
   * problem is one line to {@code report}. With {@code repair}, leftovers are removed, records that
   * do not match their name or text get the id of their text, files that are not articles go to
   * {@code quarantine/} (never deleted), and the index is rebuilt.
   *
   * @return whether the store is sound: it was, or it has been repaired
   */
  public boolean check(boolean repair, Consumer<String> report) throws IOException {
    requireStore();
    try (StoreLock lock = lock(true)) {
      return new Check(repair, report).run();
    }
  }

  /** One run of {@link #check}. */
  private final class Check implements ArticleStore.Inspector {
    private static final int MAX_LISTED = 10;
    private final boolean repair;
    private final Consumer<String> report;
    private final Set<String> stored = new HashSet<>();
    private int problems;

    Check(boolean repair, Consumer<String> report) {
      this.repair = repair;
      this.report = report;
    }

    boolean run() throws IOException {
      store.inspect(this);
      checkIndex();
      if (repair && problems > 0) {
        report.accept("search index rebuilt from " + rebuild() + " articles");
      }
      return repair || problems == 0;
    }

    private void problem(String what, String done) {
      problems++;
      report.accept(repair && done != null ? what + ": " + done : what);
    }

    private String shown(Path file) {
      return store.root().relativize(file).toString();
    }

    @Override
    public void article(Path file, Article article) {
      stored.add(article.id());
    }

    @Override
    public void edited(Path file, Article article) throws IOException {
      String what = shown(file) + ": its text does not give its id (edited by hand?)";
      if (repair) {
        reId(file, article, what);
      } else {
        // The index holds it as it is: it is no index problem as well.
        stored.add(article.id());
        problem(what, null);
      }
    }

    @Override
    public void misnamed(Path file, Article article) throws IOException {
      String what = shown(file) + ": " + ArticleStore.misnamedReason(article);
      if (repair) {
        reId(file, article, what);
      } else {
        problem(what, null);
      }
    }

    /** Stores a record under the id of its text, if that is free; else quarantines it. */
    private void reId(Path file, Article article, String what) throws IOException {
      String id = article.contentId();
      if (store.contains(id)) {
        problem(
            what,
            "its text is stored already as " + id + "; moved to " + shown(store.quarantine(file)));
        return;
      }
      store.sync(List.of(store.write(article.withId(id))));
      Files.delete(file);
      stored.add(id);
      problem(what, "stored as " + id);
    }

    @Override
    public void damaged(Path file, String reason) throws IOException {
      String what = shown(file) + ": not an article record (" + reason + ")";
      problem(what, repair ? "moved to " + shown(store.quarantine(file)) : null);
    }

    @Override
    public void temporary(Path file) throws IOException {
      String what = shown(file) + ": temporary file left by a write that did not finish";
      if (repair) {
        Files.deleteIfExists(file);
      }
      problem(what, "removed");
    }

    @Override
    public void unexpected(Path file) throws IOException {
      String what = shown(file) + ": not an article file";
      problem(what, repair ? "moved to " + shown(store.quarantine(file)) : null);
    }

    /**
     * The index against the files. When repairing, the index is rebuilt anyway and the files may
     * have just changed, so only its state is reported, not article by article.
     */
    private void checkIndex() throws IOException {
      Optional<ArticleIndex.Searcher> opened = ArticleIndex.openSearcher(store.indexDir());
      if (opened.isEmpty()) {
        problem("the search index is missing", "rebuilt");
        return;
      }
      try (ArticleIndex.Searcher index = opened.get()) {
        if (!index.hasCurrentSchema()) {
          problem("the search index was built by another version of archive", "rebuilt");
        } else if (index.generation() != store.generation()) {
          problem(
              "the search index is out of step: it reflects change "
                  + index.generation()
                  + ", the files change "
                  + store.generation(),
              "rebuilt");
        }
        if (repair) {
          return;
        }
        Set<String> indexed = index.ids();
        listDifference(
            stored,
            indexed,
            "article %s is not in the search index",
            "more articles are not in the search index");
        listDifference(
            indexed,
            stored,
            "the search index holds article %s, which has no file",
            "more articles in the search index have no file");
      }
    }

    private void listDifference(Set<String> these, Set<String> notIn, String each, String more) {
      List<String> missing = these.stream().filter(id -> !notIn.contains(id)).sorted().toList();
      for (int i = 0; i < missing.size() && i < MAX_LISTED; i++) {
        problem(String.format(each, missing.get(i)), null);
      }
      if (missing.size() > MAX_LISTED) {
        problems += missing.size() - MAX_LISTED;
        report.accept("... and " + (missing.size() - MAX_LISTED) + " " + more);
      }
    }
  }

  /** The write lock: at once if free; otherwise waited for, saying so, or refused. */
  private StoreLock lock(boolean wait) throws IOException {
    Optional<StoreLock> free = store.tryLock();
    if (free.isPresent()) {
      return free.get();
    }
    if (!wait) {
      throw new ArchiveException(
          ExitCodes.STORE,
          "the store at " + store.root() + " is busy: another archive command is writing to it");
    }
    notices.accept("waiting for another archive command to finish writing to " + store.root());
    return store.lock();
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
        notices.accept(
            "the search index was out of step with the files; rebuilt it from " + n + " articles");
      } else if (n > 0) {
        notices.accept("the search index was missing; rebuilt it from " + n + " articles");
      }
    }
  }

  /**
   * With the lock held: a new index from every readable file, committed at the current generation.
   */
  private int rebuild() throws IOException {
    long generation = store.generation();
    int[] count = {0};
    try (ArticleIndex.Writer writer = ArticleIndex.openWriter(store.indexDir(), true)) {
      // Every file holds another id, and the index starts empty: no document to replace.
      store.forEach(
          article -> {
            writer.add(article);
            count[0]++;
          },
          (file, reason) ->
              notices.accept("skipping damaged article file " + file + ": " + reason));
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
      throw new ArchiveException(
          ExitCodes.STORE,
          "no archive at "
              + store.root()
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
