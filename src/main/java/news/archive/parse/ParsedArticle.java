package news.archive.parse;

import java.util.List;
import news.archive.Article;

/**
 * What the parser read from one input: the article, and warnings about how it was read.
 *
 * @param warnings one-line notes for the user, such as an encoding fallback; the article is good,
 *     but the user may want to know
 */
public record ParsedArticle(Article article, List<String> warnings) {
  public ParsedArticle {
    warnings = List.copyOf(warnings);
  }
}
