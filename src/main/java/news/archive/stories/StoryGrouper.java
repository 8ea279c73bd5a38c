package news.archive.stories;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import news.archive.search.Lookup;
import news.archive.search.Lookup.Placed;
import news.archive.search.StoryVector;

/**
 * Places articles in stories, one at a time, as they come: each joins the story it is most like, or
 * starts one of its own. A story is an event's reports: an article is like a story when the mean of
 * its {@link #TOP} best likenesses to the story's articles (the cosine of their {@link
 * StoryVector}s; a story of fewer articles counts as many as it has) reaches {@link #THRESHOLD}.
 * Only articles dated within {@link StoryVector#DAYS} days of each other are compared, or undated
 * ones. Comparing with several of a story's articles, not only the nearest, keeps one article that
 * mentions two events from chaining their stories together; the number is small so that a long
 * story's later reports, which drift from its first, still join it.
 *
 * <p>An article, once placed, stays where it is: later articles never move earlier ones, so a story
 * keeps its id (the id of its first article) as the archive grows. The price is that the order of
 * arrival matters at the margin; {@link Regrouper} places everything again in one fixed order.
 *
 * <p>The articles it has placed are kept in memory until {@link #forget}, when the index shows
 * them; the earlier ones are found through {@link Lookup}.
 */
public final class StoryGrouper {

  /** The mean likeness from which an article joins a story. */
  public static final double THRESHOLD = 0.25;

  /** How many of a story's articles an article is compared with. */
  static final int TOP = 5;

  private final Lookup index;

  private final List<Placed> placed = new ArrayList<>();
  private final Map<Long, List<Integer>> postings = new HashMap<>();
  private final Map<String, Integer> sizes = new HashMap<>();

  /**
   * @param index the articles placed before, or {@link #NOTHING}
   */
  public StoryGrouper(Lookup index) {
    this.index = index;
  }

  /** No articles placed before: for a grouping made from scratch. */
  public static final Lookup NOTHING =
      new Lookup() {
        @Override
        public Optional<Known> bySha256(String sha256) {
          return Optional.empty();
        }

        @Override
        public Optional<Known> byPath(String absolutePath) {
          return Optional.empty();
        }

        @Override
        public Optional<Known> byId(String id) {
          return Optional.empty();
        }
      };

  /**
   * Places an article: the id of the story it joins, its own id when it starts one, or null when
   * its text is too short to compare (no vector): it is then in no story.
   *
   * @param day its date as an epoch day, or null
   */
  public String place(String id, StoryVector vector, Long day) throws IOException {
    if (vector == null) {
      return null;
    }
    // each story's likenesses, stories in id order so that ties go the same way every time
    Map<String, List<Double>> likeness = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (Placed p : index.storyNeighbours(vector, day)) {
      compare(id, vector, day, p, seen, likeness);
    }
    for (long term : vector.wantedTerms(day)) {
      for (int i : postings.getOrDefault(term, List.of())) {
        compare(id, vector, day, placed.get(i), seen, likeness);
      }
    }
    String best = null;
    double bestScore = THRESHOLD;
    for (Map.Entry<String, List<Double>> e : likeness.entrySet()) {
      double score = score(e.getValue(), size(e.getKey()));
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = e.getKey();
        bestScore = score;
      }
    }
    String story = best == null ? id : best;
    remember(new Placed(id, story, day, vector));
    return story;
  }

  private static void compare(
      String id,
      StoryVector vector,
      Long day,
      Placed other,
      Set<String> seen,
      Map<String, List<Double>> likeness) {
    if (other.id().equals(id) || other.story() == null || !seen.add(other.id())) {
      return;
    }
    if (day != null && other.day() != null && Math.abs(day - other.day()) > StoryVector.DAYS) {
      return;
    }
    likeness
        .computeIfAbsent(other.story(), k -> new ArrayList<>())
        .add(vector.cosine(other.vector()));
  }

  /** The mean of the best {@link #TOP} likenesses, a story of fewer counting as many as it has. */
  static double score(List<Double> likenesses, int size) {
    likenesses.sort(Comparator.reverseOrder());
    double sum = 0;
    int n = Math.min(TOP, likenesses.size());
    for (int i = 0; i < n; i++) {
      sum += likenesses.get(i);
    }
    return sum / Math.max(n, Math.min(TOP, size));
  }

  private int size(String story) throws IOException {
    int here = sizes.getOrDefault(story, 0);
    return here >= TOP ? here : here + index.storySize(story, TOP - here);
  }

  private void remember(Placed p) {
    int slot = placed.size();
    placed.add(p);
    sizes.merge(p.story(), 1, Integer::sum);
    for (long term : p.vector().postedTerms(p.day())) {
      postings.computeIfAbsent(term, k -> new ArrayList<>(2)).add(slot);
    }
  }

  /** Forgets the articles placed so far: the index shows them now. */
  public void forget() {
    placed.clear();
    postings.clear();
    sizes.clear();
  }
}
