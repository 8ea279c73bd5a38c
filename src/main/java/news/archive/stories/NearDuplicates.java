package news.archive.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Which articles nearly repeat one another: a re-sent wire with a word changed, the same text under
 * another headline, a correction added at the end. Two bodies are near-duplicates when the sets of
 * their three-word sequences (shingles) overlap by at least {@link #THRESHOLD} (Jaccard
 * similarity), estimated from a MinHash signature of {@link #HASHES} values (Broder, 1997): each
 * value is the least of the shingles' hashes under one hash function, and two signatures agree at a
 * position with the probability that is the similarity. Candidates are found by locality- sensitive
 * hashing: the signature is cut into {@link #BANDS} bands, each indexed as a term, and articles
 * that share a band are compared (at a similarity of 0.8, a near-duplicate shares a band with a
 * probability above 0.99999).
 */
public final class NearDuplicates {

  /** Estimated shingle overlap from which two bodies are near-duplicates. */
  public static final double THRESHOLD = 0.8;

  static final int HASHES = 64;
  static final int BANDS = 16;
  private static final int ROWS = HASHES / BANDS;

  /** Bodies with fewer words are too short to judge: a brief repeats the words of many others. */
  static final int MIN_WORDS = 25;

  private static final int SHINGLE = 3;

  private NearDuplicates() {}

  /**
   * A body's MinHash signature; null for a body too short to judge. Words are runs of letters and
   * digits, in lower case: a cheaper reading than the index's, which is enough to compare two texts
   * with each other.
   */
  public static Signature signature(String body) {
    long[] words = words(body);
    if (words.length < MIN_WORDS) {
      return null;
    }
    long[] shingles = new long[words.length - SHINGLE + 1];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = mix(mix(words[i] * 31 + words[i + 1]) * 31 + words[i + 2]);
    }
    Arrays.sort(shingles);
    int[] mins = new int[HASHES];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (int i = 0; i < shingles.length; i++) {
      if (i > 0 && shingles[i] == shingles[i - 1]) {
        continue;
      }
      // HASHES hash functions from two (Kirsch and Mitzenmacher): h1 + j * h2
      long h1 = shingles[i];
      long h2 = mix(h1 ^ SECOND) | 1;
      for (int j = 0; j < HASHES; j++) {
        int v = (int) ((h1 + j * h2) >>> 33);
        if (v < mins[j]) {
          mins[j] = v;
        }
      }
    }
    return new Signature(mins);
  }

  /** The hashes of a text's words: runs of letters and digits, in lower case. */
  private static long[] words(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = FNV_OFFSET;
    boolean in = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        in = true;
      } else if (in) {
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2);
        }
        out[n++] = h;
        h = FNV_OFFSET;
        in = false;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** A MinHash signature: compared with others, and cut into bands for the index. */
  public static final class Signature {
    private final int[] values;

    Signature(int[] values) {
      this.values = values;
    }

    /** The estimated shingle overlap of the two bodies, from 0 to 1. */
    public double similarity(Signature other) {
      int same = 0;
      for (int i = 0; i < HASHES; i++) {
        if (values[i] == other.values[i]) {
          same++;
        }
      }
      return (double) same / HASHES;
    }

    /** The bands, each as one number: its position and values hashed together. */
    public long[] bandKeys() {
      long[] out = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        long h = b;
        for (int r = 0; r < ROWS; r++) {
          h = mix(h * 31 + values[b * ROWS + r]);
        }
        out[b] = h;
      }
      return out;
    }

    /**
     * The band keys sorted, as the index holds its band terms (each key's eight bytes, the band's
     * number hashed into its key), so that one pass over a segment's terms finds them all.
     */
    public long[] sortedBandKeys() {
      long[] keys = bandKeys();
      Arrays.sort(keys);
      return keys;
    }

    /** The signature as bytes, to be kept beside the article. */
    public byte[] bytes() {
      ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
      for (int v : values) {
        buffer.putInt(v);
      }
      return buffer.array();
    }

    /** The signature {@link #bytes} wrote. */
    public static Signature of(byte[] bytes) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      int[] values = new int[HASHES];
      for (int i = 0; i < HASHES; i++) {
        values[i] = buffer.getInt();
      }
      return new Signature(values);
    }
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** SplitMix64's finalizer: a good 64-bit mix, the same on every machine. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static final long SECOND = 0x9e3779b97f4a7c15L;
}
