package news.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One news article as the archive keeps it: the record every layer shares, stored as one JSON file
 * and printed as is by {@code show --json}.
 *
 * @param id short content-derived id (see {@link #contentId()})
 * @param title headline, never blank, without the outlet's name that may close it
 * @param headline the headline line as the text gives it, when the title was cut from it (an
 *     outlet's name taken off, a date taken out); null when it is the title
 * @param subtitle standfirst, or null
 * @param date publication date, or null when the text carries none
 * @param dateFrom where the date was found; null when there is no date
 * @param agencies news agencies credited in the text (for example {@code AFP}), in text order
 * @param outlet the publication the text names (a headline suffix such as {@code | Harbour Times},
 *     a dateline marker), or null
 * @param byline author line without its leading "By", or null
 * @param readingMinutes reading time the text states, or null
 * @param words number of words in the body
 * @param captions picture captions, in text order
 * @param body paragraphs joined by one blank line
 * @param source where the text came from
 * @param importedAt when this version of the article was stored
 * @param aliases ids the article had before a new parser read its text otherwise, oldest first;
 *     they still find it
 */
public record Article(
    String id,
    String title,
    String headline,
    String subtitle,
    LocalDate date,
    DateFrom dateFrom,
    List<String> agencies,
    String outlet,
    String byline,
    Integer readingMinutes,
    int words,
    List<String> captions,
    String body,
    Source source,
    Instant importedAt,
    List<String> aliases) {

  /** Length of an id in hex digits: 64 bits, so that a collision is out of reach of any archive. */
  public static final int ID_LENGTH = 16;

  private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    captions = captions == null ? List.of() : List.copyOf(captions);
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    if (date == null) {
      dateFrom = null;
    }
  }

  /** Where in the text, or from whom, an article's date came. */
  public enum DateFrom {
    /** A line of its own: {@code 3 September 2018}, {@code Published: 3 Sep 2018}. */
    LINE,
    /** The headline line, before a dash: {@code 27/09/2013 - Elections called}. */
    HEADLINE,
    /** The opening words of the first paragraph: {@code 12 February 2015 Dock workers ...}. */
    LEAD,
    /** A dateline: {@code BEIRUT, Sept 3, 2018 (AFP) -}. */
    DATELINE,
    /** Not the text: the user gave it ({@code import --date}, a correction). */
    GIVEN,
    /**
     * A web page's metadata about itself: JSON-LD {@code datePublished}, {@code
     * article:published_time}, a {@code <time datetime>} in the article's header.
     */
    META,
    /** A web page's own address: {@code .../2018/09/03/...}. */
    URL
  }

  /** Whether {@code id} has the form of an article id: {@link #ID_LENGTH} lower-case hex digits. */
  public static boolean isId(String id) {
    return ID.matcher(id).matches();
  }

  /** The agencies as one line, {@code AFP, Reuters}, or null when none is credited. */
  public String agency() {
    return agencies.isEmpty() ? null : String.join(", ", agencies);
  }

  /** The same article with another date, found where {@code from} says. */
  public Article withDate(LocalDate newDate, DateFrom from) {
    return copy(id, newDate, from, aliases);
  }

  /** The same article under another id. */
  public Article withId(String newId) {
    return copy(newId, date, dateFrom, aliases);
  }

  /** The same article, known also by these older ids. */
  public Article withAliases(List<String> newAliases) {
    return copy(id, date, dateFrom, newAliases);
  }

  /** This article with the fields that are not its text replaced. */
  private Article copy(String newId, LocalDate newDate, DateFrom from, List<String> newAliases) {
    return new Article(
        newId,
        title,
        headline,
        subtitle,
        newDate,
        from,
        agencies,
        outlet,
        byline,
        readingMinutes,
        words,
        captions,
        body,
        source,
        importedAt,
        newAliases);
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
    String joined =
        String.join(
            "\u0000",
            nonNull(title),
            nonNull(subtitle),
            nonNull(byline),
            String.join("\u0001", captions == null ? List.of() : captions),
            nonNull(body));
    byte[] hash = digest().digest(joined.getBytes(StandardCharsets.UTF_8));
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
   * @param format what the bytes were: {@link #TEXT} or {@link #HTML} (records written before web
   *     pages could be imported lack it, and were text)
   * @param url the address a web page gives as its own (canonical link or {@code og:url}), or null
   */
  public record Source(
      String path, String absolutePath, String sha256, long bytes, String format, String url) {

    public static final String TEXT = "text";
    public static final String HTML = "html";

    public Source {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      format = format == null ? TEXT : format;
      if (!format.equals(TEXT) && !format.equals(HTML)) {
        throw new IllegalArgumentException("unknown source format: " + format);
      }
    }

    /** A text input. */
    public Source(String path, String absolutePath, String sha256, long bytes) {
      this(path, absolutePath, sha256, bytes, TEXT, null);
    }

    /** The source of these input bytes: hashes them, once. */
    public static Source of(String path, String absolutePath, byte[] input) {
      return new Source(
          path, absolutePath, HexFormat.of().formatHex(digest().digest(input)), input.length);
    }

    /** This input read as a web page that names itself {@code url} (or null). */
    public Source asPage(String url) {
      return new Source(path, absolutePath, sha256, bytes, HTML, url);
    }
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
