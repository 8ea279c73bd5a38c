package news.archive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.Facets;
import news.archive.Hit;
import news.archive.Listing;
import news.archive.Story;
import news.archive.app.Archive;
import news.archive.app.Reader;
import news.archive.json.Json;

/**
 * The JSON API under {@code /api/}: each object is the one {@code --json} prints (an article, a
 * hit, a story, the stats), a list of them in an object that says how many there are and which
 * these are. Each call takes the options of its command under the same names and values, and
 * refuses any other parameter, so that a misspelt one is said rather than ignored.
 */
final class Api {
  private Api() {}

  /** The most articles or hits one answer holds. */
  static final int MAX_LIMIT = 1000;

  /** What {@code /api/search} takes: the options of {@code search}, the pages' filters, facets. */
  private static final List<String> SEARCH =
      List.of(
          "q",
          "since",
          "until",
          "undated",
          "outlet",
          "agency",
          "tag",
          "sort",
          "limit",
          "offset",
          "all",
          "collapse",
          "stories",
          "count",
          "fields",
          "facets");

  private static final List<String> LIST =
      List.of(
          "since",
          "until",
          "sort",
          "reverse",
          "tag",
          "undated",
          "collapse",
          "limit",
          "offset",
          "fields");

  private static final List<String> SIMILAR =
      List.of("since", "until", "limit", "offset", "fields");

  private static final List<String> STORIES =
      List.of("since", "until", "sort", "min-size", "limit", "offset");

  /** {@code /api/search?q=...}: hits, their total and, with {@code facets=1}, their facets. */
  static byte[] search(Archive archive, Reader reader, Request r) {
    ApiParams.takes(r, "search", SEARCH);
    SearchForm form = SearchForm.of(r);
    if (!form.asks()) {
      throw HttpError.badRequest("nothing to search for: give q, or a filter");
    }
    List<String> fields = ApiParams.fields(r, true);
    boolean all = r.flag("all");
    Reader.Query query =
        reader.query(form.q(), form.dates(), form.collapse(), form.filter(), r.flag("undated"));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", form.q());
    if (r.flag("count")) {
      out.put("total", reader.count(query));
      return Json.compact(out);
    }
    if (r.flag("stories")) {
      if (form.offset() != 0) {
        throw HttpError.badRequest("stories=1 answers the stories from the first on: no offset");
      }
      List<Object> stories = new ArrayList<>();
      int limit = all ? MAX_LIMIT : r.number("limit", 10, 0, MAX_LIMIT);
      for (Story s : archive.searchStories(reader, query, limit)) {
        stories.add(Json.value(s));
      }
      out.put("stories", stories);
      return Json.compact(out);
    }
    int limit =
        all ? every(reader.count(query), form.offset()) : r.number("limit", 10, 0, MAX_LIMIT);
    List<Object> hits = new ArrayList<>();
    long matched =
        reader.search(
            query,
            form.byDate() ? Hit.Order.DATE : Hit.Order.RELEVANCE,
            form.offset(),
            limit,
            body(fields),
            h -> hits.add(value(h, fields)));
    if (r.flag("facets")) {
      Facets f = reader.facets(query);
      out.put("total", f.matches());
      out.put("facets", f);
    } else {
      out.put("total", matched);
    }
    out.put("offset", form.offset());
    out.put("limit", limit);
    out.put("hits", hits);
    return Json.compact(out);
  }

  /** The limit of {@code all=1}: every hit after the offset, when one answer can hold them. */
  private static int every(int total, int offset) {
    if (total - offset > MAX_LIMIT) {
      throw HttpError.badRequest(
          total
              + " articles match, more than the "
              + MAX_LIMIT
              + " one answer holds: ask for them a page at a time, with offset and limit");
    }
    return MAX_LIMIT;
  }

