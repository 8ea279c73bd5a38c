package news.archive.store;

import java.io.BufferedReader;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds kept input bytes by their SHA-256 in the packs of {@link OriginalsWriter}. The index lines
 * of every pack are loaded once, into arrays (24 bytes an article, and as much again while they are
 * loaded); the bytes are read and checked against their hash when asked for.
 */
public final class OriginalsReader {

  private static final Pattern LINE = Pattern.compile("[0-9a-f]{64} \\d{1,15} \\d{1,9}");

  private final List<Path> packs = new ArrayList<>();

  /** Sorted by key: the first 64 bits of each hash, with where its bytes are. */
  private long[] keys = new long[0];

  private int[] packOf = new int[0];
  private long[] offsets = new long[0];
  private int[] lengths = new int[0];

  OriginalsReader(Path folder) throws IOException {
    List<Path> indexes = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.idx")) {
      files.forEach(indexes::add);
    } catch (NoSuchFileException e) {
      return;
    }
    // in the order the runs wrote them: generation 10 after generation 9
    indexes.sort(Comparator.comparingLong(OriginalsReader::generation).thenComparing(p -> p));
    Entries entries = new Entries();
    for (Path idx : indexes) {
      String name = idx.getFileName().toString();
      packs.add(idx.resolveSibling(name.substring(0, name.length() - ".idx".length()) + ".pack"));
      try (BufferedReader in = Files.newBufferedReader(idx, StandardCharsets.US_ASCII)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          // a line cut short by a crash, or anything else, is no entry
          if (LINE.matcher(line).matches()) {
            String[] parts = line.split(" ", 3);
            entries.add(
                key(parts[0]),
                packs.size() - 1,
                Long.parseLong(parts[1]),
                Integer.parseInt(parts[2]));
          }
        }
      }
    }
    entries.sortInto(this);
  }

  /**
   * The kept bytes with this hash and size ({@link news.archive.Article.Source}), or empty when
   * none are kept. A damaged index line cannot make it read or expand more than such bytes take.
   *
   * @throws ArticleStore.BadFileException when they are kept but cannot be read back as those bytes
   */
  public Optional<byte[]> read(String sha256, long size)
      throws IOException, ArticleStore.BadFileException {
    long key = key(sha256);
    int at = Arrays.binarySearch(keys, key);
    if (at < 0) {
      return Optional.empty();
    }
    while (at > 0 && keys[at - 1] == key) {
      at--;
    }
    ArticleStore.BadFileException damage = null;
    // The same bytes may be kept more than once; the first copy that reads back is taken.
    for (int i = at; i < keys.length && keys[i] == key; i++) {
      Path pack = packs.get(packOf[i]);
      try {
        if (lengths[i] > Originals.maxPacked(size)) {
          throw new ArticleStore.BadFileException(pack, "damaged: its index says too much");
        }
        return Optional.of(
            Originals.expand(pack, readAt(pack, offsets[i], lengths[i]), sha256, size));
      } catch (ArticleStore.BadFileException e) {
        damage = e;
      }
    }
    if (damage != null) {
      throw damage;
    }
    return Optional.empty();
  }

  private static byte[] readAt(Path pack, long offset, int length)
      throws IOException, ArticleStore.BadFileException {
    try (FileChannel ch = FileChannel.open(pack, StandardOpenOption.READ)) {
      if (offset + length > ch.size()) {
        throw new ArticleStore.BadFileException(pack, "damaged: it is cut short");
      }
      ByteBuffer buffer = ByteBuffer.allocate(length);
      while (buffer.hasRemaining()) {
        if (ch.read(buffer, offset + buffer.position()) < 0) {
          throw new ArticleStore.BadFileException(pack, "damaged: it is cut short");
        }
      }
      return buffer.array();
    } catch (NoSuchFileException e) {
      throw new ArticleStore.BadFileException(pack, "missing");
    }
  }

  /** The generation a pack's index is named by, or the largest for a name that is none. */
  private static long generation(Path idx) {
    String name = idx.getFileName().toString();
    try {
      return Long.parseLong(name.substring(0, name.length() - ".idx".length()));
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static long key(String sha256) {
    return HexFormat.fromHexDigitsToLong(sha256, 0, 16);
  }

  /** Index lines as they are read, in growing arrays. */
  private static final class Entries {
    long[] keys = new long[1024];
    int[] packs = new int[1024];
    long[] offsets = new long[1024];
    int[] lengths = new int[1024];
    int size;

    void add(long key, int pack, long offset, int length) {
      if (size == keys.length) {
        int grown = size * 2;
        keys = Arrays.copyOf(keys, grown);
        packs = Arrays.copyOf(packs, grown);
        offsets = Arrays.copyOf(offsets, grown);
        lengths = Arrays.copyOf(lengths, grown);
      }
      keys[size] = key;
      packs[size] = pack;
      offsets[size] = offset;
      lengths[size] = length;
      size++;
    }

    /** Sorts the entries by key, newest pack first among equal keys, into the reader. */
    void sortInto(OriginalsReader reader) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(
          order,
          (a, b) -> {
            int byKey = Long.compare(keys[a], keys[b]);
            return byKey != 0 ? byKey : Integer.compare(packs[b], packs[a]);
          });
      reader.keys = new long[size];
      reader.packOf = new int[size];
      reader.offsets = new long[size];
      reader.lengths = new int[size];
      for (int i = 0; i < size; i++) {
        int from = order[i];
        reader.keys[i] = keys[from];
        reader.packOf[i] = packs[from];
        reader.offsets[i] = offsets[from];
        reader.lengths[i] = lengths[from];
      }
    }
  }
}
