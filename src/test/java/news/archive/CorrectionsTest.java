package news.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Corrections shown in the fields, what the parser found kept apart, and undone to the letter. */
class CorrectionsTest {

  private static final Article PARSED = TestArticles.full();

  private static Map<String, String> set(String... fieldsAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      m.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void aCorrectionIsShownAndWhatTheParserFoundIsKept() {
    Article a =
        Corrections.corrected(
            PARSED, set("date", "2018-09-04", "agency", "AP, dpa", "byline", null));
    assertEquals(LocalDate.of(2018, 9, 4), a.date());
    assertEquals(Article.DateFrom.GIVEN, a.dateFrom());
    assertEquals(List.of("AP", "dpa"), a.agencies());
    assertNull(a.byline());
    assertEquals(
        set("date", "2018-09-03", "dateFrom", "lead", "agency", "AFP", "byline", "Jane Doe"),
        a.curation().parsed());
    assertEquals(PARSED.title(), a.title(), "a field not corrected stays");
  }

  @Test
  void undoingEveryCorrectionGivesTheParsedArticleBack() {
    Article a =
        Corrections.corrected(
            PARSED, set("title", "By hand", "date", "2001-02-03", "agency", "AP", "outlet", null));
    assertEquals(PARSED, Corrections.asParsed(a));
    assertEquals(PARSED, Corrections.corrected(a, Map.of()), "no corrections: none left");
  }

  @Test
  void newCorrectionsReplaceTheOldOnes() {
    Article once = Corrections.corrected(PARSED, set("title", "First"));
    Article twice = Corrections.corrected(once, set("subtitle", "Second"));
    assertEquals(PARSED.title(), twice.title());
    assertEquals("Second", twice.subtitle());
    assertEquals(set("subtitle", PARSED.subtitle()), twice.curation().parsed());
  }

  @Test
  void aNewReadingTakesTheTagsNoteAndCorrectionsOfTheEarlierOne() {
    Curation tagged = new Curation(List.of("port"), "a note", Map.of(), Map.of());
    Article earlier =
        Corrections.corrected(
            PARSED.toBuilder().curation(tagged).build(), set("byline", "Omar Haddad"));
    Article fresh = PARSED.toBuilder().body("One two.\n\nThree four, five.").words(5).build();
    Article carried = Corrections.withCurationOf(fresh, earlier);
    assertEquals("Omar Haddad", carried.byline());
    assertEquals(List.of("port"), carried.curation().tags());
    assertEquals("a note", carried.curation().note());
    assertEquals(fresh.body(), carried.body());
    assertEquals(fresh, Corrections.asParsed(carried).toBuilder().curation(Curation.NONE).build());
  }

  @Test
  void fieldsAreReadAsTheyAreWritten() {
    assertEquals("2018-09-03", Corrections.fieldText(PARSED, "date"));
    assertEquals("AFP", Corrections.fieldText(PARSED, "agency"));
    assertNull(Corrections.fieldText(PARSED.toBuilder().date(null).build(), "date"));
    assertThrows(IllegalArgumentException.class, () -> Corrections.fieldText(PARSED, "body"));
  }

  @Test
  void aValueAFieldCannotHoldIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> Corrections.corrected(PARSED, set("date", "3/9")));
    assertThrows(
        IllegalArgumentException.class, () -> Corrections.corrected(PARSED, set("title", " ")));
  }
}
