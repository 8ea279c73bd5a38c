package news.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.DateRange;
import news.archive.Hit;
import news.archive.TestArticles;
import news.archive.query.QueryException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {

  @TempDir Path dir;

  private static final Article OLD =
      TestArticles.article(
          "0000000000000001",
          "Harvest falls short",
          LocalDate.of(1991, 3, 14),
          "Farmers in the valley said the harvest"
              + " was the worst in years. The drought hit maize hardest.");
  private static final Article NEW =
      TestArticles.article(
          "0000000000000002",
          "Drought deepens",
          LocalDate.of(2018, 9, 3),
          "The drought entered its third month on"
              + " Monday. Officials said rain was not expected before October.");
  private static final Article UNDATED =
      TestArticles.article(
          "0000000000000003",
          "Talks on water sharing",
          null,
          "Negotiators from the two countries met to discuss"
              + " sharing the river, which the drought has cut to half its usual flow.");

  @BeforeEach
  void index() throws IOException {
    try (Indexer w = ArticleIndex.openIndexer(dir, true)) {
      w.put(UNDATED);
      w.put(OLD);
      w.put(NEW);
      w.commit(7);
    }
  }

  private Searcher open() throws IOException {
    return ArticleIndex.openSearcher(dir).orElseThrow();
  }

  private static List<Article> list(Searcher s, DateRange dates, int offset, int limit)
      throws IOException {
    List<Article> out = new ArrayList<>();
    s.list(news.archive.Listing.ALL.withDates(dates), offset, limit, BodyText.WHOLE, out::add);
    return out;
  }

  private static List<Hit> search(Searcher s, String query, DateRange dates)
      throws IOException, QueryException {
    List<Hit> out = new ArrayList<>();
    s.search(s.prepare(query, dates), Hit.Order.RELEVANCE, 0, 10, BodyText.WHOLE, out::add);
    return out;
  }

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }

  private static List<String> hitIds(List<Hit> hits) {
    return hits.stream().map(h -> h.article().id()).toList();
  }

  @Test
  void noIndexIsEmpty(@TempDir Path empty) throws IOException {
    assertEquals(Optional.empty(), ArticleIndex.openSearcher(empty));
  }

  @Test
  void theCommitRecordsGenerationAndSchema() throws IOException {
    try (Searcher s = open()) {
      assertEquals(7, s.generation());
      assertTrue(s.hasCurrentSchema());
      assertEquals(3, s.size());
    }
  }

  @Test
  void storedFieldsGiveBackTheWholeArticle() throws IOException {
    Article full = TestArticles.full();
    try (Indexer w = ArticleIndex.openIndexer(dir, false)) {
      w.put(full);
      w.commit(8);
    }
    try (Searcher s = open()) {
      // Same date as NEW, whose id sorts first.
      assertEquals(full, list(s, DateRange.ALL, 1, 1).get(0));
    }
  }

  @Test
  void listIsNewestFirstUndatedLastAndPages() throws IOException {
    try (Searcher s = open()) {
      assertEquals(List.of(NEW.id(), OLD.id(), UNDATED.id()), ids(list(s, DateRange.ALL, 0, 10)));
      assertEquals(List.of(OLD.id()), ids(list(s, DateRange.ALL, 1, 1)));
      assertEquals(List.of(), ids(list(s, DateRange.ALL, 3, 10)));
      assertEquals(
          List.of(OLD.id()), ids(list(s, new DateRange(null, LocalDate.of(2000, 1, 1)), 0, 10)));
      assertEquals(
          List.of(NEW.id()),
          ids(list(s, new DateRange(LocalDate.of(2018, 9, 3), LocalDate.of(2018, 9, 3)), 0, 10)));
    }
  }

  @Test
  void searchNeedsEveryWordAndIgnoresCase() throws Exception {
    try (Searcher s = open()) {
      assertEquals(3, search(s, "DROUGHT", DateRange.ALL).size());
      assertEquals(List.of(OLD.id()), hitIds(search(s, "drought maize", DateRange.ALL)));
      assertEquals(0, search(s, "drought kathmandu", DateRange.ALL).size());
    }
  }

  @Test
  void aTitleMatchOutranksABodyMatch() throws Exception {
    try (Searcher s = open()) {
      assertEquals(NEW.id(), hitIds(search(s, "drought", DateRange.ALL)).get(0));
    }
  }

  @Test
  void searchFiltersByDate() throws Exception {
    try (Searcher s = open()) {
      DateRange since2000 = new DateRange(LocalDate.of(2000, 1, 1), null);
      assertEquals(List.of(NEW.id()), hitIds(search(s, "drought", since2000)));
      assertEquals(1, s.count(s.prepare("drought", since2000)));
    }
  }

  @Test
  void snippetMarksPointAtTheMatchedWords() throws Exception {
    try (Searcher s = open()) {
      List<Hit> hits = search(s, "drought", DateRange.ALL);
      assertFalse(hits.isEmpty(), "a hit to look at");
      for (Hit h : hits) {
        assertTrue(!h.marks().isEmpty(), h.snippet());
        for (Hit.Mark m : h.marks()) {
          assertEquals(
              "drought", h.snippet().substring(m.start(), m.end()).toLowerCase(Locale.ROOT));
        }
      }
    }
  }

  @Test
  void aTitleOnlyMatchStillGetsTheStartOfTheBodyAsSnippet() throws Exception {
    try (Searcher s = open()) {
      Hit h = search(s, "harvest falls", DateRange.ALL).get(0);
      assertTrue(h.snippet().startsWith("Farmers in the valley"), h.snippet());
    }
  }

  @Test
  void lookupsByHashPathAndId() throws IOException {
    try (Searcher s = open()) {
      assertEquals(OLD.id(), s.bySha256(OLD.source().sha256()).orElseThrow().id());
      assertEquals(NEW.id(), s.byPath(NEW.source().absolutePath()).orElseThrow().id());
      assertEquals(UNDATED.source().sha256(), s.byId(UNDATED.id()).orElseThrow().sha256());
      assertEquals(Optional.empty(), s.byId("ffffffffffffffff"));
    }
  }

  @Test
  void putReplacesByIdAndDeleteRemoves() throws IOException {
    try (Indexer w = ArticleIndex.openIndexer(dir, false)) {
      w.put(TestArticles.article(OLD.id(), "Harvest better than feared", OLD.date(), "x"));
      w.delete(UNDATED.id());
      w.commit(8);
    }
    try (Searcher s = open()) {
      assertEquals(2, s.size());
      assertEquals("Harvest better than feared", list(s, DateRange.ALL, 1, 1).get(0).title());
    }
  }

  @Test
  void changesAreInvisibleUntilCommitted() throws IOException {
    try (Indexer w = ArticleIndex.openIndexer(dir, false)) {
      w.delete(OLD.id());
      try (Searcher s = open()) {
        assertEquals(3, s.size());
      }
    }
    try (Searcher s = open()) {
      assertEquals(3, s.size(), "closing without commit drops the changes");
    }
  }

  @Test
  void aQueryThatCannotBeParsedIsAQueryException() throws IOException {
    try (Searcher s = open()) {
      QueryException e =
          assertThrows(QueryException.class, () -> s.prepare("\"unbalanced", DateRange.ALL));
      assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
  }
}
