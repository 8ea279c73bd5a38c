package news.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.archive.Article;
import news.archive.Curation;
import news.archive.DateRange;
import news.archive.Hit;
import news.archive.query.QueryException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language, its folding rules, ranking and error messages, on a small index. */
class QueryLanguageTest {

  @TempDir Path dir;

  private Searcher searcher;

  private static Article article(
      String id, String title, LocalDate date, String agency, String body) {
    return Article.builder()
        .id("000000000000000" + id)
        .title(title)
        .date(date, date == null ? null : Article.DateFrom.LINE)
        .agencies(agency == null ? List.of() : List.of(agency))
        .body(body)
        .source(new Article.Source(id + ".txt", "/in/" + id + ".txt", "0".repeat(63) + id, 1))
        .importedAt(Instant.parse("2026-11-21T10:00:00Z"))
        .build();
  }

  private static Article withOutlet(Article a, String outlet) {
    return a.toBuilder().headline(a.title() + " - " + outlet).outlet(outlet).build();
  }

  /** Tagged by the user, with a byline. */
  private static Article curated(Article a) {
    return a.toBuilder()
        .headline(null)
        .subtitle(null)
        .outlet(null)
        .byline("Jane Doe and Omar Haddad")
        .readingMinutes(null)
        .curation(new Curation(List.of("unread", "syria"), null, Map.of(), Map.of()))
        .build();
  }

  private static final List<Article> ARTICLES =
      List.of(
          article(
              "1",
              "Zarif in Damascus",
              LocalDate.of(2018, 9, 3),
              "AFP",
              "Iran's foreign minister met Syrian officials. The offensive on Idlib's rebels looms."),
          article(
              "2",
              "Erdo\u011fan warns of refugees",
              LocalDate.of(2018, 9, 4),
              "Reuters",
              "Turkey fears an offensive in Idlib. The minister for foreign trade was not present."),
          curated(
              article(
                  "3",
                  "Qassemi speaks",
                  LocalDate.of(2018, 9, 5),
                  null,
                  "Spokesman Qassemi said the offensives would go ahead in Tehran's view.")),
          article(
              "4",
              "Markets",
              null,
              null,
              "Shares rose in Tehran and Damascus. Zarif was not mentioned by traders."),
          withOutlet(
              article(
                  "5",
                  "Al-Assad visits Moscow",
                  LocalDate.of(2017, 1, 2),
                  null,
                  "President al-Assad met Putin. Damascus welcomed the talks."),
              "Daily Star"),
          // Many short mentions of another form: without the weight of the exact form, this would
          // rank first for "offensive".
          article("6", "Briefs", null, null, "Offensives, offensives and more offensives.")
              .toBuilder()
              .language("en")
              .build(),
          article("7", "Notes", null, null, "The committee studied the happiness index.")
              .toBuilder()
              .language("de")
              .build());

  @BeforeEach
  void index() throws IOException {
    try (Indexer w = ArticleIndex.openIndexer(dir, true)) {
      for (Article a : ARTICLES) {
        w.put(a);
      }
      w.commit(1);
    }
    searcher = ArticleIndex.openSearcher(dir).orElseThrow();
  }

  @AfterEach
  void close() throws IOException {
    searcher.close();
  }

  private List<Hit> hits(String query) throws Exception {
    return hits(query, DateRange.ALL, Hit.Order.RELEVANCE);
  }

  private List<Hit> hits(String query, DateRange dates, Hit.Order order) throws Exception {
    List<Hit> out = new ArrayList<>();
    searcher.search(
        searcher.prepare(query, dates), order, 0, 10, news.archive.BodyText.WHOLE, out::add);
    return out;
  }

  /** The short ids (last digit) of the hits, in rank order. */
  private List<String> ranked(String query) throws Exception {
    return hits(query).stream().map(h -> h.article().id().substring(15)).toList();
  }

