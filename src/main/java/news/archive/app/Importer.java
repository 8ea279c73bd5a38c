package news.archive.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import news.archive.Article;
import news.archive.Corrections;
import news.archive.engine.Changes;
import news.archive.engine.Lookup;
import news.archive.ingest.InputException;
import news.archive.ingest.Inputs;
import news.archive.io.Problems;
import news.archive.parse.ArticleParser;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import news.archive.store.ArticleStore;
import news.archive.store.OriginalsWriter;
import news.archive.store.WriteBatch;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryGrouper;
import news.archive.stories.StoryVector;

/**
 * One import run: reads inputs, parses them, and stores what is new: the JSON file, then the index
 * document. The caller commits: it makes the written files durable, then commits the index.
 *
 * <p>Three stages. Inputs are read and parsed on worker threads, a bounded number of inputs and of
 * bytes ahead. Each is then judged, in input order, on the calling thread (new, unchanged,
 * duplicate, updated), so the outcome and the messages do not depend on timing. What is to be
 * stored is written and indexed on worker threads again, a bounded number of bytes in flight.
 *
 * <p>Judging needs what this run stored so far, which the index writer's own view shows only after
 * a refresh. So the run remembers what it stored (ids, byte hashes, deletions) for a window of
 * inputs; at the end of each window it waits for the writes in flight, refreshes that view, and
 * forgets. Nothing the run holds grows with the number of inputs.
 */
final class Importer {

  /**
   * The bounds that keep an import's memory flat.
   *
   * @param threads worker threads that read, parse and index
   * @param aheadPerThread inputs read and parsed ahead of the one being judged, per worker thread
   * @param aheadBytes bytes of input read ahead of the one being judged (beyond the first)
   * @param writeBudgetKib KiB of articles judged but not yet written and indexed
   * @param window articles stored before the run forgets them and asks the index instead
   */
  record Limits(int threads, int aheadPerThread, long aheadBytes, int writeBudgetKib, int window) {
    static final Limits DEFAULT =
        new Limits(
            Math.max(1, Runtime.getRuntime().availableProcessors()),
            64,
            32L << 20,
            16 << 10,
            20_000);
  }

  /** What one article counts against the write budget at the least. */
  private static final int MIN_WRITE_KIB = 16;

  /**
   * Writing a file mostly waits for the file system: threads of their own keep that off the
   * workers.
   */
  private static final int FILE_THREADS = 2;

  private enum Outcome {
    IMPORTED,
    UPDATED,
    UNCHANGED,
    DUPLICATE,
    FAILED,
    REMOVED
  }

  /** An article this window stored: where from, and its id. */
  private record Seen(String from, String id) {}

  /**
   * What standard input gave, read before the run: its bytes, or why it could not be read; or, when
   * it is a backup, the stream to restore it from, which is read under the lock and not held whole
   * (a backup is no article: no limit of size applies). Only carried, never compared.
   */
  @SuppressWarnings("ArrayRecordComponent")
  record Stdin(byte[] bytes, String problem, InputStream backup) {
    /** What standard input gave, when it is not a backup. */
    Stdin(byte[] bytes, String problem) {
      this(bytes, problem, null);
    }
  }

  private final ArticleStore store;
  private final Changes index;
  private final WriteBatch batch;
  private final OriginalsWriter originals;
  private final ImportRequest request;
  private final Stdin stdin;
  private final Clock clock;

  /** When the last article this run stored was stored. */
  private Instant lastStored;

  private final ImportListener listener;
  private final Parser parser;
  private final Limits limits;

  private Lookup lookup;
  private StoryGrouper stories;

  /** Raised at each refresh of the index writer's view: a lookup of another epoch is stale. */
  private final AtomicInteger epoch = new AtomicInteger();

  private final Map<String, String> idsThisWindow = new HashMap<>();
  private final Map<String, Seen> shasThisWindow = new HashMap<>();

  /**
   * What inputs found to hold a stored article's text bring to it, by its id: recorded at the end
   * of a window, once every write of the window is done.
   */
  private final Map<String, Amends> amends = new LinkedHashMap<>();

  /** What the inputs that hold one stored article's text bring to it. */
  private static final class Amends {
    /** The inputs, each to be one of its sources. */
    final List<Article.Source> sources = new ArrayList<>();

    /** What they give where it lacks it; the first input that gives a field gives it. */
    Fill fill = Fill.NONE;
  }

