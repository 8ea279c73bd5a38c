package news.archive.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import news.archive.Article;
import news.archive.Fixtures;
import news.archive.parse.ParseException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MainTextTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private static List<String> paragraphs(String fixture) {
    String html =
        new String(Fixtures.resource("html/main-text/" + fixture), StandardCharsets.UTF_8);
    return MainText.of(Jsoup.parse(html).body()).paragraphs();
  }

  private static Article article(String fixture) throws ParseException {
    byte[] bytes = Fixtures.resource("html/main-text/" + fixture);
    return new HtmlParser().parse(bytes, Article.Source.of(fixture, null, bytes), NOW).article();
  }

  @Test
  void leadInABoxOfItsOwnAboveTheBodyIsTheBodysStart() {
    List<String> p = paragraphs("lead-in-another-box.html");
    assertTrue(p.get(0).startsWith("The ferry that links Skerra"), p.toString());
    assertTrue(p.get(1).startsWith("Islanders, who have had"), p.toString());
    assertTrue(p.get(2).startsWith("The operator, Western Isles"), p.toString());
    assertTrue(p.get(p.size() - 1).startsWith("The transport board said"), p.toString());
  }

  @Test
  void whatStandsAboveTheLeadIsNotTheBody() {
    List<String> p = paragraphs("lead-in-another-box.html");
    assertFalse(String.join("\n", p).contains("Ilse Marwick"), p.toString());
    assertFalse(String.join("\n", p).contains("Harbour master"), p.toString());
  }

  @Test
  void standfirstThatTheBodyRepeatsIsReadOnce() {
    List<String> p = paragraphs("lead-repeated.html");
    assertEquals(
        1, p.stream().filter(s -> s.startsWith("Sleeper trains will run again")).count(), "" + p);
    assertTrue(p.get(0).startsWith("Sleeper trains will run again"), p.toString());
  }

  @Test
  void leadThatIsAlsoTheDescriptionStaysTheBodysFirstParagraph() throws ParseException {
    Article a = article("lead-repeated.html");
    assertTrue(a.body().startsWith("Sleeper trains will run again"), a.body());
    assertNull(a.subtitle(), "the description is the body's first paragraph");
  }

  @Test
  void furnitureLinesInAnyLanguageLeaveTheBody() {
    List<String> p = paragraphs("furniture-lines.html");
    for (String line :
        List.of(
            "Anzeige",
            "Teilen",
            "Lesen Sie auch: Warum der Busverkehr in Kornhafen so oft ausfällt",
            "Publicité",
            "Share this article",
            "Newsletter abonnieren")) {
      assertFalse(p.contains(line), line + " in " + p);
    }
    assertEquals(5, p.size(), p.toString());
  }

  @Test
  void sentenceThatUsesAFurnitureWordStays() {
    List<String> p = paragraphs("furniture-lines.html");
    assertTrue(p.get(3).startsWith("Die Werbung für das Projekt"), p.toString());
  }
}
