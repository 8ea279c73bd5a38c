package news.archive.stories;

import java.io.IOException;
import java.util.List;

/**
 * What story grouping asks of the index: the articles already placed in stories that a new one is
 * compared with, and how big a story is. The index engine answers it; grouping never sees how.
 */
public interface StoryIndex {

  /**
   * An indexed article placed in a story, as story grouping compares with it.
   *
   * @param day its date as an epoch day, or null when it has none
   */
  record Placed(String id, String story, Long day, StoryVector vector) {}

  /**
   * An article placed in a story, found as one to compare with: its story, date and vector, and how
   * many of the heaviest features of the article looked for it shares.
   *
   * @param day its date as an epoch day, or null when it has none
   */
  record Neighbour(String story, Long day, StoryVector vector, int shared) {}

  /**
   * The indexed articles in stories that an article with this vector and date is compared with:
   * those that share one of its heaviest features and are dated near it (see {@link
   * StoryVector#DAYS}), or undated; for an undated article, those of any date. Of these, only the
   * ones that share the most features are kept: all that share at least the number {@link
   * #fewestShared} gives for {@code atMost}, so that a busy week costs no more than a quiet one.
   *
   * @param day the article's date as an epoch day, or null
   */
  List<Neighbour> storyNeighbours(StoryVector vector, Long day, int atMost) throws IOException;

  /**
   * The fewest shared features a candidate needs so that at most {@code atMost} candidates are
   * kept, all those that share as many or more; never more than the most any candidate shares, so
   * the best are kept even when they are more than {@code atMost}. The cut depends on the
   * candidates alone, not on the order they are found in.
   *
   * @param histogram how many candidates share each number of features (index 0 unused)
   */
  static int fewestShared(int[] histogram, int atMost) {
    int most = 0;
    int total = 0;
    for (int k = 1; k < histogram.length; k++) {
      total += histogram[k];
      if (histogram[k] > 0) {
        most = k;
      }
    }
    int cut = 1;
    while (total > atMost && cut < most) {
      total -= histogram[cut];
      cut++;
    }
    return cut;
  }

  /**
   * How many indexed articles hold each of the terms (see {@link StoryVector#countedTerms}), in a
   * new array: an article removed may still count until its segment is merged, which matters
   * nothing for telling a common feature.
   */
  int[] termCounts(long[] terms) throws IOException;

  /** How many indexed articles the story holds, counted up to {@code atMost}. */
  int storySize(String story, int atMost) throws IOException;
}
