package news.archive;

import java.time.LocalDate;

/**
 * Publication dates to keep, both ends included; either end may be open (null). With an end set,
 * undated articles are left out.
 */
public record DateRange(LocalDate since, LocalDate until) {
  public static final DateRange ALL = new DateRange(null, null);

  /**
   * @throws IllegalArgumentException when {@code since} is after {@code until}; the message says so
   *     for the user, naming the two dates
   */
  public DateRange {
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException(
          "the range starts on "
              + since
              + ", after its end on "
              + until
              + "; no date can be in between");
    }
  }

  /** Whether the range leaves nothing out. */
  public boolean isAll() {
    return since == null && until == null;
  }
}
