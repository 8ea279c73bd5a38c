package news.archive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.Curation;
import news.archive.DateRange;
import news.archive.Hit;
import news.archive.Story;
import news.archive.app.Archive;
import news.archive.app.Reader;
import news.archive.app.TooShortException;

/**
 * {@code /article/ID}: the whole record, set for reading, with its tags and note (editable under
 * {@code --write}), its story and the articles most like it.
 */
final class ArticlePage {
  private ArticlePage() {}

  /** Similar articles shown beside one. */
  private static final int SIMILAR = 6;

  /** A story's other articles shown beside one. */
  private static final int STORY = 12;

  static String main(Archive archive, Reader reader, Article a, Layout layout) {
    Html h = new Html();
    h.raw("<div class=\"columns\"><article class=\"record\"><h1 id=\"title\">")
        .text(a.title())
        .raw("</h1>");
    if (a.subtitle() != null) {
      h.element("p", "subtitle", a.subtitle());
    }
    meta(h, a);
    h.raw("<div class=\"body\">");
    for (String paragraph : a.body().split("\n\n", -1)) {
      h.element("p", null, paragraph);
    }
    h.raw("</div>");
    if (!a.captions().isEmpty()) {
      h.raw("<section class=\"captions\"><h2>Captions</h2><ul>");
      for (String c : a.captions()) {
        h.element("li", null, c);
      }
      h.raw("</ul></section>");
    }
    h.raw("</article><aside class=\"side\">");
    curation(h, a, layout);
    Story story = story(h, archive, reader, a);
    similar(h, reader, a, story);
    if (layout.writes()) {
      corrections(h, a, layout);
    }
    h.raw("</aside></div>");
    return h.toString();
  }

  private static void meta(Html h, Article a) {
    h.raw("<dl class=\"fields\">");
    field(h, "Date", a.date() == null ? "undated" : a.date().toString());
    field(h, "By", a.byline());
    field(h, "Agency", a.agency());
    field(h, "Outlet", a.outlet());
    field(h, "Words", Integer.toString(a.words()));
    field(h, "Id", a.id());
    h.raw("<dt>Source</dt>");
    for (Article.Source s : a.sources()) {
      h.element("dd", "path", s.path());
    }
    String url = a.source().url();
    if (url != null) {
      h.raw("<dt>Address</dt><dd>");
      if (web(url)) {
        h.raw("<a rel=\"noreferrer noopener\" href=\"").text(url).raw("\">").text(url).raw("</a>");
      } else {
        h.text(url);
      }
      h.raw("</dd>");
    }
    if (a.nearDuplicateOf() != null) {
      h.raw("<dt>Nearly repeats</dt><dd><a href=\"/article/")
          .text(a.nearDuplicateOf())
          .raw("\">")
          .text(a.nearDuplicateOf())
          .raw("</a></dd>");
    }
    if (!a.curation().set().isEmpty()) {
      field(h, "Corrected", String.join(", ", a.curation().set().keySet()));
    }
    h.raw("</dl>");
  }

  /** Only an address of the web is a link: {@code javascript:} and the like are shown as text. */
  private static boolean web(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://");
  }

  private static void field(Html h, String name, String value) {
    if (value != null) {
      h.raw("<dt>").text(name).raw("</dt><dd>").text(value).raw("</dd>");
    }
  }

  private static void curation(Html h, Article a, Layout layout) {
    h.raw("<section class=\"tags\"><h2>Tags</h2>");
    if (a.curation().tags().isEmpty()) {
      h.raw("<p id=\"tags\" class=\"none\">none</p>");
    } else {
      // a list, not a paragraph: a paragraph ends where a form (a tag's button) starts
      h.raw("<ul id=\"tags\" class=\"tag-list\">");
      for (String t : a.curation().tags()) {
        h.raw("<li class=\"tag-item\"><a class=\"tag\" href=\"")
            .text(Html.query("/search", java.util.Map.of("tag", t)))
            .raw("\">")
            .text(t)
            .raw("</a>");
        if (layout.writes()) {
          untag(h, a, t, layout);
        }
        h.raw("</li>");
      }
      h.raw("</ul>");
    }
    if (layout.writes()) {
      h.raw("<form method=\"post\" action=\"/article/").text(a.id()).raw("/tags\">");
      layout.tokenField(h);
      h.raw("<label>Add tags <input name=\"tags\" placeholder=\"unread todo\" required></label>")
          .raw("<button type=\"submit\">Add</button></form>");
    }
    h.raw("</section><section class=\"note\"><h2>Note</h2>");
    if (layout.writes()) {
      h.raw("<form method=\"post\" action=\"/article/").text(a.id()).raw("/note\">");
      layout.tokenField(h);
      h.raw("<textarea name=\"note\" rows=\"4\" aria-label=\"Note\">")
          .text(a.curation().note() == null ? "" : a.curation().note())
          .raw("</textarea><button type=\"submit\">Save note</button></form>");
    } else if (a.curation().note() != null) {
      h.element("p", "note-text", a.curation().note());
    } else {
      h.raw("<p class=\"none\">none</p>");
    }
    h.raw("</section>");
  }

