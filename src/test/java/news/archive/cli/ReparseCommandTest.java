package news.archive.cli;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code archive reparse} through the real command line, with each of its exit codes. */
class ReparseCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private Cli cli;
  private String id;

  /**
   * A store as an older parser left it: an article whose opening date the record lacks. The date is
   * not part of the id, so the record is sound as it is.
   */
  @BeforeEach
  void storeWithoutTheOpeningDate() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "Harbour strike enters second week\n\n12 February 2015 Dock workers stayed away.\n");
    Files.writeString(in.resolve("b.txt"), "Council meets\n\n4 May 2017\n\nThe council met.\n");
    assertEquals(0, cli.run("import", in.toString()).code());
    JsonNode a = JSON.readTree(cli.run("search", "Dock", "--format", "ndjson").out());
    id = a.get("id").asString();
    Path record = tmp.resolve("store/articles/" + id.substring(0, 2) + "/" + id + ".json");
    ObjectNode older = (ObjectNode) JSON.readTree(Files.readString(record));
    older.putNull("date");
    older.putNull("dateFrom");
    Files.writeString(record, JSON.writeValueAsString(older));
    assertEquals(0, cli.run("reindex").code());
    assertEquals(0, cli.run("check").code(), "the older record is sound");
  }

  @Test
  void aDryRunPrintsWhatWouldChangeAndChangesNothing() {
    Cli.Result r = cli.run("reparse", "--dry-run");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(List.of(id + "  date: null -> 2015-02-12"), r.outLines());
    assertEquals(List.of("would change 1 of reparsed 2"), r.errLines());
    assertTrue(date().isNull(), "nothing stored");
  }

  @Test
  void reparseStoresWhatTheParserFindsNowAndSaysHowMany() {
    Cli.Result r = cli.run("reparse");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals(List.of("reparsed 2, changed 1"), r.errLines());
    assertEquals("2015-02-12", date().asString());
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
    assertEquals(List.of("reparsed 2, changed 0"), cli.run("reparse").errLines());
  }

  @Test
  void aDamagedOriginalExitsWithFourAndLeavesTheRecord() throws IOException {
    try (Stream<Path> files = Files.walk(tmp.resolve("store/originals"))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".pack")).toList()) {
        Files.writeString(p, "x".repeat((int) Files.size(p)));
      }
    }
    Cli.Result r = cli.run("reparse", id.substring(0, 6));
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertEquals(2, r.errLines().size(), r.toString());
    assertTrue(
        r.errLines().get(0).startsWith("archive: " + id + ": its kept original in "), r.err());
    assertTrue(r.errLines().get(0).endsWith(" is damaged: it does not decompress"), r.err());
    assertEquals("reparsed 0, changed 0, unreachable 1", r.errLines().get(1));
    assertTrue(date().isNull(), "left as it was");
  }

  @Test
  void anIdThatCannotBeOneIsAUsageError() {
    Cli.Result r = cli.run("reparse", "xyz");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertTrue(r.err().contains("'xyz' is not an article id"), r.err());
  }

  @Test
  void anUnknownIdExitsWithThreeAndChangesNothing() {
    Cli.Result r = cli.run("reparse", id, "ffffffff");
    assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.toString());
    assertTrue(r.err().contains("no article with id ffffffff"), r.err());
    assertTrue(date().isNull(), "the known id is not reparsed either");
  }

  @Test
  void aRecordOfThePreviousLayoutIsReadAndUpgradedByReparse() throws IOException {
    String other =
        JSON.readTree(cli.run("search", "council", "--format", "ndjson").out())
            .get("id")
            .asString();
    Path record = tmp.resolve("store/articles/" + other.substring(0, 2) + "/" + other + ".json");
    ObjectNode older = (ObjectNode) JSON.readTree(Files.readString(record));
    for (String field : List.of("tags", "note", "set", "parsed", "sources", "schema")) {
      older.remove(field);
    }
    Files.writeString(record, JSON.writeValueAsString(older));
    assertEquals(0, cli.run("reindex").code());
    assertEquals(0, cli.run("check").code(), "the older record is sound");
    assertEquals(
        "[]", JSON.readTree(cli.run("show", other, "--json").out()).get("tags").toString());

    assertEquals(0, cli.run("reparse").code());
    JsonNode upgraded = JSON.readTree(Files.readString(record));
    assertEquals(2, upgraded.get("schema").asInt());
    assertEquals(1, upgraded.get("sources").size());
    assertEquals(older.get("body"), upgraded.get("body"));
  }

  private JsonNode date() {
    return JSON.readTree(cli.run("show", id, "--json").out()).get("date");
  }
}
