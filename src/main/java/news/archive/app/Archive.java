package news.archive.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import news.archive.Article;
import news.archive.Curation;
import news.archive.DateRange;
import news.archive.Stats;
import news.archive.Story;
import news.archive.ingest.InputException;
import news.archive.ingest.Inputs;
import news.archive.io.Problems;
import news.archive.store.ArticleStore;
import news.archive.store.OriginalsWriter;
import news.archive.store.StoreLock;

/**
 * The archive at one folder, and everything a front end can do with it: the one door the command
 * line and the web server use. Each use case is a method; results are the shared values ({@link
 * Article}, {@link news.archive.Hit}) or small records of this package, and failures are {@link
 * ArchiveException}s: {@link BadRequestException}, {@link NotFoundException}, {@link
 * StoreException}.
 */
public final class Archive {

  /** The shortest id prefix that names an article: shorter ones fit too many. */
  public static final int MIN_PREFIX = 4;

  /** How an id is written, for messages about one that is not. */
  public static final String ID_FORM =
      "ids are " + MIN_PREFIX + " to " + Article.ID_LENGTH + " hex digits (0-9, a-f)";

  private static final Pattern PREFIX =
      Pattern.compile("[0-9a-f]{" + MIN_PREFIX + "," + Article.ID_LENGTH + "}");

  private final ArticleStore store;
  private final IndexKeeper keeper;
  private final Clock clock;
  private final boolean waitForWriters;

  /**
   * @param root the store folder
   * @param clock what import times are read from
   * @param notices receives one-line notes for the user: waiting for another writer, rebuilding the
   *     index, damaged files
   */
  public Archive(Path root, Clock clock, Consumer<String> notices) {
    this(new ArticleStore(root), clock, notices);
  }

  private Archive(ArticleStore store, Clock clock, Consumer<String> notices) {
    this(store, new IndexKeeper(store, notices), clock, true);
  }

  private Archive(ArticleStore store, IndexKeeper keeper, Clock clock, boolean waitForWriters) {
    this.store = store;
    this.keeper = keeper;
    this.clock = clock;
    this.waitForWriters = waitForWriters;
  }

  /**
   * This archive, whose changes (remove, tag, note, set) fail at once with {@link
   * StoreBusyException} while another command writes to the store, instead of waiting: for a front
   * end that must answer now (the web server).
   */
  public Archive failingWhenBusy() {
    return new Archive(store, keeper, clock, false);
  }

  public Path root() {
    return store.root();
  }

  /**
   * A user-typed id or prefix, normalized (any case, spaces around it), or empty when it cannot be
   * one: wrong characters, too short, too long. No path is ever built from a string that fails
   * this.
   */
  public static Optional<String> idPrefix(String typed) {
    String p = typed.strip().toLowerCase(Locale.ROOT);
    return PREFIX.matcher(p).matches() ? Optional.of(p) : Optional.empty();
  }

