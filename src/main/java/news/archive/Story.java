package news.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A story: the articles that report one event, grouped as they were imported (see {@code archive
 * stories}).
 *
 * @param id the id of the story's first article
 * @param label its most telling headline: that of the article most like the others
 * @param size how many articles it holds
 * @param first the earliest date among its articles, or null when none is dated
 * @param last the latest date among its articles, or null when none is dated
 * @param hits how many of a search's hits it holds; null outside a search
 * @param articles its articles in date order (undated last), when asked for; empty otherwise
 */
public record Story(
    String id,
    String label,
    int size,
    LocalDate first,
    LocalDate last,
    Integer hits,
    List<Article> articles) {

  /** How stories are ordered. */
  public enum Order {
    /** Most articles first, then the newest. */
    SIZE,
    /** The latest last date first, then the largest. */
    DATE
  }

  public Story {
    Objects.requireNonNull(id, "id");
    articles = articles == null ? List.of() : List.copyOf(articles);
  }

  /** Whether the story's span meets the date range; an undated one meets only the whole range. */
  public boolean within(DateRange dates) {
    if (dates.isAll()) {
      return true;
    }
    if (first == null) {
      return false;
    }
    return (dates.since() == null || !last.isBefore(dates.since()))
        && (dates.until() == null || !first.isAfter(dates.until()));
  }

  /** The same story under this label. */
  public Story withLabel(String newLabel) {
    return new Story(id, newLabel, size, first, last, hits, articles);
  }

  /** The same story with its articles. */
  public Story withArticles(List<Article> newArticles) {
    return new Story(id, label, size, first, last, hits, newArticles);
  }
}
