package news.archive.app;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.archive.engine.Lookup;
import news.archive.stories.NearDuplicates;

/**
 * The near-duplicates an import finds: a new article's body compared with the index's and with
 * those of this window's new articles, which the index writer's view shows only after a refresh.
 * The window's signatures are held, by band, until it ends.
 */
final class NearWindow {

  /**
   * A near-duplicate is dated within this many days of the article it repeats, when both are dated:
   * a wire is re-sent or corrected the same day or the next; the same words a week apart are a
   * template (a daily table of prices or rainfall).
   */
  private static final int NEAR_DAYS = 1;

  /** A signature and its article's date (an epoch day, or null). */
  private record Signed(NearDuplicates.Signature signature, Long day) {}

  private final Lookup lookup;

  /** The near-duplicate signatures of this window's new articles, and their bands. */
  private final Map<String, Signed> signatures = new HashMap<>();

  private final Map<Long, List<String>> bands = new HashMap<>();

  NearWindow(Lookup lookup) {
    this.lookup = lookup;
  }

  /**
   * The stored article whose body this signature's body nearly repeats, most alike first (then by
   * id): among this window's articles and the index's; never {@code replaced}, nor one {@code
   * deleted}.
   */
  String nearlyRepeats(
      NearDuplicates.Signature signature, LocalDate date, String replaced, Set<String> deleted)
      throws IOException {
    if (signature == null) {
      return null;
    }
    String best = null;
    double bestSimilarity = 0;
    Set<String> windowIds = new HashSet<>();
    for (long band : signature.bandKeys()) {
      windowIds.addAll(bands.getOrDefault(band, List.of()));
    }
    List<Lookup.Near> candidates = new ArrayList<>(lookup.nearDuplicates(signature));
    for (String id : windowIds) {
      Signed other = signatures.get(id);
      double s = signature.similarity(other.signature());
      if (s >= NearDuplicates.THRESHOLD) {
        candidates.add(new Lookup.Near(id, s, other.day()));
      }
    }
    for (Lookup.Near c : candidates) {
      if (c.id().equals(replaced) || deleted.contains(c.id())) {
        continue;
      }
      if (date != null && c.day() != null && Math.abs(date.toEpochDay() - c.day()) > NEAR_DAYS) {
        // the same words on other days: a daily table, a template, not a repeat
        continue;
      }
      if (best == null
          || c.similarity() > bestSimilarity
          || (c.similarity() == bestSimilarity && c.id().compareTo(best) < 0)) {
        best = c.id();
        bestSimilarity = c.similarity();
      }
    }
    return best;
  }

  /** A new article of this window, for those that come after it. */
  void remember(String id, LocalDate date, NearDuplicates.Signature signature) {
    if (signature == null) {
      return;
    }
    signatures.put(id, new Signed(signature, date == null ? null : date.toEpochDay()));
    for (long band : signature.bandKeys()) {
      bands.computeIfAbsent(band, k -> new ArrayList<>(1)).add(id);
    }
  }

  /** The end of a window: the index shows its articles now. */
  void forget() {
    signatures.clear();
    bands.clear();
  }
}
