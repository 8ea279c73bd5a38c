package news.archive.parse.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import news.archive.Article;
import news.archive.parse.ParseException;

/**
 * Arbitrary bytes read as a web page: an article or a clean parse error out, never another
 * exception, a hang or unbounded memory. In every build this runs the inputs under {@code
 * src/test/resources/news/archive/parse/html/HtmlParserFuzzTestInputs}; with {@code JAZZER_FUZZ=1}
 * it fuzzes (see docs/development.md for the command).
 */
class HtmlParserFuzzTest {

  private final HtmlParser parser = new HtmlParser();

  @FuzzTest(maxDuration = "10m")
  void parsesOrRefusesCleanly(byte[] input) {
    Article a;
    try {
      a = parser.parse(input, Article.Source.of("fuzz.html", null, input), Instant.EPOCH).article();
    } catch (ParseException e) {
      assertNotNull(e.getMessage());
      assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), e.getMessage());
      return;
    }
    assertFalse(a.title().isBlank(), "a title");
    assertTrue(a.title().length() <= 250, "a title of at most 250 characters");
    assertFalse(a.body().isBlank(), "a body");
    assertFalse(a.body().contains("\n\n\n"), "paragraphs are joined by one blank line");
    assertTrue(a.id().matches("[0-9a-f]{16}"), a.id());
    assertTrue(a.source().format().equals("html"), a.source().format());
  }
}
