package news.archive.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** What the index knows of the inputs its articles came from: what an import asks of it. */
public interface Lookup {

  /** What the index knows of an input it was built from. */
  record Known(String id, String sha256, String absolutePath) {}

  /** The input an indexed article with these exact bytes came from. */
  Optional<Known> bySha256(String sha256) throws IOException;

  /** The article last imported from this absolute path. */
  Optional<Known> byPath(String absolutePath) throws IOException;

  /** The article with this id, as the index knows it. */
  Optional<Known> byId(String id) throws IOException;

  /**
   * An indexed article whose body is this much like another's.
   *
   * @param day its date as an epoch day, or null when it has none
   */
  record Near(String id, double similarity, Long day) {}

  /**
   * The indexed articles whose bodies nearly repeat one with this signature (see {@link
   * NearDuplicates}), most alike first, then by id.
   */
  default List<Near> nearDuplicates(NearDuplicates.Signature signature) throws IOException {
    return List.of();
  }

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
  default List<Neighbour> storyNeighbours(StoryVector vector, Long day, int atMost)
      throws IOException {
    return List.of();
  }

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

  /** How many indexed articles the story holds, counted up to {@code atMost}. */
  default int storySize(String story, int atMost) throws IOException {
    return 0;
  }
}