  /** The same, as a set, for queries where only membership matters. */
  private Set<String> found(String query) throws Exception {
    return new TreeSet<>(ranked(query));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Zarif                     | 1 4",
        "zarif damascus            | 1 4",
        "Erdogan                   | 2",
        "ERDO\u011eAN                   | 2",
        "Iran                      | 1",
        "Idlib                     | 1 2",
        "Tehran                    | 3 4",
        "\"foreign minister\"      | 1",
        "Zarif OR Qassemi          | 1 3 4",
        "Zarif -Markets            | 1",
        "Zarif NOT Markets         | 1",
        "-Zarif                    | 2 3 5 6 7",
        "NOT offensive             | 4 5 7",
        "-offensive -Zarif         | 5 7",
        "(Zarif OR Qassemi) Tehran | 3 4",
        "Zarif Tehran OR Idlib     | 1 4",
        "title:Zarif               | 1",
        "body:Zarif                | 4",
        "agency:AFP                | 1",
        "agency:afp OR agency:Reuters | 1 2",
        "outlet:\"daily star\"      | 5",
        "outlet:\"Daily Star\" Putin | 5",
        "outlet:daily*             | 5",
        "outlet:Daily              | 5",
        "outlet:star               | 5",
        "outlet:sta*               | 5",
        "outlet:\"star daily\"     | ''",
        "outlet:dail               | ''",
        "-outlet:\"daily star\" Damascus | 1 4",
        "Zar*                      | 1 4",
        "Zarrif~                   | 1 4",
        "Zarrif~1                  | 1 4",
        "Zarrrif~1                 | ''",
        "al-Assad                  | 5",
        "\"assad met\"             | 5",
        "+Damascus +Putin          | 5",
        "date:2018                 | 1 2 3",
        "date:2018-09-04           | 2",
        "date:2018-9 -Idlib        | 3",
        "date:2017..2018-09-03     | 1 5",
        "date:2018-09-04..         | 2 3",
        "date:..2017               | 5",
        "tag:unread                | 3",
        "tag:SYRIA Tehran          | 3",
        "-tag:unread Tehran        | 4",
        "tag:un*                   | 3",
        "byline:haddad             | 3",
        "byline:\"jane doe\"        | 3",
        "path:3.txt                | 3",
        "path:in/1.txt             | 1",
        "path:*5.txt               | 5",
        "path:/in/?.txt -Zarif     | 2 3 5 6 7",
        "path:\"/in/4.txt\"         | 4",
        "lang:de                   | 7",
        "lang:EN OR lang:de        | 6 7",
        "-lang:de offensives       | 1 2 3 6",
        "lang:sv                   | ''",
      })
  void queries(String query, String expected) throws Exception {
    Set<String> want = expected.isEmpty() ? Set.of() : new TreeSet<>(List.of(expected.split(" ")));
    assertEquals(want, found(query), query);
  }

  @Test
  void otherFormsOfAWordMatch() throws Exception {
    assertEquals(Set.of("1", "2", "3", "6"), found("offensives"));
    assertEquals(Set.of("1", "2", "3", "6"), found("offensive"));
    // Forms whose stem ends differently from the word: studied/study, happiness/happy.
    assertEquals(Set.of("7"), found("study"));
    assertEquals(Set.of("7"), found("happy"));
  }

  @Test
  void anExactWordOutranksItsOtherForms() throws Exception {
    List<String> plural = ranked("offensives");
    assertEquals(
        Set.of("6", "3"),
        Set.copyOf(plural.subList(0, 2)),
        "the articles with the plural first: " + plural);
    List<String> singular = ranked("offensive");
    assertEquals(
        Set.of("1", "2"),
        Set.copyOf(singular.subList(0, 2)),
        "the articles with the singular first: " + singular);
  }

  @Test
  void aTitleMatchOutranksABodyMatch() throws Exception {
    assertEquals(List.of("1", "4"), ranked("Zarif"));
    assertEquals("3", ranked("Qassemi").get(0));
  }

  @Test
  void aPhraseNeedsTheWordsTogether() throws Exception {
    // Article 2 has "minister for foreign": both words, not the phrase.
    assertEquals(Set.of("1", "2"), found("foreign minister"));
    assertEquals(Set.of("1"), found("\"foreign minister\""));
    assertEquals(Set.of("1", "2"), found("\"minister foreign\"~3"));
  }

  @Test
  void datesFilterAndSortNewestFirst() throws Exception {
    DateRange september = new DateRange(LocalDate.of(2018, 9, 4), LocalDate.of(2018, 9, 30));
    assertEquals(
        List.of("2"),
        hits("Idlib", september, Hit.Order.RELEVANCE).stream()
            .map(h -> h.article().id().substring(15))
            .toList());
    assertEquals(
        List.of("1", "5", "4"),
        hits("Damascus", DateRange.ALL, Hit.Order.DATE).stream()
            .map(h -> h.article().id().substring(15))
            .toList(),
        "undated last");
  }

  @Test
  void countCountsEveryMatch() throws Exception {
    assertEquals(3, searcher.count(searcher.prepare("Damascus", DateRange.ALL)));
    assertEquals(0, searcher.count(searcher.prepare("Kathmandu", DateRange.ALL)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"foreign minister              | unbalanced quote: the \" at character 1 is never closed",
        "Zarif \"Idlib                   | unbalanced quote: the \" at character 7 is never closed",
        "(Zarif OR Qassemi               | unbalanced parentheses: the ( at character 1 is never closed",
        "Zarif)                          | unbalanced parentheses: the ) at character 6 closes nothing",
        "AND                             | AND at character 1 needs a word on each side",
        "Zarif AND                       | AND at character 7 needs a word on each side",
        "OR Zarif                        | OR at character 1 needs a word on each side",
        "Zarif OR                        | OR at character 7 needs a word on each side",
        "Zarif AND OR Qassemi            | AND at character 7 needs a word on each side",
        "NOT                             | NOT at character 1 needs a word after it",
        "Zarif ()                        | empty parentheses at character 7",
        "titel:Zarif                     | unknown field 'titel:' at character 1 (fields are title:, body:, byline:, agency:, outlet:, tag:, lang:, date: and path:); to search for the text, put it in quotes",
        "title:                          | title: at character 1 needs a word, a phrase or a group after it",
        "*arif                           | a word cannot start with * (at character 1): give at least its first letter, as in Zar*",
        "Z*rif                           | * may only end a word, as in Zar* (at character 1)",
        "Zarif~5                         | a word's ~ distance at character 1 must be a number from 0 to 2",
        "!!!                             | nothing to search for: the query has no words",
        "date:2018-13                    | '2018-13' after date: at character 6 is not a date: write 2018, 2018-09, 2018-09-03, or a range such as 2018-01..2018-06",
        "date:Sept                       | 'Sept' after date: at character 6 is not a date: write 2018, 2018-09, 2018-09-03, or a range such as 2018-01..2018-06",
        "date:2019..2018                 | the range date:2019..2018 at character 6 ends before it starts",
        "date:                           | no value after 'date:' at character 6",
      })
  void queriesThatCannotBeReadSayWhatIsWrong(String query, String message) {
    QueryException e =
        assertThrows(QueryException.class, () -> searcher.prepare(query, DateRange.ALL));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aVeryLongQueryIsRefusedBeforeAnyWork() {
    String query = "word ".repeat(10_000);
    QueryException e =
        assertThrows(QueryException.class, () -> searcher.prepare(query, DateRange.ALL));
    assertEquals(
        "too many words: 10000 (at most " + news.archive.query.QuerySyntax.MAX_WORDS + ")",
        e.getMessage());
  }

  @Test
  void aTimeIsAWordNotAField() throws Exception {
    assertEquals(Set.of(), found("10:30"));
  }
}
