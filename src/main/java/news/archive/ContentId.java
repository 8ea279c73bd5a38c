package news.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Ids made from content. An article's id is a hash of its text (headline, standfirst, byline,
 * captions, body), so that the same article gets the same id whatever file, line ends, spacing or
 * encoding it came in, and so that anyone can check a stored record against its id. Dates and other
 * metadata are left out: a date given with {@code --date} does not make another article.
 */
public final class ContentId {

  private ContentId() {}

  /** The id of an article with this text: {@link Article#ID_LENGTH} hex digits. */
  public static String of(
      String title, String subtitle, String byline, List<String> captions, String body) {
    String joined =
        String.join(
            "\u0000",
            nonNull(title),
            nonNull(subtitle),
            nonNull(byline),
            String.join("\u0001", captions == null ? List.of() : captions),
            nonNull(body));
    return sha256(joined.getBytes(StandardCharsets.UTF_8)).substring(0, Article.ID_LENGTH);
  }

  /**
   * The id the text of {@code a} gives, as the parser read it, whatever the user corrected; it
   * differs from {@link Article#id} only if the record was edited.
   */
  public static String of(Article a) {
    Article parsed = Corrections.asParsed(a);
    return of(parsed.title(), parsed.subtitle(), parsed.byline(), parsed.captions(), parsed.body());
  }

  /** The hex SHA-256 of {@code bytes}: how an input is known ({@link Article.Source#sha256}). */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
