package news.archive.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
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

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /**
   * A word that may be a month's name, looked up in {@link DateNames#month} once matched (an
   * alternation of all the names would be tried at every position of every line): the day comes
   * first in all these languages ({@code 3 septembre 2018}).
   */
  private static final String MONTH = "(\\p{L}{2,10})\\.?";

  private static final Pattern ENGLISH_MONTH = Pattern.compile(DateNames.MONTH_EN, FLAGS);

  /** An English weekday before a date: {@code Mon Sep 3 2018}, {@code Monday, 3 September 2018}. */
  private static final String WEEKDAY = "(?:(?:" + DateNames.WEEKDAY_EN + ")\\.?,?\\s+)?";

  /**
   * A day, maybe with its ordinal's ending: {@code 3rd}, {@code 1er}, {@code 3.} (German, Czech).
   */
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?";

  private static final String YEAR = "(\\d{4})";

  /** The years a date is read in: four digits, and none a news archive could hold outside these. */
  private static final int MIN_YEAR = 1800;

  private static final int MAX_YEAR = 2199;

  /** {@code 10:15}, {@code 3:47pm}, {@code 13h36} (French), {@code 2 A.M.}. */
  private static final String TIME =
      "(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?"
          + "|\\d{1,2}h\\d{2}|\\d{1,2}\\s*[ap]\\.m\\.|\\d{1,2}\\s*[ap]m\\b)";

  /**
   * {@code 3 September 2018}, {@code 03 September, 2018}, {@code 3rd of Sep 2018}, {@code
   * 26-FEB-1987}, {@code 3. September 2018}, {@code 3 de septiembre de 2018}.
   */
  private static final String DAY_MONTH_YEAR =
      DateNames.WEEKDAY_ANY
          + DAY
          + "(?:\\s+(?:of|de))?[\\s-]+"
          + MONTH
          + ",?(?:\\s+del?)?[\\s-]+"
          + YEAR;

  /** {@code September 3, 2018}, {@code Sep 3 2018}, {@code Mon Sep 3 10:30:00 2018}. */
  private static final String MONTH_DAY_YEAR =
      WEEKDAY + DateNames.MONTH_EN + "\\s+" + DAY + "(?:\\s+" + TIME + ")?,?\\s+" + YEAR;

  // Separators are captured and compared in code: a back-reference would count groups across
  // the whole pattern these pieces are joined into.
  private static final String YEAR_MONTH_DAY = "(\\d{4})([-/.])(\\d{1,2})([-/.])(\\d{1,2})";
  private static final String NUMERIC =
      DateNames.WEEKDAY_ANY + "(\\d{1,2})(\\.\\s?|/|-)(\\d{1,2})(\\.\\s?|/|-)(\\d{4})";

  /**
   * {@code Apr 232017}: a two-digit day glued to its year, as some exports print it. Five digits
   * ({@code Apr 12000}) are more likely a number than the 1st of a month, and are not read.
   */
  private static final String GLUED = WEEKDAY + DateNames.MONTH_EN + "\\s+([123]\\d{5})";

  /** A date as Chinese and Japanese write it: {@code 2018年9月3日}. */
  private static final String EAST_ASIAN =
      "(\\d{4})\\s*\u5e74\\s*(\\d{1,2})\\s*\u6708\\s*(\\d{1,2})\\s*\u65e5";

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
          + "|"
          + EAST_ASIAN
          + ")(?!\\d)";

  /** Words that announce a date line: {@code Published}, {@code Last updated at}, ... */
  private static final String PREFIX =
      "(?:(?:date\\s+of\\s+publication|publication\\s+date|(?:(?:article|story|page)\\s+)?"
          + "(?:first\\s+|last\\s+|originally\\s+)?"
          + "(?:published|posted|updated|modified|released|dated|date|created|edited|written"
          + "|publié|publiée|publiés|mis\\s+à\\s+jour|mise\\s+à\\s+jour|modifié"
          + "|veröffentlicht|aktualisiert|erstellt|publicado|actualizado|pubblicato|aggiornato"
          + "|atualizado|gepubliceerd|bijgewerkt|publikováno|aktualizováno|vydáno))"
          + "(?:\\s+(?:time|date))?(?:\\s+(?:on|at|le|am|el|il|em|op|dne))?\\s*[:|-]?\\s*)";

  /** A prefix that gives the date of an update, not of publication. */
  private static final Pattern UPDATE =
      Pattern.compile(
          "(?:(?:article|story|page)\\s+)?(?:last\\s+)?(?:updated|modified|edited"
              + "|mis\\s+à\\s+jour|mise\\s+à\\s+jour|modifié|aktualisiert|actualizado"
              + "|aggiornato|atualizado|bijgewerkt|aktualizováno)(?!\\p{L})",
          FLAGS);

  /** Chinese and Japanese write "updated" after the date: {@code 2019年12月17日更新}. */
  private static final String UPDATED_AFTER = "\u66f4\u65b0";

  /** A byline's first word: {@code By}, {@code Par}, {@code Von}, ... */
  private static final String BY = "(?:by|par|von|por|door|di|od)(?!\\p{L}):?\\s+";

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
          "(?:at\\s+|@\\s*)?" + TIME + "(?:\\s*(?:hrs|hours))?|(?:" + PREFIX + ")?" + DATE, FLAGS);

  /** What is left of a date line after its date, times and zones: codes and punctuation. */
  private static final Pattern DATE_LINE_REST =
      Pattern.compile("[\\s\\p{L}0-9+:()/.,|@\u2013\u2014-]*");

  private static final Pattern LOWERCASE_WORD = Pattern.compile("\\p{Ll}{2,}");

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^((?:"
              + BY
              + ")?"
              + LINE_NAMES
              + "?)(?:"
              + PREFIX
              + ")?"
              + LEADING_TIME
              + "?(?:on\\s+)?"
              + DATE
              + "(.*)$",
          FLAGS);
  private static final Pattern ANY_DATE = Pattern.compile(DATE, FLAGS);

  /** Markdown's emphasis around a line: {@code *By Jane Doe, 2 March 2020*}. */
  private static final Pattern EMPHASIS = Pattern.compile("^[*_]+|[*_]+$");

  /** What sets the parts of a date line apart. */
  private static final Pattern PART =
      Pattern.compile("\\s+[|\u00b7\u2022/\u2013\u2014-]\\s+|\\s*\\|\\s*");

  /** The longest line read as a date line in parts, and the longest part beside its date. */
  private static final int MAX_PARTED_LINE = 200;

  private static final int MAX_REST = 40;

  /** Separators and commas closing the names before a date. */
  private static final Pattern PART_END = Pattern.compile("[\\s,:|\u2013\u2014-]+$");

  /**
   * A year with a word glued to it, as a page's next block runs into its date when its text is
   * taken without the layout: {@code 21.08.2013get short url}.
   */
  private static final Pattern GLUE =
      Pattern.compile("(?<=(?<!\\d)(?:19|20)\\d{2})(?=[\\p{Lu}\\p{Ll}])");

  private static final String GLUE_MARK_END = "\u0000";
  private static final String GLUE_MARK = GLUE_MARK_END + " | ";

  /** Names (an agency, an outlet, a place), or a time and its zone, beside a date. */
  private static final Pattern COMPANION =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{L}.&'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.&'\u2019-]*){0,3}"
              + "|(?iu:(?:at\\s+|à\\s+|@\\s*)?"
              + TIME
              + ")(?:\\s*[A-Z]{2,4})?)");

  /** A byline in another language, which may name several people: {@code Par A (avec B et C)}. */
  private static final Pattern BY_PART = Pattern.compile(BY + "(?-i:\\p{Lu})", FLAGS);

  private static final Pattern DIGIT = Pattern.compile("\\d");
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
          FLAGS);

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
      "\\s*(?:--|[-\u2013\u2014:|.])\\s|\\s+[\\p{Lu}\\p{N}\"'\u201c\u2018(\\[]|\\s+(?iu:by)\\s|\\s*$";

  /**
   * An agency credited between a dateline place and the date: {@code BEIRUT - Reuters Sunday 10 Jul
   * 2016 ...}, {@code (AFP) 3 May 2017}. Its name is captured, to be credited.
   */
  private static final String AGENCY =
      "(?:[-\u2013\u2014]\\s*)?\\(?(?iu:(" + Agencies.NAME + "))\\)?(?:\\s*[-\u2013\u2014:])?\\s+";

  private static final Pattern OPENING =
      Pattern.compile(
          "(?iu:"
              + PREFIX
              + ")?(?:"
              + PLACE
              + ")?(?:"
              + AGENCY
              + ")?(?iu:"
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
  private static final int MAX_WRITTEN_DATES = 20;

  /** Where a date opening a paragraph must have its year by: prefix, place, weekday and time. */
  private static final int MAX_OPENING = 200;

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
    boolean open = false;
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
      open |= first <= 12 && second <= 12 && first != second;
    }
    if (!dayFirst && !monthFirst && open && writesDayFirst(text)) {
      return DayOrder.DAY_FIRST;
    }
    if (dayFirst == monthFirst) {
      return DayOrder.UNKNOWN;
    }
    return dayFirst ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST;
  }

  /**
   * Whether the text writes its dates in a language whose numeric dates are all day first: a month
   * named in German, French, Spanish, Italian, Portuguese, Dutch or Czech ({@code 3 septembre
   * 2018}). English, written either way round, tells nothing.
   */
  private static boolean writesDayFirst(String text) {
    Matcher m = ANY_DATE.matcher(text);
    boolean foreign = false;
    boolean english = false;
    for (int seen = 0; seen < MAX_WRITTEN_DATES && m.find(); seen++) {
      if (m.group(1) != null) {
        boolean en = ENGLISH_MONTH.matcher(m.group(2)).matches();
        english |= en;
        foreign |= !en && DateNames.month(m.group(2)) > 0;
      }
      english |= m.group(4) != null;
    }
    return foreign && !english;
  }

  private static boolean hasDigitBeforeLetter(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i)) && isDigit(text, i - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether four digits in a row stand between {@code from} and {@code to}. */
  private static boolean hasYearDigits(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      run = isDigit(text, i) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
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
    return dateLine(line, order).map(DateLine::date);
  }

  /**
   * What a date line says: its date, a byline written on it ({@code By Jane Doe | 3 September
   * 2018}) or null, and whether the date is only an update's.
   */
  record DateLine(LocalDate date, String byline, boolean update) {}

  /**
   * A date line, which may be made of parts set apart by separators ({@code |}, {@code ·}, {@code
   * •}, {@code /}, a dash): a date in one part, and in the others only what date lines carry
   * besides: a byline, a name (an agency, an outlet, a place), a time, a reading time, an update
   * ({@code Updated 2 hours ago}), or whatever a page glued to the year ({@code 21.08.2013get short
   * url}). An update's date is taken only when the line gives no other.
   */
  static Optional<DateLine> dateLine(String line, DayOrder order) {
    // every date the rules read has its year in four digits: most lines have none, and are
    // spared the patterns
    if (line.length() > MAX_PARTED_LINE + 20 || !hasYearDigits(line, 0, line.length())) {
      return Optional.empty();
    }
    String text = line.strip();
    if (text.startsWith("*") || text.startsWith("_")) {
      text = EMPHASIS.matcher(text).replaceAll("");
    }
    if (text.length() > MAX_PARTED_LINE) {
      return Optional.empty();
    }
    if (hasDigitBeforeLetter(text)) {
      text = GLUE.matcher(text).replaceAll(GLUE_MARK);
    }
    Optional<Matcher> whole = datePart(text);
    if (whole.isPresent()) {
      // a date line as a whole, such as March 1, 2012 - - 07:58 GMT, needs no parts
      Matcher m = whole.get();
      String names = PART_END.matcher(m.group(1)).replaceAll("");
      String byline = names.isEmpty() ? null : Lines.byline(names).orElse(null);
      boolean update = UPDATE.matcher(text).lookingAt() || text.contains(UPDATED_AFTER);
      Optional<LocalDate> date = dateOf(m, 2, order);
      String rest = m.group(m.groupCount());
      Matcher second = ANY_DATE.matcher(rest);
      if (date.isPresent()
          && hasYearDigits(rest, 0, rest.length())
          && second.find()
          && !dateOf(second, 1, order).equals(date)
          && !UPDATE.matcher(rest.substring(0, second.start())).find()) {
        // two dates, neither said to be an update's: which is the article's is not written
        return Optional.empty();
      }
      return date.map(d -> new DateLine(d, byline, update));
    }
    String[] parts = PART.split(text, -1);
    if (parts.length == 1) {
      return Optional.empty();
    }
    LocalDate published = null;
    LocalDate updated = null;
    String byline = null;
    boolean glued = false;
    for (String raw : parts) {
      boolean afterGlue = glued;
      glued = raw.endsWith(GLUE_MARK_END);
      String part = glued ? raw.substring(0, raw.length() - GLUE_MARK_END.length()) : raw;
      part = part.strip();
      Optional<Matcher> dated = datePart(part);
      if (dated.isPresent()) {
        Matcher m = dated.get();
        Optional<LocalDate> date = dateOf(m, 2, order);
        if (date.isEmpty()) {
          return Optional.empty();
        }
        if (UPDATE.matcher(part).lookingAt() || part.contains(UPDATED_AFTER)) {
          updated = updated == null ? date.get() : updated;
        } else if (published != null && !published.equals(date.get())) {
          // two dates, neither said to be an update's: which is the article's is not written
          return Optional.empty();
        } else {
          published = date.get();
        }
        String names = PART_END.matcher(m.group(1)).replaceAll("");
        if (byline == null && !names.isEmpty()) {
          byline = Lines.byline(names).orElse(null);
        }
      } else if (byline == null && Lines.byline(part).isPresent()) {
        byline = Lines.byline(part).get();
      } else if (!isDateLineCompanion(part, afterGlue)
          || (afterGlue && ANY_DATE.matcher(part).find())) {
        return Optional.empty();
      }
    }
    if (published != null) {
      return Optional.of(new DateLine(published, byline, false));
    }
    return updated == null ? Optional.empty() : Optional.of(new DateLine(updated, byline, true));
  }

  private static Optional<Matcher> datePart(String part) {
    Optional<Matcher> whole = Lines.matchWhole(part, MAX_DATE_LINE, DATE_LINE);
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
    return whole;
  }

  /** What may stand beside the date on a date line, set apart from it. */
  private static boolean isDateLineCompanion(String part, boolean afterGlue) {
    if (part.isEmpty()) {
      return true;
    }
    if (part.length() <= MAX_DATE_LINE
        && BY_PART.matcher(part).lookingAt()
        && !DIGIT.matcher(part).find()) {
      return true;
    }
    if (part.length() > MAX_REST) {
      return false;
    }
    return afterGlue
        || COMPANION.matcher(part).matches()
        || Lines.readingMinutes(part).isPresent()
        || (UPDATE.matcher(part).lookingAt() && !ANY_DATE.matcher(part).find());
  }

  /**
   * Whether a text says it gives an update's date, in any of the languages read: {@code Updated},
   * {@code Aktualisiert}, {@code Mis à jour}, {@code Actualizado}, {@code 更新}, ...
   */
  public static boolean isUpdate(String text) {
    return UPDATE.matcher(text).find() || text.contains(UPDATED_AFTER);
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
  record Leading(LocalDate date, int end, String agency) {
    Leading(LocalDate date, int end) {
      this(date, end, null);
    }
  }

  /**
   * A date opening a paragraph, either announced by a prefix ({@code Published 3 Sep 2018 ...}) or
   * set off by a dash, colon or bar ({@code 3 September 2018 - ...}). A sentence that merely starts
   * with a date ({@code 3 September 2018 was ...}) is not one.
   */
  static Optional<Leading> leading(String paragraph) {
    return leading(paragraph, DayOrder.UNKNOWN);
  }

  static Optional<Leading> leading(String paragraph, DayOrder order) {
    if (!hasYearDigits(paragraph, 0, Math.min(paragraph.length(), MAX_OPENING))) {
      return Optional.empty();
    }
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
    if (!hasYearDigits(paragraph, from, Math.min(paragraph.length(), from + MAX_OPENING))) {
      return Optional.empty();
    }
    Matcher m = OPENING.matcher(paragraph).region(from, paragraph.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    int end = m.end();
    String agency = m.group(1) == null ? null : Agencies.known(m.group(1)).orElse(null);
    return dateOf(m, 2, order).map(d -> new Leading(d, end, agency));
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
   * alternatives with 3, 3, 5, 5, 2 and 3 groups.
   */
  private static Optional<LocalDate> dateOf(Matcher m, int first, DayOrder order) {
    int g = first;
    if (m.group(g) != null) {
      return of(num(m.group(g + 2)), DateNames.month(m.group(g + 1)), num(m.group(g)));
    }
    g += 3;
    if (m.group(g) != null) {
      return of(num(m.group(g + 2)), DateNames.month(m.group(g)), num(m.group(g + 1)));
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
      if (separator.startsWith(".") || a > 12 || (a == b) || order == DayOrder.DAY_FIRST) {
        return of(year, b, a);
      }
      if (b > 12 || order == DayOrder.MONTH_FIRST) {
        return of(year, a, b);
      }
      return Optional.empty();
    }
    g += 5;
    if (m.group(g) != null) {
      return glued(DateNames.month(m.group(g)), m.group(g + 1));
    }
    g += 2;
    if (m.group(g) != null) {
      return of(num(m.group(g)), num(m.group(g + 1)), num(m.group(g + 2)));
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

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