  /** The archive for reading, in step with the files: the index is rebuilt first if it is not. */
  public Reader reader() {
    try {
      return new Reader(keeper.openInStep());
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * The archive for a front end that runs on (the web server): a reader of the index's newest
   * commit, looked for a few times a second. The index is rebuilt first if it is not in step with
   * the files.
   */
  public LiveReader live() {
    keeper.requireStore();
    return new LiveReader(keeper);
  }

  /**
   * The archive for reading if its index is in step with the files, opened without waiting, locking
   * or rebuilding anything; empty otherwise, or when it cannot be opened.
   */
  public Optional<Reader> readerIfInStep() {
    try {
      return keeper.openIfInStep().map(Reader::new);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * One article, read from its file (the source of truth), by a prefix of its id.
   *
   * @param prefix an id or prefix as {@link #idPrefix} gives it
   * @throws NotFoundException when no article has it, or several do (listed)
   */
  public Article show(String prefix) {
    String id = id(prefix);
    try {
      return store
          .read(id)
          .orElseThrow(() -> new NotFoundException("no article with id " + prefix, List.of()));
    } catch (ArticleStore.BadFileException e) {
      throw new StoreException("damaged article file " + e.file() + ": " + e.getMessage());
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * The id of the one article a prefix of its id names (or a prefix of an id it had before), found
   * without reading the article.
   *
   * @param prefix an id or prefix as {@link #idPrefix} gives it
   * @throws NotFoundException when no article has it, or several do (listed)
   */
  public String id(String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("not an id prefix: " + prefix);
    }
    keeper.requireStore();
    try {
      List<String> ids = store.idsStartingWith(prefix);
      if (ids.isEmpty()) {
        // an id the article had before a reparse read its text otherwise
        ids = store.aliasedIdsStartingWith(prefix);
      }
      if (ids.size() > 1) {
        List<NotFoundException.Candidate> candidates = new ArrayList<>();
        for (String id : ids) {
          Optional<Article> a;
          try {
            a = store.read(id);
          } catch (ArticleStore.BadFileException e) {
            a = Optional.empty();
          }
          candidates.add(
              new NotFoundException.Candidate(
                  id, a.map(Article::date).orElse(null), a.map(Article::title).orElse(null)));
        }
        throw new NotFoundException(
            "id prefix "
                + prefix
                + " fits "
                + ids.size()
                + " articles (listed above); give more characters",
            candidates);
      }
      if (ids.isEmpty()) {
        throw new NotFoundException("no article with id " + prefix, List.of());
      }
      return ids.get(0);
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * Imports: waits for the write lock (or fails at once, as asked), stores the new articles, makes
   * them durable, then commits the index.
   */
  public ImportReport importInputs(ImportRequest request, ImportListener listener) {
    return importInputs(request, listener, new Parsing(), Importer.Limits.DEFAULT);
  }

  /** An import with another parser and other bounds: for tests. */
  ImportReport importInputs(
      ImportRequest request,
      ImportListener listener,
      Importer.Parser parser,
      Importer.Limits limits) {
    Importer.Stdin stdin = readStdin(request);
    try {
      Optional<String> notAStore = store.whyNotAStore();
      if (notAStore.isPresent()) {
        throw new StoreException(
            "will not make a store of "
                + store.root()
                + ": "
                + notAStore.get()
                + "; give an empty or new folder with --store");
      }
      store.create();
      try (WriteTransaction tx = WriteTransaction.lock(store, keeper, request.waitForLock())) {
        if (tx.swept() > 0) {
          listener.temporariesRemoved(tx.swept());
        }
        tx.begin();
        // A backup named on the command line, or on standard input, is known by its content;
        // one in a folder by its name (see Importer#backupsFound).
        List<String> backups = request.paths().stream().filter(Restorer::isBackup).toList();
        boolean stdinBackup = stdin.backup() != null;
        List<String> rest = new ArrayList<>(request.paths());
        rest.removeAll(backups);
        if (stdinBackup) {
          rest.remove(ImportRequest.STDIN);
        }
        ImportRequest articles = request.withPaths(rest);
        ImportReport report = new ImportReport(0, 0, 0, 0, 0, 0);
        List<Inputs.Input> found = List.of();
        if (!rest.isEmpty()) {
          Importer importer = new Importer(tx, articles, stdin, clock, listener, parser, limits);
          report = importer.run();
          found = importer.backupsFound();
        }
        if (!report.interrupted() && (!backups.isEmpty() || stdinBackup || !found.isEmpty())) {
          Restorer restorer = new Restorer(tx, listener, request.force());
          for (String backup : backups) {
            restorer.restore(backup, Path.of(backup));
          }
          if (stdinBackup) {
            restorer.restore(ImportRequest.STDIN, stdin.backup());
          }
          for (Inputs.Input backup : found) {
            restorer.restore(backup.shown(), backup.file());
          }
          report = report.plus(restorer);
        }
        tx.commit();
        return report;
      }
    } catch (IOException e) {
      throw Failures.store(e);
    } catch (UncheckedIOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * Standard input, read before the store is locked, when the request names it; a backup only as
   * far as it takes to know one.
   */
  private static Importer.Stdin readStdin(ImportRequest request) {
    if (!request.paths().contains(ImportRequest.STDIN)) {
      return new Importer.Stdin(null, null);
    }
    try {
      byte[] start = request.stdin().readNBytes(Restorer.SNIFFED);
      InputStream whole = new SequenceInputStream(new ByteArrayInputStream(start), request.stdin());
      if (Restorer.startsAsJson(start)) {
        return new Importer.Stdin(null, null, whole);
      }
      return new Importer.Stdin(Inputs.readLimited(whole, request.maxBytes()), null);
    } catch (InputException e) {
      return new Importer.Stdin(null, e.getMessage());
    } catch (IOException e) {
      return new Importer.Stdin(null, Problems.describe(e));
    }
  }

  /**
   * Reads stored articles again from their original bytes with the current parser and stores what
   * it reads otherwise (see {@link Reparser}); nothing is stored when {@code dryRun}.
   *
   * @param prefixes ids or prefixes as {@link #idPrefix} gives them; empty for every article
   * @throws NotFoundException when a prefix names no article, or several; nothing is done then
   */
  public ReparseReport reparse(List<String> prefixes, boolean dryRun, ReparseListener listener) {
    return reparse(prefixes, dryRun, listener, new Parsing());
  }

  /** A reparse with another parser: for tests. */
  ReparseReport reparse(
      List<String> prefixes, boolean dryRun, ReparseListener listener, Importer.Parser parser) {
    keeper.requireStore();
    try (WriteTransaction tx = WriteTransaction.lock(store, keeper, true)) {
      List<Article> chosen = new ArrayList<>();
      for (String prefix : prefixes) {
        chosen.add(show(prefix));
      }
      if (!dryRun) {
        tx.begin();
      }
      try (OriginalsWriter keep = store.originalsWriter()) {
        Reparser reparser = new Reparser(tx, store.originals(), keep, parser, dryRun, listener);
        if (prefixes.isEmpty()) {
          store.inspect((file, article) -> reparser.reparse(article));
        } else {
          for (Article a : chosen) {
            reparser.reparse(a);
          }
        }
        if (!dryRun) {
          keep.finish(tx.batch());
          tx.commit();
        }
        return reparser.report();
      }
    } catch (IOException e) {
      throw Failures.store(e);
    } catch (UncheckedIOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * Removes articles for good: record, index entry, kept original; an import of the same text skips
   * them from now on, unless forced.
   *
   * @param prefixes ids or prefixes as {@link #idPrefix} gives them
   * @return the removed articles, as they were
   * @throws NotFoundException when a prefix names no article, or several; nothing is removed then
   */
  public List<Article> remove(List<String> prefixes) {
    return curator().remove(prefixes);
  }

  /**
   * Adds tags to articles and takes others away; tags are read by {@link Curation#tag}.
   *
   * @return the articles as they are now
   * @throws NotFoundException when a prefix names no article, or several; nothing changes then
   */
  public List<Article> tag(List<String> prefixes, List<String> add, List<String> remove) {
    return curator().tag(prefixes, add, remove);
  }

  /** Sets an article's note; null or blank clears it. Returns the article as it is now. */
  public Article note(String prefix, String text) {
    return curator().note(prefix, text);
  }

  /**
   * Corrects an article's fields by hand ({@link Curation#FIELDS}): {@code values} gives each field
   * its text (blank clears it), {@code unset} gives fields back what the parser found. A correction
   * lasts through {@code reparse} and a new import of the same file.
   *
   * @throws BadRequestException when a field cannot be set or a value is not one it can hold
   */
  public Article set(String prefix, Map<String, String> values, Set<String> unset) {
    return curator().set(prefix, values, unset);
  }

  private Curator curator() {
    return new Curator(store, keeper, clock, this::show, waitForWriters);
  }

  /**
   * Counts over the whole archive, from the index alone, and what the store takes on disk.
   *
   * @param byMonth count by month rather than by year
   */
  public Stats stats(boolean byMonth) {
    try (Reader reader = reader()) {
      return stats(reader, byMonth);
    }
  }

  /** Counts over the whole archive, as {@link #stats(boolean)} gives them, of an open reader. */
  public Stats stats(Reader reader, boolean byMonth) {
    try {
      return reader.stats(byMonth).withStoreBytes(store.diskBytes());
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /** Rebuilds the index from the files; returns the number of articles indexed. */
  public int reindex() {
    keeper.requireStore();
    try (StoreLock lock = keeper.lock(true)) {
      return keeper.rebuild();
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * Checks the store, and repairs it on request (see {@link Checker}); each problem is one line to
   * {@code report}.
   *
   * @return whether the store is sound: it was, or it has been repaired
   */
  public boolean check(boolean repair, Consumer<String> report) {
    keeper.requireStore();
    // Without repair nothing is written: a shared lock keeps writers out while the files are read,
    // and needs no right to write the store.
    try (StoreLock lock = repair ? keeper.lock(true) : keeper.readLock()) {
      return new Checker(store, keeper, repair, report).run();
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * Stories of at least {@code minSize} articles whose dates meet the range, labelled, in the order
   * asked: at most {@code limit} of them, after the first {@code offset}.
   */
  public List<Story> stories(
      DateRange dates, Story.Order order, int minSize, int offset, int limit) {
    try (Reader reader = reader()) {
      return stories(reader, dates, order, minSize, offset, limit);
    }
  }

  /** The stories, as {@link #stories(DateRange, Story.Order, int, int, int)}, of an open reader. */
  public List<Story> stories(
      Reader reader, DateRange dates, Story.Order order, int minSize, int offset, int limit) {
    return stories().list(reader, dates, order, minSize, offset, limit);
  }

  /**
   * One story with its articles in date order, by its id or the id of any of its articles (or a
   * unique prefix of either).
   *
   * @throws NotFoundException when neither names one
   * @throws TooShortException when the article named is in no story: its text is too short
   */
  public Story story(String prefix) {
    try (Reader reader = reader()) {
      return story(reader, prefix);
    }
  }

  /** One story, as {@link #story(String)}, of an open reader. */
  public Story story(Reader reader, String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("not an id prefix: " + prefix);
    }
    return stories().show(reader, prefix);
  }

  /** The stories of a query's best hits, best first, each with its hit count; at most limit. */
  public List<Story> searchStories(Reader reader, Reader.Query query, int limit) {
    return stories().search(reader, query, limit);
  }

  /** What {@link #regroupStories} did. */
  public record Regrouped(int articles, int stories, int changed) {}

  /** Groups every article into stories again, from scratch; says how many moved. */
  public Regrouped regroupStories() {
    Stories.Regrouped r = stories().regroup();
    return new Regrouped(r.articles(), r.stories(), r.changed());
  }

  private Stories stories() {
    return new Stories(store, keeper, this::show);
  }
}
