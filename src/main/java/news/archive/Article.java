package news.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the archive keeps it: the record every layer shares, stored as one JSON file
 * and printed as is by {@code show --json}.
 *
 * @param id short content-derived id (see {@link #contentId()})
 * @param title headline, never blank
 * @param subtitle standfirst, or null
 * @param date publication date, or null when the text carries none
 * @param agency news agency credited in the text (for example {@code AFP}), or null
 * @param byline author line without its leading "By", or null
 * @param readingMinutes reading time the text states, or null
 * @param words number of words in the body
 * @param captions picture captions, in text order
 * @param body paragraphs joined by one blank line
 * @param source where the text came from
 * @param importedAt when this version of the article was stored
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

  /** Length of an id in hex digits: 64 bits, so that a collision is out of reach of any archive. */
  public static final int ID_LENGTH = 16;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    captions = captions == null ? List.of() : List.copyOf(captions);
  }

  /** The same article under another id. */
  public Article withId(String newId) {
    return new Article(
        newId,
        title,
        subtitle,
        date,
        agency,
        byline,
        readingMinutes,
        words,
        captions,
        body,
        source,
        importedAt);
  }

  /** The id this article's text gives; differs from {@link #id} only if the record was edited. */
  public String contentId() {
    return contentId(title, subtitle, byline, captions, body);
  }

  /**
   * The id of an article: a hash of its text (headline, standfirst, byline, captions, body), so
   * that the same article gets the same id whatever file, line ends, spacing or encoding it came
   * in, and so that anyone can check a stored record against its id. Dates and other metadata are
   * left out: a date given with {@code --date} does not make another article.
   */
  public static String contentId(
      String title, String subtitle, String byline, List<String> captions, String body) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    String joined =
        String.join(
            "\u0000",
            nonNull(title),
            nonNull(subtitle),
            nonNull(byline),
            String.join("\u0001", captions == null ? List.of() : captions),
            nonNull(body));
    byte[] hash = digest.digest(joined.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash).substring(0, ID_LENGTH);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /**
   * The input an article was parsed from.
   *
   * @param path the path as the user gave it ({@code -} for standard input)
   * @param absolutePath the file's absolute, normalized path, or null for standard input; a file
   *     imported again from the same place updates its article
   * @param sha256 hex SHA-256 of the input bytes
   * @param bytes size of the input in bytes
   */
  public record Source(String path, String absolutePath, String sha256, long bytes) {
    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
    }
  }
}
