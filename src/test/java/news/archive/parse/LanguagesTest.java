package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import news.archive.Fixtures;
import org.junit.jupiter.api.Test;

class LanguagesTest {

  private static String text(String name) {
    return new String(Fixtures.resource("languages/" + name), StandardCharsets.UTF_8);
  }

  @Test
  void germanTextIsGerman() {
    assertEquals("de", Languages.of(text("german.txt"), null));
  }

  @Test
  void frenchTextIsFrench() {
    assertEquals("fr", Languages.of(text("french.txt"), null));
  }

  @Test
  void ideographsWithKanaAreJapanese() {
    assertEquals("ja", Languages.of(text("japanese.txt"), null));
  }

  @Test
  void ideographsWithoutKanaAreChinese() {
    String chinese = "政府宣布秋季提前举行选举。经过数周的预算争论，发言人在北京表示已经不可能达成协议。反对派欢迎这一决定。";
    assertEquals("zh", Languages.of(chinese, null));
  }

  @Test
  void tooShortATextHasNoLanguage() {
    assertNull(Languages.of(text("too-short.txt"), null));
  }

  @Test
  void tooShortATextTakesTheDeclaredLanguage() {
    assertEquals("de", Languages.of(text("too-short.txt"), "de-AT"));
  }

  @Test
  void aTableOfFiguresHasNoLanguage() {
    assertNull(Languages.of(text("figures.txt"), null));
  }

  @Test
  void aTableOfFiguresTakesTheDeclaredLanguage() {
    assertEquals("en", Languages.of(text("figures.txt"), "en_US"));
  }

  @Test
  void theTextOverridesADeclarationItConfidentlyContradicts() {
    assertEquals("de", Languages.of(text("german.txt"), "en"));
  }

  @Test
  void aLanguageTheArchiveDoesNotKnowIsNone() {
    assertNull(Languages.of(text("swedish.txt"), null));
    assertNull(Languages.of(text("swedish.txt"), "sv"));
  }

  @Test
  void aLanguageTheArchiveDoesNotKnowIsNoneWhateverThePageDeclares() {
    assertNull(Languages.of(text("swedish.txt"), "de"));
  }

  @Test
  void anotherScriptIsNoSupportedLanguage() {
    String russian =
        "Правительство объявило во вторник, что выборы в парламент пройдут уже осенью. После"
            + " нескольких недель споров о бюджете соглашение стало невозможным.";
    assertNull(Languages.of(russian, "en"));
  }

  @Test
  void codeReadsTheLanguageOfATag() {
    assertEquals("pt", Languages.code("pt-BR"));
    assertEquals("de", Languages.code("de_DE"));
    assertEquals("en", Languages.code(" EN "));
    assertNull(Languages.code("sv-SE"));
    assertNull(Languages.code(""));
    assertNull(Languages.code(null));
  }
}