  /**
   * A button that takes one tag away: a form of its own that posts {@code -TAG} as the tag form
   * does, so that it passes the same checks of token and origin.
   */
  private static void untag(Html h, Article a, String tag, Layout layout) {
    h.raw("<form class=\"untag\" method=\"post\" action=\"/article/").text(a.id()).raw("/tags\">");
    layout.tokenField(h);
    h.raw("<input type=\"hidden\" name=\"tags\" value=\"-")
        .text(tag)
        .raw("\"><button type=\"submit\" class=\"remove\" aria-label=\"Remove the tag ")
        .text(tag)
        .raw("\" title=\"Remove the tag ")
        .text(tag)
        .raw("\">\u00d7</button></form>");
  }

  /**
   * The article's story, when it has others: said to be a story (its size and dates), the link to
   * it, and its label shown as the story's, not as a headline to follow; then its other articles.
   * Returns the story shown, or null.
   */
  private static Story story(Html h, Archive archive, Reader reader, Article a) {
    if (a.story() == null) {
      h.raw("<section class=\"story\"><h2>Story</h2><p class=\"none\">")
          .text("Too short to compare: in no story.")
          .raw("</p></section>");
      return null;
    }
    Story s;
    try {
      s = archive.story(reader, a.story());
    } catch (TooShortException | news.archive.app.NotFoundException e) {
      return null; // a story the index does not show yet
    }
    if (s.size() < 2) {
      return null; // a story of this article alone says nothing
    }
    h.raw("<section class=\"story\" id=\"story\"><h2>Story</h2>")
        .raw("<p><a id=\"story-link\" href=\"/story/")
        .text(s.id())
        .raw("\">Story: ")
        .text(s.size() + " articles, " + StoryPages.span(s))
        .raw("</a></p>");
    if (s.label() != null) {
      h.raw("<p class=\"story-label\"><span class=\"k\">The story\u2019s label:</span> ")
          .element("q", null, s.label())
          .raw("</p>");
    }
    h.raw("<ol class=\"items small\">");
    int shown = 0;
    for (Article other : s.articles()) {
      if (!other.id().equals(a.id()) && shown++ < STORY) {
        Items.article(h, other);
      }
    }
    h.raw("</ol></section>");
    return s;
  }

  /**
   * The articles most like this one, those of its own story marked as such: they are also listed
   * above, and the mark tells them from the articles like it that report something else.
   */
  private static void similar(Html h, Reader reader, Article a, Story story) {
    List<Hit> like = new ArrayList<>();
    long n = reader.similar(a, DateRange.ALL, 0, SIMILAR, BodyText.OPENING, like::add);
    h.raw("<section class=\"similar\"><h2>Similar articles</h2>");
    if (n < 0) {
      h.raw("<p class=\"none\">Too short to compare.</p>");
    } else if (like.isEmpty()) {
      h.raw("<p class=\"none\">None.</p>");
    } else {
      h.raw("<ol class=\"items small\">");
      for (Hit hit : like) {
        boolean member = story != null && story.id().equals(hit.article().story());
        Items.article(h, hit.article(), member ? "in its story" : null);
      }
      h.raw("</ol>");
    }
    h.raw("</section>");
  }

  private static void corrections(Html h, Article a, Layout layout) {
    h.raw(
            "<section class=\"correct\"><h2>Correct a field</h2><form method=\"post\" action=\"/article/")
        .text(a.id())
        .raw("/set\">");
    layout.tokenField(h);
    h.raw("<label>Field <select name=\"field\">");
    for (String f : Curation.FIELDS) {
      h.raw("<option>").text(f).raw("</option>");
    }
    h.raw("</select></label><label>Value <input name=\"value\"></label>")
        .raw("<label class=\"check\"><input type=\"checkbox\" name=\"unset\" value=\"1\">")
        .raw(" Give back what the parser read</label><button type=\"submit\">Correct</button>")
        .raw("</form></section>");
  }
}
