package news.archive.stories;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.archive.stories.StoryIndex.Neighbour;

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
 * <p>An article is compared with at most about {@link #CANDIDATES} articles placed before it: those
 * that share most of its heaviest features. In a busy week many articles share a common word with
 * it; the ones that share most of its heaviest features are those of its event, and the cost of
 * placing an article stays the same however many articles the week holds.
 *
 * <p>An article, once placed, stays where it is: later articles never move earlier ones, so a story
 * keeps its id (the id of its first article) as the archive grows. The price is that the order of
 * arrival matters at the margin; {@link Regrouper} places everything again in one fixed order.
 *
 * <p>The articles it has placed are kept in memory until {@link #forget}, when the index shows
 * them; the earlier ones are found through {@link StoryIndex}.
 */
public final class StoryGrouper {

  /** The mean likeness from which an article joins a story. */
  public static final double THRESHOLD = 0.25;

  /** How many of a story's articles an article is compared with. */
  static final int TOP = 5;

  /**
   * How many articles placed before an article is compared with, at most: more only when they share
   * as many features as the last one kept (see {@link StoryIndex#fewestShared}).
   */
  static final int CANDIDATES = 32;

  private final StoryIndex index;

  /** The articles placed since {@link #forget}, as later ones are compared with them. */
  private final List<Neighbour> placed = new ArrayList<>();

  private final Postings postings = new Postings();
  private final Map<String, Integer> sizes = new HashMap<>();

  /** The terms of all the articles to be placed, when they are known at the start, or null. */
  private final Postings everyone;

  /**
   * @param index the articles placed before, or {@link #NOTHING}
   */
  public StoryGrouper(StoryIndex index) {
    this(index, null);
  }

  /**
   * @param everyone the terms of all the articles to be placed (see {@link #postAll}), which tell
   *     how common a feature is in a window whether its articles come before or after; or null when
   *     only those placed before are known
   */
  StoryGrouper(StoryIndex index, Postings everyone) {
    this.index = index;
    this.everyone = everyone;
  }

  /** The terms of these articles, each posted as {@link #place} posts it. */
  static Postings postAll(List<StoryIndex.Placed> articles) {
    Postings out = new Postings();
    for (int i = 0; i < articles.size(); i++) {
      StoryIndex.Placed p = articles.get(i);
      if (p.vector() != null) {
        for (long term : p.vector().postedTerms(p.day())) {
          out.add(term, i);
        }
      }
    }
    return out;
  }

  /** No articles placed before: for a grouping made from scratch. */
  public static final StoryIndex NOTHING =
      new StoryIndex() {
        @Override
        public List<Neighbour> storyNeighbours(StoryVector vector, Long day, int atMost) {
          return List.of();
        }

        @Override
        public int storySize(String story, int atMost) {
          return 0;
        }

        @Override
        public int[] termCounts(long[] terms) {
          return new int[terms.length];
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
    long[] common = CommonFeatures.of(vector, day, counts(vector.countedTerms(day)));
    StoryVector specific = vector.without(common);
    for (Neighbour n : specific == null ? List.<Neighbour>of() : neighbours(specific, day)) {
      StoryVector other = n.vector().without(common);
      if (other != null
          && (day == null || n.day() == null || Math.abs(day - n.day()) <= StoryVector.DAYS)) {
        likeness.computeIfAbsent(n.story(), k -> new ArrayList<>()).add(specific.cosine(other));
      }
    }
    String best = null;
    double bestScore = THRESHOLD;
    for (Map.Entry<String, List<Double>> e : likeness.entrySet()) {
      List<Double> found = e.getValue();
      // the score if the story has no more articles than were found: the most it can be
      double most = score(found, found.size());
      if (most < bestScore) {
        continue; // the story's size, a lookup, cannot help it
      }
      double score = found.size() >= TOP ? most : score(found, size(e.getKey()));
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = e.getKey();
        bestScore = score;
      }
    }
    String story = best == null ? id : best;
    remember(new Neighbour(story, day, vector, 0));
    return story;
  }

  /**
   * The articles placed before that this one is compared with: of those that share one of its
   * heaviest features and are near it in time, the {@link #CANDIDATES} that share the most, whether
   * in the index or placed since it was last seen.
   */
  private List<Neighbour> neighbours(StoryVector vector, Long day) throws IOException {
    List<Neighbour> found = new ArrayList<>(index.storyNeighbours(vector, day, CANDIDATES));
    int[] slots = postings.find(vector.wantedTerms(day));
    // the slots come sorted: a run of one slot is an article sharing that many features
    for (int i = 0; i < slots.length; ) {
      int j = i;
      while (j < slots.length && slots[j] == slots[i]) {
        j++;
      }
      Neighbour n = placed.get(slots[i]);
      found.add(new Neighbour(n.story(), n.day(), n.vector(), j - i));
      i = j;
    }
    int[] histogram = new int[StoryVector.KEYS + 1];
    for (Neighbour n : found) {
      histogram[Math.min(n.shared(), StoryVector.KEYS)]++;
    }
    int fewest = StoryIndex.fewestShared(histogram, CANDIDATES);
    found.removeIf(n -> n.shared() < fewest);
    return found;
  }

  /**
   * How many articles hold each of the terms: of all to be placed when they are known, else of
   * those placed before, in the index or since.
   */
  private int[] counts(long[] terms) throws IOException {
    int[] out = everyone == null ? index.termCounts(terms) : new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      out[i] += (everyone == null ? postings : everyone).count(terms[i]);
    }
    return out;
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

  private void remember(Neighbour n) {
    int slot = placed.size();
    placed.add(n);
    sizes.merge(n.story(), 1, Integer::sum);
    for (long term : n.vector().postedTerms(n.day())) {
      postings.add(term, slot);
    }
  }

  /** Forgets the articles placed so far: the index shows them now. */
  public void forget() {
    placed.clear();
    postings.clear();
    sizes.clear();
  }

  /**
   * The slots of the articles placed in memory, by the terms they are posted under: an
   * open-addressed table of terms, each with its list of slots (no boxing per posting).
   */
  static final class Postings {
    private long[] terms = new long[1024];
    private int[][] slots = new int[1024][];
    private int[] counts = new int[1024];
    private int size;

    void add(long term, int slot) {
      int i = index(term);
      if (slots[i] == null) {
        terms[i] = term;
        slots[i] = new int[2];
        if (++size * 2 > terms.length) {
          slots[i][counts[i]++] = slot;
          grow();
          return;
        }
      } else if (counts[i] == slots[i].length) {
        slots[i] = Arrays.copyOf(slots[i], counts[i] * 2);
      }
      slots[i][counts[i]++] = slot;
    }

    /** The slots posted under any of the terms, sorted, a slot once for each term it holds. */
    int[] find(long[] wanted) {
      int total = 0;
      int[] at = new int[wanted.length];
      for (int k = 0; k < wanted.length; k++) {
        at[k] = lookup(wanted[k]);
        total += at[k] < 0 ? 0 : counts[at[k]];
      }
      int[] out = new int[total];
      int n = 0;
      for (int i : at) {
        if (i >= 0) {
          System.arraycopy(slots[i], 0, out, n, counts[i]);
          n += counts[i];
        }
      }
      Arrays.sort(out);
      return out;
    }

    /** How many slots are posted under the term. */
    int count(long term) {
      int i = lookup(term);
      return i < 0 ? 0 : counts[i];
    }

    private int lookup(long term) {
      int i = index(term);
      return slots[i] == null ? -1 : i;
    }

    /** The term's place in the table, or the empty place where it would go. */
    private int index(long term) {
      int mask = terms.length - 1;
      int i = Long.hashCode(term * 0x9E3779B97F4A7C15L) & mask;
      while (slots[i] != null && terms[i] != term) {
        i = (i + 1) & mask;
      }
      return i;
    }

    private void grow() {
      long[] oldTerms = terms;
      int[][] oldSlots = slots;
      int[] oldCounts = counts;
      terms = new long[oldTerms.length * 2];
      slots = new int[oldTerms.length * 2][];
      counts = new int[oldTerms.length * 2];
      for (int k = 0; k < oldTerms.length; k++) {
        if (oldSlots[k] != null) {
          int i = index(oldTerms[k]);
          terms[i] = oldTerms[k];
          slots[i] = oldSlots[k];
          counts[i] = oldCounts[k];
        }
      }
    }

    void clear() {
      Arrays.fill(slots, null);
      Arrays.fill(counts, 0);
      size = 0;
    }
  }
}
