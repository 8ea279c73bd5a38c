package news.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the articles a search finds have in common, counted over all of them, not only the page
 * shown: how many there are, by month of publication and by outlet, agency and tag. Each name is
 * shown as one of its articles writes it; names that differ only in case are counted as one.
 *
 * @param matches how many articles match
 * @param byMonth dated articles by month ({@code 2018-09}), oldest first
 * @param byOutlet by outlet, most first
 * @param byAgency by the agencies they credit, most first
 * @param byTag by tag, most first
 */
public record Facets(
    int matches,
    Map<String, Integer> byMonth,
    Map<String, Integer> byOutlet,
    Map<String, Integer> byAgency,
    Map<String, Integer> byTag) {

  public Facets {
    byMonth = ordered(byMonth);
    byOutlet = ordered(byOutlet);
    byAgency = ordered(byAgency);
    byTag = ordered(byTag);
  }

  private static Map<String, Integer> ordered(Map<String, Integer> counts) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }
}
