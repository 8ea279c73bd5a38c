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
  private static final String YEAR_MONTH_DAY = "(\\d{4})([-/.])(\\d{1,2})([-/.])(\\d{1,2})";
  private static final String NUMERIC = "(\\d{1,2})([./-])(\\d{1,2})([./-])(\\d{4})";

  /**
   * {@code Apr 232017}: a two-digit day glued to its year, as some exports print it. Five digits
   * ({@code Apr 12000}) are more likely a number than the 1st of a month, and are not read.
   */
  private static final String GLUED = WEEKDAY + MONTH + "\\s+([123]\\d{5})";

  private static final String DATE =
      "(?:"
          + DAY_MONTH_YEAR
          + "|"
          + MONTH_DAY_YEAR
          + "|"
          + YEAR_MONTH_DAY
          + "|"
          + NUMERIC
          + "|"
          + GLUED
          + ")(?!\\d)";

  /** Words that announce a date line: {@code Published}, {@code Last updated at}, ... */
  private static final String PREFIX =
      "(?:(?:date\\s+of\\s+publication|publication\\s+date|(?:(?:article|story|page)\\s+)?"
          + "(?:first\\s+|last\\s+|originally\\s+)?"
          + "(?:published|posted|updated|modified|released|dated|date|created|edited|written))"
          + "(?:\\s+(?:time|date))?(?:\\s+(?:on|at))?\\s*[:|-]?\\s*)";

  /**
   * Names before the date on a date line: an outlet or agency, a place ({@code AFP, Tuesday 2 Jul
   * 2013}, {@code WASHINGTON, DC, April 28, 2009}); capitalised words only.
   */
  private static final String LINE_NAMES =
      "(?-i:(?:\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2},?\\s+){1,2})";

  /** A time and zone that may stand between the prefix and the date. */
  private static final String LEADING_TIME =
      "(?:" + TIME + "(?:\\s*[A-Z]{2,4})?\\s*,?\\s*(?:on\\s+)?)";

  /** What may follow the date on a date line: a time, a zone, short upper-case codes. */
  /**
   * What a date line may say after its date, taken out before the rest is looked at: times ({@code
   * at 3:47pm}, {@code @ 10:05AM}, {@code 14:58 hrs}), and a second date ({@code Updated September
   * 27, 2013}).
   */
  private static final Pattern DATE_LINE_NOISE =
      Pattern.compile(
          "(?:at\\s+|@\\s*)?" + TIME + "(?:\\s*(?:hrs|hours))?|(?:" + PREFIX + ")?" + DATE,
          Pattern.CASE_INSENSITIVE);

  /** What is left of a date line after its date, times and zones: codes and punctuation. */
  private static final Pattern DATE_LINE_REST =
      Pattern.compile("[\\s\\p{L}0-9+:()/.,|@\u2013\u2014-]*");

  private static final Pattern LOWERCASE_WORD = Pattern.compile("\\p{Ll}{2,}");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^"
              + LINE_NAMES
              + "?(?:"
              + PREFIX
              + ")?"
              + LEADING_TIME
              + "?(?:on\\s+)?"
              + DATE
              + "(.*)$",
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

  /** A time, and maybe a zone, after a date: {@code 10:59}, {@code , 3:00pm EST}. */
  private static final String TIME_AFTER =
      "(?:[\\s,]+(?:at\\s+)?" + TIME + "(?-i:\\s*[A-Z]{2,4}\\b)?)?";

  /**
   * A dateline place before an opening date: words in capitals ({@code BEIRUT}), or capitalised
   * words closed by a comma ({@code Port City,}). Case matters here, so the rest of the pattern
   * turns case-insensitivity on for itself.
   */
  private static final String PLACE =
      "(?:\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,2},?\\s+"
          + "|\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2},\\s+)";

  /**
   * What may follow an opening date: a separator, a word that starts a sentence or a name, or a
   * byline. A lower-case word means the date is the subject of a sentence ({@code 3 May 2017 was
   * ...}), not a date line.
   */
  private static final String AFTER_OPENING =
      "\\s*(?:--|[-\u2013\u2014:|.])\\s|\\s+[\\p{Lu}\\p{N}\"'\u201c\u2018(\\[]|\\s+(?i:by)\\s|\\s*$";

  private static final Pattern OPENING =
      Pattern.compile(
          "(?i:"
              + PREFIX
              + ")?(?:"
              + PLACE
              + ")?(?i:"
              + LEADING_TIME
              + "?"
              + DATE
              + TIME_AFTER
              + ")(?="
              + AFTER_OPENING
              + ")");

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
   * Which number comes first in a numeric date with slashes or dashes ({@code 03/04/2016}): unknown
   * unless the article itself settles it with a date whose day is above 12.
   */
  public enum DayOrder {
    UNKNOWN,
    DAY_FIRST,
    MONTH_FIRST
  }

  /**
   * The order the article's own numeric dates show: {@code 15/04/2016} anywhere in it settles that
   * its {@code 03/04/2016} is the 3rd of April. Dates that disagree settle nothing.
   */
  static DayOrder dayOrder(String text) {
    boolean dayFirst = false;
    boolean monthFirst = false;
    // A scan for NUMBER SEP NUMBER SEP YEAR, not a pattern: every article is asked, and most
    // have no such date at all.
    int n = text.length();
    for (int s = 0; s < n; s++) {
      if (!isDigit(text, s) || (s > 0 && (isDigit(text, s - 1) || isSeparator(text, s - 1)))) {
        continue;
      }
      int a = digits(text, s);
      int sep1 = s + a;
      if (a > 2 || !isSeparator(text, sep1) || text.charAt(sep1) == '.') {
        continue;
      }
      int b = digits(text, sep1 + 1);
      int sep2 = sep1 + 1 + b;
      if (b < 1 || b > 2 || sep2 >= n || text.charAt(sep2) != text.charAt(sep1)) {
        continue;
      }
      int year = digits(text, sep2 + 1);
      int end = sep2 + 1 + year;
      boolean more = end < n && isSeparator(text, end) && isDigit(text, end + 1);
      if (year != 4 || more) {
        continue;
      }
      int first = Integer.parseInt(text, s, sep1, 10);
      int second = Integer.parseInt(text, sep1 + 1, sep2, 10);
      dayFirst |= first > 12 && second <= 12;
      monthFirst |= second > 12 && first <= 12;
    }
    if (dayFirst == monthFirst) {
      return DayOrder.UNKNOWN;
    }
    return dayFirst ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST;
  }

  private static boolean isDigit(String text, int i) {
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  private static boolean isSeparator(String text, int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return c == '.' || c == '/' || c == '-';
  }

  /** How many ASCII digits stand at {@code from}. */
  private static int digits(String text, int from) {
    int i = from;
    while (isDigit(text, i)) {
      i++;
    }
    return i - from;
  }

  /**
   * The date of a line that is a date line and nothing more: an optional prefix such as {@code
   * Published} or {@code Last updated at}, the date, and at most a time, a zone or short codes
   * after it.
   */
  public static Optional<LocalDate> ofDateLine(String line) {
    return ofDateLine(line, DayOrder.UNKNOWN);
  }

  /** {@link #ofDateLine(String)}, with numeric dates read in the article's own order. */
  static Optional<LocalDate> ofDateLine(String line, DayOrder order) {
    Optional<Matcher> whole = Lines.matchWhole(line, MAX_DATE_LINE, DATE_LINE);
    if (whole.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = whole.get();
    String rest = DATE_LINE_NOISE.matcher(m.group(m.groupCount())).replaceAll(" ").strip();
    if (rest.length() > MAX_REST
        || LOWERCASE_WORD.matcher(rest).find()
        || !DATE_LINE_REST.matcher(rest).matches()) {
      return Optional.empty();
    }
    return dateOf(m, 1, order);
  }

  /** The first date written anywhere in the text, numeric dates read in the text's own order. */
  public static Optional<LocalDate> firstIn(String text) {
    return find(text, dayOrder(text));
  }

  /** A date found anywhere in the text, the first that is a real calendar day. */
  static Optional<LocalDate> find(String text, DayOrder order) {
    Matcher m = ANY_DATE.matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = dateOf(m, 1, order);
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
    return leading(paragraph, DayOrder.UNKNOWN);
  }

  static Optional<Leading> leading(String paragraph, DayOrder order) {
    Matcher m = LEADING_DATE.matcher(paragraph);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    boolean prefixed = m.group(1) != null;
    boolean separated = !m.group(m.groupCount()).isBlank();
    if (!prefixed && !separated) {
      return Optional.empty();
    }
    return dateOf(m, 2, order).map(d -> new Leading(d, m.end()));
  }

  /**
   * A full date that opens a paragraph at {@code from} as scraped and exported news text prints it,
   * with nothing to set it apart: {@code 12 February 2015 Dock workers ...}, {@code Thursday 31
   * July 2014 10:59 Residents ...}, {@code BEIRUT 3 May 2017 The ...}, {@code Posted on May 3, 2017
   * by ...}. The date must be followed by a separator, a capital, a digit, a quote or {@code by}: a
   * date followed by a lower-case word is what a sentence is about. Returns the date and where the
   * text after it starts; the caller leaves the text in place.
   */
  static Optional<Leading> opening(String paragraph, int from, DayOrder order) {
    Matcher m = OPENING.matcher(paragraph).region(from, paragraph.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int end = m.end();
    return dateOf(m, 1, order).map(d -> new Leading(d, end));
  }

  /**
   * The date in a dateline that opens a paragraph, such as {@code DAMASCUS, Sept 3, 2018 (AFP) -}:
   * a place and a comma, then, before the first dash, a full date. The dateline stays in the text.
   */
  static Optional<LocalDate> datelineDate(String paragraph, DayOrder order) {
    Matcher m = DATELINE_END.matcher(paragraph);
    if (!m.find() || m.start() > MAX_DATELINE) {
      return Optional.empty();
    }
    String dateline = paragraph.substring(0, m.start());
    if (!DATELINE_PLACE.matcher(dateline).lookingAt()) {
      return Optional.empty();
    }
    return find(dateline, order);
  }

  /**
   * Reads the date from the groups of {@link #DATE}, which start at group {@code first}: five
   * alternatives with 3, 3, 5, 5 and 2 groups.
   */
  private static Optional<LocalDate> dateOf(Matcher m, int first, DayOrder order) {
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
      if (separator.equals(".") || a > 12 || (a == b) || order == DayOrder.DAY_FIRST) {
        return of(year, b, a);
      }
      if (b > 12 || order == DayOrder.MONTH_FIRST) {
        return of(year, a, b);
      }
      return Optional.empty();
    }
    g += 5;
    if (m.group(g) != null) {
      return glued(month(m.group(g)), m.group(g + 1));
    }
    return Optional.empty();
  }

  /**
   * {@code 232017} after a month: the last four digits are the year, the two before them the day.
   * Only years of the last two centuries, so that the split is the only one that makes sense.
   */
  private static Optional<LocalDate> glued(int month, String digits) {
    int year = num(digits.substring(digits.length() - 4));
    if (year < 1900 || year > 2099) {
      return Optional.empty();
    }
    return of(year, month, num(digits.substring(0, digits.length() - 4)));
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
