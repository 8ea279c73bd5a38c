package news.archive.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import news.archive.Article;
import news.archive.Fixtures;
import news.archive.parse.ParseException;
import org.junit.jupiter.api.Test;

class DescriptionsTest {

  private static final String WHOLE =
      "The council voted to close the old bridge to cars from May, after engineers found cracks.";

  private static Article page(String fixture) throws ParseException {
    byte[] bytes = Fixtures.resource("html/main-text/" + fixture);
    Instant now = Instant.parse("2026-11-21T10:00:00Z");
    return new HtmlParser().parse(bytes, Article.Source.of(fixture, null, bytes), now).article();
  }

  private static String choose(String... descriptions) {
    return Descriptions.choose(Arrays.asList(descriptions));
  }

  @Test
  void theFirstDescriptionWinsWhenAllAreWhole() {
    assertEquals("A short one.", choose("A short one.", WHOLE));
  }

  @Test
  void descriptionCutWithAnEllipsisLosesToAWholeOne() {
    assertEquals(
        WHOLE, choose("The council voted to close the old bridge to cars from May...", WHOLE));
    assertEquals(WHOLE, choose("The council voted to close the old bridge to cars\u2026", WHOLE));
  }

  @Test
  void descriptionCutMidWordLosesToTheOneItStarts() {
    assertEquals(WHOLE, choose("The council voted to close the old bri", WHOLE));
  }

  @Test
  void descriptionWithMarkupOrEntitiesLosesToAWholeOne() {
    assertEquals(WHOLE, choose("<p>The council voted</p>", WHOLE));
    assertEquals(WHOLE, choose("The council &amp;amp; the mayor", WHOLE));
  }

  @Test
  void malformedDescriptionAloneIsReadAsText() {
    assertEquals("The council voted & won", choose("<p>The council voted &amp; won</p>"));
  }

  @Test
  void cutDescriptionAloneIsKept() {
    assertEquals("The council voted to...", choose("The council voted to..."));
  }

  @Test
  void noDescriptionGivesNone() {
    assertNull(Descriptions.choose(List.of()));
    assertNull(choose(" ", null));
  }

  @Test
  void cutMetaDescriptionLosesToTheWholeOpenGraphOne() throws ParseException {
    assertEquals(
        "El puerto de Valdemora permanecerá cerrado al menos hasta el lunes por la tormenta, que ha"
            + " hundido dos pesqueros y dañado el muelle norte.",
        page("cut-description.html").subtitle());
  }
}
