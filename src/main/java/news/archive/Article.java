package news.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One news article as the archive keeps it: the record every layer shares, stored as one JSON file
 * and printed as is by {@code show --json}.
 *
 * @param id short content-derived id (see {@link ContentId})
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
 * @param language the ISO 639-1 code of the language the text is in ({@code de}), or null when it
 *     could not be told or is not one the archive knows; records written before it existed lack it
 * @param captions picture captions, in text order
 * @param body paragraphs joined by one blank line
 * @param source where the text came from
 * @param importedAt when this version of the article was stored
 * @param aliases ids the article had before a new parser read its text otherwise, oldest first;
 *     they still find it
 * @param curation what the user added: tags, a note, corrections (the fields above show the
 *     corrected values; see {@link Corrections})
 * @param sources every input that gave this article's text, {@code source} first: the same text
 *     imported from four files names all four
 * @param nearDuplicateOf the id of the stored article whose text this one nearly repeats (a re-sent
 *     wire with a word changed, another headline on the same text, a correction added), found when
 *     it was imported; null for most
 * @param story the story the article was placed in when it was imported (see {@code archive
 *     stories}): the id of the story's first article; null when its text is too short to compare
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
    String language,
    List<String> captions,
    String body,
    Source source,
    Instant importedAt,
    List<String> aliases,
    Curation curation,
    List<Source> sources,
    String nearDuplicateOf,
    String story) {

  /** Length of an id in hex digits: 64 bits, so that a collision is out of reach of any archive. */
  public static final int ID_LENGTH = 16;

  private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");

  private static final Pattern AGENCY_SEPARATOR = Pattern.compile("\\s*,\\s*");

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    captions = captions == null ? List.of() : List.copyOf(captions);
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    curation = curation == null ? Curation.NONE : curation;
    sources = withFirst(source, sources);
    if (nearDuplicateOf != null && !isId(nearDuplicateOf)) {
      throw new IllegalArgumentException("not an article id: " + nearDuplicateOf);
    }
    if (story != null && !isId(story)) {
      throw new IllegalArgumentException("not a story id: " + story);
    }
    if (date == null) {
      dateFrom = null;
    }
  }

  /** An article to be built field by field; {@link Builder#build} checks it as the record does. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that holds this article's fields, to build a copy with some of them changed. */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .title(title)
        .headline(headline)
        .subtitle(subtitle)
        .date(date)
        .dateFrom(dateFrom)
        .agencies(agencies)
        .outlet(outlet)
        .byline(byline)
        .readingMinutes(readingMinutes)
        .words(words)
        .language(language)
        .captions(captions)
        .body(body)
        .source(source)
        .importedAt(importedAt)
        .aliases(aliases)
        .curation(curation)
        .sources(sources)
        .nearDuplicateOf(nearDuplicateOf)
        .story(story);
  }

  /**
   * The fields of an article by name, so that no call site lists twenty of them by position, where
   * two strings swapped still compile. A field left unset is null (the lists: empty, and {@code
   * sources} the source alone; {@code curation}: nothing added; {@code words}: 0).
   */
  public static final class Builder {
    private String id;
    private String title;
    private String headline;
    private String subtitle;
    private LocalDate date;
    private DateFrom dateFrom;
    private List<String> agencies;
    private String outlet;
    private String byline;
    private Integer readingMinutes;
    private int words;
    private String language;
    private List<String> captions;
    private String body;
    private Source source;
    private Instant importedAt;
    private List<String> aliases;
    private Curation curation;
    private List<Source> sources;
    private String nearDuplicateOf;
    private String story;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder headline(String headline) {
      this.headline = headline;
      return this;
    }

    public Builder subtitle(String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    public Builder date(LocalDate date) {
      this.date = date;
      return this;
    }

    public Builder dateFrom(DateFrom dateFrom) {
      this.dateFrom = dateFrom;
      return this;
    }

    /** The date and where it was found. */
    public Builder date(LocalDate date, DateFrom dateFrom) {
      return date(date).dateFrom(dateFrom);
    }

    public Builder agencies(List<String> agencies) {
      this.agencies = agencies;
      return this;
    }

    public Builder outlet(String outlet) {
      this.outlet = outlet;
      return this;
    }

    public Builder byline(String byline) {
      this.byline = byline;
      return this;
    }

    public Builder readingMinutes(Integer readingMinutes) {
      this.readingMinutes = readingMinutes;
      return this;
    }

    public Builder words(int words) {
      this.words = words;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder captions(List<String> captions) {
      this.captions = captions;
      return this;
    }

    public Builder body(String body) {
      this.body = body;
      return this;
    }

    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    public Builder importedAt(Instant importedAt) {
      this.importedAt = importedAt;
      return this;
    }

    public Builder aliases(List<String> aliases) {
      this.aliases = aliases;
      return this;
    }

    public Builder curation(Curation curation) {
      this.curation = curation;
      return this;
    }

    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    public Builder nearDuplicateOf(String nearDuplicateOf) {
      this.nearDuplicateOf = nearDuplicateOf;
      return this;
    }

    public Builder story(String story) {
      this.story = story;
      return this;
    }

    /**
     * The article.
     *
     * @throws NullPointerException naming a required field that was not set
     * @throws IllegalArgumentException when {@code nearDuplicateOf} or {@code story} is not an id
     */
    public Article build() {
      return new Article(
          id,
          title,
          headline,
          subtitle,
          date,
          dateFrom,
          agencies,
          outlet,
          byline,
          readingMinutes,
          words,
          language,
          captions,
          body,
          source,
          importedAt,
          aliases,
          curation,
          sources,
          nearDuplicateOf,
          story);
    }
  }

  /** {@code sources} with {@code source} first, each input once. */
  private static List<Source> withFirst(Source source, List<Source> sources) {
    if (sources == null || sources.isEmpty()) {
      return List.of(source);
    }
    List<Source> all = new ArrayList<>();
    all.add(source);
    for (Source s : sources) {
      if (!all.contains(s)) {
        all.add(s);
      }
    }
    return List.copyOf(all);
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

  /**
   * The agencies a line names, as {@link #agency} writes them and {@code set agency=AFP,Reuters}
   * takes them: joined by commas, spaces around them left out; none for null or blank.
   */
  public static List<String> agenciesOf(String line) {
    return line == null || line.isBlank()
        ? List.of()
        : List.of(AGENCY_SEPARATOR.split(line.strip()));
  }

  /**
   * This new reading with the other inputs that gave {@code earlier}'s text: all but those that are
   * this reading's input (same bytes, or same file).
   */
  public Article withSourcesOf(Article earlier) {
    List<Source> others = new ArrayList<>();
    for (Source s : earlier.sources) {
      boolean sameFile = s.absolutePath() != null && s.absolutePath().equals(source.absolutePath());
      if (!sameFile && !s.sha256().equals(source.sha256())) {
        others.add(s);
      }
    }
    return toBuilder().sources(others).build();
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
      return new Source(path, absolutePath, ContentId.sha256(input), input.length);
    }

    /** This input, known under another name, at {@code newUrl}, or null to keep the old one. */
    public Source renamed(String newPath, String newUrl) {
      return new Source(
          newPath, absolutePath, sha256, bytes, format, newUrl == null ? url : newUrl);
    }

    /** This input read as a web page that names itself {@code url} (or null). */
    public Source asPage(String url) {
      return new Source(path, absolutePath, sha256, bytes, HTML, url);
    }
  }
}
