package news.archive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds publication dates in news text.
 *
 * <p>A date is only ever read from a full day, month and year written in the text. Month names may
 * be written out or abbreviated, in any case, with an optional weekday ({@code Mon Sep 3 2018},
 * {@code Monday 03 September 2018}, {@code 26-FEB-1987}). Numeric dates follow one rule: {@code
 * 2018-09-03} and {@code 2018/09/03} are year-month-day; {@code 03.09.2018} is day.month.year, the
 * order used wherever dots separate dates; with slashes or dashes ({@code 03/09/2018}) the order
 * differs between countries, so such a date is read only when one of the two numbers is above 12
 * and the order is therefore certain. Anything else is no date.
 */
public final class Dates {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  private static final String WEEKDAY =
      "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";
  private static final String TIME =
      "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?";

  /**
   * {@code 3 September 2018}, {@code 03 September, 2018}, {@code 3rd of Sep 2018}, {@code
   * 26-FEB-1987}.
   */
  private static final String DAY_MONTH_YEAR =
      WEEKDAY + DAY + "(?:\\s+of)?[\\s-]+" + MONTH + ",?[\\s-]+" + YEAR;

  /** {@code September 3, 2018}, {@code Sep 3 2018}, {@code Mon Sep 3 10:30:00 2018}. */
  private static final String MONTH_DAY_YEAR =
      WEEKDAY + MONTH + "\\s+" + DAY + "(?:\\s+" + TIME + ")?,?\\s+" + YEAR;

  // Separators are captured and compared in code: a back-reference would count groups across
  // the whole pattern these pieces are joined into.
  private static final String YEAR_MONTH_DAY = "(\\d{4})([-/])(\\d{1,2})([-/])(\\d{1,2})";
  private static final String NUMERIC = "(\\d{1,2})([./-])(\\d{1,2})([./-])(\\d{4})";

  private static final String DATE =
      "(?:"
          + DAY_MONTH_YEAR
          + "|"
          + MONTH_DAY_YEAR
          + "|"
          + YEAR_MONTH_DAY
          + "|"
          + NUMERIC
          + ")(?!\\d)";

  /** Words that announce a date line: {@code Published}, {@code Last updated at}, ... */
  private static final String PREFIX =
      "(?:(?:date\\s+of\\s+publication|publication\\s+date|(?:first\\s+|last\\s+)?"
          + "(?:published|posted|updated|modified|released|dated|date))"
          + "(?:\\s+(?:on|at))?\\s*[:|-]?\\s*)";

  /** A time and zone that may stand between the prefix and the date. */
  private static final String LEADING_TIME =
      "(?:" + TIME + "(?:\\s*[A-Z]{2,4})?\\s*,?\\s*(?:on\\s+)?)";

  /** What may follow the date on a date line: a time, a zone, short upper-case codes. */
  private static final Pattern DATE_LINE_REST =
      Pattern.compile(
          "(?:(?:at\\s+)?" + TIME + ")?[\\sA-Z0-9+:()/.,|-]*", Pattern.CASE_INSENSITIVE);

