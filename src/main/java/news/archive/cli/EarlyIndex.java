package news.archive.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import news.archive.app.Archive;
import news.archive.app.Reader;

/**
 * Opens the search index on a second thread while the command line is being built: building it and
 * opening Lucene each take tens of milliseconds of class loading, and on a machine with two cores
 * they overlap. Only for {@code list}, {@code search} and {@code similar}, and only an index that
 * is in step with the files; anything else is left to the command, which does it as usual.
 */
final class EarlyIndex {

  /** The commands that read the index at once. */
  private static final java.util.Set<String> READERS =
      java.util.Set.of("search", "list", "similar");

  private final Path store;
  private final CompletableFuture<Optional<Reader>> opened = new CompletableFuture<>();

  private EarlyIndex(Path store) {
    this.store = store;
  }

  /** Starts opening the index the arguments will need, or returns null when they need none. */
  static EarlyIndex start(Arguments args, Map<String, String> variables) {
    if (args.help() || args.command() == null || !READERS.contains(args.command())) {
      return null;
    }
    Path store;
    try {
      Environment env = new Environment(variables, null, null, null, null, false, false);
      store = env.store(args.store() == null ? null : Path.of(args.store()));
    } catch (RuntimeException e) {
      return null;
    }
    EarlyIndex early = new EarlyIndex(store);
    Thread thread = new Thread(early::open, "open-index");
    thread.setDaemon(true);
    thread.start();
    return early;
  }

  private void open() {
    Optional<Reader> reader = Optional.empty();
    try {
      reader = new Archive(store, Clock.systemUTC(), note -> {}).readerIfInStep();
    } catch (RuntimeException | Error e) {
      // the command opens the index itself, and reports what goes wrong
    }
    opened.complete(reader);
  }

  /**
   * The index opened early for {@code store}, handed over to the caller, who closes it; empty when
   * it was opened for another store, or is not in step, or could not be opened.
   */
  Optional<Reader> take(Path store) {
    if (!this.store.equals(store)) {
      return Optional.empty();
    }
    try {
      return opened.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }
}
