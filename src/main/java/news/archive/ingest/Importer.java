package news.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import news.archive.Article;
import news.archive.Problems;
import news.archive.parse.ArticleParser;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import news.archive.search.ArticleIndex;
import news.archive.store.ArticleStore;

/**
 * Reads inputs, parses them, and stores what is new: the JSON file first, then the index document.
 * The caller commits: it makes the written files durable, then commits the index.
 *
 * <p>Three stages: inputs are read and parsed on worker threads, several ahead; each is then
 * judged, in input order, on the calling thread (new, unchanged, duplicate, updated), so the
 * outcome and the messages do not depend on timing; what is to be stored is written and indexed on
 * worker threads again.
 */
public final class Importer {

  /**
   * What an import reports as it goes; every call comes from the calling thread, in input order.
   */
  public interface Listener {
    /** An input could not be imported; the reason is one line. */
    void failed(String path, String reason);

    /** An input was imported, but something about it is worth a line. */
    void warning(String path, String message);

    /** {@code done} of {@code total} inputs are finished. */
    void progress(int done, int total);
  }

  /**
   * How to import.
   *
   * @param glob names of files to take from folders
   * @param defaultDate date for articles whose text carries none, or null
   * @param maxBytes larger inputs are refused
   */
  public record Options(String glob, LocalDate defaultDate, long maxBytes) {}

  private enum Outcome {
    IMPORTED,
    UPDATED,
    UNCHANGED,
    DUPLICATE,
    FAILED
  }

  /** Inputs read and parsed ahead of the one being judged, per worker thread. */
  private static final int READ_AHEAD_PER_THREAD = 64;

  /** Files and index documents judged but not yet written, at most. */
  private static final int WRITES_IN_FLIGHT = 512;

  private static final int FILE_THREADS = 2;

  private final ArticleStore store;
  private final ArticleIndex.Searcher before;
  private final ArticleIndex.Writer index;
  private final ArticleParser parser = new ArticleParser();
  private final Clock clock;
  private final Listener listener;

  /** Stored in this run, by content id and by byte hash: the index does not show them yet. */
  private final Map<String, String> idsThisRun = new HashMap<>();

  private final Map<String, String> shasThisRun = new HashMap<>();
  private final Set<String> deletedThisRun = new HashSet<>();
  private final ConcurrentLinkedQueue<Path> written = new ConcurrentLinkedQueue<>();
  private final AtomicReference<Throwable> writeFailure = new AtomicReference<>();
  private final Semaphore writes = new Semaphore(WRITES_IN_FLIGHT);
  private int undated;

