package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import news.archive.Fixtures;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private Cli cli;
  private Path store;

  @BeforeEach
  void importSeeds() throws IOException {
    store = tmp.resolve("store");
    cli = new Cli(store);
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve(Fixtures.SEED_0), Fixtures.seed(Fixtures.SEED_0));
    Files.write(in.resolve(Fixtures.SEED_1), Fixtures.seed(Fixtures.SEED_1));
    Files.write(in.resolve("wire.txt"), Fixtures.resource("parse/wire-wrapped.txt"));
    assertEquals(0, cli.run("import", in.toString()).code());
  }

  private List<Path> articleFiles() throws IOException {
    try (Stream<Path> s = Files.walk(store.resolve("articles"))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private Path someArticle() throws IOException {
    return articleFiles().get(0);
  }

  private String shown(Path file) {
    return store.relativize(file).toString();
  }

  @Test
  void aSoundStoreChecksCleanAndQuiet() {
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  @Test
  void aDamagedFileIsNamedAndRepairMovesItToQuarantine() throws IOException {
    Path file = someArticle();
    byte[] damaged = "{ \"id\" : \"trunc".getBytes(StandardCharsets.UTF_8);
    Files.write(file, damaged);

    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertTrue(r.outLines().get(0).startsWith(shown(file) + ": not an article record ("), r.out());

    Cli.Result repaired = cli.run("check", "--repair");
    assertEquals(ExitCode.OK.code(), repaired.code(), repaired.toString());
    Path quarantined = store.resolve("quarantine").resolve(shown(file).replace('/', '_'));
    assertTrue(
        repaired.out().contains("moved to quarantine/" + quarantined.getFileName()),
        repaired.out());
    assertArrayEquals(damaged, Files.readAllBytes(quarantined), "never deleted, never changed");
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
    assertEquals(2, JSON.readTree(cli.run("list", "--json").out()).size());
  }

  @Test
  void leftoverTemporaryFilesAreFoundAndRemoved() throws IOException {
    Path temp = someArticle().resolveSibling("0123456789abcdef.json.tmp-5f3a");
    Files.writeString(temp, "{ half");
    Path rootTemp = store.resolve("generation.tmp-77");
    Files.writeString(rootTemp, "1");
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertTrue(
        r.out()
            .contains(shown(temp) + ": temporary file left by a write that did not" + " finish\n"),
        r.out());
    assertTrue(r.out().contains("generation.tmp-77: temporary file"), r.out());

    assertEquals(ExitCode.OK.code(), cli.run("check", "--repair").code());
    assertFalse(Files.exists(temp));
    assertFalse(Files.exists(rootTemp));
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
  }

  /** What an import killed while it wrote leaves: its temporaries, and the generation raised. */
  private List<Path> leftoversOfAKilledImport() throws IOException {
    List<Path> temps =
        List.of(
            store.resolve("generation.tmp-1a"),
            Files.createDirectories(store.resolve("aliases/01")).resolve("0123456789abcdef.tmp-2b"),
            Files.createDirectories(store.resolve("removed/02")).resolve("0223456789abcdef.tmp-3c"),
            store.resolve("originals/1.idx.tmp-4d"),
            someArticle().resolveSibling("0123456789abcdef.json.tmp-5e"));
    for (Path t : temps) {
      Files.writeString(t, "{ half");
    }
    long generation = Long.parseLong(Files.readString(store.resolve("generation")).strip());
    Files.writeString(store.resolve("generation"), (generation + 1) + "\n");
    return temps;
  }

  @Test
  void theNextImportRemovesWhatAKilledImportLeftAndTheStoreChecksSound() throws IOException {
    List<Path> temps = leftoversOfAKilledImport();
    Cli.Result before = cli.run("check");
    assertEquals(ExitCode.STORE.code(), before.code());
    for (Path t : temps) {
      assertTrue(
          before.out().contains(shown(t) + ": temporary file left by a write that did not finish"),
          before.out());
    }

    Cli.Result r = cli.run("import", "-v", tmp.resolve("in").toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertTrue(
        r.err().contains("archive: removed 5 temporary files left by writes that did not finish\n"),
        r.err());
    for (Path t : temps) {
      assertFalse(Files.exists(t), t.toString());
    }
    Cli.Result after = cli.run("check");
    assertEquals(ExitCode.OK.code(), after.code(), after.toString());
  }

  @Test
  void withoutVerboseTheImportRemovesLeftoversWithoutAWord() throws IOException {
    leftoversOfAKilledImport();
    Cli.Result r = cli.run("import", tmp.resolve("in").toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertFalse(r.err().contains("temporary"), r.err());
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
  }

  @Test
  void aLeftoverIsRemovedOnlyByTheCommandThatHoldsTheLock() throws IOException {
    List<Path> temps = leftoversOfAKilledImport();
    try (StoreLock held = new ArticleStore(store).lock()) {
      // another writer is at work: its temporary files are live, and a reader leaves them be
      Cli.Result list = cli.run("list");
      assertEquals(ExitCode.OK.code(), list.code(), list.toString());
      for (Path t : temps) {
        assertTrue(Files.exists(t), t.toString());
      }
    }
    assertEquals(ExitCode.OK.code(), cli.run("list").code());
    for (Path t : temps) {
      assertFalse(Files.exists(t), "the reader took the lock to rebuild the index: " + t);
    }
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
  }

  @Test
  void aRecordEditedByHandIsFoundAndGetsTheIdOfItsText() throws IOException {
    Path file = someArticle();
    String json = Files.readString(file);
    JsonNode before = JSON.readTree(json);
    Files.writeString(file, json.replace(before.get("title").asString(), "A corrected title"));

    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertEquals(
        List.of(shown(file) + ": its text does not give its id (edited by hand?)"), r.outLines());

    Cli.Result repaired = cli.run("check", "--repair");
    assertEquals(ExitCode.OK.code(), repaired.code());
    assertEquals(2, repaired.outLines().size(), repaired.out());
    assertTrue(
        repaired
            .outLines()
            .get(0)
            .startsWith(
                shown(file) + ": its text does not give its" + " id (edited by hand?): stored as "),
        repaired.out());
    assertTrue(repaired.outLines().get(1).startsWith("search index rebuilt from 3 articles"));
    assertFalse(Files.exists(file));
    JsonNode found = JSON.readTree(cli.run("search", "corrected", "--json").out()).get(0);
    assertEquals("A corrected title", found.get("title").asString(), "the edit is kept");
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
  }

  @Test
  void aRepairThatRewritesARecordRaisesTheGenerationFirstAsEveryWriterDoes() throws IOException {
    // so that a repair killed midway leaves the index out of step, and the next writer sweeps up
    Path file = someArticle();
    String json = Files.readString(file);
    Files.writeString(
        file, json.replace(JSON.readTree(json).get("title").asString(), "A corrected title"));
    long before = Long.parseLong(Files.readString(store.resolve("generation")).strip());
    assertEquals(ExitCode.OK.code(), cli.run("check", "--repair").code());
    long after = Long.parseLong(Files.readString(store.resolve("generation")).strip());
    assertEquals(before + 1, after);
    assertEquals(ExitCode.OK.code(), cli.run("check").code(), "the index is committed at it");
  }

  @Test
  void aFileHoldingAnotherArticleThanItsNameSaysIsFound() throws IOException {
    List<Path> files = articleFiles();
    Path copy =
        files
            .get(0)
            .resolveSibling(
                files.get(0).getFileName().toString().substring(0, 2) + "00000000000000.json");
    Files.copy(files.get(0), copy);
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    String id = files.get(0).getFileName().toString().replace(".json", "");
    assertEquals(
        List.of(shown(copy) + ": holds article " + id + ", not the one its name says"),
        r.outLines(),
        "one problem, one line");
    Cli.Result repaired = cli.run("check", "--repair");
    assertTrue(repaired.out().contains("its text is stored already as"), repaired.out());
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
    assertEquals(3, articleFiles().size());
  }

  @Test
  void filesThatAreNoArticlesAreFound() throws IOException {
    Path stray = store.resolve("articles").resolve("notes.txt");
    Files.writeString(stray, "my notes");
    Path badName = someArticle().resolveSibling("not-an-id.json");
    Files.writeString(badName, "{}");
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertTrue(r.out().contains(shown(stray) + ": not an article file"), r.out());
    assertTrue(r.out().contains(shown(badName) + ": not an article file"), r.out());
    assertEquals(ExitCode.OK.code(), cli.run("check", "--repair").code());
    assertTrue(Files.exists(store.resolve("quarantine/articles_notes.txt")));
  }

  @Test
  void anIndexOutOfStepWithTheFilesIsFound() throws IOException {
    Path file = someArticle();
    String id = file.getFileName().toString().replace(".json", "");
    Files.delete(file);
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertEquals(
        List.of("the search index holds article " + id + ", which has no file"), r.outLines());

    Files.writeString(store.resolve("generation"), "99\n");
    Cli.Result stale = cli.run("check");
    assertTrue(
        stale.out().startsWith("the search index is out of step: it reflects change "),
        stale.out());

    assertEquals(ExitCode.OK.code(), cli.run("check", "--repair").code());
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
    assertEquals(2, JSON.readTree(cli.run("list", "--json").out()).size());
  }

  @Test
  void aMissingIndexIsFoundAndRebuilt() throws IOException {
    try (Stream<Path> s = Files.walk(store.resolve("index"))) {
      for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertTrue(r.out().startsWith("the search index is missing\n"), r.out());
    Cli.Result repaired = cli.run("check", "--repair");
    assertTrue(repaired.out().endsWith("search index rebuilt from 3 articles\n"), repaired.out());
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
  }

  @Test
  void checkOnAMissingStoreSaysSo() {
    Cli.Result r = new Cli(tmp.resolve("nowhere")).run("check");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertTrue(r.err().startsWith("archive: no archive at "), r.err());
  }
}
