package news.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the archive keeps it: the record every layer shares, stored as one JSON
 * file and printed as is by {@code show --json}.
 *
 * @param id             short content-derived id: the same text always gets the same id
 * @param title          headline, never blank
 * @param subtitle       standfirst, or null
 * @param date           publication date, or null when the text carries none
 * @param agency         news agency credited in the text (for example {@code AFP}), or null
 * @param byline         author line without its leading "By", or null
 * @param readingMinutes reading time the text states, or null
 * @param words          number of words in the body
 * @param captions       picture captions, in text order
 * @param body           paragraphs joined by one blank line
 * @param source         where the text came from
 * @param importedAt     when this version of the article was stored
 */
public record Article(
    String id,
    String title,
    String subtitle,
    LocalDate date,
    String agency,
    String byline,
    Integer readingMinutes,
    int words,
    List<String> captions,
    String body,
    Source source,
    Instant importedAt) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    captions = captions == null ? List.of() : List.copyOf(captions);
  }

  /**
   * The input an article was parsed from.
   *
   * @param path         the path as the user gave it ({@code -} for standard input)
   * @param absolutePath the file's absolute, normalized path, or null for standard input; a
   *                     file imported again from the same place updates its article
   * @param sha256       hex SHA-256 of the input bytes
   * @param bytes        size of the input in bytes
   */
  public record Source(String path, String absolutePath, String sha256, long bytes) {
    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
