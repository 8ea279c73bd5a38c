package news.archive.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The store's write lock: an operating-system lock on a file, so it is released when the process
 * ends, however it ends.
 */
public final class StoreLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting for it when {@code wait}; returns null when not waiting and it is held.
   */
  static StoreLock acquire(Path file, boolean wait) throws IOException {
    return lock(
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE), false, wait);
  }

  /**
   * Takes the lock shared, as a command that only reads takes it so that no writer changes the
   * files under it, waiting for a writer when {@code wait}; returns null when not waiting and a
   * writer holds it. The file is opened for reading only, so a store the user may not write is
   * locked so too. A store without the file that this process may not give one is read without a
   * lock: no writer has locked it yet, and this process could not keep out one with more rights.
   */
  static StoreLock acquireShared(Path file, boolean wait) throws IOException {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      try {
        channel =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      } catch (FileSystemException cannot) {
        return new StoreLock(null, null);
      }
    }
    return lock(channel, true, wait);
  }

  /**
   * Locks the whole of the open {@code channel}, shared or not, and keeps the channel open while
   * the lock is held: returns null, the channel closed, when not waiting and it is held.
   */
  private static StoreLock lock(FileChannel channel, boolean shared, boolean wait)
      throws IOException {
    try {
      FileLock lock;
      try {
        lock =
            wait
                ? channel.lock(0, Long.MAX_VALUE, shared)
                : channel.tryLock(0, Long.MAX_VALUE, shared);
      } catch (OverlappingFileLockException e) {
        // this process holds it already, through another channel
        lock = null;
        if (wait) {
          throw new IOException("the store is already locked by this process", e);
        }
      }
      if (lock == null) {
        channel.close();
        return null;
      }
      return new StoreLock(channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    if (channel == null) {
      return;
    }
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
