package news.archive.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.DateRange;

/**
 * The value of {@code date:} in a query: a year ({@code 2018}), a month ({@code 2018-09}), a day
 * ({@code 2018-09-03}), or a range of them, {@code 2018-01..2018-06}, either end open ({@code
 * 2018..}). A range runs from the first day of its first value to the last day of its last.
 */
final class DateValue {

  private static final Pattern VALUE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private DateValue() {}

  /** The dates the value names; an open end is null. */
  static DateRange range(String text, int at) throws QueryException {
    int dots = text.indexOf("..");
    LocalDate from;
    LocalDate to;
    if (dots < 0) {
      from = first(text, at);
      to = last(text, at);
    } else {
      String a = text.substring(0, dots);
      String b = text.substring(dots + 2);
      if (a.isEmpty() && b.isEmpty()) {
        throw bad(text, at);
      }
      from = a.isEmpty() ? null : first(a, at);
      to = b.isEmpty() ? null : last(b, at);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new QueryException(
          "the range date:" + text + " at character " + at + " ends before it starts");
    }
    return new DateRange(from, to);
  }

  private static LocalDate first(String v, int at) throws QueryException {
    Matcher m = match(v, at);
    try {
      int year = Integer.parseInt(m.group(1));
      int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw bad(v, at);
    }
  }

  private static LocalDate last(String v, int at) throws QueryException {
    Matcher m = match(v, at);
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return LocalDate.of(year, 12, 31);
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      return m.group(3) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw bad(v, at);
    }
  }

  private static Matcher match(String v, int at) throws QueryException {
    Matcher m = VALUE.matcher(v);
    if (!m.matches()) {
      throw bad(v, at);
    }
    return m;
  }

  private static QueryException bad(String v, int at) {
    return new QueryException(
        "'"
            + v
            + "' after date: at character "
            + at
            + " is not a date: write 2018, 2018-09, 2018-09-03, or a range such as"
            + " 2018-01..2018-06");
  }
}
