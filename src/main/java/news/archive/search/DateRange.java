package news.archive.search;

import java.time.LocalDate;

/**
 * Publication dates to keep, both ends included; either end may be open (null). With an end set,
 * undated articles are left out.
 */
public record DateRange(LocalDate since, LocalDate until) {
  public static final DateRange ALL = new DateRange(null, null);

  public DateRange {
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("--since " + since + " is after --until " + until);
    }
  }

  boolean isAll() {
    return since == null && until == null;
  }
}
