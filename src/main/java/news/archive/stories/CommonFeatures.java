package news.archive.stories;

import java.util.Arrays;

/**
 * The features of an article too common among the articles it is compared with to tell its event. A
 * wire writes its reports of one kind to a template: hundreds of earnings reports a week say "QTR",
 * "OPER", "NET", "SHR" and "REVS", and only the company's name and its numbers tell one report from
 * another. Such words are what those reports have in common, not what one event's reports have;
 * grouping by them makes one story of every report of the kind. A feature held by more than {@link
 * #SHARE} of the articles of an article's window (see {@link StoryVector#countedTerms}) is left
 * out, of its look-up and of its likeness to each candidate: the names and numbers that are left
 * carry the story.
 *
 * <p>The bound is a share of the window, not a number of articles, so that it holds in a quiet week
 * as in a busy one; and it never falls below {@link #FEWEST} articles, for in a small archive one
 * event's reports can be a large part of its week.
 */
final class CommonFeatures {

  /** The share of a window's articles from which a feature is a template's. */
  static final double SHARE = 1.0 / 128;

  /**
   * A feature held by no more articles than an article is compared with may be one event's alone,
   * however few articles the window holds.
   */
  static final int FEWEST = StoryGrouper.CANDIDATES;

  private CommonFeatures() {}

  /**
   * The features of the vector that are too common to tell its event.
   *
   * @param counts for each of {@code vector.countedTerms(day)}, how many articles hold it
   */
  static long[] of(StoryVector vector, Long day, int[] counts) {
    int per = StoryVector.termsPerFeature(day);
    int keys = counts.length / per - 1;
    double bound = Math.max(FEWEST, SHARE * sum(counts, keys, per));
    long[] out = new long[keys];
    int n = 0;
    for (int i = 0; i < keys; i++) {
      if (sum(counts, i, per) > bound) {
        out[n++] = vector.feature(i);
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int sum(int[] counts, int feature, int per) {
    int sum = 0;
    for (int k = 0; k < per; k++) {
      sum += counts[feature * per + k];
    }
    return sum;
  }
}
