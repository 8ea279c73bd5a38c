package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the pages show: hits and their count, facets, the histogram, errors in place, stories. */
class PagesTest {

  @TempDir Path tmp;

  @Test
  void theSearchPageShowsTheTwoIdlibHitsWithTheirCountAndMarkedWords() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response r = s.http.get("/search?q=Idlib");
      assertEquals(200, r.status());
      assertTrue(r.header("Content-Type").startsWith("text/html"));
      String page = r.body();
      assertTrue(page.contains("2 articles match"), page);
      assertTrue(page.contains("href=\"/article/" + Served.FIRST_SEED + "\""));
      assertTrue(page.contains("href=\"/article/" + Served.SECOND_SEED + "\""));
      assertTrue(page.contains("<mark>Idlib</mark>"));
      assertTrue(page.contains("<svg"), "the histogram");
      assertTrue(page.contains("since=2018-09-01&amp;until=2018-09-30"), "a bar links its month");
      assertTrue(page.contains("href=\"/search?q=Idlib&amp;agency=AFP\""), "the agency facet");
      assertTrue(page.contains("value=\"Idlib\""), "the query stays in the box");
    }
  }

  @Test
  void theHistogramNamesItsMonthCountsItsBarAndSetsTheUndatedHitApart() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String page = s.http.get("/search?q=Idlib").body();
      assertTrue(page.contains("aria-label=\"2018-09: 1 article\""), page);
      assertTrue(page.contains("<title>2018-09: 1 article</title>"));
      assertTrue(page.contains("aria-label=\"undated: 1 article, not on the axis\""), page);
      assertTrue(page.contains(">2018-09</text>"), "the month's tick label");
      assertTrue(page.contains(">undated</text>"));
    }
  }

  @Test
  void theResultsAloneAreServedForTheScriptThatFollowsTyping() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String part = s.http.get("/search?q=Zarif&fragment=1").body();
      assertTrue(part.startsWith("<div id=\"results\">"), part);
      assertFalse(part.contains("<html"));
      assertTrue(part.contains("2 articles match"));
    }
  }

  @Test
  void aFilterNarrowsTheHitsAndCanBeTakenAway() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String page = s.http.get("/search?q=Idlib&agency=AFP").body();
      assertTrue(page.contains("1 article matches"), page);
      assertTrue(page.contains("Agency: AFP"));
      assertTrue(page.contains("href=\"/search?q=Idlib\" aria-label=\"Remove this filter\""));
      assertTrue(
          s.http.get("/search?q=Idlib&since=2018-09-04").body().contains("No article matches"));
    }
  }

  @Test
  void aQueryThatCannotBeReadIsShownInPlaceWithItsPosition() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response r = s.http.get("/search?q=Idlib%20AND");
      assertEquals(200, r.status(), "the page stands; the error is in it");
      String page = r.body();
      assertTrue(page.contains("Cannot read the query: "), page);
      assertTrue(page.contains("<pre><code>Idlib AND\n      <span class=\"caret\">^</span>"), page);
    }
  }

  @Test
  void theHomePageGivesEachArticleItsDateOutletTagsAndLead() throws IOException {
    try (Served s = Served.start(tmp, false, Path.of("src/test/resources/timeline"))) {
      s.archive.tag(List.of(Served.FIRST_SEED), List.of("unread"), List.of());
      String page = s.answerOnceSeen("/", ">unread</a>");
      int first = page.indexOf("href=\"/article/" + Served.FIRST_SEED + "\"");
      String line = page.substring(first, page.indexOf("</li>", first));
      assertTrue(line.contains("<time>2018-09-03</time>"), line);
      assertTrue(line.contains("<a class=\"tag\" href=\"/search?tag=unread\">unread</a>"), line);
      assertTrue(
          line.contains(
              "<p class=\"lead\">Iran&#39;s foreign minister Mohammad Javad Zarif arrived in"
                  + " Damascus on Monday where he held talks with Syrian officials.</p>"),
          line);
      assertTrue(page.contains("<time>2018-09-14</time> \u00b7 Kivu Weekly"), "the outlet");
    }
  }

  @Test
  void theDateFieldsAreWrittenYearMonthDayAndTheServerChecksThem() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String page = s.http.get("/search?q=Idlib&since=2018-09-01").body();
      assertFalse(page.contains("type=\"date\""), "a date field shows the browser's format");
      assertTrue(
          page.contains(
              "<input type=\"text\" name=\"since\" value=\"2018-09-01\" placeholder=\"YYYY-MM-DD\""
                  + " pattern=\"\\d{4}-\\d{2}-\\d{2}\""),
          page);
      assertTrue(page.contains("<input type=\"text\" name=\"until\" value=\"\""), page);
      Http.Response bad = s.http.get("/search?q=Idlib&since=09%2F03%2F2018");
      assertEquals(400, bad.status());
      assertTrue(bad.body().contains("since is not a date; write it as YYYY-MM-DD"), bad.body());
    }
  }

  @Test
  void theHomePageListsTheNewestArticles() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String page = s.http.get("/").body();
      assertTrue(page.contains("2 articles in the archive, newest first"), page);
      assertTrue(
          page.indexOf(Served.FIRST_SEED) < page.indexOf(Served.SECOND_SEED),
          "dated before undated");
    }
  }

  @Test
  void anArticleShowsItsRecordItsStoryAndTheArticlesLikeIt() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String page = s.http.get("/article/1faa").body();
      assertTrue(page.contains("<h1 id=\"title\">Iran&#39;s foreign minister in Damascus"), page);
      assertTrue(page.contains("<dt>Date</dt><dd>2018-09-03</dd>"));
      assertTrue(page.contains("id=\"story-link\" href=\"/story/" + Served.FIRST_SEED + "\""));
      int similar = page.indexOf("Similar articles");
      assertTrue(similar > 0 && page.indexOf(Served.SECOND_SEED, similar) > 0, "the other seed");
      assertFalse(page.contains("<form method=\"post\""), "read-only: no forms");
    }
  }

  @Test
  void anArticlesStoryIsSaidToBeAStoryWithItsLabelMarkedAsTheStorys() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String page = s.http.get("/article/" + Served.FIRST_SEED).body();
      assertTrue(
          page.contains(
              "<a id=\"story-link\" href=\"/story/"
                  + Served.FIRST_SEED
                  + "\">Story: 2 articles, 2018-09-03</a>"),
          page);
      assertTrue(
          page.contains(
              "<p class=\"story-label\"><span class=\"k\">The story\u2019s label:</span> <q>Iran&#39;s"
                  + " foreign minister in Damascus as Idlib offensive looms</q></p>"),
          "the label is the story's, and no link");
      int similar = page.indexOf("Similar articles");
      assertTrue(
          page.indexOf("<span class=\"badge\">in its story</span>", similar) > 0,
          "the other seed is marked as one of the story's among the similar articles");
    }
  }

  @Test
  void anArticleAloneInItsStoryHasNoStoryBox() throws IOException {
    try (Served s = Served.start(tmp, false, Path.of("src/test/resources/timeline"))) {
      String found = s.http.get("/api/search?q=methane&fields=id,story").body();
      Matcher m = Pattern.compile("\"id\":\"([0-9a-f]{16})\",\"story\":\"\\1\"").matcher(found);
      assertTrue(m.find(), "the article is in a story of its own: " + found);
      String page = s.http.get("/article/" + m.group(1)).body();
      assertTrue(page.contains("<h1 id=\"title\">Methane plant"), page);
      assertFalse(page.contains("id=\"story\""), page);
      assertFalse(page.contains("1 article"), page);
    }
  }

  @Test
  void theStoriesAndAStoryAreListed() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String list = s.http.get("/stories").body();
      assertTrue(list.contains("href=\"/story/" + Served.FIRST_SEED + "\""), list);
      assertTrue(list.contains("2 articles"));
      String story = s.http.get("/story/" + Served.SECOND_SEED).body();
      assertTrue(story.contains("<h1 id=\"story-title\">"), story);
      assertTrue(story.contains(Served.FIRST_SEED) && story.contains(Served.SECOND_SEED));
    }
  }

  @Test
  void underWriteEachTagHasAButtonThatTakesItAwayThroughTheTagForm() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      s.archive.tag(List.of(Served.FIRST_SEED), List.of("unread", "todo"), List.of());
      String page = s.http.get("/article/" + Served.FIRST_SEED).body();
      Matcher token =
          Pattern.compile("name=\"archive-token\" content=\"([0-9a-f]+)\"").matcher(page);
      assertTrue(token.find());
      String form =
          "<form class=\"untag\" method=\"post\" action=\"/article/"
              + Served.FIRST_SEED
              + "/tags\"><input type=\"hidden\" name=\"token\" value=\""
              + token.group(1)
              + "\"><input type=\"hidden\" name=\"tags\" value=\"-unread\"><button type=\"submit\""
              + " class=\"remove\" aria-label=\"Remove the tag unread\"";
      assertTrue(page.contains(form), page);
      String own = "Origin: http://127.0.0.1:" + s.server.port() + "\r\n";
      String target = "/article/" + Served.FIRST_SEED + "/tags";
      assertEquals(403, s.http.post(target, "tags=-unread", own).status(), "no token");
      Http.Response done = s.http.post(target, "tags=-unread&token=" + token.group(1), own);
      assertEquals(303, done.status());
      String now = s.http.get("/api/show/" + Served.FIRST_SEED).body();
      assertTrue(now.contains("\"tags\":[\"todo\"]"), now);
    }
  }

  @Test
  void readOnlyTheTagsHaveNoButtons() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      s.archive.tag(List.of(Served.FIRST_SEED), List.of("unread"), List.of());
      String page = s.http.get("/article/" + Served.FIRST_SEED).body();
      assertTrue(page.contains(">unread</a>"), page);
      assertFalse(page.contains("class=\"untag\""), page);
    }
  }

  @Test
  void underWriteTheArticleHasFormsThatChangeIt() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      String page = s.http.get("/article/" + Served.FIRST_SEED).body();
      assertTrue(page.contains("action=\"/article/" + Served.FIRST_SEED + "/tags\""), page);
      assertTrue(page.contains("action=\"/article/" + Served.FIRST_SEED + "/note\""));
      assertTrue(page.contains("action=\"/article/" + Served.FIRST_SEED + "/set\""));
    }
  }
}
