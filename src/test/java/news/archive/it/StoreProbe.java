package news.archive.it;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a test can observe of a store from outside the processes that use it: its generation counter
 * and its write lock. Tests wait for these states instead of for time to pass.
 */
final class StoreProbe {
  /** Between two looks at a state another process is to reach. */
  private static final long POLL_MILLIS = 2;

  private final Path store;

  StoreProbe(Path store) {
    this.store = store;
  }

  /** The store's generation counter, or 0 before the store exists. */
  long generation() throws IOException {
    try {
      String text = Files.readString(store.resolve("generation"), StandardCharsets.US_ASCII);
      return Long.parseLong(text.strip());
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /** Whether another process holds the store's write lock at this moment. */
  boolean lockedByAnother() throws IOException {
    Path file = store.resolve("lock");
    if (!Files.exists(file)) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock mine = ch.tryLock()) {
      return mine == null;
    }
  }

  /** Takes the store's write lock in this process, as a writer would, until closed. */
  Held hold() throws IOException {
    FileChannel ch =
        FileChannel.open(
            store.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return new Held(ch, ch.lock());
  }

  /** The store's write lock, held by the test. */
  record Held(FileChannel channel, FileLock lock) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        lock.release();
      } finally {
        channel.close();
      }
    }
  }

  /**
   * Waits until {@code state} holds, or until {@code process} has ended without it; returns whether
   * it holds.
   */
  static boolean await(State state, Process process) throws IOException, InterruptedException {
    while (!state.holds()) {
      if (!process.isAlive()) {
        return state.holds();
      }
      Thread.sleep(POLL_MILLIS);
    }
    return true;
  }

  /** Something a test waits for. */
  @FunctionalInterface
  interface State {
    boolean holds() throws IOException;
  }

  /** Whether a file's text holds {@code text}; false while it cannot be read. */
  static boolean contains(Path file, String text) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }
}