  /** {@code /api/list}: articles in the order asked, as {@code list} gives them. */
  static byte[] list(Reader reader, Request r) {
    ApiParams.takes(r, "list", LIST);
    int offset = r.number("offset", 0, 0, SearchForm.MAX_OFFSET);
    int limit = r.number("limit", 20, 0, MAX_LIMIT);
    List<String> fields = ApiParams.fields(r, false);
    Listing listing;
    try {
      listing =
          new Listing(
              SearchForm.dates(r),
              ApiParams.tag(r.param("tag")),
              r.flag("undated"),
              ApiParams.choice(r, "sort", Listing.Order.class, Listing.Order.DATE),
              r.flag("reverse"),
              r.flag("collapse"));
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    List<Object> articles = new ArrayList<>();
    reader.list(listing, offset, limit, body(fields), a -> articles.add(value(a, fields)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", reader.count(listing));
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("articles", articles);
    return Json.compact(out);
  }

  /** {@code /api/show/ID}: the record, as {@code show --json} prints it. */
  static byte[] show(Article a, Request r) {
    ApiParams.takes(r, "show", List.of());
    return show(a);
  }

  private static byte[] show(Article a) {
    return Json.compact(Json.value(a));
  }

  /** {@code /api/similar/ID}: hits, as {@code similar --json} gives them. */
  static byte[] similar(Reader reader, Article a, Request r) {
    ApiParams.takes(r, "similar", SIMILAR);
    int offset = r.number("offset", 0, 0, SearchForm.MAX_OFFSET);
    int limit = r.number("limit", 10, 0, MAX_LIMIT);
    List<String> fields = ApiParams.fields(r, true);
    List<Object> hits = new ArrayList<>();
    long n =
        reader.similar(
            a, SearchForm.dates(r), offset, limit, body(fields), h -> hits.add(value(h, fields)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("tooShort", n < 0);
    out.put("total", Math.max(n, 0));
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("hits", hits);
    return Json.compact(out);
  }

  /** {@code /api/stories}: as {@code stories --json}, in an object. */
  static byte[] stories(Archive archive, Reader reader, Request r) {
    ApiParams.takes(r, "stories", STORIES);
    int limit = r.number("limit", 20, 0, MAX_LIMIT);
    int min = r.number("min-size", 2, 0, Integer.MAX_VALUE);
    Story.Order order = ApiParams.choice(r, "sort", Story.Order.class, Story.Order.SIZE);
    List<Object> stories = new ArrayList<>();
    int offset = r.number("offset", 0, 0, Integer.MAX_VALUE);
    for (Story s :
        archive.stories(reader, SearchForm.dates(r), order, Math.max(min, 1), offset, limit)) {
      stories.add(Json.value(s));
    }
    return Json.compact(Map.of("stories", stories));
  }

  /** {@code /api/story/ID}: the story with its articles, as {@code story --json} prints it. */
  static byte[] story(Story s, Request r) {
    ApiParams.takes(r, "story", List.of());
    return Json.compact(Json.value(s));
  }

  /** {@code /api/stats}: as {@code stats --json} prints it. */
  static byte[] stats(Archive archive, Reader reader, Request r) {
    ApiParams.takes(r, "stats", List.of("by"));
    String by = r.param("by");
    if (by != null && !by.equals("month") && !by.equals("year")) {
      throw HttpError.badRequest("by is month or year");
    }
    return Json.compact(archive.stats(reader, "month".equals(by)));
  }

  /** An answer to a change: the article as it is now. */
  static byte[] changed(Article a) {
    return show(a);
  }

  /** The body of an error: {@code {"error": ..., "message": ...}}. */
  static byte[] error(String error, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", error);
    out.put("message", message);
    return Json.compact(out);
  }

  /** How much of each body an answer holds: all of it, unless its fields leave the body out. */
  private static BodyText body(List<String> fields) {
    return fields == null || fields.contains("body") ? BodyText.WHOLE : BodyText.OPENING;
  }

  private static Object value(Article a, List<String> fields) {
    return fields == null ? Json.value(a) : Json.only(Json.value(a), fields);
  }

  private static Object value(Hit h, List<String> fields) {
    return fields == null ? Json.value(h) : Json.only(Json.value(h), fields);
  }
}
