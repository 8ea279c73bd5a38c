package news.archive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.archive.Article;
import news.archive.Listing;
import news.archive.Story;
import news.archive.app.Archive;
import news.archive.app.Reader;
import news.archive.json.Json;

/**
 * The JSON API under {@code /api/}: each object is the one {@code --json} prints (an article, a
 * hit, a story, the stats), a list of them in an object that says how many there are and which
 * these are.
 */
final class Api {
  private Api() {}

  /** The most articles or hits one answer holds. */
  static final int MAX_LIMIT = 1000;

  /** {@code /api/search?q=...}: hits, their total and, with {@code facets=1}, their facets. */
  static byte[] search(Reader reader, Request r) {
    SearchForm form = SearchForm.of(r);
    int limit = r.number("limit", 10, 1, MAX_LIMIT);
    if (!form.asks()) {
      throw HttpError.badRequest("nothing to search for: give q, or a filter");
    }
    Reader.Query query = reader.query(form.q(), form.dates(), form.collapse(), form.filter());
    List<Object> hits = new ArrayList<>();
    long matched =
        reader.search(
            query,
            form.byDate() ? Reader.Order.DATE : Reader.Order.RELEVANCE,
            form.offset(),
            limit,
            h -> hits.add(Json.value(h)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("query", form.q());
    boolean facets = r.flag("facets");
    if (facets) {
      news.archive.Facets f = reader.facets(query);
      out.put("total", f.matches());
      out.put("facets", f);
    } else {
      out.put("total", matched > hits.size() + form.offset() ? reader.count(query) : matched);
    }
    out.put("offset", form.offset());
    out.put("limit", limit);
    out.put("hits", hits);
    return Json.compact(out);
  }

  /** {@code /api/list}: articles in the order asked, as {@code list} gives them. */
  static byte[] list(Reader reader, Request r) {
    SearchForm form = SearchForm.of(r);
    int limit = r.number("limit", 20, 1, MAX_LIMIT);
    String sort = r.param("sort");
    Listing.Order order = Listing.Order.DATE;
    if (sort != null) {
      try {
        order = Listing.Order.valueOf(sort.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw HttpError.badRequest("sort is date, title or imported");
      }
    }
    Listing listing;
    try {
      listing =
          new Listing(
              form.dates(),
              form.tag(),
              r.flag("undated"),
              order,
              r.flag("reverse"),
              form.collapse());
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
    List<Object> articles = new ArrayList<>();
    reader.list(listing, form.offset(), limit, a -> articles.add(Json.value(a)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", reader.count(listing));
    out.put("offset", form.offset());
    out.put("limit", limit);
    out.put("articles", articles);
    return Json.compact(out);
  }

  /** {@code /api/show/ID}: the record, as {@code show --json} prints it. */
  static byte[] show(Article a) {
    return Json.compact(Json.value(a));
  }

  /** {@code /api/similar/ID}: hits, as {@code similar --json} gives them. */
  static byte[] similar(Reader reader, Article a, Request r) {
    SearchForm form = SearchForm.of(r);
    int limit = r.number("limit", 10, 1, MAX_LIMIT);
    List<Object> hits = new ArrayList<>();
    long n = reader.similar(a, form.dates(), form.offset(), limit, h -> hits.add(Json.value(h)));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", a.id());
    out.put("tooShort", n < 0);
    out.put("total", Math.max(n, 0));
    out.put("offset", form.offset());
    out.put("limit", limit);
    out.put("hits", hits);
    return Json.compact(out);
  }

  /** {@code /api/stories}: as {@code stories --json}, in an object. */
  static byte[] stories(Archive archive, Reader reader, Request r) {
    SearchForm form = SearchForm.of(r);
    int limit = r.number("limit", 20, 1, MAX_LIMIT);
    int min = r.number("min", 2, 1, Integer.MAX_VALUE);
    String sort = r.param("sort");
    if (sort != null && !sort.equals("size") && !sort.equals("date")) {
      throw HttpError.badRequest("sort is size or date");
    }
    Archive.StoryOrder order =
        "date".equals(sort) ? Archive.StoryOrder.DATE : Archive.StoryOrder.SIZE;
    List<Object> stories = new ArrayList<>();
    for (Story s : archive.stories(reader, form.dates(), order, min, limit)) {
      stories.add(Json.value(s));
    }
    return Json.compact(Map.of("stories", stories));
  }

  /** {@code /api/story/ID}: the story with its articles, as {@code story --json} prints it. */
  static byte[] story(Story s) {
    return Json.compact(Json.value(s));
  }

  /** {@code /api/stats}: as {@code stats --json} prints it. */
  static byte[] stats(Archive archive, Request r) {
    String by = r.param("by");
    if (by != null && !by.equals("month") && !by.equals("year")) {
      throw HttpError.badRequest("by is month or year");
    }
    return Json.compact(archive.stats("month".equals(by)));
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
}