  /** Where a date an input brings came from, for the summary. */
  private enum DateBy {
    /** The input's own text. */
    TEXT,
    /** {@code --date}, for an input that is a duplicate. */
    OPTION_FOR_DUPLICATE,
    /** {@code --date}, for an input that is stored as it is. */
    OPTION_FOR_UNCHANGED
  }

  /**
   * What an input that holds a stored article's text gives it where the stored record lacks it (a
   * date, agencies, an outlet, an address); null or empty where it gives nothing. The byline needs
   * no filling in: it is part of the text that gives the id, so every copy has the same.
   */
  private record Fill(
      LocalDate date,
      Article.DateFrom dateFrom,
      DateBy dateBy,
      List<String> agencies,
      String outlet,
      String url) {
    static final Fill NONE = new Fill(null, null, null, List.of(), null, null);

    /** The date of {@code --date}, which a stored undated article takes. */
    static Fill given(LocalDate date, DateBy by) {
      return date == null
          ? NONE
          : new Fill(date, Article.DateFrom.GIVEN, by, List.of(), null, null);
    }

    /** What a parsed copy of the text holds. */
    static Fill of(Article copy, DateBy by) {
      return new Fill(
          copy.date(), copy.dateFrom(), by, copy.agencies(), copy.outlet(), copy.source().url());
    }

    /** This, and where this gives nothing, {@code later}. */
    Fill or(Fill later) {
      boolean dated = date != null;
      return new Fill(
          dated ? date : later.date,
          dated ? dateFrom : later.dateFrom,
          dated ? dateBy : later.dateBy,
          agencies.isEmpty() ? later.agencies : agencies,
          outlet != null ? outlet : later.outlet,
          url != null ? url : later.url);
    }
  }

  /**
   * Stored articles that inputs filled in: dates, agencies, outlets, addresses, dated by --date.
   */
  private int filledDates;

  private int filledAgencies;
  private int filledOutlets;
  private int filledAddresses;
  private int duplicatesDatedByOption;
  private int unchangedDatedByOption;

  private final Set<String> deletedThisWindow = new HashSet<>();

  /** The near-duplicate signatures of this window's new articles, and their bands. */
  private final Map<String, Signed> signaturesThisWindow = new HashMap<>();

  /** A signature and its article's date (an epoch day, or null). */
  private record Signed(NearDuplicates.Signature signature, Long day) {}

  /**
   * A near-duplicate is dated within this many days of the article it repeats, when both are dated:
   * a wire is re-sent or corrected the same day or the next; the same words a week apart are a
   * template (a daily table of prices or rainfall).
   */
  private static final int NEAR_DAYS = 1;

  private final Map<Long, List<String>> bandsThisWindow = new HashMap<>();

  private int nearDuplicates;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Semaphore writes;
  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
  private int undated;

  /** New articles too short to compare with others: in no story. */
  private int tooShort;

  private boolean interrupted;

  /** Files of the folders whose names say they are backups: restored after the run, not parsed. */
  private final List<Inputs.Input> backupsFound = new ArrayList<>();

  Importer(
      WriteTransaction tx,
      ImportRequest request,
      Stdin stdin,
      Clock clock,
      ImportListener listener,
      Parser parser,
      Limits limits)
      throws IOException {
    this.store = tx.store();
    this.index = tx.index();
    this.batch = tx.batch();
    this.originals = store.originalsWriter();
    this.request = request;
    this.stdin = stdin;
    this.clock = clock;
    this.listener = listener;
    this.parser = parser;
    this.limits = limits;
    this.writes = new Semaphore(limits.writeBudgetKib());
  }

  /** Bytes of an input to the article they hold: {@link ArticleParser#parse}. */
  @FunctionalInterface
  interface Parser {
    ParsedArticle parse(byte[] bytes, Article.Source source, Instant importedAt)
        throws ParseException;
  }

  /**
   * An input after the first stage: its bytes, read and parsed, or the reason it could not be. When
   * its bytes were found in the index, they are not parsed unless judging finds otherwise. Only
   * carried, never compared.
   *
   * @param known what the index of {@code epoch} knew of these bytes
   * @param signature the parsed body's near-duplicate signature, or null (not parsed, too short)
   * @param vector the parsed text's story vector, or null (not parsed, too short)
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Prepared(
      Inputs.Input input,
      Article.Source source,
      int epoch,
      Optional<Lookup.Known> known,
      byte[] bytes,
      ParsedArticle parsed,
      String problem,
      NearDuplicates.Signature signature,
      StoryVector vector) {

    static Prepared failed(Inputs.Input input, String problem) {
      return new Prepared(input, null, -1, Optional.empty(), null, null, problem, null, null);
    }
  }

  /** An input in the first stage. */
  private record Pending(Future<Prepared> prepared, long cost) {}

