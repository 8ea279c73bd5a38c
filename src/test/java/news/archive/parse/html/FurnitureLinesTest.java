package news.archive.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureLinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Advertisement",
        "ADVERTISEMENT",
        "Anzeige",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Advertentie",
        "Reklama",
        "Share this article",
        "Teilen",
        "Partager",
        "close panel",
        "Opinion writer",
        "Read more »",
        "Read more: How the river was saved",
        "Lesen Sie auch: Warum der Bus ausfällt",
        "Lire aussi | Les critiques de la loi",
        "Leggi anche - Il governo e la riforma",
        "Sign up for our daily newsletter",
        "Newsletter abonnieren",
        "Abonnez-vous à notre newsletter",
        "広告"
      })
  void aLineOfSiteFurnitureIsFurniture(String line) {
    assertTrue(FurnitureLines.isFurniture(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The advertisement ran for three weeks before the regulator banned it.",
        "Readers were asked to share this article with their representatives, the group said.",
        "Read more than twenty books a year, the teacher told her pupils.",
        "Sign up for the scheme has been slow, the ministry said on Tuesday, blaming the forms, the"
            + " fees and a website that was down for most of the first week of the campaign.",
        "Lire aussi les rapports de la commission, qui sont publics depuis mardi.",
        "- Share this article\n- Print"
      })
  void aSentenceOrAListThatUsesTheWordsIsNot(String block) {
    assertFalse(FurnitureLines.isFurniture(block), block);
  }
}
