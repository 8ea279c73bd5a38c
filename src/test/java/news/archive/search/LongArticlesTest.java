package news.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.DateRange;
import news.archive.Hit;
import news.archive.Listing;
import news.archive.TestArticles;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article far longer than news runs to costs what a short one does to list and search. */
class LongArticlesTest {

  @TempDir Path dir;

  private static final String HARBOUR =
      "Dockers at the harbour loaded the cranes while the pilots guided tankers past the"
          + " breakwater, and stevedores counted containers on the quay beside the ferry terminal"
          + " and the customs sheds. ";

  private static final String VOLCANO =
      "The volcano spewed lava and ash over the caldera as seismologists tracked tremors,"
          + " magma rose beneath the crater, and villagers fled the pyroclastic flows down the"
          + " scorched slopes toward the lowlands. ";

  /** The harbour opening, then a volcano tail far past the opening and far heavier. */
  private static final String LONG_BODY =
      HARBOUR.repeat(120) + "\n\n" + VOLCANO.repeat(5_000) + "\n\nZanzibar closed its port.";

  private static final Article LONG =
      TestArticles.article("000000000000000a", "Port report", LocalDate.of(2020, 1, 2), LONG_BODY);

  private static final Article HARBOUR_ONLY =
      TestArticles.article(
          "000000000000000b", "Harbour busy", LocalDate.of(2020, 1, 3), HARBOUR.repeat(3));

  private static final Article VOLCANO_ONLY =
      TestArticles.article(
          "000000000000000c", "Eruption", LocalDate.of(2020, 1, 4), VOLCANO.repeat(3));

  private Searcher indexed() throws IOException {
    try (Indexer w = ArticleIndex.openIndexer(dir, true)) {
      w.put(LONG);
      w.put(HARBOUR_ONLY);
      w.put(VOLCANO_ONLY);
      w.commit(1);
    }
    return ArticleIndex.openSearcher(dir).orElseThrow();
  }

  @Test
  void theOpeningIsAtMostItsLengthAndCutAtASpace() {
    String opening = BodyText.opening(LONG_BODY);
    assertTrue(opening.length() <= BodyText.OPENING_CHARS, "length " + opening.length());
    assertTrue(opening.length() > BodyText.OPENING_CHARS - 200, "length " + opening.length());
    assertTrue(LONG_BODY.startsWith(opening));
    assertTrue(Character.isWhitespace(LONG_BODY.charAt(opening.length())));
    assertEquals(HARBOUR, BodyText.opening(HARBOUR));
  }

  @Test
  void theBodyIsTheLastStoredFieldSoThatAReadWithoutItStopsBeforeIt() {
    Document doc = Schema.document(LONG);
    IndexableField last = null;
    int openings = 0;
    for (IndexableField f : doc.getFields()) {
      if (f.fieldType().stored()) {
        last = f;
        openings += f.name().equals(Schema.BODY_OPENING) ? 1 : 0;
      }
    }
    assertEquals(Schema.BODY, last.name());
    assertEquals(LONG_BODY, last.stringValue());
    assertEquals(1, openings);
    for (IndexableField f : Schema.document(HARBOUR_ONLY).getFields()) {
      assertFalse(f.name().equals(Schema.BODY_OPENING), "a short body needs no opening of its own");
    }
  }

  @Test
  void aListingWithoutBodiesGivesTheOpeningOfALongOneAndShortOnesWhole() throws IOException {
    try (Searcher s = indexed()) {
      List<Article> opening = new ArrayList<>();
      s.list(Listing.ALL, 0, 10, BodyText.OPENING, opening::add);
      List<Article> whole = new ArrayList<>();
      s.list(Listing.ALL, 0, 10, BodyText.WHOLE, whole::add);
      assertEquals(3, opening.size());
      for (int i = 0; i < 3; i++) {
        Article a = whole.get(i);
        Article o = opening.get(i);
        assertEquals(a.id(), o.id());
        assertEquals(BodyText.opening(a.body()), o.body());
        assertEquals(a.words(), o.words(), "the word count is the whole body's");
        assertEquals(a.title(), o.title());
        assertEquals(a.source(), o.source());
      }
      Article longWhole = whole.stream().filter(a -> a.id().equals(LONG.id())).findFirst().get();
      assertEquals(LONG_BODY, longWhole.body());
      assertEquals(HARBOUR.repeat(3), opening.get(1).body());
    }
  }

  @Test
  void oneArticleIsReadByIdWithAsMuchOfItsBodyAsAsked() throws IOException {
    try (Searcher s = indexed()) {
      assertEquals(
          BodyText.opening(LONG_BODY), s.article(LONG.id(), BodyText.OPENING).get().body());
      assertEquals(LONG_BODY, s.article(LONG.id(), BodyText.WHOLE).get().body());
      assertEquals(LONG.title(), s.article(LONG.id(), BodyText.OPENING).get().title());
      assertTrue(s.article("00000000000000ff", BodyText.WHOLE).isEmpty());
    }
  }

  @Test
  void aSnippetComesFromTheOpeningSoAMatchFarInIsFoundButNotQuoted() throws Exception {
    try (Searcher s = indexed()) {
      for (BodyText body : BodyText.values()) {
        List<Hit> far = new ArrayList<>();
        s.search(s.prepare("zanzibar", DateRange.ALL), Hit.Order.RELEVANCE, 0, 10, body, far::add);
        assertEquals(1, far.size(), "the whole body is searched");
        assertEquals(LONG.id(), far.get(0).article().id());
        assertTrue(far.get(0).marks().isEmpty(), far.get(0).snippet());
        assertTrue(far.get(0).snippet().startsWith("Dockers at the harbour"), far.get(0).snippet());
      }

      List<Hit> near = new ArrayList<>();
      s.search(
          s.prepare("stevedores", DateRange.ALL),
          Hit.Order.RELEVANCE,
          0,
          10,
          BodyText.WHOLE,
          near::add);
      Hit longHit = near.stream().filter(h -> h.article().id().equals(LONG.id())).findFirst().get();
      assertEquals(LONG_BODY, longHit.article().body());
      Hit.Mark m = longHit.marks().get(0);
      String snippet = longHit.snippet();
      assertEquals("stevedores", snippet.substring(m.start(), m.end()));
    }
  }

  @Test
  void similarWeighsTheOpeningNotAHeavierTailFarPastIt() throws IOException {
    try (Searcher s = indexed()) {
      List<Hit> like = new ArrayList<>();
      s.similar(LONG, DateRange.ALL, 0, 10, BodyText.OPENING, like::add);
      List<String> ids = like.stream().map(h -> h.article().id()).toList();
      assertEquals(List.of(HARBOUR_ONLY.id()), ids);
    }
  }
}