  /**
   * Imports the inputs of the request. Failures of single inputs are reported and counted; an
   * exception means the store itself failed, and the caller commits nothing.
   */
  ImportReport run() throws IOException {
    lookup = index.live();
    stories = new StoryGrouper(lookup);
    int threads = limits.threads();
    ThreadPoolExecutor pool = pool(threads, "import");
    ThreadPoolExecutor files = pool(FILE_THREADS, "import-files");
    try {
      int counted = listener.showsProgress() ? count() : -1;
      Inputs inputs = Inputs.expand(request.paths(), request.glob());
      Deque<Pending> ahead = new ArrayDeque<>();
      long aheadBytes = 0;
      int found = 0;
      for (int done = 0; !interrupted; done++) {
        if (listener.stopped()) {
          interrupted = true;
          break;
        }
        while (inputs.hasNext()
            && ahead.size() < limits.aheadPerThread() * threads
            && (ahead.isEmpty() || aheadBytes < limits.aheadBytes())) {
          Inputs.Input input = inputs.next();
          if (isBackup(input)) {
            backupsFound.add(input);
            continue;
          }
          found++;
          long cost = cost(input);
          aheadBytes += cost;
          ahead.add(new Pending(pool.submit(() -> prepare(input)), cost));
        }
        Pending next = ahead.poll();
        if (next == null) {
          break;
        }
        Prepared p = await(next.prepared());
        aheadBytes -= next.cost();
        counts.merge(judge(p, pool, files), 1, Integer::sum);
        // the count may be behind the walk when files came since
        listener.progress(
            done + 1, !inputs.hasNext() ? found : counted < 0 ? -1 : Math.max(counted, found));
        rethrowFailure();
        if (idsThisWindow.size() + deletedThisWindow.size() + amends.size() >= limits.window()) {
          endWindow();
        }
      }
      drain();
      rethrowFailure();
      recordAmends();
      originals.finish(batch);
    } finally {
      stop(pool);
      stop(files);
      originals.close();
    }
    return new ImportReport(
        counts.getOrDefault(Outcome.IMPORTED, 0),
        counts.getOrDefault(Outcome.UPDATED, 0),
        counts.getOrDefault(Outcome.UNCHANGED, 0),
        counts.getOrDefault(Outcome.DUPLICATE, 0),
        counts.getOrDefault(Outcome.FAILED, 0),
        undated,
        counts.getOrDefault(Outcome.REMOVED, 0),
        interrupted,
        nearDuplicates,
        tooShort,
        new ImportReport.Additions(
            filledDates,
            filledAgencies,
            filledOutlets,
            filledAddresses,
            duplicatesDatedByOption,
            unchangedDatedByOption));
  }

  /** Inputs found between two reports of a count. */
  private static final int COUNTED_EVERY = 1000;

  /**
   * The number of inputs, found by a walk of the folders before the import's own: a second look at
   * each folder's entries, which costs little beside reading and parsing its files, and holds no
   * more than the walk does (a folder's listing at a time), where a list of the paths would grow
   * with the inputs. A stop asked for during it stops the import.
   */
  private int count() {
    Inputs inputs = Inputs.expand(request.paths(), request.glob());
    int n = 0;
    while (inputs.hasNext()) {
      if (isBackup(inputs.next())) {
        continue;
      }
      n++;
      if (n % COUNTED_EVERY == 0) {
        if (listener.stopped()) {
          interrupted = true;
          return -1;
        }
        listener.counting(n);
      }
    }
    listener.counting(n);
    return n;
  }

  /**
   * Whether an input is a backup that a folder gave, by its name ({@code --glob} named it): the
   * backups named on the command line are not among the inputs.
   */
  private static boolean isBackup(Inputs.Input input) {
    return input.file() != null && Restorer.hasBackupName(input.shown());
  }

  /** The backups the folders gave, in the order found, once {@link #run} has returned. */
  List<Inputs.Input> backupsFound() {
    return List.copyOf(backupsFound);
  }

