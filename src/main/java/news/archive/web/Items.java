package news.archive.web;

import java.util.ArrayList;
import java.util.List;
import news.archive.Article;
import news.archive.Hit;

/**
 * The lines of a list of articles, as every page shows them: title, date, names and tags, then a
 * snippet or the lead.
 */
final class Items {
  private Items() {}

  /** A hit: its article's line, then the snippet with the matched words marked. */
  static void hit(Html h, Hit hit) {
    h.raw("<li class=\"item\">");
    heading(h, hit.article());
    String s = hit.snippet();
    if (!s.isEmpty()) {
      h.raw("<p class=\"snippet\">");
      int at = 0;
      for (Hit.Mark m : hit.marks()) {
        int start = s.offsetByCodePoints(0, m.start());
        int end = s.offsetByCodePoints(0, m.end());
        h.text(s.substring(at, start)).raw("<mark>").text(s.substring(start, end)).raw("</mark>");
        at = end;
      }
      h.text(s.substring(at)).raw("</p>");
    }
    h.raw("</li>");
  }

  /** An article's line. */
  static void article(Html h, Article a) {
    article(h, a, null);
  }

  /** An article's line and its lead (see {@link Lead}): for a list that has no snippets. */
  static void withLead(Html h, Article a) {
    h.raw("<li class=\"item\">");
    heading(h, a);
    String lead = Lead.of(a.body());
    if (!lead.isEmpty()) {
      h.element("p", "lead", lead);
    }
    h.raw("</li>");
  }

  /** An article's line with a mark before its date, such as {@code in its story}; null for none. */
  static void article(Html h, Article a, String mark) {
    h.raw("<li class=\"item\">");
    heading(h, a, mark);
    h.raw("</li>");
  }

  private static void heading(Html h, Article a) {
    heading(h, a, null);
  }

  private static void heading(Html h, Article a, String mark) {
    h.raw("<h2><a href=\"/article/").text(a.id()).raw("\">").text(a.title()).raw("</a></h2>");
    h.raw("<p class=\"meta\">");
    if (mark != null) {
      h.element("span", "badge", mark).raw(" ");
    }
    String date = a.date() == null ? "undated" : a.date().toString();
    h.raw("<time>").text(date).raw("</time>");
    for (String part : names(a)) {
      h.raw(" \u00b7 ").text(part);
    }
    for (String tag : a.curation().tags()) {
      h.raw(" <a class=\"tag\" href=\"").text(Html.query("/search", java.util.Map.of("tag", tag)));
      h.raw("\">").text(tag).raw("</a>");
    }
    h.raw("</p>");
  }

  /** The names of an article's line: outlet, agency, byline, those it has. */
  static List<String> names(Article a) {
    List<String> out = new ArrayList<>();
    if (a.outlet() != null) {
      out.add(a.outlet());
    }
    if (a.agency() != null && !a.agency().equals(a.outlet())) {
      out.add(a.agency());
    }
    if (a.byline() != null) {
      out.add(a.byline());
    }
    return out;
  }
}
