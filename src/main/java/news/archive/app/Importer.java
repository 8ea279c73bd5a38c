package news.archive.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import news.archive.Article;
import news.archive.engine.Lookup;
import news.archive.ingest.Inputs;
import news.archive.io.ReadAhead;
import news.archive.io.Workers;
import news.archive.parse.ArticleParser;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import news.archive.store.OriginalsWriter;

/**
 * One import run: reads inputs, parses them, and stores what is new: the JSON file, then the index
 * document. The caller commits: it makes the written files durable, then commits the index.
 *
 * <p>Three stages. Inputs are read and parsed on worker threads ({@link Preparer}), a bounded
 * number of inputs and of bytes ahead. Each is then judged, in input order, on the calling thread
 * ({@link Judge}: new, unchanged, duplicate, updated), so the outcome and the messages do not
 * depend on timing. What is to be stored is written and indexed on worker threads again ({@link
 * ImportWrites}), a bounded number of bytes in flight.
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

  /**
   * Writing a file mostly waits for the file system: threads of their own keep that off the
   * workers.
   */
  private static final int FILE_THREADS = 2;

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

  /** Bytes of an input to the article they hold: {@link ArticleParser#parse}. */
  @FunctionalInterface
  interface Parser {
    ParsedArticle parse(byte[] bytes, Article.Source source, Instant importedAt)
        throws ParseException;
  }

  private final WriteTransaction tx;
  private final OriginalsWriter originals;
  private final ImportRequest request;
  private final Stdin stdin;
  private final Clock clock;
  private final ImportListener listener;
  private final Parser parser;
  private final Limits limits;

  /** Raised at each refresh of the index writer's view: a lookup of another epoch is stale. */
  private final AtomicInteger epoch = new AtomicInteger();

  private final Map<Judge.Outcome, Integer> counts = new EnumMap<>(Judge.Outcome.class);
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
    this.tx = tx;
    this.originals = tx.store().originalsWriter();
    this.request = request;
    this.stdin = stdin;
    this.clock = clock;
    this.listener = listener;
    this.parser = parser;
    this.limits = limits;
  }

  /**
   * Imports the inputs of the request. Failures of single inputs are reported and counted; an
   * exception means the store itself failed, and the caller commits nothing.
   */
  ImportReport run() throws IOException {
    Lookup lookup = tx.index().live();
    int threads = limits.threads();
    ThreadPoolExecutor pool = Workers.daemons(threads, "import");
    ThreadPoolExecutor files = Workers.daemons(FILE_THREADS, "import-files");
    ImportWrites writes = new ImportWrites(tx, originals, limits.writeBudgetKib(), pool, files);
    Preparer preparer = new Preparer(request, stdin, parser, clock, lookup, epoch);
    Judge judge = new Judge(tx, request, listener, clock, lookup, epoch, preparer, writes);
    try (ReadAhead<Prepared> ahead =
        new ReadAhead<>(
            pool, limits.aheadPerThread() * threads, limits.aheadBytes(), "import interrupted")) {
      int counted = listener.showsProgress() ? count() : -1;
      Inputs inputs = Inputs.expand(request.paths(), request.glob());
      int found = 0;
      for (int done = 0; !interrupted; done++) {
        if (listener.stopped()) {
          interrupted = true;
          break;
        }
        // an input's size is known once the walk gives it; each counts one at the least
        while (inputs.hasNext() && ahead.hasRoom(1)) {
          Inputs.Input input = inputs.next();
          if (isBackup(input)) {
            backupsFound.add(input);
            continue;
          }
          found++;
          ahead.submit(() -> preparer.prepare(input), cost(input));
        }
        if (ahead.isEmpty()) {
          break;
        }
        counts.merge(judge.judge(ahead.next()), 1, Integer::sum);
        // the count may be behind the walk when files came since
        listener.progress(
            done + 1, !inputs.hasNext() ? found : counted < 0 ? -1 : Math.max(counted, found));
        writes.rethrowFailure();
        if (judge.remembered() >= limits.window()) {
          endWindow(judge, writes);
        }
      }
      writes.drain();
      writes.rethrowFailure();
      judge.recordSources();
      originals.finish(tx.batch());
    } finally {
      Workers.stop(pool);
      Workers.stop(files);
      originals.close();
    }
    return new ImportReport(
        counts.getOrDefault(Judge.Outcome.IMPORTED, 0),
        counts.getOrDefault(Judge.Outcome.UPDATED, 0),
        counts.getOrDefault(Judge.Outcome.UNCHANGED, 0),
        counts.getOrDefault(Judge.Outcome.DUPLICATE, 0),
        counts.getOrDefault(Judge.Outcome.FAILED, 0),
        judge.undated(),
        counts.getOrDefault(Judge.Outcome.REMOVED, 0),
        interrupted,
        judge.nearDuplicates(),
        judge.tooShort(),
        judge.additions());
  }

  /**
   * The end of a window: every write done, the index writer's view refreshed to show them, and what
   * the run remembered forgotten.
   */
  private void endWindow(Judge judge, ImportWrites writes) throws IOException {
    writes.drain();
    writes.rethrowFailure();
    judge.recordSources();
    tx.index().refresh();
    epoch.incrementAndGet();
    judge.forget();
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
}