  /** What an input counts against the read-ahead: its size, as far as it is known. */
  private long cost(Inputs.Input input) {
    if (input.isStdin()) {
      return stdin.bytes() == null ? 1 : stdin.bytes().length + 1L;
    }
    return Math.min(Math.max(input.size(), 0), request.maxBytes()) + 1;
  }

  /** Stage one, on a worker: read, hash, and parse unless the exact bytes are stored already. */
  private Prepared prepare(Inputs.Input input) throws IOException {
    if (input.problem() != null) {
      return Prepared.failed(input, input.problem());
    }
    byte[] bytes;
    if (input.isStdin()) {
      if (stdin.problem() != null) {
        return Prepared.failed(input, stdin.problem());
      }
      bytes = stdin.bytes();
    } else {
      try {
        bytes = Inputs.read(input, request.maxBytes());
      } catch (InputException e) {
        return Prepared.failed(input, e.getMessage());
      } catch (IOException e) {
        return Prepared.failed(input, Problems.describe(e));
      }
    }
    String where = input.isStdin() ? null : input.file().toAbsolutePath().normalize().toString();
    String shown =
        input.isStdin() && request.stdinName() != null ? request.stdinName() : input.shown();
    Article.Source source = Article.Source.of(shown, where, bytes);
    int seenIn = epoch.get();
    Optional<Lookup.Known> known = lookup.bySha256(source.sha256());
    if (known.isPresent()) {
      // Most likely unchanged: judged without parsing, but the bytes are kept in case.
      return new Prepared(input, source, seenIn, known, bytes, null, null, null, null);
    }
    return parse(new Prepared(input, source, seenIn, known, bytes, null, null, null, null), bytes);
  }

  private Prepared parse(Prepared p, byte[] bytes) {
    try {
      // the time it is stored is given when it is judged, in input order
      ParsedArticle parsed = parser.parse(bytes, p.source(), clock.instant());
      // the body's signature and vector here, on a worker, not on the thread that judges in order
      Article a = parsed.article();
      NearDuplicates.Signature signature = NearDuplicates.signature(a.body());
      StoryVector vector = StoryVector.of(a.title(), a.body());
      return new Prepared(
          p.input(), p.source(), p.epoch(), p.known(), bytes, parsed, null, signature, vector);
    } catch (ParseException e) {
      return Prepared.failed(p.input(), e.getMessage());
    }
  }

