package news.archive.stories;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * What an article says about its event, as a short weighted list of features for comparing it with
 * others: the {@link #SIZE} heaviest of its words, names and numbers. What tells one event from
 * another of the same kind is its specifics (who, where, how many), so a word written with a
 * capital inside a sentence (a name, a place) weighs three times an ordinary word, a number of two
 * or more digits twice, and every word of the headline twice over. A word's weight grows with the
 * logarithm of its count. Function words, month and day names and years are left out: they tell
 * nothing about which event. Two vectors are compared by their cosine.
 *
 * <p>The weights depend on the article alone, not on the rest of the archive, so the vector is the
 * same whatever else has been imported, and in whatever order. Only which of its features are left
 * out as a template's depends on the others (see {@link CommonFeatures}).
 */
public final class StoryVector {

  /** How many features a vector keeps. */
  static final int SIZE = 24;

  /** By how many of its heaviest features an article is found by later ones. */
  public static final int KEYS = 12;

  /**
   * By how many of its heaviest features an article looks for those placed before it: fewer than it
   * is found by, since each costs a lookup in every segment of the index, while the terms an
   * article is found by are written once. Two reports of one event share their heaviest features.
   */
  static final int ASKED = 4;

  /** A body with fewer words says too little to place it in a story. */
  static final int MIN_WORDS = 25;

  /** Only the first words of a long body count: the lead tells the event. */
  private static final int MAX_WORDS = 1000;

  /**
   * Two dated articles further apart than this many days are not compared: the reports of one event
   * come within a week of it, and an event of the same kind a week later is another event.
   */
  public static final int DAYS = 7;

  /** Articles are posted in spans of this many days, so that the spans beside one cover DAYS. */
  private static final long SPAN = DAYS + 1;

  private static final long UNDATED = Integer.MAX_VALUE - 1;
  private static final long ANYDAY = Integer.MAX_VALUE;

  private static final double NAME = 3;
  private static final double NUMBER = 2;
  private static final double HEADLINE = 2;

  private final long[] features;
  private final float[] weights;

  private StoryVector(long[] features, float[] weights) {
    this.features = features;
    this.weights = weights;
  }

  /** The vector of an article's headline and body; null when the body is too short to compare. */
  public static StoryVector of(String title, String body) {
    Counts counts = new Counts();
    char[] buffer = new char[64];
    count(title, HEADLINE, Integer.MAX_VALUE, counts, buffer);
    if (count(body, 1, MAX_WORDS, counts, buffer) < MIN_WORDS) {
      return null;
    }
    int[] heaviest = counts.heaviest(SIZE);
    int n = heaviest.length;
    long[] keys = new long[n];
    double[] w = new double[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      keys[i] = counts.keys[heaviest[i]];
      w[i] = 1 + Math.log(counts.values[heaviest[i]]);
      norm += w[i] * w[i];
    }
    // kept in the order of the heaviest first: postedTerms() takes the first KEYS
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      weights[i] = (float) (w[i] / Math.sqrt(norm));
    }
    return new StoryVector(keys, weights);
  }

  /**
   * Counts the features of a text into {@code out}, each occurrence weighing {@code times}; returns
   * how many words it read. A feature is counted by its hash, made from the characters as they are
   * read: a long body makes no string per word.
   */
  private static int count(String text, double times, int maxWords, Counts out, char[] buffer) {
    int words = 0;
    boolean sentenceStart = true;
    int i = 0;
    int length = text.length();
    while (i < length && words < maxWords) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int end = wordEnd(text, i);
        words++;
        long feature = word(text, i, end, buffer);
        if (feature != NONE) {
          boolean name = Character.isUpperCase(c) && !sentenceStart;
          out.add(feature, times * (name ? NAME : 1));
        }
        sentenceStart = false;
        i = end;
      } else if (Character.isDigit(c)) {
        int end = numberEnd(text, i);
        words++;
        long number = number(text, i, end);
        if (number != NONE) {
          out.add(number, times * NUMBER);
        }
        sentenceStart = false;
        i = end;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n') {
          sentenceStart = true;
        }
        i++;
      }
    }
    return words;
  }

  /** No feature: a word or number that tells nothing. */
  private static final long NONE = 0;

  /** A word runs on through letters, digits, and an apostrophe or hyphen between letters. */
  private static int wordEnd(String text, int from) {
    return runEnd(text, from, false);
  }

  /** A number runs on through digits, and a point or comma between digits. */
  private static int numberEnd(String text, int from) {
    return runEnd(text, from, true);
  }

  /** Where a word (or, with {@code number}, a number) that starts at {@code from} ends. */
  private static int runEnd(String text, int from, boolean number) {
    int i = from + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (number ? Character.isDigit(c) : Character.isLetterOrDigit(c)) {
        i++;
      } else if ((number ? c == '.' || c == ',' : c == '\'' || c == '\u2019' || c == '-')
          && i + 1 < text.length()
          && (number
              ? Character.isDigit(text.charAt(i + 1))
              : Character.isLetter(text.charAt(i + 1)))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * The word at {@code text[from, end)} as a feature: lower case, without a possessive or a plural
   * s; {@link #NONE} when it tells nothing.
   */
  private static long word(String text, int from, int end, char[] buffer) {
    char[] chars = end - from <= buffer.length ? buffer : new char[end - from];
    int n = 0;
    for (int i = from; i < end; i++) {
      chars[n++] = Character.toLowerCase(text.charAt(i));
    }
    if (n >= 2 && chars[n - 1] == 's' && (chars[n - 2] == '\'' || chars[n - 2] == '\u2019')) {
      n -= 2;
    }
    if (n > 4 && chars[n - 1] == 's' && chars[n - 2] != 's') {
      n--;
    }
    if (n < 3) {
      return NONE;
    }
    long h = hash(chars, n);
    return StopWords.contains(h) ? NONE : h;
  }

  /** A number as a feature, without its thousands commas; {@link #NONE} for one digit or a year. */
  private static long number(String text, int from, int end) {
    String n = text.substring(from, end).replace(",", "");
    if (n.length() < 2) {
      return NONE;
    }
    if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
      return NONE; // a year: the date says it better
    }
    return hash("#" + n);
  }

  /** The cosine of the two vectors: 0 (nothing shared) to 1 (the same features and weights). */
  public double cosine(StoryVector other) {
    double sum = 0;
    for (int i = 0; i < features.length; i++) {
      for (int j = 0; j < other.features.length; j++) {
        if (features[i] == other.features[j]) {
          sum += (double) weights[i] * other.weights[j];
          break;
        }
      }
    }
    return sum;
  }

  /**
   * The index terms an article with this vector is found by: each of its heaviest features, in the
   * article's span of days and the two beside it (or among the undated), and once more in no span
   * at all. Posting in three spans costs a few more terms per article, written once; it lets each
   * later article look in one span, not three, which it does in every segment of the index.
   *
   * @param day the article's date as an epoch day, or null
   */
  public long[] postedTerms(Long day) {
    int keys = Math.min(KEYS, features.length);
    // and once more under no feature at all, which counts the articles of each span
    if (day == null) {
      long[] out = new long[(keys + 1) * 2];
      for (int i = 0; i <= keys; i++) {
        long f = i < keys ? features[i] : EVERY;
        out[2 * i] = term(f, UNDATED);
        out[2 * i + 1] = term(f, ANYDAY);
      }
      return out;
    }
    long span = Math.floorDiv(day, SPAN);
    long[] out = new long[(keys + 1) * 4];
    for (int i = 0; i <= keys; i++) {
      long f = i < keys ? features[i] : EVERY;
      out[4 * i] = term(f, span - 1);
      out[4 * i + 1] = term(f, span);
      out[4 * i + 2] = term(f, span + 1);
      out[4 * i + 3] = term(f, ANYDAY);
    }
    return out;
  }

  /** The feature every article is posted under: the count of its terms is the count of articles. */
  private static final long EVERY = NONE;

  /**
   * The index terms whose counts tell how common each of the features is among the articles an
   * article with this vector is compared with (those {@link #wantedTerms} finds): for each feature
   * in turn, {@link #termsPerFeature} terms whose counts add up; then as many terms for the number
   * of those articles. All its features are counted, the light as the heavy: a template's words
   * (`vs`, `cts`, `mths` in an earnings report) are often not among a report's heaviest, and would
   * carry its likeness to every other report if they were not weighed. The counts are of the
   * articles that hold a feature among their {@link #KEYS} heaviest (the ones they are posted
   * under), which is where a template's words land on most of its reports.
   */
  public long[] countedTerms(Long day) {
    int keys = features.length;
    int per = termsPerFeature(day);
    long[] out = new long[(keys + 1) * per];
    long span = day == null ? ANYDAY : Math.floorDiv(day, SPAN);
    for (int i = 0; i <= keys; i++) {
      long f = i < keys ? features[i] : EVERY;
      out[per * i] = term(f, span);
      if (per == 2) {
        out[per * i + 1] = term(f, UNDATED);
      }
    }
    return out;
  }

  /** How many of {@link #countedTerms} count one feature: an undated article looks in any span. */
  public static int termsPerFeature(Long day) {
    return day == null ? 1 : 2;
  }

  /** The feature at {@code i}, the heaviest first. */
  long feature(int i) {
    return features[i];
  }

  /**
   * This vector without the {@code dropped} features, its weights scaled again to a length of one;
   * null when nothing is left.
   */
  public StoryVector without(long[] dropped) {
    if (dropped.length == 0) {
      return this;
    }
    long[] keep = new long[features.length];
    float[] w = new float[features.length];
    int n = 0;
    double norm = 0;
    for (int i = 0; i < features.length; i++) {
      if (!contains(dropped, features[i])) {
        keep[n] = features[i];
        w[n] = weights[i];
        norm += (double) weights[i] * weights[i];
        n++;
      }
    }
    if (n == features.length) {
      return this;
    }
    if (n == 0) {
      return null;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < n; i++) {
      w[i] *= scale;
    }
    return new StoryVector(Arrays.copyOf(keep, n), Arrays.copyOf(w, n));
  }

  private static boolean contains(long[] values, long value) {
    for (long v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index terms of the articles to compare with: those posted in this span of days (each dated
   * article is posted in its own span and the two beside it, so this finds all within {@link #DAYS}
   * days, and some a little further), and the undated; for an undated article, those of any date.
   * An article holds at most one of these terms for each feature it shares.
   */
  public long[] wantedTerms(Long day) {
    int keys = Math.min(ASKED, features.length);
    if (day == null) {
      long[] out = new long[keys];
      for (int i = 0; i < keys; i++) {
        out[i] = term(features[i], ANYDAY);
      }
      return out;
    }
    long span = Math.floorDiv(day, SPAN);
    long[] out = new long[keys * 2];
    for (int i = 0; i < keys; i++) {
      out[2 * i] = term(features[i], span);
      out[2 * i + 1] = term(features[i], UNDATED);
    }
    return out;
  }

  /**
   * The index term of a feature in a span: the span in the high half, so that the terms of one span
   * lie together in the index's term dictionary and the lookups of an article, all in one span (and
   * among the undated), seek near each other; half the feature's hash in the low half.
   */
  private static long term(long feature, long span) {
    return ((long) (int) span << 32) | (feature & 0xFFFFFFFFL);
  }

  /** The vector as bytes, to be kept beside the article. */
  public byte[] bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(features.length * (Long.BYTES + Float.BYTES));
    for (int i = 0; i < features.length; i++) {
      buffer.putLong(features[i]).putFloat(weights[i]);
    }
    return buffer.array();
  }

  /** The vector {@link #bytes} wrote, read from {@code length} bytes at {@code offset}. */
  public static StoryVector of(byte[] bytes, int offset, int length) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    int n = length / (Long.BYTES + Float.BYTES);
    long[] features = new long[n];
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      features[i] = buffer.getLong();
      weights[i] = buffer.getFloat();
    }
    return new StoryVector(features, weights);
  }

  /** FNV-1a over the feature's characters, then mixed: the same on every machine. */
  static long hash(String feature) {
    long h = OFFSET;
    for (int i = 0; i < feature.length(); i++) {
      h = step(h, feature.charAt(i));
    }
    return mix(h);
  }

  private static long hash(char[] chars, int n) {
    long h = OFFSET;
    for (int i = 0; i < n; i++) {
      h = step(h, chars[i]);
    }
    return mix(h);
  }

  private static final long OFFSET = 0xcbf29ce484222325L;

  private static long step(long h, char c) {
    return (h ^ c) * 0x100000001b3L;
  }

  /** SplitMix64's finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Words that tell nothing about which event a text reports, kept as their feature hashes. */
  static final class StopWords {
    private StopWords() {}

    private static final long[] HASHES =
        Arrays.stream(
                ("about above after again against all and any are because been before being below"
                        + " between both but can could did does doing down during each few for from"
                        + " further had has have having her here hers herself him himself his how"
                        + " into its itself just more most myself nor not now off once only other our"
                        + " ours ourselves out over own same she should some such than that the their"
                        + " theirs them themselves then there these they this those through too under"
                        + " until very was were what when where which while who whom why will with"
                        + " would you your yours yourself yourselves said say says saying also one two"
                        + " three new year time told week day today yesterday tomorrow monday tuesday"
                        + " wednesday thursday friday saturday sunday mrs per cent percent last first"
                        + " people january february march april may june july august september october"
                        + " november december jan feb mar apr jun jul aug sep sept oct nov dec"
                        + " according added earlier later since another many much several"
                        + " reuter reuters afp associated press")
                    .split(" "))
            .mapToLong(StoryVector::hash)
            .sorted()
            .toArray();

    static boolean contains(long hash) {
      return Arrays.binarySearch(HASHES, hash) >= 0;
    }
  }

  /**
   * Feature weights by hash, in an open-addressed table (no boxing per word), with the order in
   * which each feature first came.
   */
  private static final class Counts {
    long[] keys = new long[256];
    double[] values = new double[256];
    int[] firsts = new int[256];
    private int size;

    void add(long key, double weight) {
      add(key, weight, size);
    }

    private void add(long key, double weight, int first) {
      int mask = keys.length - 1;
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (values[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      if (values[slot] == 0) {
        keys[slot] = key;
        firsts[slot] = first;
        if (++size * 2 > keys.length) {
          values[slot] = weight;
          grow();
          return;
        }
      }
      values[slot] += weight;
    }

    private void grow() {
      long[] oldKeys = keys;
      double[] oldValues = values;
      int[] oldFirsts = firsts;
      keys = new long[oldKeys.length * 2];
      values = new double[oldKeys.length * 2];
      firsts = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldValues[i] != 0) {
          add(oldKeys[i], oldValues[i], oldFirsts[i]);
        }
      }
    }

    /**
     * The slots of the {@code n} heaviest features, heaviest first; of equal weights, the one that
     * came first (the headline, then the lead: what tells the event).
     */
    int[] heaviest(int n) {
      Integer[] slots = new Integer[size];
      int k = 0;
      for (int i = 0; i < keys.length; i++) {
        if (values[i] != 0) {
          slots[k++] = i;
        }
      }
      Arrays.sort(
          slots,
          (a, b) -> {
            int byWeight = Double.compare(values[b], values[a]);
            return byWeight != 0 ? byWeight : Integer.compare(firsts[a], firsts[b]);
          });
      int m = Math.min(n, size);
      int[] out = new int[m];
      for (int i = 0; i < m; i++) {
        out[i] = slots[i];
      }
      return out;
    }
  }
}
