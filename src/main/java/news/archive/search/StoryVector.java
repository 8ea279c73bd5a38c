package news.archive.search;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article says about its event, as a short weighted list of features for comparing it with
 * others: the {@link #SIZE} heaviest of its words, names and numbers. What tells one event from
 * another of the same kind is its specifics (who, where, how many), so a word written with a
 * capital inside a sentence (a name, a place) weighs three times an ordinary word, a number of two
 * or more digits twice, and every word of the headline twice over. A word's weight grows with the
 * logarithm of its count. Function words, month and day names and years are left out: they tell
 * nothing about which event. Two vectors are compared by their cosine.
 *
 * <p>The weights depend on the article alone, not on the rest of the archive, so the likeness of
 * two articles is the same whatever else has been imported, and in whatever order.
 */
public final class StoryVector {

  /** How many features a vector keeps. */
  static final int SIZE = 24;

  /** How many of the heaviest features find the articles to compare with. */
  static final int KEYS = 8;

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

  private static final long UNDATED = Long.MIN_VALUE;
  private static final long ANYDAY = Long.MAX_VALUE;

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
    Map<String, Double> counts = new HashMap<>();
    count(title, HEADLINE, Integer.MAX_VALUE, counts);
    if (count(body, 1, MAX_WORDS, counts) < MIN_WORDS) {
      return null;
    }
    List<Map.Entry<String, Double>> heaviest = new ArrayList<>(counts.entrySet());
    heaviest.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    int n = Math.min(SIZE, heaviest.size());
    long[] keys = new long[n];
    double[] w = new double[n];
    double norm = 0;
    for (int i = 0; i < n; i++) {
      keys[i] = hash(heaviest.get(i).getKey());
      w[i] = 1 + Math.log(heaviest.get(i).getValue());
      norm += w[i] * w[i];
    }
    // kept in the order of the heaviest first: keys() takes the first KEYS
    float[] weights = new float[n];
    for (int i = 0; i < n; i++) {
      weights[i] = (float) (w[i] / Math.sqrt(norm));
    }
    return new StoryVector(keys, weights);
  }

  /**
   * Counts the features of a text into {@code out}, each occurrence weighing {@code times}; returns
   * how many words it read.
   */
  private static int count(String text, double times, int maxWords, Map<String, Double> out) {
    int words = 0;
    boolean sentenceStart = true;
    int i = 0;
    int length = text.length();
    while (i < length && words < maxWords) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int end = wordEnd(text, i);
        words++;
        String feature = word(text.substring(i, end));
        if (feature != null) {
          boolean name = Character.isUpperCase(c) && !sentenceStart;
          out.merge(feature, times * (name ? NAME : 1), Double::sum);
        }
        sentenceStart = false;
        i = end;
      } else if (Character.isDigit(c)) {
        int end = numberEnd(text, i);
        words++;
        String number = number(text.substring(i, end));
        if (number != null) {
          out.merge(number, times * NUMBER, Double::sum);
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

  /** A word runs on through letters, digits, and an apostrophe or hyphen between letters. */
  private static int wordEnd(String text, int from) {
    int i = from + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++;
      } else if ((c == '\'' || c == '\u2019' || c == '-')
          && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** A number runs on through digits, and a point or comma between digits. */
  private static int numberEnd(String text, int from) {
    int i = from + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',')
          && i + 1 < text.length()
          && Character.isDigit(text.charAt(i + 1))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * A word as a feature: lower case, without a possessive or a plural s; null when it tells
   * nothing.
   */
  private static String word(String raw) {
    String w = raw.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 3 || StopWords.WORDS.contains(w)) {
      return null;
    }
    return w;
  }

  /** A number as a feature, without its thousands commas; null for one digit or a year. */
  private static String number(String raw) {
    String n = raw.replace(",", "");
    if (n.length() < 2) {
      return null;
    }
    if (n.length() == 4 && (n.startsWith("19") || n.startsWith("20"))) {
      return null; // a year: the date says it better
    }
    return "#" + n;
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
   * article's span of days (or among the undated), and once more in no span at all.
   *
   * @param day the article's date as an epoch day, or null
   */
  public long[] postedTerms(Long day) {
    int keys = Math.min(KEYS, features.length);
    long[] out = new long[keys * 2];
    for (int i = 0; i < keys; i++) {
      out[2 * i] = term(features[i], day == null ? UNDATED : Math.floorDiv(day, SPAN));
      out[2 * i + 1] = term(features[i], ANYDAY);
    }
    return out;
  }

  /**
   * The index terms of the articles to compare with: those posted in this span of days and the two
   * beside it (all within {@link #DAYS} days, and some a little further), and the undated; for an
   * undated article, those of any date.
   */
  public long[] wantedTerms(Long day) {
    int keys = Math.min(KEYS, features.length);
    if (day == null) {
      long[] out = new long[keys];
      for (int i = 0; i < keys; i++) {
        out[i] = term(features[i], ANYDAY);
      }
      return out;
    }
    long span = Math.floorDiv(day, SPAN);
    long[] out = new long[keys * 4];
    for (int i = 0; i < keys; i++) {
      out[4 * i] = term(features[i], span - 1);
      out[4 * i + 1] = term(features[i], span);
      out[4 * i + 2] = term(features[i], span + 1);
      out[4 * i + 3] = term(features[i], UNDATED);
    }
    return out;
  }

  private static long term(long feature, long span) {
    return mix(feature * 31 + span);
  }

  byte[] bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(features.length * (Long.BYTES + Float.BYTES));
    for (int i = 0; i < features.length; i++) {
      buffer.putLong(features[i]).putFloat(weights[i]);
    }
    return buffer.array();
  }

  static StoryVector of(byte[] bytes, int offset, int length) {
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
  private static long hash(String feature) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < feature.length(); i++) {
      h = (h ^ feature.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** SplitMix64's finalizer. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Words that tell nothing about which event a text reports. */
  static final class StopWords {
    private StopWords() {}

    static final Set<String> WORDS =
        Set.of(
            ("about above after again against all and any are because been before being below"
                    + " between both but can could did does doing down during each few for from"
                    + " further had has have having her here hers herself him himself his how"
                    + " into its itself just more most myself nor not now off once only other our"
                    + " ours ourselves out over own same she should some such than that the their"
                    + " theirs them themselves then there these they this those through too under"
                    + " until very was were what when where which while who whom why will with"
                    + " would you your yours yourself yourselves said say says saying also one two three new"
                    + " year time told week day today yesterday tomorrow monday tuesday wednesday"
                    + " thursday friday saturday sunday mrs per cent percent last first people"
                    + " january february march april may june july august september october"
                    + " november december jan feb mar apr jun jul aug sep sept oct nov dec"
                    + " according added earlier later since another many much several"
                    + " reuter reuters afp associated press")
                .split(" "));
  }
}
