package news.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An article's id comes from its text alone, and stays what every version wrote. */
class ContentIdTest {

  private static final Article A = TestArticles.full();

  private static String id(Article a) {
    return ContentId.of(a.title(), a.subtitle(), a.byline(), a.captions(), a.body());
  }

  @Test
  void theIdIsThatOfTheTextAsStoredRecordsHaveIt() {
    // the id earlier versions gave the text "Title\n\nBody.\n": another hash would orphan every
    // record
    assertEquals("b28419cb0cf3e78b", ContentId.of("Title", null, null, List.of(), "Body."));
    assertTrue(Article.isId(id(A)));
  }

  @Test
  void eachPartOfTheTextCountsAndNothingElse() {
    String id = id(A);
    assertNotEquals(id, id(A.toBuilder().title("Other").build()));
    assertNotEquals(id, id(A.toBuilder().subtitle(null).build()));
    assertNotEquals(id, id(A.toBuilder().byline("Other").build()));
    assertNotEquals(id, id(A.toBuilder().captions(List.of()).build()));
    assertNotEquals(id, id(A.toBuilder().body("Other.").build()));
    assertEquals(
        id,
        id(A.toBuilder().date(LocalDate.of(2001, 2, 3), Article.DateFrom.GIVEN).build()),
        "a date is no part of the text");
    assertNotEquals(
        ContentId.of("a", "b", null, List.of(), "c"),
        ContentId.of("a", null, "b", List.of(), "c"),
        "the parts are kept apart");
  }

  @Test
  void aStoredArticlesIdIsThatOfItsTextAsParsedWhateverWasCorrected() {
    Article corrected = Corrections.corrected(A, Map.of("title", "By hand", "byline", ""));
    assertEquals(id(A), ContentId.of(corrected));
    assertNotEquals(id(A), id(corrected));
  }

  @Test
  void anInputIsKnownByTheSha256OfItsBytes() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ContentId.sha256("abc".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        ContentId.sha256(new byte[] {1, 2}),
        Article.Source.of("a.txt", null, new byte[] {1, 2}).sha256());
  }
}