  /** Stage two, in input order: what this input is, given what is stored and what came before. */
  private Outcome judge(Prepared p, ThreadPoolExecutor pool, ThreadPoolExecutor files)
      throws IOException {
    String shown = p.input().shown();
    if (p.problem() != null) {
      listener.failed(shown, p.problem());
      return Outcome.FAILED;
    }
    String here = from(p.source().absolutePath());
    Seen sameBytes = shasThisWindow.get(p.source().sha256());
    if (sameBytes == null) {
      Optional<Lookup.Known> known =
          p.epoch() == epoch.get() ? p.known() : lookup.bySha256(p.source().sha256());
      if (known.isPresent() && !deletedThisWindow.contains(known.get().id())) {
        sameBytes = new Seen(from(known.get().absolutePath()), known.get().id());
      }
    }
    if (sameBytes != null) {
      // judged without parsing: what the bytes hold is stored already; only --date is new
      if (sameBytes.from().equals(here)) {
        amend(sameBytes.id(), null, Fill.given(request.defaultDate(), DateBy.OPTION_FOR_UNCHANGED));
        return Outcome.UNCHANGED;
      }
      return duplicate(
          shown,
          sameBytes.id(),
          p.source(),
          Fill.given(request.defaultDate(), DateBy.OPTION_FOR_DUPLICATE));
    }
    Prepared parsed = p.parsed() != null ? p : parse(p, p.bytes());
    if (parsed.problem() != null) {
      listener.failed(shown, parsed.problem());
      return Outcome.FAILED;
    }
    for (String warning : parsed.parsed().warnings()) {
      listener.warning(shown, warning);
    }
    Article article = parsed.parsed().article();
    DateBy dateBy = article.date() != null ? DateBy.TEXT : DateBy.OPTION_FOR_DUPLICATE;
    if (article.date() == null && request.defaultDate() != null) {
      article = article.toBuilder().date(request.defaultDate(), Article.DateFrom.GIVEN).build();
    }
    if (p.input().isStdin() && request.stdinUrl() != null) {
      article =
          article.toBuilder()
              .source(article.source().renamed(article.source().path(), request.stdinUrl()))
              .sources(List.of()) // this input alone, not also as it was without its address
              .build();
    }
    if (store.isRemoved(article.id())) {
      if (!request.force()) {
        listener.removed(shown, article.id());
        return Outcome.REMOVED;
      }
      batch.add(store.unmarkRemoved(article.id()));
    }

    Optional<String> sameTextFrom = storedFrom(article.id());
    if (sameTextFrom.isPresent()) {
      if (!sameTextFrom.get().equals(here)) {
        return duplicate(shown, article.id(), article.source(), Fill.of(article, dateBy));
      }
      // Same text, other bytes (line ends, encoding): the record's source changes, and nothing
      // else the record holds.
      Optional<Article> old = stored(article.id());
      if (old.isPresent()) {
        Article earlier = old.get();
        Article fresh = keptGivenDate(article, earlier).withSourcesOf(earlier);
        article =
            Corrections.withCurationOf(fresh, earlier).toBuilder()
                .aliases(earlier.aliases())
                .nearDuplicateOf(earlier.nearDuplicateOf())
                .story(earlier.story())
                .build();
      }
      article = article.toBuilder().importedAt(storedAt()).build();
      save(article, parsed.bytes(), false, null, parsed, pool, files);
      return Outcome.UPDATED;
    }
    String where = p.source().absolutePath();
    String previous =
        where == null
            ? null
            : lookup
                .byPath(where)
                .map(Lookup.Known::id)
                .filter(id -> !deletedThisWindow.contains(id) && !idsThisWindow.containsKey(id))
                .orElse(null);
    if (previous != null) {
      // the file was edited: its new text keeps the tags, note and corrections of the old, and
      // the old ids, which still find it
      Optional<Article> old = stored(previous);
      if (old.isPresent()) {
        article = Corrections.withCurationOf(keptGivenDate(article, old.get()), old.get());
      }
      List<String> aliases = new ArrayList<>(old.map(Article::aliases).orElse(List.of()));
      if (!aliases.contains(previous)) {
        aliases.add(previous);
      }
      aliases.remove(article.id());
      article = article.toBuilder().aliases(aliases).build();
    }
    String near = nearlyRepeats(parsed.signature(), article.date(), previous);
    if (near != null) {
      article = article.toBuilder().nearDuplicateOf(near).build();
      nearDuplicates++;
    }
    String story =
        stories.place(
            article.id(),
            parsed.vector(),
            article.date() == null ? null : article.date().toEpochDay());
    article = article.toBuilder().story(story).build();
    if (article.story() == null) {
      tooShort++;
    }
    article = article.toBuilder().importedAt(storedAt()).build();
    save(article, parsed.bytes(), true, previous, parsed, pool, files);
    rememberSignature(article.id(), article.date(), parsed.signature());
    return previous != null ? Outcome.UPDATED : Outcome.IMPORTED;
  }

  /**
   * The stored article whose body this signature's body nearly repeats, most alike first (then by
   * id): among this window's articles and the index's; never {@code replaced}, nor one deleted.
   */
  private String nearlyRepeats(NearDuplicates.Signature signature, LocalDate date, String replaced)
      throws IOException {
    if (signature == null) {
      return null;
    }
    String best = null;
    double bestSimilarity = 0;
    Set<String> windowIds = new HashSet<>();
    for (long band : signature.bandKeys()) {
      windowIds.addAll(bandsThisWindow.getOrDefault(band, List.of()));
    }
    List<Lookup.Near> candidates = new ArrayList<>(lookup.nearDuplicates(signature));
    for (String id : windowIds) {
      Signed other = signaturesThisWindow.get(id);
      double s = signature.similarity(other.signature());
      if (s >= NearDuplicates.THRESHOLD) {
        candidates.add(new Lookup.Near(id, s, other.day()));
      }
    }
    for (Lookup.Near c : candidates) {
      if (c.id().equals(replaced) || deletedThisWindow.contains(c.id())) {
        continue;
      }
      if (date != null && c.day() != null && Math.abs(date.toEpochDay() - c.day()) > NEAR_DAYS) {
        // the same words on other days: a daily table, a template, not a repeat
        continue;
      }
      if (best == null
          || c.similarity() > bestSimilarity
          || (c.similarity() == bestSimilarity && c.id().compareTo(best) < 0)) {
        best = c.id();
        bestSimilarity = c.similarity();
      }
    }
    return best;
  }

