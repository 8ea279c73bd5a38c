package news.archive.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps the input bytes of the articles one run stores: each compressed on its own (a gzip member)
 * and appended to the run's pack, {@code originals/GENERATION.pack}, with a line {@code SHA256
 * OFFSET LENGTH} appended to its index, {@code GENERATION.idx}. One file per run, not one per
 * article: a small file costs a block of disk and a file creation, which for news articles is as
 * much as the record itself.
 *
 * <p>The member is written before its index line, and both before the record that needs them, so a
 * line never points at bytes not yet written; a run cut short leaves at most a last line cut short,
 * which {@link OriginalsReader} skips. {@link #finish} hands both files to the run's batch, which
 * makes them durable with the records. Safe from several threads.
 */
public final class OriginalsWriter implements AutoCloseable {

  private final Path pack;
  private final Path index;
  private FileChannel packChannel;
  private FileChannel indexChannel;
  private long offset;

  OriginalsWriter(Path folder, long generation) {
    this.pack = folder.resolve(generation + ".pack");
    this.index = folder.resolve(generation + ".idx");
  }

  /** Keeps these bytes under their SHA-256, which the caller computed. */
  public void add(String sha256, byte[] bytes) throws IOException {
    byte[] member = Originals.compress(bytes);
    byte[] line;
    synchronized (this) {
      open();
      write(packChannel, member);
      line =
          (sha256 + " " + offset + " " + member.length + "\n").getBytes(StandardCharsets.US_ASCII);
      offset += member.length;
      write(indexChannel, line);
    }
  }

  /** Ends the run's pack: its files go to {@code batch}, to be made durable with the records. */
  public synchronized void finish(WriteBatch batch) throws IOException {
    if (packChannel == null) {
      return;
    }
    close();
    batch.add(pack);
    batch.add(index);
  }

  @Override
  public synchronized void close() throws IOException {
    try (FileChannel p = packChannel;
        FileChannel i = indexChannel) {
      packChannel = null;
      indexChannel = null;
    }
  }

  private void open() throws IOException {
    if (packChannel != null) {
      return;
    }
    Files.createDirectories(pack.getParent());
    packChannel = append(pack);
    indexChannel = append(index);
    offset = packChannel.size();
  }

  private static FileChannel append(Path file) throws IOException {
    return FileChannel.open(
        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  private static void write(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
