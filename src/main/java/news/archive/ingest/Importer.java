package news.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.archive.Article;
import news.archive.Problems;
import news.archive.parse.ArticleParser;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import news.archive.search.ArticleIndex;
import news.archive.store.ArticleStore;

/**
 * Reads inputs, parses them, and stores what is new: the JSON file first, then the index
 * document. The caller commits: it makes the written files durable, then commits the index.
 */
public final class Importer {

  /** What an import reports as it goes; every call comes from the importing thread. */
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
   * @param glob        names of files to take from folders
   * @param defaultDate date for articles whose text carries none, or null
   * @param maxBytes    larger inputs are refused
   */
  public record Options(String glob, LocalDate defaultDate, long maxBytes) {}

  private enum Outcome { IMPORTED, UPDATED, UNCHANGED, DUPLICATE, FAILED }

  private final ArticleStore store;
  private final ArticleIndex.Searcher before;
  private final ArticleIndex.Writer index;
  private final ArticleParser parser = new ArticleParser();
  private final Clock clock;
  private final Listener listener;

  /** Inputs stored in this run, by content id and by byte hash: the index does not show them yet. */
  private final Map<String, String> idsThisRun = new HashMap<>();
  private final Map<String, String> shasThisRun = new HashMap<>();
  private final Set<String> deletedThisRun = new HashSet<>();
  private final List<Path> written = new ArrayList<>();
  private int undated;

  /**
   * @param before the index as it was committed before this import, in step with the files
   * @param index  the writer this import adds to
   */
  public Importer(ArticleStore store, ArticleIndex.Searcher before, ArticleIndex.Writer index,
      Clock clock, Listener listener) {
    this.store = store;
    this.before = before;
    this.index = index;
    this.clock = clock;
    this.listener = listener;
  }

  /**
   * Imports the typed paths. Failures of single inputs are reported and counted; an exception
   * means the store itself failed.
   */
  public ImportReport run(List<String> paths, Options options, InputStream stdin)
      throws IOException {
    List<Inputs.Input> inputs = Inputs.expand(paths, options.glob());
    int[] counts = new int[Outcome.values().length];
    int done = 0;
    for (Inputs.Input input : inputs) {
      Outcome outcome = importOne(input, options, stdin);
      counts[outcome.ordinal()]++;
      listener.progress(++done, inputs.size());
    }
    return new ImportReport(counts[Outcome.IMPORTED.ordinal()], counts[Outcome.UPDATED.ordinal()],
        counts[Outcome.UNCHANGED.ordinal()], counts[Outcome.DUPLICATE.ordinal()],
        counts[Outcome.FAILED.ordinal()], undated, written);
  }

  private Outcome importOne(Inputs.Input input, Options options, InputStream stdin)
      throws IOException {
    if (input.problem() != null) {
      return fail(input.shown(), input.problem());
    }
    byte[] bytes;
    try {
      bytes = input.isStdin() ? readStdin(stdin, options.maxBytes()) : read(input.file(), options.maxBytes());
    } catch (InputException e) {
      return fail(input.shown(), e.getMessage());
    } catch (IOException e) {
      return fail(input.shown(), Problems.describe(e));
    }
    String where = input.isStdin() ? null : absolute(input.file());
    String sha = ArticleParser.sha256Hex(bytes);

    Optional<String> sameBytesFrom = storedFromSha(sha);
    if (sameBytesFrom.isPresent()) {
      return sameSource(sameBytesFrom.get(), where) ? Outcome.UNCHANGED : Outcome.DUPLICATE;
    }

    ParsedArticle parsed;
    try {
      parsed = parser.parse(bytes);
    } catch (ParseException e) {
      return fail(input.shown(), e.getMessage());
    }
    for (String warning : parsed.warnings()) {
      listener.warning(input.shown(), warning);
    }
    Article article = parsed.toArticle(input.shown(), where, clock.instant(), options.defaultDate());

    Optional<String> sameTextFrom = storedFromId(article.id());
    if (sameTextFrom.isPresent()) {
      if (!sameSource(sameTextFrom.get(), where)) {
        return Outcome.DUPLICATE;
      }
      // Same text, other bytes (line ends, encoding): the record's source changes.
      save(article);
      return Outcome.UPDATED;
    }
    Optional<String> previous = where == null ? Optional.empty() : storedIdFromPath(where);
    save(article);
    if (previous.isPresent()) {
      remove(previous.get());
      return Outcome.UPDATED;
    }
    return Outcome.IMPORTED;
  }

  private void save(Article article) throws IOException {
    written.add(store.write(article));
    index.put(article);
    String where = article.source().absolutePath() == null ? "" : article.source().absolutePath();
    idsThisRun.put(article.id(), where);
    shasThisRun.put(article.source().sha256(), where);
    deletedThisRun.remove(article.id());
    if (article.date() == null) {
      undated++;
    }
  }

  /** The edited file's old article goes: its text is no longer in any input. */
  private void remove(String id) throws IOException {
    store.delete(id);
    index.delete(id);
    deletedThisRun.add(id);
  }

  /** Where the article with these exact bytes came from ("" for standard input), if stored. */
  private Optional<String> storedFromSha(String sha) throws IOException {
    String here = shasThisRun.get(sha);
    if (here != null) {
      return Optional.of(here);
    }
    return before.bySha256(sha)
        .filter(k -> !deletedThisRun.contains(k.id()))
        .map(k -> k.absolutePath() == null ? "" : k.absolutePath());
  }

  private Optional<String> storedFromId(String id) throws IOException {
    String here = idsThisRun.get(id);
    if (here != null) {
      return Optional.of(here);
    }
    if (deletedThisRun.contains(id)) {
      return Optional.empty();
    }
    return before.byId(id).map(k -> k.absolutePath() == null ? "" : k.absolutePath());
  }

  private Optional<String> storedIdFromPath(String where) throws IOException {
    return before.byPath(where).map(ArticleIndex.Known::id)
        .filter(id -> !deletedThisRun.contains(id));
  }

  private static boolean sameSource(String storedFrom, String where) {
    return storedFrom.equals(where == null ? "" : where);
  }

  private Outcome fail(String shown, String reason) {
    listener.failed(shown, reason);
    return Outcome.FAILED;
  }

  private static String absolute(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  private static byte[] read(Path file, long maxBytes) throws IOException, InputException {
    if (Files.isDirectory(file)) {
      throw new InputException("is a folder");
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException("not a regular file (a device, pipe or socket)");
    }
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new InputException("too large: " + size + " bytes, over the limit of " + maxBytes
          + " (see --max-bytes)");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readLimited(in, maxBytes);
    }
  }

  private static byte[] readStdin(InputStream stdin, long maxBytes)
      throws IOException, InputException {
    return readLimited(stdin, maxBytes);
  }

  /** Reads at most maxBytes; a file that grew past the limit while being read is refused too. */
  private static byte[] readLimited(InputStream in, long maxBytes)
      throws IOException, InputException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length == cap && in.read() != -1) {
      throw new InputException("too large: over the limit of " + maxBytes + " bytes (see --max-bytes)");
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
