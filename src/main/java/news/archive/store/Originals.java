package news.archive.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The kept input bytes, as gzip: news text shrinks to about a third, and any tool can open the
 * files. Compressed at the fastest level, since an import writes one per article.
 */
final class Originals {

  private Originals() {}

  static byte[] compress(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
    try (GZIPOutputStream gzip = new FastGzip(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /**
   * The bytes a kept member holds, checked against the hash and size they are kept under; no more
   * than {@code size} bytes are ever expanded, whatever the member claims.
   *
   * @throws ArticleStore.BadFileException when they cannot be read back or are not those bytes
   */
  static byte[] expand(Path file, byte[] packed, String sha256, long size)
      throws ArticleStore.BadFileException {
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
      bytes = in.readNBytes((int) Math.min(size + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new ArticleStore.BadFileException(file, "damaged: it does not decompress");
    }
    if (bytes.length != size || !sha256.equals(sha256(bytes))) {
      throw new ArticleStore.BadFileException(file, "damaged: its bytes are not those it names");
    }
    return bytes;
  }

  /** The most a member of {@code size} bytes can take: gzip's worst case, and some. */
  static long maxPacked(long size) {
    return size + size / 100 + 1024;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** gzip at the fastest level; {@link GZIPOutputStream} takes no level of its own. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(ByteArrayOutputStream out) throws IOException {
      super(out);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
