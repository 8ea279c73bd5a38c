package news.archive;

import java.util.Map;

/**
 * Counts over the whole archive, for {@code archive stats}: every one read from the index.
 *
 * @param articles how many articles
 * @param dated how many have a date
 * @param undated how many have none
 * @param words the words of every body
 * @param byPeriod articles by year ({@code 2018}) or month ({@code 2018-09}), oldest first
 * @param byAgency articles by the agencies they credit, most first
 * @param byOutlet articles by outlet, most first
 * @param byTag articles by tag, most first
 * @param byLanguage articles by the ISO 639-1 code of their language, most first; those whose
 *     language could not be told are not counted
 * @param storeBytes what the store folder takes on disk, index and originals included
 */
public record Stats(
    int articles,
    int dated,
    int undated,
    long words,
    Map<String, Integer> byPeriod,
    Map<String, Integer> byAgency,
    Map<String, Integer> byOutlet,
    Map<String, Integer> byTag,
    Map<String, Integer> byLanguage,
    long storeBytes) {

  /** These counts with the store's size. */
  public Stats withStoreBytes(long bytes) {
    return new Stats(
        articles, dated, undated, words, byPeriod, byAgency, byOutlet, byTag, byLanguage, bytes);
  }
}
