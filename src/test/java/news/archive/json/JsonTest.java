package news.archive.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.archive.Article;
import news.archive.Hit;
import news.archive.TestArticles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  @Test
  void recordFieldsKeepTheirOrderAndNames() {
    String json = new String(Json.articleBytes(TestArticles.full()), StandardCharsets.UTF_8);
    JsonNode node = PLAIN.readTree(json);
    List<String> names = new ArrayList<>(node.propertyNames());
    assertEquals(
        List.of(
            "id",
            "title",
            "headline",
            "subtitle",
            "date",
            "dateFrom",
            "agency",
            "agencies",
            "outlet",
            "byline",
            "readingMinutes",
            "words",
            "language",
            "captions",
            "body",
            "source",
            "importedAt",
            "aliases",
            "tags",
            "note",
            "set",
            "parsed",
            "sources",
            "nearDuplicateOf",
            "story",
            "schema"),
        names);
    assertEquals(
        List.of("path", "absolutePath", "sha256", "bytes", "format", "url"),
        new ArrayList<>(node.get("source").propertyNames()));
    assertEquals("2018-09-03", node.get("date").asString());
    assertEquals("lead", node.get("dateFrom").asString(), "where the date came from, in words");
    assertEquals("2026-11-21T10:00:00Z", node.get("importedAt").asString());
    assertTrue(json.endsWith("}\n"), "a file ends with a newline");
    assertTrue(json.contains("\n  \"title\""), "pretty-printed");
  }

  @Test
  void nullFieldsAreWrittenAsNull() {
    Article a = TestArticles.article("0123456789abcdef", "T", null, "body");
    JsonNode node = PLAIN.readTree(Json.articleBytes(a));
    assertTrue(node.get("date").isNull());
    assertTrue(node.get("subtitle").isNull());
    assertEquals(0, node.get("captions").size());
  }

  @Test
  void readingGivesBackTheSameArticle() {
    Article a = TestArticles.full();
    assertEquals(a, Json.readArticle(Json.articleBytes(a)));
  }

  @Test
  void aRecordWrittenBeforeLanguagesWereToldLoadsWithoutOne() {
    String full = new String(Json.articleBytes(TestArticles.full()), StandardCharsets.UTF_8);
    String written = "\"language\" : \"en\",\n  ";
    assertTrue(full.contains(written), full);
    Article older = Json.readArticle(full.replace(written, "").getBytes(StandardCharsets.UTF_8));
    assertNull(older.language());
    assertEquals(TestArticles.full().toBuilder().language(null).build(), older);
  }

  @Test
  void unknownFieldsFromANewerVersionAreIgnored() {
    String json =
        new String(Json.articleBytes(TestArticles.full()), StandardCharsets.UTF_8)
            .replace("\"title\"", "\"mood\" : \"calm\",\n  \"title\"");
    assertEquals(TestArticles.full(), Json.readArticle(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aRecordWithTheJoinedAgencyAloneGivesTheAgenciesAsSetTakesThem() {
    String full = new String(Json.articleBytes(TestArticles.full()), StandardCharsets.UTF_8);
    String written = "\"agencies\" : [ \"AFP\" ],\n  ";
    assertTrue(full.contains(written), full);
    for (String line : List.of("AFP, Reuters", "AFP , Reuters", " AFP,Reuters ")) {
      String older =
          full.replace(written, "")
              .replace("\"agency\" : \"AFP\"", "\"agency\" : \"" + line + "\"");
      Article a = Json.readArticle(older.getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of("AFP", "Reuters"), a.agencies(), line);
    }
    String blank = full.replace(written, "").replace("\"agency\" : \"AFP\"", "\"agency\" : \"\"");
    assertEquals(
        List.of(), Json.readArticle(blank.getBytes(StandardCharsets.UTF_8)).agencies(), "none");
  }

  @Test
  void filesThatAreNotArticlesAreRefusedWithAReason() {
    for (String bad : List.of("", "null", "{ \"id\": ", "[1, 2]", "{\"title\": \"no id\"}")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> Json.readArticle(bad.getBytes(StandardCharsets.UTF_8)),
              bad);
      assertTrue(
          e.getMessage() != null && !e.getMessage().contains("\n"), bad + ": " + e.getMessage());
    }
  }

  @Test
  void arrayOutputIsOneJsonArray() throws Exception {
    StringWriter out = new StringWriter();
    try (Json.Output o = new Json.Output(out, Json.Layout.ARRAY)) {
      o.article(TestArticles.full());
      o.article(TestArticles.article("fedcba9876543210", "Second", null, "text"));
    }
    JsonNode array = PLAIN.readTree(out.toString());
    assertEquals(2, array.size());
    assertEquals("Second", array.get(1).get("title").asString());

    StringWriter empty = new StringWriter();
    new Json.Output(empty, Json.Layout.ARRAY).close();
    assertEquals(0, PLAIN.readTree(empty.toString()).size());
  }

  @Test
  void linesOutputIsOneCompactObjectPerLineAndHitsCarryScoreSnippetMarks() throws Exception {
    StringWriter out = new StringWriter();
    try (Json.Output o = new Json.Output(out, Json.Layout.LINES)) {
      o.hit(new Hit(TestArticles.full(), 1.5f, "One two", List.of(new Hit.Mark(4, 7))));
      o.article(TestArticles.full());
    }
    List<String> lines = out.toString().lines().toList();
    assertEquals(2, lines.size());
    JsonNode hit = PLAIN.readTree(lines.get(0));
    assertEquals(1.5, hit.get("score").asDouble());
    assertEquals("One two", hit.get("snippet").asString());
    assertEquals(4, hit.get("marks").get(0).get("start").asInt());
    assertEquals(7, hit.get("marks").get(0).get("end").asInt());
    assertEquals("A title", hit.get("title").asString(), "a hit is the article plus three fields");
    assertTrue(out.toString().endsWith("\n"));

    StringWriter none = new StringWriter();
    new Json.Output(none, Json.Layout.LINES).close();
    assertEquals("", none.toString(), "no hits, no lines");
  }
}
