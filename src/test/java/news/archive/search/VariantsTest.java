package news.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.DateRange;
import news.archive.Hit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other forms of a query's words, by the stemmer of each article's language. */
class VariantsTest {

  @TempDir Path dir;

  private Searcher searcher;

  private static Article article(String id, String language, String title, String body) {
    return Article.builder()
        .id("000000000000000" + id)
        .title(title)
        .body(body)
        .language(language)
        .source(new Article.Source(id + ".txt", "/in/" + id + ".txt", "0".repeat(63) + id, 1))
        .importedAt(Instant.parse("2026-11-21T10:00:00Z"))
        .build();
  }

  private static final List<Article> ARTICLES =
      List.of(
          article("1", "de", "Ergebnis im Land", "Die Wahl endete mit einem knappen Ergebnis."),
          article("2", "en", "Notes", "A reporter wrote of the wahl and of elections."),
          article("3", "fr", "Résultat", "Les électeurs ont voté dimanche dans le calme."),
          article("4", "en", "Voters", "The voter turnout was high; an election was held."),
          article("5", "ja", "選挙の結果", "東京都知事選挙の投票率は高かった。"));

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

  private Set<String> found(String query) throws Exception {
    List<Hit> out = new ArrayList<>();
    searcher.search(
        searcher.prepare(query, DateRange.ALL),
        Hit.Order.RELEVANCE,
        0,
        10,
        BodyText.WHOLE,
        out::add);
    Set<String> ids = new TreeSet<>();
    for (Hit h : out) {
      ids.add(h.article().id().substring(15));
    }
    return ids;
  }

  @Test
  void aGermanFormFindsAnotherInGermanArticles() throws Exception {
    assertEquals(Set.of("1"), found("Wahlen"), "the English article's wahl is no form of Wahlen");
  }

  @Test
  void aFrenchFormFindsAnotherInFrenchArticles() throws Exception {
    assertEquals(
        Set.of("3", "4"), found("voter"), "voté is a French form of voter, not an English one");
  }

  @Test
  void englishFormsAreFoundAsBefore() throws Exception {
    assertEquals(Set.of("2", "4"), found("elections"));
    assertEquals(Set.of("4"), found("voters"));
  }

  @Test
  void aJapaneseWordIsFound() throws Exception {
    assertEquals(Set.of("5"), found("選挙"));
    assertEquals(Set.of("5"), found("投票率"));
  }
}
