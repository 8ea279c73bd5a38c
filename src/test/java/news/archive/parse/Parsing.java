package news.archive.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import news.archive.Article;

/** The parser as an import calls it, for tests: the bytes with a source made from them. */
final class Parsing {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private Parsing() {}

  static ParsedArticle parsed(byte[] bytes) throws ParseException {
    return new ArticleParser()
        .parse(bytes, Article.Source.of("in/test.txt", "/abs/in/test.txt", bytes), NOW);
  }

  static Article article(byte[] bytes) throws ParseException {
    return parsed(bytes).article();
  }

  static Article article(String text) throws ParseException {
    return article(text.getBytes(StandardCharsets.UTF_8));
  }
}
