package news.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder sets each field by its name, and a copy keeps every field it does not change. */
class ArticleBuilderTest {

  private static final Article.Source FIRST =
      new Article.Source("a.txt", "/in/a.txt", "a".repeat(64), 10);
  private static final Article.Source SECOND =
      new Article.Source("b.html", "/in/b.html", "b".repeat(64), 20, Article.Source.HTML, "u");

  /** Every field set, each to a value no other field holds. */
  private static Article everyField() {
    return Article.builder()
        .id("0123456789abcdef")
        .title("Title")
        .headline("Headline")
        .subtitle("Subtitle")
        .date(LocalDate.of(2018, 9, 3))
        .dateFrom(Article.DateFrom.DATELINE)
        .agencies(List.of("AFP", "Reuters"))
        .outlet("Outlet")
        .byline("Byline")
        .readingMinutes(7)
        .words(5)
        .captions(List.of("Caption"))
        .body("Body")
        .source(FIRST)
        .importedAt(Instant.parse("2026-11-21T10:00:00Z"))
        .aliases(List.of("fedcba9876543210"))
        .curation(new Curation(List.of("tag"), "Note", Map.of(), Map.of()))
        .sources(List.of(FIRST, SECOND))
        .nearDuplicateOf("1111111111111111")
        .story("2222222222222222")
        .build();
  }

  @Test
  void eachSetterSetsTheFieldOfItsName() {
    Article a = everyField();
    assertEquals("0123456789abcdef", a.id());
    assertEquals("Title", a.title());
    assertEquals("Headline", a.headline());
    assertEquals("Subtitle", a.subtitle());
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertEquals(Article.DateFrom.DATELINE, a.dateFrom());
    assertEquals(List.of("AFP", "Reuters"), a.agencies());
    assertEquals("Outlet", a.outlet());
    assertEquals("Byline", a.byline());
    assertEquals(7, a.readingMinutes());
    assertEquals(5, a.words());
    assertEquals(List.of("Caption"), a.captions());
    assertEquals("Body", a.body());
    assertEquals(FIRST, a.source());
    assertEquals(Instant.parse("2026-11-21T10:00:00Z"), a.importedAt());
    assertEquals(List.of("fedcba9876543210"), a.aliases());
    assertEquals(new Curation(List.of("tag"), "Note", Map.of(), Map.of()), a.curation());
    assertEquals(List.of(FIRST, SECOND), a.sources());
    assertEquals("1111111111111111", a.nearDuplicateOf());
    assertEquals("2222222222222222", a.story());
  }

  @Test
  void aCopyKeepsEveryFieldItDoesNotChange() {
    Article a = everyField();
    assertEquals(a, a.toBuilder().build());
    Article retitled = a.toBuilder().title("Another").build();
    assertEquals("Another", retitled.title());
    assertEquals(a, retitled.toBuilder().title("Title").build());
  }

  @Test
  void fieldsLeftUnsetAreEmptyOrNone() {
    Article a =
        Article.builder()
            .id("0123456789abcdef")
            .title("Title")
            .body("Body")
            .source(FIRST)
            .importedAt(Instant.parse("2026-11-21T10:00:00Z"))
            .build();
    assertNull(a.date());
    assertNull(a.dateFrom());
    assertEquals(List.of(), a.agencies());
    assertEquals(List.of(), a.captions());
    assertEquals(List.of(), a.aliases());
    assertEquals(Curation.NONE, a.curation());
    assertEquals(List.of(FIRST), a.sources());
    assertEquals(0, a.words());
  }

  @Test
  void theRecordsChecksHoldInTheBuilder() {
    Article.Builder noTitle =
        everyField().toBuilder().title(null).date(null, Article.DateFrom.LINE);
    NullPointerException e = assertThrows(NullPointerException.class, noTitle::build);
    assertEquals("title", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> everyField().toBuilder().story("s1").build());
    Article undated = everyField().toBuilder().date(null).build();
    assertNull(undated.dateFrom(), "no date, so nowhere it was found");
  }
}
