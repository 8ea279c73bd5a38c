package news.archive.cli;

import static news.archive.cli.ThreeArticles.JSON;
import static news.archive.cli.ThreeArticles.TITLE_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index: rebuilt by {@code reindex}, and without asking when it is missing or stale. */
class ReindexCommandTest {

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void importSeedsAndAWireStory() throws IOException {
    cli = ThreeArticles.importInto(tmp);
  }

  private String id(String title) {
    return ThreeArticles.id(cli, title);
  }

  @Test
  void aMissingIndexIsRebuiltFromTheFiles() throws IOException {
    deleteTree(cli.store().resolve("index"));
    Cli.Result r = cli.run("search", "Idlib", "--json");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(2, JSON.readTree(r.out()).size());
    assertEquals(
        List.of("archive: the search index was missing; rebuilt it from 3 articles"), r.errLines());
  }

  @Test
  void aStaleIndexIsRebuiltWithANotice() throws IOException {
    // A writer that died after raising the generation leaves the index one generation behind.
    Path generation = cli.store().resolve("generation");
    long g = Long.parseLong(Files.readString(generation).strip());
    Files.writeString(generation, (g + 1) + "\n");
    Cli.Result r = cli.run("list");
    assertEquals(ExitCode.OK.code(), r.code());
    assertEquals(3, r.outLines().size());
    assertEquals(
        List.of(
            "archive: the search index was out of step with the files; rebuilt it"
                + " from 3 articles"),
        r.errLines());
    assertEquals("", cli.run("list").err(), "once rebuilt, it is in step");
  }

  @Test
  void reindexRebuildsAndSaysHowMany() {
    Cli.Result r = cli.run("reindex");
    assertEquals(ExitCode.OK.code(), r.code());
    assertEquals(List.of("indexed 3 articles"), r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void aDamagedArticleFileIsNamedAndSkippedWhenTheIndexIsRebuilt() throws IOException {
    String id = id(TITLE_1);
    Path file = cli.store().resolve("articles").resolve(id.substring(0, 2)).resolve(id + ".json");
    Files.writeString(file, "{ \"id\": ");
    Cli.Result r = cli.run("reindex");
    assertEquals(ExitCode.OK.code(), r.code());
    assertTrue(
        r.errLines().get(0).startsWith("archive: skipping damaged article file " + file), r.err());
    assertEquals("indexed 2 articles", r.errLines().get(1));
    Cli.Result show = cli.run("show", id);
    assertEquals(ExitCode.STORE.code(), show.code());
    assertTrue(show.err().startsWith("archive: damaged article file " + file), show.err());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
