package news.archive.cli;

import static news.archive.cli.ThreeArticles.JSON;
import static news.archive.cli.ThreeArticles.TITLE_0;
import static news.archive.cli.ThreeArticles.TITLE_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.archive.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code show}: the record as stored or as text, ids and their prefixes. */
class ShowCommandTest {

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
  void showJsonPrintsTheStoredFileAsIs() throws IOException {
    String id = id(TITLE_0);
    Cli.Result r = cli.run("show", id, "--json");
    assertEquals(ExitCode.OK.code(), r.code());
    Path file = cli.store().resolve("articles").resolve(id.substring(0, 2)).resolve(id + ".json");
    assertEquals(Files.readString(file), r.out());
  }

  @Test
  void showJsonOfTheSeedsHasTheParsedValues() {
    JsonNode a = JSON.readTree(cli.run("show", id(TITLE_0), "--json").out());
    assertEquals(TITLE_0, a.get("title").asString());
    assertEquals(
        "Mohammad Javad Zarif is holding talks with Syrian officials, as the regime"
            + " prepares for a phased offensive on rebel-held Idlib.",
        a.get("subtitle").asString());
    assertEquals("2018-09-03", a.get("date").asString());
    assertEquals(3, a.get("readingMinutes").asInt());
    assertEquals(1, a.get("captions").size());
    assertTrue(a.get("captions").get(0).asString().endsWith("[Getty]"));
    String[] paragraphs = a.get("body").asString().split("\n\n", -1);
    assertEquals(19, paragraphs.length);
    assertTrue(
        paragraphs[0].startsWith(
            "Iran's foreign minister Mohammad Javad Zarif arrived" + " in Damascus on Monday"));
    assertTrue(paragraphs[18].endsWith("have led to war crimes investigations."));
    assertTrue(a.get("agency").isNull());
    assertEquals(0, a.get("agencies").size());
    assertEquals(3788, a.get("source").get("bytes").asLong());
    assertTrue(a.get("source").get("sha256").asString().matches("[0-9a-f]{64}"));
    assertTrue(a.get("source").get("path").asString().endsWith("/" + Fixtures.SEED_0));

    JsonNode b = JSON.readTree(cli.run("show", id(TITLE_1), "--json").out());
    assertTrue(b.get("date").isNull());
    assertEquals("AFP", b.get("agency").asString());
    assertEquals(1, b.get("agencies").size());
    assertEquals("AFP", b.get("agencies").get(0).asString());
    String[] bodyB = b.get("body").asString().split("\n\n", -1);
    assertEquals(9, bodyB.length);
    assertTrue(bodyB[8].endsWith("of Iran in Syria."));
  }

  @Test
  void showAcceptsAUniquePrefixInAnyCase() {
    String id = id(TITLE_1);
    Cli.Result r =
        cli.run("show", id.substring(0, 6).toUpperCase(Locale.ROOT), "--format", "ndjson");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(1, r.outLines().size());
    assertEquals(id, JSON.readTree(r.out()).get("id").asString());
  }

  @Test
  void showTextHasTheTitleMetadataAndBody() {
    Cli.Result r = cli.run("show", id(TITLE_1));
    List<String> lines = r.outLines();
    assertEquals(TITLE_1, lines.get(0));
    assertTrue(r.out().contains("\nDate:    (none)\n"), r.out());
    assertTrue(r.out().contains("\nAgency:  AFP\n"), r.out());
    assertTrue(r.out().contains("\nTehran has provided steady political"));
  }

  @Test
  void showOfAnUnknownIdExitsWithNotFound() {
    Cli.Result r = cli.run("show", "0000000000000000");
    assertEquals(ExitCode.NOT_FOUND.code(), r.code());
    assertEquals("archive: no article with id 0000000000000000\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void anAmbiguousPrefixListsTheCandidates() throws IOException {
    String id = id(TITLE_0);
    // A second record whose id shares the first four characters.
    String twin = id.substring(0, 4) + "000000000000";
    Path shard = cli.store().resolve("articles").resolve(id.substring(0, 2));
    String json = Files.readString(shard.resolve(id + ".json")).replace(id, twin);
    Files.writeString(shard.resolve(twin + ".json"), json);

    Cli.Result r = cli.run("show", id.substring(0, 4));
    assertEquals(ExitCode.NOT_FOUND.code(), r.code());
    List<String> expected = new ArrayList<>(List.of(id, twin));
    expected.sort(null);
    String date = JSON.readTree(cli.run("show", id, "--json").out()).get("date").asString();
    expected.replaceAll(i -> i + "  " + date + "  " + TITLE_0);
    expected.add(
        "archive: id prefix "
            + id.substring(0, 4)
            + " fits 2 articles (listed above); give more characters");
    assertEquals(expected, r.errLines());
    assertEquals(ExitCode.OK.code(), cli.run("show", id).code(), "the full id is still unique");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "../../etc/passwd",
        "/etc/passwd",
        "%2e%2e",
        "zzzz",
        "0123456789abcdef0",
        "ab\u0000cd"
      })
  void idsThatCannotBeIdsAreUsageErrors(String typed) {
    Cli.Result r = cli.run("show", typed);
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertTrue(r.err().startsWith("archive: '"), r.err());
    assertTrue(r.err().contains("is not an article id: ids are 4 to 16 hex digits"), r.err());
    assertFalse(r.err().contains("\u0000"), "control characters are not echoed");
  }
}
