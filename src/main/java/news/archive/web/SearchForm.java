package news.archive.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import news.archive.DateRange;
import news.archive.Filter;

/**
 * What a search page or the search API is asked: the query, the dates, the filters, the order and
 * the page, read from a request's parameters and written back into links.
 */
record SearchForm(
    String q,
    LocalDate since,
    LocalDate until,
    String outlet,
    String agency,
    String tag,
    boolean byDate,
    boolean collapse,
    int offset) {

  /** The longest query read: a query of the archive's language is a line, not a page. */
  static final int MAX_QUERY = 1000;

  /** How far into the hits a page may go. */
  static final int MAX_OFFSET = 10_000;

  static SearchForm of(Request r) {
    String q = r.rawParam("q") == null ? "" : r.rawParam("q").strip();
    if (q.length() > MAX_QUERY) {
      throw HttpError.badRequest(
          "the query is " + q.length() + " characters long; at most " + MAX_QUERY + " are read");
    }
    String sort = r.param("sort");
    if (sort != null && !sort.equals("relevance") && !sort.equals("date")) {
      throw HttpError.badRequest("sort is relevance or date");
    }
    return new SearchForm(
        q,
        date(r, "since"),
        date(r, "until"),
        r.param("outlet"),
        r.param("agency"),
        r.param("tag"),
        "date".equals(sort),
        r.flag("collapse"),
        r.number("offset", 0, 0, MAX_OFFSET));
  }

  private static LocalDate date(Request r, String name) {
    String v = r.param(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw HttpError.badRequest(name + " is not a date; write it as YYYY-MM-DD");
    }
  }

  /** The range of {@code since} and {@code until}, for the calls that take no query. */
  static DateRange dates(Request r) {
    return range(date(r, "since"), date(r, "until"));
  }

  DateRange dates() {
    return range(since, until);
  }

  private static DateRange range(LocalDate since, LocalDate until) {
    try {
      return new DateRange(since, until);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }

  Filter filter() {
    return new Filter(outlet, agency, tag);
  }

  /**
   * Whether it asks for anything: words, a filter or dates (else the page shows the newest
   * articles).
   */
  boolean asks() {
    return !q.isEmpty() || !filter().isNone() || since != null || until != null;
  }

  /** The parameters of this form, for a link; the offset left out when 0. */
  Map<String, String> params() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("q", q);
    p.put("since", since == null ? null : since.toString());
    p.put("until", until == null ? null : until.toString());
    p.put("outlet", outlet);
    p.put("agency", agency);
    p.put("tag", tag);
    p.put("sort", byDate ? "date" : null);
    p.put("collapse", collapse ? "1" : null);
    p.put("offset", offset == 0 ? null : Integer.toString(offset));
    return p;
  }

  /** A link to this search with one parameter changed (null to drop it), from its first page. */
  String with(String name, String value) {
    Map<String, String> p = params();
    p.remove("offset");
    p.put(name, value);
    return Html.query("/search", p);
  }

  /** A link to this search with another date range, from its first page. */
  String within(LocalDate from, LocalDate to) {
    Map<String, String> p = params();
    p.remove("offset");
    p.put("since", from.toString());
    p.put("until", to.toString());
    return Html.query("/search", p);
  }

  /** A link to another page of this search. */
  String at(int newOffset) {
    Map<String, String> p = params();
    p.put("offset", newOffset == 0 ? null : Integer.toString(newOffset));
    return Html.query("/search", p);
  }
}
