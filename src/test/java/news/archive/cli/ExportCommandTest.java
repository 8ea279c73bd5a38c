package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code archive export}, and {@code import} of what it wrote. */
class ExportCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private Cli cli;
  private Path in;

  /** Three articles, one of them from two files, with everything a user can add. */
  @BeforeEach
  void curatedArchive() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"), "Cranes stand idle\n\n12 February 2015\n\nThe harbour is shut.\n");
    Files.writeString(
        in.resolve("copy.txt"), "Cranes stand idle\n\n12 February 2015\n\nThe harbour is shut.\n");
    Files.writeString(in.resolve("b.txt"), "Boats leave\n\n4 May 2017\n\nThe ferry, \"gone\".\n");
    Files.writeString(in.resolve("c.txt"), "Dockside notes\n\nUndated, by the quay.\n");
    assertEquals(0, cli.run("import", in.toString()).code());
    String cranes = id("Cranes");
    assertEquals(0, cli.run("tag", cranes, "+port", "+unread").code());
    assertEquals(0, cli.run("note", cranes, "check", "with", "the", "union").code());
    assertEquals(0, cli.run("set", cranes, "date=2015-02-13", "outlet=Harbour Times").code());
  }

  private String id(String word) {
    Cli.Result r = cli.run("search", word, "--fields", "id");
    assertEquals(0, r.code(), r.toString());
    return r.outLines().get(0);
  }

  @Test
  void anNdjsonExportRestoresEveryRecordExactlyIntoANewStore() throws IOException {
    Path backup = tmp.resolve("backup.ndjson");
    Cli.Result r = cli.run("export", "-o", backup.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals(3, Files.readAllLines(backup).size());
    for (String line : Files.readAllLines(backup)) {
      JsonNode exported = JSON.readTree(line);
      JsonNode stored =
          JSON.readTree(cli.run("show", exported.get("id").asString(), "--json").out());
      assertEquals(stored, exported, "the export is the stored record");
    }

    Cli other = new Cli(tmp.resolve("other"));
    r = other.run("import", backup.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        List.of("imported 3, updated 0, unchanged 0, duplicates 0, failed 0"), r.errLines());
    assertEquals(
        cli.run("list", "--format", "ndjson").out(), other.run("list", "--format", "ndjson").out());
    JsonNode cranes = JSON.readTree(other.run("show", id("Cranes"), "--json").out());
    assertEquals("check with the union", cranes.get("note").asString());
    assertEquals(2, cranes.get("sources").size());
    assertEquals("2015-02-12", cranes.get("parsed").get("date").asString());
    assertEquals(0, other.run("check").code(), other.run("check").toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 3, duplicates 0, failed 0"),
        other.run("import", backup.toString()).errLines(),
        "restoring twice changes nothing");
  }

  @Test
  void aBadLineInABackupFailsAloneAndTheRestIsRestored() throws IOException {
    Path backup = tmp.resolve("backup.jsonl");
    String good = cli.run("export").out();
    Files.writeString(backup, "{\"id\": \"nope\"}\nnot json\n\n" + good);
    Cli other = new Cli(tmp.resolve("other"));
    Cli.Result r = other.run("import", backup.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertTrue(r.err().contains("backup.jsonl:1: not an article record"), r.toString());
    assertTrue(r.err().contains("backup.jsonl:2: not an article record"), r.toString());
    assertEquals(3, other.run("list").outLines().size());
  }

  @Test
  void aBackupUnderAnotherNameIsKnownByItsContentAndRestored() throws IOException {
    Path backup = tmp.resolve("backup.json");
    assertEquals(0, cli.run("export", "-o", backup.toString()).code());
    Path renamed = tmp.resolve("2024-archive");
    Files.copy(backup, renamed);
    for (Path named : List.of(backup, renamed)) {
      Cli other = new Cli(tmp.resolve("other-" + named.getFileName()));
      Cli.Result r = other.run("import", named.toString());
      assertEquals(
          List.of("imported 3, updated 0, unchanged 0, duplicates 0, failed 0"),
          r.errLines(),
          named.toString());
      assertEquals(
          cli.run("list", "--format", "ndjson").out(),
          other.run("list", "--format", "ndjson").out(),
          "every record as it was, not parsed as an article's text");
    }
  }

  @Test
  void aBackupOnStandardInputIsRestored() {
    byte[] backup = cli.run("export").out().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Cli other = new Cli(tmp.resolve("other"));
    assertTrue(backup.length > 1000);
    // a backup is no article: it is read as it is restored, not held, and no limit of size applies
    Cli.Result r = other.runWithInput(backup, "import", "--max-bytes", "1000", "-");
    assertEquals(
        List.of("imported 3, updated 0, unchanged 0, duplicates 0, failed 0"), r.errLines());
    assertEquals(
        cli.run("list", "--format", "ndjson").out(), other.run("list", "--format", "ndjson").out());
  }

  @Test
  void aJsonFileThatIsNoBackupIsRefusedInOneLine() throws IOException {
    Path array = Files.writeString(tmp.resolve("numbers.json"), "[1, 2, 3]\n[4, 5]\n");
    Path pretty =
        Files.writeString(tmp.resolve("settings.json"), "{\n  \"a\": 1,\n  \"b\": [2]\n}\n");
    Path log = Files.writeString(tmp.resolve("events.ndjson"), "{\"event\": 1}\n{\"event\": 2}\n");
    Cli other = new Cli(tmp.resolve("other"));
    for (Path file : List.of(array, pretty, log)) {
      Cli.Result r = other.run("import", file.toString());
      assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
      assertEquals(2, r.errLines().size(), r.toString());
      assertTrue(
          r.errLines()
              .get(0)
              .startsWith("archive: " + file + ": not a backup that export wrote: its first line"),
          r.toString());
      assertEquals(
          "imported 0, updated 0, unchanged 0, duplicates 0, failed 1", r.errLines().get(1));
    }
    assertEquals(0, other.run("list").outLines().size());
  }

  @Test
  void aFolderGivesItsBackupsOnlyWhenTheGlobNamesThem() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("folder"));
    assertEquals(0, cli.run("export", "-o", folder.resolve("backup.ndjson").toString()).code());
    Files.writeString(
        folder.resolve("new.txt"),
        "Tugs return\n\n5 May 2017\n\n"
            + "The tugs are back in the harbour after a week at sea, and the pilots say the"
            + " channel will open to the large ships again on Monday, weather permitting.\n");
    Cli other = new Cli(tmp.resolve("other"));
    Cli.Result r = other.run("import", folder.toString());
    assertEquals(
        List.of("imported 1, updated 0, unchanged 0, duplicates 0, failed 0"),
        r.errLines(),
        "the default glob does not name the backup");
    r = other.run("import", "--glob", "*.{txt,ndjson}", folder.toString());
    assertEquals(
        List.of("imported 3, updated 0, unchanged 1, duplicates 0, failed 0"),
        r.errLines(),
        "restored, not parsed as an article's text");
    assertEquals(4, other.run("list").outLines().size());
  }

  @Test
  void aQueryExportsItsMatchesOnly() {
    Cli.Result r = cli.run("export", "harbour", "-ferry");
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, r.outLines().size());
    assertEquals("Cranes stand idle", JSON.readTree(r.out()).get("title").asString());
    assertEquals(ExitCode.USAGE.code(), cli.run("export", "\"open").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("export", "--formt", "csv").code());
    assertEquals(2, cli.run("export", "--since", "2015-01-01").outLines().size());
  }

  @Test
  void csvAndTheBulkFormat() {
    Cli.Result r = cli.run("export", "--format", "csv", "--fields", "title,tags");
    assertEquals(0, r.code(), r.toString());
    assertEquals("title,tags", r.outLines().get(0));
    assertTrue(r.outLines().contains("Cranes stand idle,port unread"), r.toString());

    r = cli.run("export", "--format", "opensearch");
    List<String> lines = r.outLines();
    assertEquals(6, lines.size());
    for (int i = 0; i < lines.size(); i += 2) {
      JsonNode action = JSON.readTree(lines.get(i));
      JsonNode doc = JSON.readTree(lines.get(i + 1));
      assertEquals(doc.get("id").asString(), action.get("index").get("_id").asString());
    }
    assertEquals(ExitCode.USAGE.code(), cli.run("export", "--fields", "id").code());
  }

  /** The mapping shipped for the bulk format names fields the records have, with our analysis. */
  @Test
  void theShippedMappingFitsTheExportedRecords() throws IOException {
    JsonNode mapping = JSON.readTree(Files.readString(Path.of("opensearch/mapping.json")));
    JsonNode record = JSON.readTree(cli.run("export").outLines().get(0));
    for (String field : mapping.get("mappings").get("properties").propertyNames()) {
      assertTrue(record.has(field), "the record has no field " + field);
    }
    JsonNode filters =
        mapping.get("settings").get("analysis").get("analyzer").get("archive").get("filter");
    assertEquals("[\"archive_possessive\",\"lowercase\",\"asciifolding\"]", filters.toString());
  }

  @Test
  void anOutputThatCannotBeWrittenIsNamedAsTyped() throws IOException {
    Path missing = tmp.resolve("no/such/folder/out.ndjson");
    Cli.Result r = cli.run("export", "-o", missing.toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertEquals(
        List.of(
            "archive: cannot write "
                + missing
                + ": no such folder "
                + tmp.resolve("no/such/folder")),
        r.errLines());

    Path file = Files.writeString(tmp.resolve("plain"), "x");
    r = cli.run("export", "-o", file.resolve("out.ndjson").toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertEquals(
        List.of(
            "archive: cannot write "
                + file.resolve("out.ndjson")
                + ": "
                + file
                + " is not a folder"),
        r.errLines());

    Path folder = Files.createDirectories(tmp.resolve("a-folder"));
    r = cli.run("export", "-o", folder.toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertEquals(List.of("archive: cannot write " + folder + ": it is a folder"), r.errLines());
    assertTrue(Files.isDirectory(folder), "the folder is left as it was");
  }

  @Test
  void aFailedExportLeavesNoFileBehind() {
    Path missing = tmp.resolve("no/such/folder/out.ndjson");
    Cli.Result r = cli.run("export", "-o", missing.toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertFalse(Files.exists(missing.getParent()));
  }
}