  private void rememberSignature(String id, LocalDate date, NearDuplicates.Signature signature) {
    if (signature == null) {
      return;
    }
    signaturesThisWindow.put(id, new Signed(signature, date == null ? null : date.toEpochDay()));
    for (long band : signature.bandKeys()) {
      bandsThisWindow.computeIfAbsent(band, k -> new ArrayList<>(1)).add(id);
    }
  }

  /**
   * A new reading of a stored article's input with the date the user gave it ({@code --date})
   * before, when its text still gives none, as {@link Reparser} keeps it.
   */
  private static Article keptGivenDate(Article fresh, Article old) {
    Article parsed = Corrections.asParsed(old);
    if (fresh.date() == null
        && parsed.date() != null
        && parsed.dateFrom() == Article.DateFrom.GIVEN) {
      return fresh.toBuilder().date(parsed.date(), Article.DateFrom.GIVEN).build();
    }
    return fresh;
  }

  /**
   * The time an article judged now is stored at: the clock's, to the microsecond, and always later
   * than the one before in this run, so that the records order a run's articles as their inputs
   * came (many are stored within one tick of a clock).
   */
  private Instant storedAt() {
    Instant t = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (lastStored != null && !t.isAfter(lastStored)) {
      t = lastStored.plus(1, ChronoUnit.MICROS);
    }
    lastStored = t;
    return t;
  }

  /** The stored record with this id, or empty when it is not there or cannot be read. */
  private Optional<Article> stored(String id) throws IOException {
    try {
      return store.read(id);
    } catch (ArticleStore.BadFileException e) {
      return Optional.empty();
    }
  }

  /**
   * An input that holds the text of article {@code id}: it is one of its sources, and gives it what
   * it lacks of {@code fill}.
   */
  private Outcome duplicate(String shown, String id, Article.Source source, Fill fill) {
    listener.duplicate(shown, id);
    amend(id, source, fill);
    return Outcome.DUPLICATE;
  }

  /** Notes what an input brings to the stored article {@code id}: a source (or null), a fill. */
  private void amend(String id, Article.Source source, Fill fill) {
    if (source == null && fill.equals(Fill.NONE)) {
      return;
    }
    Amends a = amends.computeIfAbsent(id, k -> new Amends());
    if (source != null) {
      a.sources.add(source);
    }
    a.fill = a.fill.or(fill);
  }

  /**
   * Gives the stored articles what the inputs found to hold their text bring, once every write of
   * the window is done: the inputs are added to their sources, and what they hold that the record
   * lacks is filled in, never over a correction the user made. An input with the same bytes as one
   * already recorded is described as that one is (it was not parsed again).
   */
  private void recordAmends() throws IOException {
    for (Map.Entry<String, Amends> e : amends.entrySet()) {
      Optional<Article> found = stored(e.getKey());
      if (found.isEmpty()) {
        continue;
      }
      Article a = found.get();
      List<Article.Source> all = new ArrayList<>(a.sources());
      for (Article.Source s : e.getValue().sources) {
        Article.Source described = s;
        for (Article.Source known : a.sources()) {
          if (known.sha256().equals(s.sha256())) {
            described =
                new Article.Source(
                    s.path(), s.absolutePath(), s.sha256(), s.bytes(), known.format(), known.url());
          }
        }
        if (!all.contains(described)) {
          all.add(described);
        }
      }
      Article more = a.toBuilder().sources(all).build();
      more = filledIn(more, e.getValue().fill, idsThisWindow.containsKey(a.id()));
      if (!more.equals(a)) {
        batch.add(store.write(more));
        index.put(more);
      }
    }
    amends.clear();
  }

  /** {@code a} with what it lacks of {@code fill}, but no field the user corrected; counted. */
  private Article filledIn(Article a, Fill fill, boolean storedThisWindow) {
    Set<String> corrected = a.curation().set().keySet();
    if (a.date() == null && fill.date() != null && !corrected.contains("date")) {
      a = a.toBuilder().date(fill.date(), fill.dateFrom()).build();
      switch (fill.dateBy()) {
        case TEXT -> filledDates++;
        case OPTION_FOR_DUPLICATE -> duplicatesDatedByOption++;
        case OPTION_FOR_UNCHANGED -> unchangedDatedByOption++;
      }
      if (storedThisWindow) {
        undated--;
      }
    }
    if (a.agencies().isEmpty() && !fill.agencies().isEmpty() && !corrected.contains("agency")) {
      a = a.toBuilder().agencies(fill.agencies()).build();
      filledAgencies++;
    }
    if (a.outlet() == null && fill.outlet() != null && !corrected.contains("outlet")) {
      a = a.toBuilder().outlet(fill.outlet()).build();
      filledOutlets++;
    }
    if (a.source().url() == null && fill.url() != null) {
      // the address of a copy of the same text is the article's
      List<Article.Source> others = a.sources().subList(1, a.sources().size());
      a =
          a.toBuilder()
              .source(a.source().renamed(a.source().path(), fill.url()))
              .sources(others)
              .build();
      filledAddresses++;
    }
    return a;
  }

