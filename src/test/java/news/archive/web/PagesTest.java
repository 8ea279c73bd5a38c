package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pages show: hits and their count, facets, the histogram, errors in place, stories. The
 * pages are parsed and checked element by element: a piece of markup looked for as text passes
 * wherever it stands, and an order of two pieces passes when one is missing.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class PagesTest {

  @TempDir Path tmp;

  @Test
  void theSearchPageShowsTheTwoIdlibHitsWithTheirCountAndMarkedWords() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response r = s.http.get("/search?q=Idlib");
      assertEquals(200, r.status());
      assertTrue(r.header("Content-Type").startsWith("text/html"));
      Document page = Jsoup.parse(r.body());
      assertEquals("2 articles match", one(page, "#results > p#count").text(), r.body());
      assertEquals(
          Set.of("/article/" + Served.FIRST_SEED, "/article/" + Served.SECOND_SEED),
          Set.copyOf(page.select("ol.hits > li.item > h2 > a").eachAttr("href")));
      Elements marks = page.select("ol.hits > li.item > p.snippet > mark");
      assertFalse(marks.isEmpty(), "marked words");
      assertEquals(List.of("Idlib"), marks.eachText().stream().distinct().toList());
      Element histogram = one(page, "figure.histogram > svg");
      assertEquals(
          List.of("/search?q=Idlib&since=2018-09-01&until=2018-09-30"),
          histogram.select("a.bar").eachAttr("href"),
          "a bar links its month");
      Element agency = one(page, "aside.facets a[href=\"/search?q=Idlib&agency=AFP\"]");
      assertEquals("AFP", agency.text(), "the agency facet");
      assertEquals("Idlib", one(page, "header form.search input#q").val(), "the query stays");
    }
  }

  @Test
  void theHistogramNamesItsMonthCountsItsBarAndSetsTheUndatedHitApart() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Document page = Jsoup.parse(s.http.get("/search?q=Idlib").body());
      Element svg = one(page, "figure.histogram > svg");
      Element month = one(svg, "a.bar[aria-label=\"2018-09: 1 article\"]");
      assertEquals("2018-09: 1 article", one(month, "rect > title").text());
      Element undated =
          one(svg, "g.bar.undated[aria-label=\"undated: 1 article, not on the axis\"]");
      assertEquals("undated: 1 article, not on the axis", one(undated, "rect > title").text());
      List<String> labels = svg.select("text.tick-label").eachText();
      assertTrue(labels.contains("2018-09"), "the month's tick label: " + labels);
      assertTrue(labels.contains("undated"), labels.toString());
    }
  }

  @Test
  void theResultsAloneAreServedForTheScriptThatFollowsTyping() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String part = s.http.get("/search?q=Zarif&fragment=1").body();
      assertTrue(part.startsWith("<div id=\"results\">"), part);
      assertFalse(part.contains("<html"));
      Document fragment = Jsoup.parseBodyFragment(part);
      assertEquals(1, fragment.body().childrenSize(), "one element: " + part);
      assertEquals("2 articles match", one(fragment, "body > div#results > p#count").text());
    }
  }

  @Test
  void aFilterNarrowsTheHitsAndCanBeTakenAway() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Document page = Jsoup.parse(s.http.get("/search?q=Idlib&agency=AFP").body());
      assertEquals("1 article matches", one(page, "#results > p#count").text(), page.html());
      Element filter = one(page, "ul.active > li");
      assertEquals("Agency: AFP", filter.ownText());
      Element remove = one(filter, "a[aria-label=\"Remove this filter\"]");
      assertEquals("/search?q=Idlib", remove.attr("href"));
      Document none = Jsoup.parse(s.http.get("/search?q=Idlib&since=2018-09-04").body());
      assertEquals("No article matches", one(none, "#results > p#count").text(), none.html());
    }
  }

  @Test
  void aQueryThatCannotBeReadIsShownInPlaceWithItsPosition() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response r = s.http.get("/search?q=Idlib%20AND");
      assertEquals(200, r.status(), "the page stands; the error is in it");
      Document page = Jsoup.parse(r.body());
      Element problem = one(page, "#results > #problem");
      assertTrue(one(problem, "p").text().startsWith("Cannot read the query: "), r.body());
      Element code = one(problem, "pre > code");
      assertEquals("Idlib AND\n      ^", code.wholeText(), "the caret under the place");
      Element caret = one(code, "span.caret");
      assertEquals("^", caret.text());
      assertEquals(code.childNode(code.childNodeSize() - 1), caret, "the caret ends the code");
    }
  }

  @Test
  void theHomePageGivesEachArticleItsDateOutletTagsAndLead() throws IOException {
    try (Served s = Served.start(tmp, false, Path.of("src/test/resources/timeline"))) {
      s.archive.tag(List.of(Served.FIRST_SEED), List.of("unread"), List.of());
      Document page = Jsoup.parse(s.answerOnceSeen("/", ">unread</a>"));
      Element item = itemLinking(page, "ol.items", "/article/" + Served.FIRST_SEED);
      assertEquals("2018-09-03", one(item, "p.meta > time").text(), item.outerHtml());
      Element tag = one(item, "a.tag[href=\"/search?tag=unread\"]");
      assertEquals("unread", tag.text(), item.outerHtml());
      assertEquals(
          "Iran's foreign minister Mohammad Javad Zarif arrived in"
              + " Damascus on Monday where he held talks with Syrian officials.",
          one(item, "p.lead").text(),
          item.outerHtml());
      Element outlet =
          one(page, "ol.items > li.item > p.meta:has(> time:matchesOwn(^2018-09-14$))");
      assertEquals("2018-09-14 \u00b7 Kivu Weekly", outlet.text(), "the outlet");
    }
  }

  @Test
  void theDateFieldsAreWrittenYearMonthDayAndTheServerChecksThem() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String html = s.http.get("/search?q=Idlib&since=2018-09-01").body();
      assertFalse(html.contains("type=\"date\""), "a date field shows the browser's format");
      Document page = Jsoup.parse(html);
      Element since = one(page, "form.refine input[name=since]");
      assertEquals("text", since.attr("type"), since.outerHtml());
      assertEquals("2018-09-01", since.val());
      assertEquals("YYYY-MM-DD", since.attr("placeholder"));
      assertEquals("\\d{4}-\\d{2}-\\d{2}", since.attr("pattern"));
      Element until = one(page, "form.refine input[name=until]");
      assertEquals("text", until.attr("type"), until.outerHtml());
      assertTrue(until.hasAttr("value"), until.outerHtml());
      assertEquals("", until.val());
      Http.Response bad = s.http.get("/search?q=Idlib&since=09%2F03%2F2018");
      assertEquals(400, bad.status());
      assertEquals(
          "since is not a date; write it as YYYY-MM-DD",
          one(Jsoup.parse(bad.body()), "main > .problem > h1 + p").text(),
          bad.body());
    }
  }

  @Test
  void theHomePageListsTheNewestArticles() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Document page = Jsoup.parse(s.http.get("/").body());
      assertEquals(
          "2 articles in the archive, newest first", one(page, "#results > p.count").text());
      assertEquals(
          List.of("/article/" + Served.FIRST_SEED, "/article/" + Served.SECOND_SEED),
          page.select("ol.items > li.item > h2 > a").eachAttr("href"),
          "dated before undated");
    }
  }

  @Test
  void anArticleShowsItsRecordItsStoryAndTheArticlesLikeIt() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String html = s.http.get("/article/1faa").body();
      Document page = Jsoup.parse(html);
      assertEquals(
          "Iran's foreign minister in Damascus as Idlib offensive looms",
          one(page, "h1#title").text(),
          html);
      Element date = one(page, "dl.fields > dt:matchesOwn(^Date$)");
      assertEquals("dd", date.nextElementSibling().tagName());
      assertEquals("2018-09-03", date.nextElementSibling().text());
      assertEquals("/story/" + Served.FIRST_SEED, one(page, "a#story-link").attr("href"));
      itemLinking(page, "section.similar", "/article/" + Served.SECOND_SEED);
      assertEquals("Similar articles", one(page, "section.similar > h2").text());
      assertTrue(page.select("form[method=post]").isEmpty(), "read-only: no forms");
      assertFalse(html.contains("<form method=\"post\""), "read-only: no forms");
    }
  }

  @Test
  void anArticlesStoryIsSaidToBeAStoryWithItsLabelMarkedAsTheStorys() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Document page = Jsoup.parse(s.http.get("/article/" + Served.FIRST_SEED).body());
      Element link = one(page, "section#story a#story-link");
      assertEquals("/story/" + Served.FIRST_SEED, link.attr("href"));
      assertEquals("Story: 2 articles, 2018-09-03", link.text());
      Element label = one(page, "section#story p.story-label");
      assertEquals("The story\u2019s label:", one(label, "> span.k").text());
      assertEquals(
          "Iran's foreign minister in Damascus as Idlib offensive looms", one(label, "> q").text());
      assertEquals(
          "The story\u2019s label: Iran's foreign minister in Damascus as Idlib offensive looms",
          label.text());
      assertTrue(label.select("a").isEmpty(), "the label is the story's, and no link");
      Element other = itemLinking(page, "section.similar", "/article/" + Served.SECOND_SEED);
      assertEquals(
          "in its story",
          one(other, "p.meta > span.badge").text(),
          "the other seed is marked as one of the story's among the similar articles");
    }
  }

  @Test
  void anArticleAloneInItsStoryHasNoStoryBox() throws IOException {
    try (Served s = Served.start(tmp, false, Path.of("src/test/resources/timeline"))) {
      String found = s.http.get("/api/search?q=methane&fields=id,story").body();
      Matcher m = Pattern.compile("\"id\":\"([0-9a-f]{16})\",\"story\":\"\\1\"").matcher(found);
      assertTrue(m.find(), "the article is in a story of its own: " + found);
      String html = s.http.get("/article/" + m.group(1)).body();
      Document page = Jsoup.parse(html);
      assertTrue(one(page, "h1#title").text().startsWith("Methane plant"), html);
      assertNull(page.getElementById("story"), html);
      assertTrue(page.select("#story-link, .story-label").isEmpty(), html);
      assertFalse(html.contains("id=\"story\""), html);
      assertFalse(html.contains("1 article"), html);
    }
  }

  @Test
  void theStoriesAndAStoryAreListed() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Document list = Jsoup.parse(s.http.get("/stories").body());
      Element story =
          one(list, "ol.stories > li:has(> a[href=\"/story/" + Served.FIRST_SEED + "\"])");
      assertEquals("2 articles", one(story, "> span.n").text(), story.outerHtml());
      Document page = Jsoup.parse(s.http.get("/story/" + Served.SECOND_SEED).body());
      assertFalse(one(page, "h1#story-title").text().isEmpty(), page.html());
      assertEquals(
          Set.of("/article/" + Served.FIRST_SEED, "/article/" + Served.SECOND_SEED),
          Set.copyOf(page.select("ol.items > li.item > h2 > a").eachAttr("href")));
    }
  }

  @Test
  void underWriteEachTagHasAButtonThatTakesItAwayThroughTheTagForm() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      s.archive.tag(List.of(Served.FIRST_SEED), List.of("unread", "todo"), List.of());
      String html = s.http.get("/article/" + Served.FIRST_SEED).body();
      Document page = Jsoup.parse(html);
      String token = one(page, "meta[name=archive-token]").attr("content");
      assertTrue(token.matches("[0-9a-f]+"), token);
      String target = "/article/" + Served.FIRST_SEED + "/tags";
      Element form =
          one(page, "section.tags form.untag:has(> input[name=tags][value=\"-unread\"])");
      assertEquals("post", form.attr("method"));
      assertEquals(target, form.attr("action"));
      List<Element> fields = form.children();
      assertEquals(3, fields.size(), form.outerHtml());
      assertHidden(fields.get(0), "token", token);
      assertHidden(fields.get(1), "tags", "-unread");
      Element button = fields.get(2);
      assertEquals("button", button.tagName(), form.outerHtml());
      assertEquals("submit", button.attr("type"));
      assertTrue(button.hasClass("remove"), form.outerHtml());
      assertEquals("Remove the tag unread", button.attr("aria-label"));
      String own = "Origin: http://127.0.0.1:" + s.server.port() + "\r\n";
      assertEquals(403, s.http.post(target, "tags=-unread", own).status(), "no token");
      Http.Response done = s.http.post(target, "tags=-unread&token=" + token, own);
      assertEquals(303, done.status());
      String now = s.http.get("/api/show/" + Served.FIRST_SEED).body();
      assertTrue(now.contains("\"tags\":[\"todo\"]"), now);
    }
  }

  @Test
  void readOnlyTheTagsHaveNoButtons() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      s.archive.tag(List.of(Served.FIRST_SEED), List.of("unread"), List.of());
      String html = s.http.get("/article/" + Served.FIRST_SEED).body();
      Document page = Jsoup.parse(html);
      assertEquals(List.of("unread"), page.select("section.tags a.tag").eachText(), html);
      assertTrue(page.select("form.untag, form[method=post]").isEmpty(), html);
      assertFalse(html.contains("class=\"untag\""), html);
    }
  }

  @Test
  void underWriteTheArticleHasFormsThatChangeIt() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      Document page = Jsoup.parse(s.http.get("/article/" + Served.FIRST_SEED).body());
      for (String change : List.of("tags", "note", "set")) {
        String action = "/article/" + Served.FIRST_SEED + "/" + change;
        Element form = one(page, "form:not(.untag)[action=\"" + action + "\"]");
        assertEquals("post", form.attr("method"), action);
      }
    }
  }

  /** The one element {@code css} selects under {@code root}; fails when there is none or more. */
  private static Element one(Element root, String css) {
    Elements found = root.select(css);
    assertEquals(1, found.size(), () -> found.size() + " elements for " + css + " in\n" + root);
    return found.first();
  }

  /** The item of the list under {@code list} whose heading links to {@code href}. */
  private static Element itemLinking(Element root, String list, String href) {
    return one(root, list + " li.item:has(> h2 > a[href=\"" + href + "\"])");
  }

  private static void assertHidden(Element field, String name, String value) {
    assertEquals("input", field.tagName(), field.outerHtml());
    assertEquals("hidden", field.attr("type"), field.outerHtml());
    assertEquals(name, field.attr("name"), field.outerHtml());
    assertEquals(value, field.attr("value"), field.outerHtml());
  }
}
