package news.archive.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.archive.Article;
import news.archive.DateRange;
import news.archive.Fixtures;
import news.archive.engine.Snapshot;
import news.archive.search.LuceneEngine;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArchiveTest {

  @TempDir Path tmp;

  private final List<String> notices = new ArrayList<>();

  private Archive archive() {
    return Imports.archive(tmp.resolve("store"), notices);
  }

  private ArticleStore store() {
    return new ArticleStore(tmp.resolve("store"));
  }

  private long indexGeneration() throws IOException {
    try (Snapshot s = new LuceneEngine(store().indexDir()).open().orElseThrow()) {
      return s.generation();
    }
  }

  @Test
  void eachImportRaisesTheGenerationTheIndexRecords() throws IOException {
    Archive archive = archive();
    Imports.run(archive, Fixtures.seeds().toString());
    long first = store().generation();
    Imports.run(archive, Fixtures.seeds().toString());
    assertEquals(first + 1, store().generation());
    assertEquals(store().generation(), indexGeneration());
    assertEquals(List.of(), notices);
  }

  @Test
  void whileAWriterHoldsTheLockReadersUseTheLastCommitAsItIs() throws IOException {
    Archive archive = archive();
    Imports.run(archive, Fixtures.seeds().toString());
    // A writer at work: it has raised the generation and holds the lock.
    try (StoreLock writer = store().lock()) {
      store().nextGeneration();
      try (Reader r = archive.reader()) {
        assertEquals(2, r.size());
      }
      assertEquals(store().generation() - 1, indexGeneration());
      assertEquals(List.of(), notices, "no rebuild while a writer is at work");
      assertEquals(Optional.empty(), archive.readerIfInStep(), "not in step: none opened ahead");
    }
    // The writer died without committing: the next reader rebuilds.
    try (Reader r = archive.reader()) {
      assertEquals(2, r.size());
    }
    assertEquals(store().generation(), indexGeneration());
    assertEquals(
        List.of("the search index was out of step with the files; rebuilt it from 2 articles"),
        notices);
    assertTrue(archive.readerIfInStep().isPresent());
  }

  @Test
  void aSecondWriterWaitsOrIsRefusedAsAsked() throws IOException {
    Archive archive = archive();
    Imports.run(archive, Fixtures.seeds().toString());
    try (StoreLock writer = store().lock()) {
      ImportRequest noWait = Imports.request(false, Fixtures.seeds().toString());
      StoreBusyException busy =
          assertThrows(
              StoreBusyException.class, () -> archive.importInputs(noWait, Imports.SILENT));
      assertTrue(busy.getMessage().endsWith("is busy: another archive command is writing to it"));
    }
  }

  @Test
  void reindexCountsTheArticles() throws IOException {
    Archive archive = archive();
    Imports.run(archive, Fixtures.seeds().toString());
    assertEquals(2, archive.reindex());
    try (Stream<Path> files = Files.walk(tmp.resolve("store/articles"))) {
      Files.delete(files.filter(Files::isRegularFile).findFirst().orElseThrow());
    }
    assertEquals(1, archive.reindex());
  }

  @Test
  void showFindsAnArticleByAPrefixAndSaysWhenItFitsNoneOrSeveral() throws IOException {
    Archive archive = archive();
    Imports.run(archive, Fixtures.seeds().toString());
    List<String> ids = new ArrayList<>();
    try (Reader r = archive.reader()) {
      r.list(DateRange.ALL, 0, 10, a -> ids.add(a.id()));
    }
    Article first = archive.show(ids.get(0).substring(0, 6));
    assertEquals(ids.get(0), first.id());
    NotFoundException none =
        assertThrows(NotFoundException.class, () -> archive.show("ffffffffffffffff"));
    assertEquals("no article with id ffffffffffffffff", none.getMessage());
    assertEquals(List.of(), none.candidates());
  }

  @Test
  void readingAMissingStoreSaysSo() {
    StoreException e = assertThrows(StoreException.class, () -> archive().reader());
    assertTrue(e.getMessage().startsWith("no archive at " + tmp.resolve("store")), e.getMessage());
  }

  @Test
  void aQueryThatCannotBeReadIsABadQuery() throws IOException {
    Archive archive = archive();
    Imports.run(archive, Fixtures.seeds().toString());
    try (Reader r = archive.reader()) {
      BadQueryException e =
          assertThrows(BadQueryException.class, () -> r.query("\"foreign minister", DateRange.ALL));
      assertEquals("unbalanced quote: the \" at character 1 is never closed", e.getMessage());
    }
  }

  @Test
  void standardInputGivenTwiceIsABadRequest() {
    assertThrows(BadRequestException.class, () -> Imports.request(true, "-", "a.txt", "-"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "/etc/passwd",
        "%2e%2e",
        "abc",
        "ab/cd",
        "0123456789abcdef0",
        "ab\u0000cd",
        "..",
        "ABCG"
      })
  void stringsThatAreNoIdPrefixAreRefusedBeforeAnyPathIsBuilt(String typed) {
    assertEquals(Optional.empty(), Archive.idPrefix(typed));
    assertThrows(IllegalArgumentException.class, () -> archive().show(typed));
  }

  @Test
  void prefixIsNormalizedToLowerCase() {
    assertEquals(Optional.of("abcd12"), Archive.idPrefix(" ABCD12 "));
  }
}
