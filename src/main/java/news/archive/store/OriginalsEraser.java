package news.archive.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Forgets kept input bytes for good, for {@code rm}: their index lines are dropped (the index file
 * is written anew and renamed into place), then the bytes in the pack are overwritten with zeros,
 * where they stood. No pack is copied, so removing one article from a large archive costs what that
 * article takes; the zeros keep their place on disk.
 */
final class OriginalsEraser {

  private static final Pattern LINE = Pattern.compile("[0-9a-f]{64} \\d{1,15} \\d{1,9}");

  private OriginalsEraser() {}

  /** Erases the bytes kept under these hashes; returns the files changed, for a sync. */
  static List<Path> erase(Path folder, Set<String> sha256s, ArticleStore.AtomicWrite write)
      throws IOException {
    List<Path> changed = new ArrayList<>();
    if (sha256s.isEmpty()) {
      return changed;
    }
    List<Path> indexes = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.idx")) {
      files.forEach(indexes::add);
    } catch (NoSuchFileException e) {
      return changed;
    }
    for (Path idx : indexes) {
      List<String> lines = Files.readAllLines(idx, StandardCharsets.US_ASCII);
      StringBuilder kept = new StringBuilder();
      List<long[]> gone = new ArrayList<>();
      for (String line : lines) {
        if (LINE.matcher(line).matches() && sha256s.contains(line.substring(0, 64))) {
          String[] parts = line.split(" ", 3);
          gone.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
        } else {
          kept.append(line).append('\n');
        }
      }
      if (gone.isEmpty()) {
        continue;
      }
      write.accept(idx, kept.toString().getBytes(StandardCharsets.US_ASCII));
      changed.add(idx);
      String name = idx.getFileName().toString();
      Path pack = idx.resolveSibling(name.substring(0, name.length() - ".idx".length()) + ".pack");
      if (zero(pack, gone)) {
        changed.add(pack);
      }
    }
    return changed;
  }

  /** Overwrites the ranges with zeros, within the pack's size; whether the pack was there. */
  private static boolean zero(Path pack, List<long[]> ranges) throws IOException {
    try (FileChannel ch = FileChannel.open(pack, StandardOpenOption.WRITE)) {
      long size = ch.size();
      for (long[] r : ranges) {
        long start = Math.min(r[0], size);
        long end = Math.min(r[0] + r[1], size);
        ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(end - start, 1 << 16));
        for (long at = start; at < end; ) {
          zeros.clear().limit((int) Math.min(zeros.capacity(), end - at));
          at += ch.write(zeros, at);
        }
      }
      return true;
    } catch (NoSuchFileException e) {
      return false;
    }
  }
}
