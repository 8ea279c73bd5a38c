package news.archive.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.archive.Article;
import news.archive.Curation;

/**
 * The JSON form of an article, field by field in the order they are written: the stored files and
 * every front end's output. Kept apart from {@link Article} so that the schema can keep the fields
 * older versions wrote and older scripts read while the record moves on.
 *
 * @param agency the agencies joined by {@code ", "}, or null: the one field version 0.1 wrote,
 *     still written for scripts that read it
 * @param agencies the agencies, as a list; files written by version 0.1 lack it
 * @param dateFrom {@link Article.DateFrom} in lower case; files written before reparse existed lack
 *     it
 * @param aliases files written before reparse existed lack it
 * @param tags what the user added ({@link news.archive.Curation}); files written before curation
 *     existed lack these five
 * @param language ISO 639-1 code, or null; files written before languages were told lack it
 * @param sources every input that gave the text, {@code source} first
 * @param nearDuplicateOf the article this one nearly repeats, or null
 * @param story the story the article is in, or null; files written before stories existed lack it
 * @param schema the version of this layout, {@link #SCHEMA}; files without it are version 1
 */
record ArticleJson(
    String id,
    String title,
    String headline,
    String subtitle,
    LocalDate date,
    String dateFrom,
    String agency,
    List<String> agencies,
    String outlet,
    String byline,
    Integer readingMinutes,
    int words,
    String language,
    List<String> captions,
    String body,
    Article.Source source,
    Instant importedAt,
    List<String> aliases,
    List<String> tags,
    String note,
    Map<String, String> set,
    Map<String, String> parsed,
    List<Article.Source> sources,
    String nearDuplicateOf,
    String story,
    Integer schema) {

  /** The version of the record's layout: raised when a field changes meaning or goes. */
  static final int SCHEMA = 2;

  static ArticleJson of(Article a) {
    return new ArticleJson(
        a.id(),
        a.title(),
        a.headline(),
        a.subtitle(),
        a.date(),
        a.dateFrom() == null ? null : a.dateFrom().name().toLowerCase(Locale.ROOT),
        a.agency(),
        a.agencies(),
        a.outlet(),
        a.byline(),
        a.readingMinutes(),
        a.words(),
        a.language(),
        a.captions(),
        a.body(),
        a.source(),
        a.importedAt(),
        a.aliases(),
        a.curation().tags(),
        a.curation().note(),
        a.curation().set(),
        a.curation().parsed(),
        a.sources(),
        a.nearDuplicateOf(),
        a.story(),
        SCHEMA);
  }

  /** The stored name, or null when absent; a name this version does not know is refused. */
  private Article.DateFrom dateFromName() {
    if (dateFrom == null) {
      return null;
    }
    try {
      return Article.DateFrom.valueOf(dateFrom.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown dateFrom: " + dateFrom, e);
    }
  }

  /**
   * The article this JSON holds.
   *
   * @throws NullPointerException naming a required field that is missing
   */
  Article article() {
    List<String> names = agencies != null ? agencies : Article.agenciesOf(agency);
    return Article.builder()
        .id(id)
        .title(title)
        .headline(headline)
        .subtitle(subtitle)
        .date(date, dateFromName())
        .agencies(names)
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
        .curation(new Curation(tags, note, set, parsed))
        .sources(sources)
        .nearDuplicateOf(nearDuplicateOf)
        .story(story)
        .build();
  }
}
