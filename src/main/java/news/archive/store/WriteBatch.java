package news.archive.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files written (or deleted) that must be durable together: {@link #sync} flushes them and the
 * folders that hold them, so that a power loss after it keeps them.
 *
 * <p>One fsync per file costs a journal commit each: minutes for a large import on some file
 * systems. So a few files are flushed one by one, and for more, where the system offers it ({@code
 * sync -f}, which calls syncfs(2) on Linux), the whole file system of the store is flushed at once
 * instead. Where it does not, each file is flushed as it is added. Either way the batch remembers
 * at most a few paths and the folders: its memory does not grow with the import.
 */
public final class WriteBatch {
  /** Up to this many files are remembered and flushed one by one at the end. */
  private static final int REMEMBERED = 64;

  private enum Mode {
    /** Few files so far: remembered. */
    FEW,
    /** Many: the whole file system is flushed at the end. */
    FILE_SYSTEM,
    /** Many, and no way to flush the file system: each file is flushed as it comes. */
    EACH
  }

  private final Path root;
  private final List<Path> files = new ArrayList<>();
  private final Set<Path> folders = new LinkedHashSet<>();
  private Mode mode = Mode.FEW;

  WriteBatch(Path root) {
    this.root = root;
  }

  /** A file written or deleted. Safe from several threads. */
  public void add(Path file) throws IOException {
    boolean flushNow;
    synchronized (this) {
      folders.add(file.getParent());
      if (mode == Mode.FEW) {
        files.add(file);
        if (files.size() > REMEMBERED) {
          mode = syncFileSystem(root) ? Mode.FILE_SYSTEM : Mode.EACH;
          if (mode == Mode.EACH) {
            for (Path f : files) {
              force(f);
            }
          }
          files.clear();
        }
      }
      flushNow = mode == Mode.EACH;
    }
    if (flushNow) {
      force(file);
    }
  }

  /** Makes every file added, and their folders, durable. */
  public synchronized void sync() throws IOException {
    switch (mode) {
      case FEW -> {
        for (Path f : files) {
          force(f);
        }
        syncFolders();
      }
      case FILE_SYSTEM -> {
        if (!syncFileSystem(root)) {
          throw new IOException("cannot flush the file system of " + root + " to disk");
        }
      }
      case EACH -> syncFolders();
    }
    files.clear();
    folders.clear();
    mode = Mode.FEW;
  }

  private void syncFolders() {
    for (Path folder : folders) {
      try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
        ch.force(true);
      } catch (IOException e) {
        // Some systems cannot open a folder for syncing; the rename is then as durable as they
        // allow.
      }
    }
  }

  private static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (NoSuchFileException e) {
      // deleted after it was written; its folder entry is what must be durable
    }
  }

  /** syncfs(2) of the store's file system through coreutils, where there is one; false if not. */
  private static boolean syncFileSystem(Path root) {
    try {
      Process p =
          new ProcessBuilder("sync", "-f", root.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
