package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import news.archive.Article;

/**
 * Arbitrary bytes in: an article or a clean parse error out, never another exception, a hang or
 * unbounded memory. In every build this runs the inputs under {@code
 * src/test/resources/news/archive/parse/ArticleParserFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it
 * fuzzes (see docs/development.md for the command).
 */
class ArticleParserFuzzTest {

  @FuzzTest(maxDuration = "10m")
  void parsesOrRefusesCleanly(byte[] input) {
    Article a;
    try {
      a = Parsing.article(input);
    } catch (ParseException e) {
      assertNotNull(e.getMessage());
      assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), e.getMessage());
      return;
    }
    assertFalse(a.title().isBlank(), "a headline");
    assertTrue(a.title().length() <= 250, "a headline of at most 250 characters");
    assertFalse(a.body().isBlank(), "a body");
    assertTrue(a.id().matches("[0-9a-f]{16}"), a.id());
    assertTrue(
        a.words() > 0 || !a.body().chars().anyMatch(Character::isLetterOrDigit), "words counted");
    // A table opening the body keeps its indent; a blank line or trailing space is never kept.
    assertFalse(a.body().startsWith("\n") || a.body().endsWith("\n"), "no blank edge lines");
    assertTrue(a.body().equals(a.body().stripTrailing()), "no trailing white space");
    assertFalse(a.body().contains("\n\n\n"), "paragraphs are joined by one blank line");
  }
}
