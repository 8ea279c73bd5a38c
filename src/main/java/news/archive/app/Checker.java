package news.archive.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import news.archive.Article;
import news.archive.ContentId;
import news.archive.engine.Snapshot;
import news.archive.store.ArticleStore;

/**
 * One run of {@code check}: every file a good article record (readable, its id matching its name
 * and its text), no leftover temporary files, and the index holding exactly the stored articles.
 * Each problem is one line to the report. With {@code repair}, leftovers are removed, records that
 * do not match their name or text get the id of their text, files that are not articles go to
 * {@code quarantine/} (never deleted), and the index is rebuilt.
 *
 * <p>The files are walked in id order and the index's ids are read in the same order beside them,
 * so a check holds no list of the archive's ids, whatever its size.
 */
final class Checker implements ArticleStore.Inspector {
  private static final int MAX_LISTED = 10;

  private final ArticleStore store;
  private final IndexKeeper keeper;
  private final boolean repair;
  private final Consumer<String> report;
  private int problems;

  /** The store's generation when the check began, which the index's is compared with. */
  private long generation;

  /** Whether this repair has raised the generation: before it writes a record, as any writer. */
  private boolean raised;

  /** The index's ids not yet met among the files, when the two are compared. */
  private Snapshot.Ids indexed;

  private String nextIndexed;
  private final Difference notIndexed =
      new Difference(
          "article %s is not in the search index", "more articles are not in the search index");
  private final Difference noFile =
      new Difference(
          "the search index holds article %s, which has no file",
          "more articles in the search index have no file");

  Checker(ArticleStore store, IndexKeeper keeper, boolean repair, Consumer<String> report) {
    this.store = store;
    this.keeper = keeper;
    this.repair = repair;
    this.report = report;
  }

  /** Whether the store is sound: it was, or it has been repaired. */
  boolean run() throws IOException {
    generation = store.generation();
    Optional<Snapshot> opened = keeper.engine().open();
    try {
      if (opened.isPresent() && !repair) {
        // When repairing, the index is rebuilt anyway and the files may change as they are
        // walked: only its state is reported, not article by article.
        indexed = opened.get().ids();
        nextIndexed = indexed.next();
      }
      store.inspect(this);
      if (indexed != null) {
        while (nextIndexed != null) {
          noFile.add(nextIndexed);
          nextIndexed = indexed.next();
        }
      }
      reportIndex(opened);
    } finally {
      if (opened.isPresent()) {
        opened.get().close();
      }
    }
    if (repair && problems > 0) {
      report.accept("search index rebuilt from " + keeper.rebuild() + " articles");
    }
    return repair || problems == 0;
  }

  private void reportIndex(Optional<Snapshot> opened) throws IOException {
    if (opened.isEmpty()) {
      problem("the search index is missing", "rebuilt");
      return;
    }
    Snapshot index = opened.get();
    if (!index.hasCurrentSchema()) {
      problem("the search index was built by another version of archive", "rebuilt");
    } else if (index.generation() != generation) {
      problem(
          "the search index is out of step: it reflects change "
              + index.generation()
              + ", the files change "
              + generation,
          "rebuilt");
    }
    notIndexed.report();
    noFile.report();
  }

  /** A stored article, met in id order: compared with the index's ids. */
  private void stored(String id) throws IOException {
    if (indexed == null) {
      return;
    }
    while (nextIndexed != null && nextIndexed.compareTo(id) < 0) {
      noFile.add(nextIndexed);
      nextIndexed = indexed.next();
    }
    if (id.equals(nextIndexed)) {
      nextIndexed = indexed.next();
    } else {
      notIndexed.add(id);
    }
  }

  private void problem(String what, String done) {
    problems++;
    report.accept(repair && done != null ? what + ": " + done : what);
  }

  private String shown(Path file) {
    return store.root().relativize(file).toString();
  }

  @Override
  public void article(Path file, Article article) throws IOException {
    stored(article.id());
  }

  @Override
  public void edited(Path file, Article article) throws IOException {
    String what = shown(file) + ": its text does not give its id (edited by hand?)";
    if (repair) {
      reId(file, article, what);
    } else {
      // The index holds it as it is: it is no index problem as well.
      stored(article.id());
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
    String id = ContentId.of(article);
    if (store.contains(id)) {
      problem(
          what,
          "its text is stored already as " + id + "; moved to " + shown(store.quarantine(file)));
      return;
    }
    if (!raised) {
      // a repair cut short leaves the index out of step, so the next writer sweeps up after it
      store.nextGeneration();
      raised = true;
    }
    store.sync(List.of(store.write(article.toBuilder().id(id).build())));
    Files.delete(file);
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

  /** Articles on one side and not the other: the first few listed, the rest counted. */
  private final class Difference {
    private final String each;
    private final String more;
    private final List<String> listed = new ArrayList<>();
    private long count;

    Difference(String each, String more) {
      this.each = each;
      this.more = more;
    }

    void add(String id) {
      if (listed.size() < MAX_LISTED) {
        listed.add(id);
      }
      count++;
    }

    void report() {
      for (String id : listed) {
        problem(String.format(each, id), null);
      }
      if (count > MAX_LISTED) {
        problems += (int) Math.min(Integer.MAX_VALUE, count - MAX_LISTED);
        report.accept("... and " + (count - MAX_LISTED) + " " + more);
      }
    }
  }
}
