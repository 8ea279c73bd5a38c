package news.archive;

/**
 * Which stored articles {@code list} prints, and in what order.
 *
 * @param dates publication dates to keep; with an end set, undated articles are left out
 * @param tag only articles with this tag (as kept: lower case), or null for all
 * @param undatedOnly only articles without a date
 * @param order the order
 * @param reverse the order turned round
 * @param collapse leave out the articles that nearly repeat another (see {@link
 *     Article#nearDuplicateOf})
 */
public record Listing(
    DateRange dates,
    String tag,
    boolean undatedOnly,
    Order order,
    boolean reverse,
    boolean collapse) {

  /** Every article, newest first. */
  public static final Listing ALL =
      new Listing(DateRange.ALL, null, false, Order.DATE, false, false);

  /** The orders of a listing; each ends with the id, so that it is the same every time. */
  public enum Order {
    /** Newest first, undated last. */
    DATE,
    /** By title, A to Z, in any case. */
    TITLE,
    /** Imported last, first. */
    IMPORTED
  }

  public Listing {
    dates = dates == null ? DateRange.ALL : dates;
    order = order == null ? Order.DATE : order;
    if (undatedOnly && !dates.isAll()) {
      throw new IllegalArgumentException(
          "only undated articles are asked for, and a range of dates: no article can be both");
    }
  }

  /** This listing with only the date range changed. */
  public Listing withDates(DateRange newDates) {
    return new Listing(newDates, tag, undatedOnly, order, reverse, collapse);
  }
}
