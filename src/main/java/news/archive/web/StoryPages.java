package news.archive.web;

import java.util.List;
import news.archive.Article;
import news.archive.Story;

/** {@code /stories} and {@code /story/ID}: the stories newest first, and one with its articles. */
final class StoryPages {
  private StoryPages() {}

  static String list(List<Story> stories, int limit) {
    Html h = new Html();
    h.raw("<h1>Stories</h1>");
    if (stories.isEmpty()) {
      h.raw("<p class=\"none\">No story has more than one article yet.</p>");
      return h.toString();
    }
    h.raw("<p class=\"count\">Stories of two articles or more, the latest first.</p>");
    h.raw("<ol class=\"stories\">");
    for (Story s : stories) {
      h.raw("<li><a href=\"/story/").text(s.id()).raw("\">");
      h.text(s.label() == null ? s.id() : s.label()).raw("</a> <span class=\"n\">");
      h.text(s.size() + " articles").raw("</span> ");
      span(h, s);
      h.raw("</li>");
    }
    h.raw("</ol>");
    if (stories.size() >= limit) {
      h.raw("<nav class=\"pages\"><a href=\"/stories?limit=")
          .text(limit * 2L)
          .raw("\">More stories</a></nav>");
    }
    return h.toString();
  }

  static String one(Story s) {
    Html h = new Html();
    h.raw("<h1 id=\"story-title\">").text(s.label() == null ? s.id() : s.label()).raw("</h1>");
    h.raw("<p class=\"count\">").text(s.size() == 1 ? "1 article" : s.size() + " articles");
    h.raw(" ");
    span(h, s);
    h.raw("</p><ol class=\"items\">");
    for (Article a : s.articles()) {
      Items.withLead(h, a);
    }
    h.raw("</ol>");
    return h.toString();
  }

  private static void span(Html h, Story s) {
    h.raw("<span class=\"span\">").text(span(s)).raw("</span>");
  }

  /** A story's dates: {@code 2018-09-03 – 2018-09-05}, one day, or {@code undated}. */
  static String span(Story s) {
    if (s.first() == null) {
      return "undated";
    }
    return s.first().equals(s.last()) ? s.first().toString() : s.first() + " \u2013 " + s.last();
  }
}
