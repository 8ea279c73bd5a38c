package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code rm}, {@code tag}, {@code note} and {@code set} through the real command line. */
class CurationCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String STRIKE =
      "Harbour strike enters second week\n\n12 February 2015 Dock workers stayed away.\n";
  private static final String COUNCIL = "Council meets\n\n4 May 2017\n\nThe council met.\n";

  @TempDir Path tmp;

  private Cli cli;
  private Path in;
  private String strike;
  private String council;

  @BeforeEach
  void twoArticles() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), STRIKE);
    Files.writeString(in.resolve("b.txt"), COUNCIL);
    assertEquals(0, cli.run("import", in.toString()).code());
    strike = record("Dock").get("id").asString();
    council = record("council").get("id").asString();
  }

  private JsonNode record(String word) {
    Cli.Result r = cli.run("search", word, "--format", "ndjson");
    assertEquals(0, r.code(), r.toString());
    return JSON.readTree(r.out());
  }

  private JsonNode show(String id) {
    Cli.Result r = cli.run("show", id, "--json");
    assertEquals(0, r.code(), r.toString());
    return JSON.readTree(r.out());
  }

  private List<String> listedIds() {
    return cli.run("list").outLines().stream().map(l -> l.substring(0, 16)).toList();
  }

  @Test
  void rmRemovesRecordIndexEntryAndOriginal() throws IOException {
    byte[] original = STRIKE.getBytes(StandardCharsets.UTF_8);
    assertTrue(packsHold(original), "the original is kept before");
    Cli.Result r = cli.run("rm", strike.substring(0, 6));
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals(
        List.of("removed " + strike + "  Harbour strike enters second week"), r.errLines());
    assertEquals(List.of(council), listedIds());
    assertEquals(ExitCode.NOT_FOUND.code(), cli.run("show", strike).code());
    assertEquals(ExitCode.NO_MATCH.code(), cli.run("search", "Dock").code());
    assertFalse(packsHold(original), "the original bytes are gone from the packs");
    assertEquals(ExitCode.OK.code(), cli.run("check").code(), cli.run("check").toString());
  }

  /** Whether some pack holds these bytes, as its compressed members expand. */
  private boolean packsHold(byte[] original) throws IOException {
    try (Stream<Path> files = Files.walk(tmp.resolve("store/originals"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".pack")).toList()) {
        byte[] pack = Files.readAllBytes(p);
        for (int at = 0; at + 1 < pack.length; at++) {
          if ((pack[at] & 0xff) == 0x1f && (pack[at + 1] & 0xff) == 0x8b) {
            try (var gz =
                new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(pack, at, pack.length - at))) {
              if (java.util.Arrays.equals(gz.readNBytes(original.length), original)) {
                return true;
              }
            } catch (IOException notAMember) {
              // not the start of a member
            }
          }
        }
      }
    }
    return false;
  }

  @Test
  void aRemovedArticleStaysRemovedUntilForced() {
    assertEquals(0, cli.run("rm", strike).code());
    Cli.Result again = cli.run("import", in.toString(), "--verbose");
    assertEquals(ExitCode.OK.code(), again.code(), again.toString());
    assertTrue(
        again.err().contains("skipped: article " + strike + " was removed"), again.toString());
    assertTrue(
        again.errLines().get(again.errLines().size() - 1).endsWith(", skipped 1 (removed earlier)"),
        again.toString());
    assertEquals(List.of(council), listedIds());

    Cli.Result forced = cli.run("import", in.toString(), "--force");
    assertEquals(ExitCode.OK.code(), forced.code(), forced.toString());
    assertTrue(forced.err().startsWith("imported 1,"), forced.toString());
    assertEquals(2, listedIds().size());
    Cli.Result third = cli.run("import", in.toString());
    assertFalse(third.err().contains("skipped"), "forced back, it is no longer removed");
  }

  @Test
  void anUnknownIdRemovesNothingAndExitsThree() {
    Cli.Result r = cli.run("rm", strike, "0000000000000000");
    assertEquals(ExitCode.NOT_FOUND.code(), r.code(), r.toString());
    assertEquals(2, listedIds().size(), "the known one is not removed either");
    assertEquals(ExitCode.USAGE.code(), cli.run("rm", "xyz!").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("rm").code());
  }

  @Test
  void tagsAreAddedRemovedSearchedAndShown() {
    Cli.Result r = cli.run("tag", strike, council, "+Syria", "+unread", "+follow-up");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    r = cli.run("tag", council, "-unread");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(List.of(council + "  follow-up syria"), r.errLines());
    assertEquals("[\"follow-up\",\"syria\",\"unread\"]", show(strike).get("tags").toString());
    assertEquals(1, cli.run("search", "tag:unread", "--format", "ndjson").outLines().size());
    assertEquals(2, cli.run("search", "tag:syria", "--format", "ndjson").outLines().size());
    assertTrue(
        cli.run("list").out().contains("Council meets  [follow-up syria]"),
        cli.run("list").toString());
  }

  @Test
  void badTagsAndMissingPartsAreUsageErrors() {
    assertEquals(ExitCode.USAGE.code(), cli.run("tag", strike, "+").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("tag", strike, "+a b").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("tag", "+x", "+y").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("tag", strike, council).code());
    assertEquals(ExitCode.NOT_FOUND.code(), cli.run("tag", "0000", "+x").code());
    assertEquals("[]", show(strike).get("tags").toString());
  }

  @Test
  void aNoteIsKeptPrintedAndCleared() {
    assertEquals(0, cli.run("note", strike, "ask", "the", "union").code());
    assertEquals("ask the union", show(strike).get("note").asString());
    assertEquals(List.of("ask the union"), cli.run("note", strike).outLines());
    assertEquals(0, cli.run("note", strike, "").code());
    assertTrue(show(strike).get("note").isNull());
    assertEquals("", cli.run("note", strike).out());
    assertEquals(ExitCode.NOT_FOUND.code(), cli.run("note", "0000", "x").code());
  }

  @Test
  void aCorrectionShowsAndKeepsWhatTheParserFound() {
    Cli.Result r = cli.run("set", strike, "date=2015-02-13", "title=Strike, week two", "byline=");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    JsonNode a = show(strike);
    assertEquals(strike, a.get("id").asString(), "the id does not change");
    assertEquals("Strike, week two", a.get("title").asString());
    assertEquals("2015-02-13", a.get("date").asString());
    assertEquals("given", a.get("dateFrom").asString());
    assertEquals("Harbour strike enters second week", a.get("parsed").get("title").asString());
    assertEquals("2015-02-12", a.get("parsed").get("date").asString());
    assertEquals(List.of("title", "date", "byline"), names(a.get("set")));
    assertEquals(0, cli.run("check").code(), "a corrected record is sound");
    assertEquals(1, cli.run("search", "title:week", "--format", "ndjson").outLines().size());

    assertEquals(0, cli.run("set", strike, "--unset", "date").code());
    a = show(strike);
    assertEquals("2015-02-12", a.get("date").asString());
    assertEquals("lead", a.get("dateFrom").asString());
    assertEquals(List.of("title", "byline"), names(a.get("set")));
  }

  private static List<String> names(JsonNode object) {
    return object.propertyNames().stream().toList();
  }

  @Test
  void badCorrectionsExitTwoAndChangeNothing() {
    assertEquals(ExitCode.USAGE.code(), cli.run("set", strike, "date=2015-13-45").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("set", strike, "title=").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("set", strike, "colour=red").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("set", strike, "date").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("set", strike).code());
    assertEquals(ExitCode.USAGE.code(), cli.run("set", strike, "--unset", "colour").code());
    assertEquals(ExitCode.NOT_FOUND.code(), cli.run("set", "0000", "date=2015-01-01").code());
    assertEquals("2015-02-12", show(strike).get("date").asString());
    assertTrue(show(strike).get("set").isEmpty());
  }

  @Test
  void whatTheUserAddedSurvivesReparseAndAnEditedFile() throws IOException {
    cli.run("tag", strike, "+kept");
    cli.run("note", strike, "a note");
    cli.run("set", strike, "date=2015-02-13");
    assertEquals(0, cli.run("reparse").code());
    JsonNode a = show(strike);
    assertEquals("2015-02-13", a.get("date").asString());
    assertEquals("a note", a.get("note").asString());

    Files.writeString(in.resolve("a.txt"), STRIKE + "\nThe port stayed shut.\n");
    Cli.Result r = cli.run("import", in.toString());
    assertTrue(r.err().startsWith("imported 0, updated 1"), r.toString());
    JsonNode edited = record("port");
    assertFalse(edited.get("id").asString().equals(strike), "new text, new id");
    assertEquals("[\"kept\"]", edited.get("tags").toString());
    assertEquals("a note", edited.get("note").asString());
    assertEquals("2015-02-13", edited.get("date").asString());
  }

  @Test
  void everyInputOfTheSameTextIsASource() throws IOException {
    Files.writeString(in.resolve("copy.txt"), STRIKE);
    Files.writeString(in.resolve("crlf.txt"), STRIKE.replace("\n", "\r\n"));
    Cli.Result r = cli.run("import", in.toString(), "--verbose");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().contains("copy.txt: duplicate of " + strike), r.toString());
    assertTrue(r.err().contains("crlf.txt: duplicate of " + strike), r.toString());
    JsonNode sources = show(strike).get("sources");
    assertEquals(3, sources.size(), sources.toString());
    assertTrue(sources.get(0).get("path").asString().endsWith("a.txt"));
    assertEquals(
        List.of("a.txt", "copy.txt", "crlf.txt"),
        sources
            .valueStream()
            .map(s -> Path.of(s.get("path").asString()).getFileName().toString())
            .sorted()
            .toList());
    assertEquals(0, cli.run("import", in.toString()).code());
    assertEquals(3, show(strike).get("sources").size(), "recorded once");
    assertEquals(1, cli.run("search", "path:*copy.txt", "--format", "ndjson").outLines().size());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "rm 0000",
        "tag 0000 +x",
        "note 0000 x",
        "set 0000 date=2018-01-01",
        "export",
        "stats",
        "show 0000"
      })
  void everyCommandOnAMissingStoreExitsFive(String args) {
    Cli none = new Cli(tmp.resolve("no-store-here"));
    Cli.Result r = none.run(args.split(" "));
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertTrue(r.err().startsWith("archive: no archive at "), r.toString());
    assertFalse(Files.exists(tmp.resolve("no-store-here")), "nothing is created");
  }

  @Test
  void standardInputCanBeNamedAndGivenAnAddress() {
    Cli.Result r =
        cli.runWithInput(
            "Ferry resumes\n\n3 March 2016\n\nThe ferry sailed again.\n"
                .getBytes(StandardCharsets.UTF_8),
            "import",
            "-",
            "--name",
            "ferry.txt",
            "--url",
            "https://example.org/ferry");
    assertEquals(0, r.code(), r.toString());
    JsonNode a = record("ferry");
    assertEquals("ferry.txt", a.get("source").get("path").asString());
    assertEquals("https://example.org/ferry", a.get("source").get("url").asString());
    assertEquals(ExitCode.USAGE.code(), cli.run("import", in.toString(), "--name", "x").code());
  }
}