  private static final Pattern LOWERCASE_WORD = Pattern.compile("\\p{Ll}{2,}");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:" + PREFIX + ")?" + LEADING_TIME + "?(?:on\\s+)?" + DATE + "(.*)$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_DATE = Pattern.compile(DATE, Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_DATE =
      Pattern.compile(
          "^("
              + PREFIX
              + ")?"
              + LEADING_TIME
              + "?"
              + DATE
              + "(?:[\\s,]+(?:at\\s+)?"
              + TIME
              + "(?:\\s*[A-Z]{2,4})?)?(\\s*[-\u2013\u2014:|]\\s+|\\s+)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DATELINE_END = Pattern.compile("\\s[-\u2013\u2014]{1,2}\\s");

  /** A dateline starts with a place and a comma: {@code BEIRUT,}, {@code New York,}. */
  private static final Pattern DATELINE_PLACE =
      Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3},\\s");

  private static final int MAX_DATELINE = 80;
  private static final int MAX_DATE_LINE = 80;
  private static final int MAX_REST = 40;
  private static final int MIN_YEAR = 1800;
  private static final int MAX_YEAR = 2199;

  private Dates() {}

  /**
   * The date of a line that is a date line and nothing more: an optional prefix such as {@code
   * Published} or {@code Last updated at}, the date, and at most a time, a zone or short codes
   * after it.
   */
  public static Optional<LocalDate> ofDateLine(String line) {
    String text = line.strip();
    if (text.length() > MAX_DATE_LINE) {
      return Optional.empty();
    }
    Matcher m = DATE_LINE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(m.groupCount()).strip();
    if (rest.length() > MAX_REST
        || LOWERCASE_WORD.matcher(rest).find()
        || !DATE_LINE_REST.matcher(rest).matches()) {
      return Optional.empty();
    }
    return dateOf(m, 1);
  }

  /** A date found anywhere in the text, the first that is a real calendar day. */
  static Optional<LocalDate> find(String text) {
    Matcher m = ANY_DATE.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = dateOf(m, 1);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  /** A date that opens a paragraph, and where the paragraph's own text starts after it. */
  record Leading(LocalDate date, int end) {}

  /**
   * A date opening a paragraph, either announced by a prefix ({@code Published 3 Sep 2018 ...}) or
   * set off by a dash, colon or bar ({@code 3 September 2018 - ...}). A sentence that merely starts
   * with a date ({@code 3 September 2018 was ...}) is not one.
   */
  static Optional<Leading> leading(String paragraph) {
    Matcher m = LEADING_DATE.matcher(paragraph);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    boolean prefixed = m.group(1) != null;
    boolean separated = !m.group(m.groupCount()).isBlank();
    if (!prefixed && !separated) {
      return Optional.empty();
    }
    return dateOf(m, 2).map(d -> new Leading(d, m.end()));
  }

  /**
   * The date in a dateline that opens a paragraph, such as {@code DAMASCUS, Sept 3, 2018 (AFP) -}:
   * a place and a comma, then, before the first dash, a full date. The dateline stays in the text.
   */
  static Optional<LocalDate> datelineDate(String paragraph) {
    Matcher m = DATELINE_END.matcher(paragraph);
    if (!m.find() || m.start() > MAX_DATELINE) {
      return Optional.empty();
    }
    String dateline = paragraph.substring(0, m.start());
    if (!DATELINE_PLACE.matcher(dateline).lookingAt()) {
      return Optional.empty();
    }
    return find(dateline);
  }

  /**
   * Reads the date from the groups of {@link #DATE}, which start at group {@code first}: four
   * alternatives with 3, 3, 5 and 5 groups.
   */
  private static Optional<LocalDate> dateOf(Matcher m, int first) {
    int g = first;
    if (m.group(g) != null) {
      return of(num(m.group(g + 2)), month(m.group(g + 1)), num(m.group(g)));
    }
    g += 3;
    if (m.group(g) != null) {
      return of(num(m.group(g + 2)), month(m.group(g)), num(m.group(g + 1)));
    }
    g += 3;
    if (m.group(g) != null) {
      if (!m.group(g + 1).equals(m.group(g + 3))) {
        return Optional.empty();
      }
      return of(num(m.group(g)), num(m.group(g + 2)), num(m.group(g + 4)));
    }
    g += 5;
    if (m.group(g) != null) {
      String separator = m.group(g + 1);
      if (!separator.equals(m.group(g + 3))) {
        return Optional.empty();
      }
      int a = num(m.group(g));
      int b = num(m.group(g + 2));
      int year = num(m.group(g + 4));
      if (separator.equals(".") || a > 12) {
        return of(year, b, a);
      }
      if (b > 12) {
        return of(year, a, b);
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
