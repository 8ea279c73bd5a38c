package news.archive.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import news.archive.Article;

/**
 * The JSON form of an article, field by field in the order they are written: the stored files and
 * every front end's output. Kept apart from {@link Article} so that the schema can keep the fields
 * older versions wrote and older scripts read while the record moves on.
 *
 * @param agency the agencies joined by {@code ", "}, or null: the one field version 0.1 wrote,
 *     still written for scripts that read it
 * @param agencies the agencies, as a list; files written by version 0.1 lack it
 */
record ArticleJson(
    String id,
    String title,
    String subtitle,
    LocalDate date,
    String agency,
    List<String> agencies,
    String byline,
    Integer readingMinutes,
    int words,
    List<String> captions,
    String body,
    Article.Source source,
    Instant importedAt) {

  private static final Pattern JOINED = Pattern.compile(",\\s*");

  static ArticleJson of(Article a) {
    return new ArticleJson(
        a.id(),
        a.title(),
        a.subtitle(),
        a.date(),
        a.agency(),
        a.agencies(),
        a.byline(),
        a.readingMinutes(),
        a.words(),
        a.captions(),
        a.body(),
        a.source(),
        a.importedAt());
  }

  /**
   * The article this JSON holds.
   *
   * @throws NullPointerException naming a required field that is missing
   */
  Article article() {
    List<String> names = agencies;
    if (names == null) {
      names = agency == null ? List.of() : JOINED.splitAsStream(agency.strip()).toList();
    }
    return new Article(
        id,
        title,
        subtitle,
        date,
        names,
        byline,
        readingMinutes,
        words,
        captions,
        body,
        source,
        importedAt);
  }
}
