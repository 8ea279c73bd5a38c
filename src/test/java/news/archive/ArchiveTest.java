package news.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import news.archive.ingest.ImportReport;
import news.archive.ingest.Importer;
import news.archive.search.ArticleIndex;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

  @TempDir Path tmp;

  private final List<String> notices = new ArrayList<>();

  private Archive archive() {
    return new Archive(tmp.resolve("store"), notices::add);
  }

  private ImportReport importSeeds(Archive archive) throws IOException {
    Importer.Listener quiet =
        new Importer.Listener() {
          @Override
          public void failed(String path, String reason) {
            throw new AssertionError(path + ": " + reason);
          }

          @Override
          public void warning(String path, String message) {}

          @Override
          public void progress(int done, int total) {}
        };
    return archive.importPaths(
        List.of(Fixtures.seeds().toString()),
        new Importer.Options("*.txt", null, 1 << 20),
        new ByteArrayInputStream(new byte[0]),
        quiet,
        Clock.systemUTC(),
        true);
  }

  @Test
  void eachImportRaisesTheGenerationTheIndexRecords() throws IOException {
    Archive archive = archive();
    importSeeds(archive);
    ArticleStore store = new ArticleStore(tmp.resolve("store"));
    long first = store.generation();
    importSeeds(archive);
    assertEquals(first + 1, store.generation());
    try (ArticleIndex.Searcher s = archive.searcher()) {
      assertEquals(store.generation(), s.generation());
    }
    assertEquals(List.of(), notices);
  }

  @Test
  void whileAWriterHoldsTheLockReadersUseTheLastCommitAsItIs() throws IOException {
    Archive archive = archive();
    importSeeds(archive);
    ArticleStore store = new ArticleStore(tmp.resolve("store"));
    // A writer at work: it has raised the generation and holds the lock.
    try (StoreLock writer = store.lock()) {
      store.nextGeneration();
      try (ArticleIndex.Searcher s = archive.searcher()) {
        assertEquals(2, s.size());
        assertEquals(store.generation() - 1, s.generation());
      }
      assertEquals(List.of(), notices, "no rebuild while a writer is at work");
    }
    // The writer died without committing: the next reader rebuilds.
    try (ArticleIndex.Searcher s = archive.searcher()) {
      assertEquals(store.generation(), s.generation());
    }
    assertEquals(1, notices.size());
  }

  @Test
  void reindexCountsTheArticles() throws IOException {
    Archive archive = archive();
    importSeeds(archive);
    assertEquals(2, archive.reindex());
    Files.delete(
        Files.walk(tmp.resolve("store/articles"))
            .filter(Files::isRegularFile)
            .findFirst()
            .orElseThrow());
    assertEquals(1, archive.reindex());
  }
}
