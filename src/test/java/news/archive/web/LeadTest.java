package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The lead of a list's line: the first sentence, or the first words of a long one. */
class LeadTest {

  @Test
  void theFirstSentenceOfTheFirstParagraph() {
    assertEquals(
        "LOS ANGELES, March 4 - Drilling for oil in California is likely to continue, analysts"
            + " said.",
        Lead.of(
            "LOS ANGELES, March 4 - Drilling for oil in California is likely to continue,"
                + " analysts said. Much of the crude is heavy.\n\nA second paragraph."));
  }

  @Test
  void aStopAfterAnAbbreviationDoesNotEndTheSentence() {
    assertEquals(
        "Mr. Zarif met U.S. and U.N. envoys in St. Petersburg on Monday.",
        Lead.of("Mr. Zarif met U.S. and U.N. envoys in St. Petersburg on Monday. Then he left."));
  }

  @Test
  void aQuoteThatClosesTheSentenceIsKept() {
    assertEquals(
        "\"We will stay,\" the minister said of the talks in Damascus on Monday.",
        Lead.of("\"We will stay,\" the minister said of the talks in Damascus on Monday. More."));
    assertEquals("Is it over?\u201d", Lead.of("Is it over?\u201d She asked again."));
  }

  @Test
  void aChineseOrJapaneseStopEndsTheSentenceWithNoSpaceAfterIt() {
    assertEquals(
        "\u30a4\u30f3\u30bf\u30fc\u30cd\u30c3\u30c8\u4e0a\u306e\u30c4\u30fc\u30eb\u304c\u6709\u540d\u3067\u3059\u3002",
        Lead.of(
            "\u30a4\u30f3\u30bf\u30fc\u30cd\u30c3\u30c8\u4e0a\u306e\u30c4\u30fc\u30eb\u304c\u6709\u540d\u3067\u3059\u3002\u3053\u308c\u3089\u306f\u7814\u7a76\u3067\u3059\u3002"));
  }

  @Test
  void aShortLineBeforeTheTextIsNoLead() {
    assertEquals(
        "Ladies and gentlemen, the chapter begins here.",
        Lead.of("102\n\nLadies and gentlemen, the chapter begins here. And goes on."));
    assertEquals("102", Lead.of("102"), "unless it is all there is");
  }

  @Test
  void aLongSentenceIsCutAtAWordWithAnEllipsis() {
    String words = "word ".repeat(100).strip() + ".";
    String lead = Lead.of(words);
    assertTrue(lead.endsWith("word\u2026"), lead);
    assertTrue(lead.length() <= Lead.LENGTH + 1, lead);
  }

  @Test
  void spacesAndLineEndsAreOneSpaceAndAnEmptyBodyHasNoLead() {
    assertEquals("A short body", Lead.of("\n\nA  short\nbody"));
    assertEquals("", Lead.of(""));
  }
}
