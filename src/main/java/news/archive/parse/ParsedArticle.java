package news.archive.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import news.archive.Article;

/**
 * What the parser read from one input: the article's fields, the identity of the input bytes, and
 * warnings about how it was read.
 *
 * @param warnings one-line notes for the user, such as an encoding fallback; the article is good,
 *     but the user may want to know
 */
public record ParsedArticle(
    String id,
    String title,
    String subtitle,
    LocalDate date,
    String agency,
    String byline,
    Integer readingMinutes,
    List<String> captions,
    String body,
    int words,
    String sha256,
    long bytes,
    List<String> warnings) {

  /**
   * The article as stored.
   *
   * @param path the input's path as the user gave it
   * @param absolutePath the input's absolute path, or null for standard input
   * @param importedAt when it is stored
   * @param defaultDate the date to use when the text carries none, or null
   */
  public Article toArticle(
      String path, String absolutePath, Instant importedAt, LocalDate defaultDate) {
    return new Article(
        id,
        title,
        subtitle,
        date != null ? date : defaultDate,
        agency,
        byline,
        readingMinutes,
        words,
        captions,
        body,
        new Article.Source(path, absolutePath, sha256, bytes),
        importedAt);
  }
}
