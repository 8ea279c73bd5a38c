package news.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.archive.Hit;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  private static Snippets.Snippet snippet(String body, String... words) {
    Marks marks = new Marks();
    marks.words.addAll(List.of(words));
    return new Snippets(Analysis.analyzer(), marks).of(body);
  }

  /** The marked text, as the marks say, with code points counted as Python counts them. */
  private static List<String> marked(Snippets.Snippet s) {
    int[] cps = s.text().codePoints().toArray();
    return s.marks().stream().map(m -> new String(cps, m.start(), m.end() - m.start())).toList();
  }

  @Test
  void marksPointAtTheMatchedWords() {
    Snippets.Snippet s =
        snippet("The army massed near Idlib. Talks on Idlib's future began.", "idlib");
    assertEquals("The army massed near Idlib. Talks on Idlib's future began.", s.text());
    assertEquals(List.of("Idlib", "Idlib's"), marked(s));
  }

  @Test
  void theBestSentencesAreChosenAndGapsShown() {
    String body =
        "Markets opened higher. Traders were calm.\n\nThe minister met rebels in Idlib."
            + " Nothing else happened.\n\nLater the foreign minister left Idlib for Ankara.";
    Snippets.Snippet s = snippet(body, "idlib", "foreign");
    assertEquals(
        "\u2026 The minister met rebels in Idlib. \u2026 Later the foreign minister left"
            + " Idlib for Ankara.",
        s.text());
    assertEquals(List.of("Idlib", "foreign", "Idlib"), marked(s));
  }

  @Test
  void aLongSentenceIsCutToAWindowAroundTheMatch() {
    String filler = "word ".repeat(80);
    Snippets.Snippet s = snippet(filler + "Zarif arrived " + filler + ".", "zarif");
    assertTrue(s.text().length() <= Snippets.PASSAGE + 10, s.text());
    assertTrue(s.text().startsWith("\u2026 ") && s.text().endsWith(" \u2026"), s.text());
    assertEquals(List.of("Zarif"), marked(s));
  }

  @Test
  void withoutAMatchInTheBodyTheSnippetIsItsOpening() {
    Snippets.Snippet s = snippet("First sentence here. Second one.", "absent");
    assertEquals("First sentence here. \u2026", s.text());
    assertEquals(List.of(), s.marks());
  }

  @Test
  void lineBreaksAndRunsOfSpaceBecomeOneSpace() {
    Snippets.Snippet s = snippet("A table:\n  Idlib    12\n  Hama     4", "idlib");
    assertFalse(s.text().contains("\n"), s.text());
    assertFalse(s.text().contains("  "), s.text());
    assertEquals(List.of("Idlib"), marked(s));
  }

  @Test
  void marksCountCodePointsNotJavaChars() {
    Snippets.Snippet s = snippet("\ud83d\udcf0 Idlib news.", "idlib");
    Hit.Mark m = s.marks().get(0);
    assertEquals(2, m.start(), "the emoji is one code point (two Java chars)");
    assertEquals(List.of("Idlib"), marked(s));
  }

  @Test
  void sentencesEndAtPunctuationBeforeSpaceOrAtABlankLine() {
    String body = "Mr. Smith said \"no.\" Then he left!\n\nNew paragraph without stop";
    List<int[]> spans = Snippets.sentences(body);
    List<String> texts = spans.stream().map(r -> body.substring(r[0], r[1])).toList();
    assertEquals(
        List.of("Mr.", "Smith said \"no.\"", "Then he left!", "New paragraph without stop"), texts);
  }
}
