package news.archive.parse.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.parse.Dates;

/**
 * Dates in the forms metadata writes them. An ISO 8601 timestamp gives the date it is written with:
 * the publication's local date, since the offset after the time says which zone that date is in
 * ({@code 2018-04-05T23:30:00-04:00} is 5 April, although it was already 6 April in UTC). Other
 * forms ({@code April 5, 2018}, {@code Thu, 05 Apr 2018 10:00:00 GMT}) are read as date lines.
 */
final class Timestamps {

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])(?:[T ].*)?", Pattern.DOTALL);
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
  private static final Pattern IN_URL =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/._-]|$)");

  /** A date as Chinese and Japanese write it: {@code 2019年4月21日}. */
  private static final Pattern EAST_ASIAN =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*\u5e74\\s*(\\d{1,2})\\s*\u6708\\s*(\\d{1,2})\\s*\u65e5");

  /** {@code /20180405/}: only between the address's separators, never inside a longer number. */
  private static final Pattern IN_URL_COMPACT =
      Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_-]|\\.html?$|$)");

  /** {@code /2016/nov/29/}: a month's name between the year and the day. */
  private static final Pattern IN_URL_NAMED =
      Pattern.compile("/((?:19|20)\\d{2})/(\\p{L}{3,9})/(\\d{1,2})(?:[/._-]|$)");

  private static final Pattern IN_URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");
  private static final Pattern COMPACT_IN_NAME =
      Pattern.compile("(?<![\\d])(\\d{2})(\\d{2})(\\d{2})(?![\\d])");

  private Timestamps() {}

  /** The first date written in a line of visible text, in East Asian or in Western writing. */
  static Optional<LocalDate> written(String line) {
    Matcher m = EAST_ASIAN.matcher(line);
    if (m.find()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return Dates.firstIn(line);
  }

  /** The date of a metadata value, or empty when it holds none. */
  static Optional<LocalDate> date(String value) {
    String v = value.strip();
    Optional<LocalDate> stamp = first(List.of(ISO, COMPACT), v, true);
    if (stamp.isPresent()) {
      return stamp;
    }
    Matcher m = EAST_ASIAN.matcher(v);
    if (m.lookingAt()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    return Dates.ofDateLine(v);
  }

  /**
   * The date in a page's address: {@code /2018/04/05/}, {@code /2018-04-05-}, or a year and month
   * and, in the name after them, the same year and month with the day written compact ({@code
   * /2015/08/150803-gender-bias}), {@code /20180405/}, {@code /2018/apr/05/}. Only the path is
   * read: a query's numbers are ids and times, not the article's date.
   */
  static Optional<LocalDate> inUrl(String address) {
    String url = pathOf(address);
    Optional<LocalDate> numeric = first(List.of(IN_URL, IN_URL_COMPACT), url, false);
    if (numeric.isPresent()) {
      return numeric;
    }
    Matcher named = IN_URL_NAMED.matcher(url);
    if (named.find()) {
      // The month's name is read by the date reader, in whichever of its languages it is.
      return Dates.ofDateLine(named.group(3) + " " + named.group(2) + " " + named.group(1));
    }
    Matcher month = IN_URL_MONTH.matcher(url);
    if (!month.find()) {
      return Optional.empty();
    }
    String yy = month.group(1).substring(2);
    String mm = month.group(2).length() == 1 ? "0" + month.group(2) : month.group(2);
    Matcher inName = COMPACT_IN_NAME.matcher(url).region(month.end(), url.length());
    while (inName.find()) {
      if (inName.group(1).equals(yy) && inName.group(2).equals(mm)) {
        return of(month.group(1), mm, inName.group(3));
      }
    }
    return Optional.empty();
  }

  /** The date of the first of these forms that matches the whole text, or is found in it. */
  private static Optional<LocalDate> first(List<Pattern> forms, String text, boolean whole) {
    for (Pattern form : forms) {
      Matcher m = form.matcher(text);
      if (whole ? m.matches() : m.find()) {
        return of(m.group(1), m.group(2), m.group(3));
      }
    }
    return Optional.empty();
  }

  private static String pathOf(String url) {
    int end = url.length();
    for (char c : new char[] {'?', '#'}) {
      int at = url.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return url.substring(0, end);
  }

  private static Optional<LocalDate> of(String year, String month, String day) {
    int y = Integer.parseInt(year);
    if (y < 1900 || y > 2099) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
