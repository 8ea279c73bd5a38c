package news.archive.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock;
      try {
        lock = wait ? channel.lock() : channel.tryLock();
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
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
