package news.archive.stories;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import news.archive.stories.StoryIndex.Placed;

/**
 * Groups every article again from scratch, as {@link StoryGrouper} does one at a time, in one fixed
 * order: oldest first, undated last, then by id. The result depends on the articles alone, not on
 * the order they were imported in.
 */
public final class Regrouper {
  private Regrouper() {}

  /**
   * Each article's new story, by article id. A new story keeps the id of the old story most of its
   * articles were in (the largest claim first), so that only the articles that really move change
   * story id; a story that claims none is named after its first article.
   */
  public static Map<String, String> regroup(List<Placed> articles) throws IOException {
    Map<String, String> fresh = group(articles);
    Map<String, String> before = new HashMap<>();
    for (Placed p : articles) {
      if (p.story() != null) {
        before.put(p.id(), p.story());
      }
    }
    // how many of each new story's articles were in each old story
    Map<String, Map<String, Integer>> claims = new TreeMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    fresh.forEach(
        (id, story) -> {
          if (story == null) {
            return;
          }
          sizes.merge(story, 1, Integer::sum);
          String old = before.get(id);
          if (old != null) {
            claims.computeIfAbsent(story, k -> new TreeMap<>()).merge(old, 1, Integer::sum);
          }
        });
    List<Claim> all = new ArrayList<>();
    claims.forEach((story, olds) -> olds.forEach((old, n) -> all.add(new Claim(story, old, n))));
    all.sort(
        Comparator.comparingInt(Claim::count)
            .reversed()
            .thenComparing(c -> -sizes.get(c.story()))
            .thenComparing(Claim::story)
            .thenComparing(Claim::old));
    Map<String, String> names = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Claim c : all) {
      if (!names.containsKey(c.story()) && taken.add(c.old())) {
        names.put(c.story(), c.old());
      }
    }
    Iterator<String> spare = new TreeSet<>(fresh.keySet()).iterator();
    for (String story : new TreeSet<>(sizes.keySet())) {
      if (!names.containsKey(story)) {
        names.put(story, free(story, spare, taken));
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    fresh.forEach((id, story) -> out.put(id, story == null ? null : names.get(story)));
    return out;
  }

  private record Claim(String story, String old, int count) {}

  /**
   * The story's own id if no other story holds it, else the least article id that none holds (there
   * are more articles than stories, so there is one).
   *
   * @param spare the article ids in order, from the least that may still be free: the ids before it
   *     are all taken, and stay so
   */
  private static String free(String story, Iterator<String> spare, Set<String> taken) {
    if (taken.add(story)) {
      return story;
    }
    while (spare.hasNext()) {
      String id = spare.next();
      if (taken.add(id)) {
        return id;
      }
    }
    throw new IllegalStateException("more stories than articles");
  }

  /** The grouping itself: every article placed again, oldest first. */
  static Map<String, String> group(List<Placed> articles) throws IOException {
    List<Placed> ordered = new ArrayList<>(articles);
    ordered.sort(
        Comparator.comparing(Placed::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Placed::id));
    // how common a feature is, counted over all the articles: the first reports of a kind are
    // placed knowing that many more will follow
    StoryGrouper grouper = new StoryGrouper(StoryGrouper.NOTHING, StoryGrouper.postAll(ordered));
    Map<String, String> out = new LinkedHashMap<>();
    for (Placed p : ordered) {
      out.put(p.id(), grouper.place(p.id(), p.vector(), p.day()));
    }
    return out;
  }

  /** How many articles the new grouping places in another story than {@code before} did. */
  public static int changed(List<Placed> before, Map<String, String> after) {
    int n = 0;
    for (Placed p : before) {
      if (!Objects.equals(p.story(), after.get(p.id()))) {
        n++;
      }
    }
    return n;
  }
}