  /** Where the article with this id was stored from, if it is stored. */
  private Optional<String> storedFrom(String id) throws IOException {
    String here = idsThisWindow.get(id);
    if (here != null) {
      return Optional.of(here);
    }
    if (deletedThisWindow.contains(id)) {
      return Optional.empty();
    }
    return lookup.byId(id).map(k -> from(k.absolutePath()));
  }

  /**
   * Stage three: the original input bytes and the file, on a file thread; the index document, on a
   * worker. {@code isNew}: no article with this id is in the index. An edited file's old article
   * goes first, here on the judging thread, so that a later input of this import that brings the
   * same text again is written after it has gone, never before.
   */
  private void save(
      Article article,
      byte[] bytes,
      boolean isNew,
      String replaces,
      Prepared parsed,
      ThreadPoolExecutor pool,
      ThreadPoolExecutor files)
      throws IOException {
    if (replaces != null) {
      batch.add(store.delete(replaces));
      index.delete(replaces);
      deletedThisWindow.add(replaces);
      for (String alias : article.aliases()) {
        batch.add(store.writeAlias(alias, article.id()));
      }
    }
    String from = from(article.source().absolutePath());
    idsThisWindow.put(article.id(), from);
    shasThisWindow.put(article.source().sha256(), new Seen(from, article.id()));
    deletedThisWindow.remove(article.id());
    if (article.date() == null) {
      undated++;
    }
    int cost =
        (int)
            Math.min(
                limits.writeBudgetKib(), Math.max(MIN_WRITE_KIB, article.source().bytes() >> 9));
    inFlight(
        files,
        cost,
        () -> {
          // the original first: a record is never there without the bytes it was read from
          originals.add(article.source().sha256(), bytes);
          batch.add(store.write(article));
        });
    inFlight(
        pool,
        cost,
        () -> {
          if (isNew) {
            index.add(article, parsed.signature(), parsed.vector());
          } else {
            index.put(article, parsed.signature(), parsed.vector());
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

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  /**
   * The end of a window: every write done, the index writer's view refreshed to show them, and what
   * the run remembered forgotten.
   */
  private void endWindow() throws IOException {
    drain();
    rethrowFailure();
    recordAmends();
    index.refresh();
    epoch.incrementAndGet();
    idsThisWindow.clear();
    shasThisWindow.clear();
    deletedThisWindow.clear();
    signaturesThisWindow.clear();
    bandsThisWindow.clear();
    stories.forget();
  }

  /** Waits until no write is in flight. */
  private void drain() {
    writes.acquireUninterruptibly(limits.writeBudgetKib());
    writes.release(limits.writeBudgetKib());
  }

  private void rethrowFailure() throws IOException {
    Throwable e = failure.get();
    if (e != null) {
      throw rethrown(e);
    }
  }

  /** A failure on another thread, thrown again here as what it is. */
  private static IOException rethrown(Throwable e) {
    if (e instanceof IOException io) {
      return io;
    }
    if (e instanceof UncheckedIOException io) {
      return io.getCause();
    }
    if (e instanceof RuntimeException re) {
      throw re;
    }
    if (e instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(e);
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("import interrupted", e);
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static ThreadPoolExecutor pool(int threads, String name) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Stops a pool: work not begun is dropped, work under way finishes. Returns only when no thread
   * of the pool can touch the store any more, so that the caller may release the lock.
   */
  private static void stop(ThreadPoolExecutor executor) {
    executor.shutdown();
    executor.getQueue().clear();
    boolean interrupted = false;
    while (true) {
      try {
        if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where an input came from, as compared: its absolute path, or "" for standard input. */
  private static String from(String absolutePath) {
    return absolutePath == null ? "" : absolutePath;
  }
}