  /**
   * @param before the index as it was committed before this import, in step with the files
   * @param index the writer this import adds to
   */
  public Importer(
      ArticleStore store,
      ArticleIndex.Searcher before,
      ArticleIndex.Writer index,
      Clock clock,
      Listener listener) {
    this.store = store;
    this.before = before;
    this.index = index;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * An input after the first stage: read and parsed, or the reason it could not be. The bytes are
   * only carried, never compared: no record equality is used.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Prepared(
      Inputs.Input input,
      String where,
      String sha256,
      ArticleIndex.Known known,
      byte[] bytes,
      ParsedArticle parsed,
      String problem) {

    static Prepared failed(Inputs.Input input, String problem) {
      return new Prepared(input, null, null, null, null, null, problem);
    }
  }

  /**
   * Imports the typed paths. Failures of single inputs are reported and counted; an exception means
   * the store itself failed, and nothing is committed.
   */
  public ImportReport run(List<String> paths, Options options, InputStream stdin)
      throws IOException {
    List<Inputs.Input> inputs = Inputs.expand(paths, options.glob());
    Instant now = clock.instant();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("import"));
    // Writing a file mostly waits for the file system: threads of their own keep that wait off
    // the workers.
    ExecutorService files = Executors.newFixedThreadPool(FILE_THREADS, daemon("import-files"));
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    try {
      Deque<Future<Prepared>> ahead = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < inputs.size(); done++) {
        while (next < inputs.size() && ahead.size() < READ_AHEAD_PER_THREAD * threads) {
          Inputs.Input input = inputs.get(next++);
          ahead.add(pool.submit(() -> prepare(input, options, stdin)));
        }
        Prepared p = await(ahead.poll());
        Outcome outcome = judge(p, options, now, pool, files);
        counts.merge(outcome, 1, Integer::sum);
        listener.progress(done + 1, inputs.size());
        rethrowWriteFailure();
      }
      writes.acquireUninterruptibly(WRITES_IN_FLIGHT);
      rethrowWriteFailure();
    } finally {
      pool.shutdownNow();
      files.shutdownNow();
    }
    return new ImportReport(
        counts.getOrDefault(Outcome.IMPORTED, 0),
        counts.getOrDefault(Outcome.UPDATED, 0),
        counts.getOrDefault(Outcome.UNCHANGED, 0),
        counts.getOrDefault(Outcome.DUPLICATE, 0),
        counts.getOrDefault(Outcome.FAILED, 0),
        undated,
        new ArrayList<>(written));
  }

  /** Stage one, on a worker: read, hash, and parse unless the exact bytes are stored already. */
  private Prepared prepare(Inputs.Input input, Options options, InputStream stdin)
      throws IOException {
    if (input.problem() != null) {
      return Prepared.failed(input, input.problem());
    }
    byte[] bytes;
    try {
      bytes =
          input.isStdin()
              ? readLimited(stdin, options.maxBytes())
              : read(input, options.maxBytes());
    } catch (InputException e) {
      return Prepared.failed(input, e.getMessage());
    } catch (IOException e) {
      return Prepared.failed(input, Problems.describe(e));
    }
    String where = input.isStdin() ? null : absolute(input.file());
    String sha = ArticleParser.sha256Hex(bytes);
    Optional<ArticleIndex.Known> known = before.bySha256(sha);
    if (known.isPresent()) {
      // Most likely unchanged: judged without parsing, but the bytes are kept in case.
      return new Prepared(input, where, sha, known.get(), bytes, null, null);
    }
    return parse(new Prepared(input, where, sha, null, null, null, null), bytes);
  }

  private Prepared parse(Prepared p, byte[] bytes) {
    try {
      return new Prepared(p.input(), p.where(), p.sha256(), null, null, parser.parse(bytes), null);
    } catch (ParseException e) {
      return new Prepared(p.input(), p.where(), p.sha256(), null, null, null, e.getMessage());
    }
  }

  /** Stage two, in input order: what this input is, given what is stored and what came before. */
  private Outcome judge(
      Prepared p, Options options, Instant now, ExecutorService pool, ExecutorService files)
      throws IOException {
    String shown = p.input().shown();
    if (p.problem() != null) {
      listener.failed(shown, p.problem());
      return Outcome.FAILED;
    }
    String here = source(p.where());
    String sameBytesFrom = shasThisRun.get(p.sha256());
    if (sameBytesFrom == null && p.known() != null) {
      if (deletedThisRun.contains(p.known().id())) {
        // Those bytes were stored, but as an edited file's old text, removed in this run.
        return judge(parse(p, p.bytes()), options, now, pool, files);
      }
      sameBytesFrom = source(p.known().absolutePath());
    }
    if (sameBytesFrom != null) {
      return sameBytesFrom.equals(here) ? Outcome.UNCHANGED : Outcome.DUPLICATE;
    }
    ParsedArticle parsed = p.parsed();
    for (String warning : parsed.warnings()) {
      listener.warning(shown, warning);
    }
    Article article = parsed.toArticle(shown, p.where(), now, options.defaultDate());

    Optional<String> sameTextFrom = storedFromId(article.id());
    if (sameTextFrom.isPresent()) {
      if (!sameTextFrom.get().equals(here)) {
        return Outcome.DUPLICATE;
      }
      // Same text, other bytes (line ends, encoding): the record's source changes.
      save(article, false, null, pool, files);
      return Outcome.UPDATED;
    }
    String previous =
        p.where() == null
            ? null
            : before
                .byPath(p.where())
                .map(ArticleIndex.Known::id)
                .filter(id -> !deletedThisRun.contains(id) && !idsThisRun.containsKey(id))
                .orElse(null);
    save(article, true, previous, pool, files);
    return previous != null ? Outcome.UPDATED : Outcome.IMPORTED;
  }

  private Optional<String> storedFromId(String id) throws IOException {
    String here = idsThisRun.get(id);
    if (here != null) {
      return Optional.of(here);
    }
    if (deletedThisRun.contains(id)) {
      return Optional.empty();
    }
    return before.byId(id).map(k -> source(k.absolutePath()));
  }

  /**
   * Stage three: the file, on a file thread; the index document, on a worker. {@code isNew}: no
   * article with this id is in the index. An edited file's old article goes first, here on the
   * judging thread, so that a later input of this import that brings the same text again is written
   * after it has gone, never before.
   */
  private void save(
      Article article, boolean isNew, String replaces, ExecutorService pool, ExecutorService files)
      throws IOException {
    if (replaces != null) {
      written.add(store.delete(replaces));
      index.delete(replaces);
      deletedThisRun.add(replaces);
    }
    String from = source(article.source().absolutePath());
    idsThisRun.put(article.id(), from);
    shasThisRun.put(article.source().sha256(), from);
    deletedThisRun.remove(article.id());
    if (article.date() == null) {
      undated++;
    }
    inFlight(files, () -> written.add(store.write(article)));
    inFlight(
        pool,
        () -> {
          if (isNew) {
            index.add(article);
          } else {
            index.put(article);
          }
        });
  }

  /** A write, bounded by the semaphore, whose failure ends the import. */
  private void inFlight(ExecutorService executor, IoAction action) {
    writes.acquireUninterruptibly();
    executor.execute(
        () -> {
          try {
            action.run();
          } catch (IOException | RuntimeException e) {
            writeFailure.compareAndSet(null, e);
          } finally {
            writes.release();
          }
        });
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  private void rethrowWriteFailure() throws IOException {
    Throwable e = writeFailure.get();
    if (e instanceof IOException io) {
      throw io;
    }
    if (e != null) {
      throw (RuntimeException) e;
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("import interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Where an input came from, as compared: its absolute path, or "" for standard input. */
  private static String source(String absolutePath) {
    return absolutePath == null ? "" : absolutePath;
  }

  private static String absolute(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static byte[] read(Inputs.Input input, long maxBytes) throws IOException, InputException {
    Path file = input.file();
    long size = input.size();
    if (size < 0) {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        throw new InputException("is a folder");
      }
      if (!attrs.isRegularFile()) {
        throw new InputException("not a regular file (a device, pipe or socket)");
      }
      size = attrs.size();
    }
    if (size > maxBytes) {
      throw new InputException(
          "too large: " + size + " bytes, over the limit of " + maxBytes + " (see --max-bytes)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readLimited(in, maxBytes);
    }
  }

  /** Reads at most maxBytes; an input that has more is refused. */
  private static byte[] readLimited(InputStream in, long maxBytes)
      throws IOException, InputException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length == cap && in.read() != -1) {
      throw new InputException(
          "too large: over the limit of " + maxBytes + " bytes (see --max-bytes)");
    }
    return bytes;
  }

  /** An input that is not a readable article file; the message is the one-line reason. */
  private static final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message);
    }
  }
}
