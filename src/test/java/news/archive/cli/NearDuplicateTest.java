package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Articles that nearly repeat a stored one are stored, named, counted, and can be hidden. */
class NearDuplicateTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String BODY =
      "The harbour authority said on Monday that the container terminal would stay closed for"
          + " a second week while engineers inspected the cranes damaged in last month's storm."
          + " Shipping lines have diverted their vessels to the northern port, where queues of"
          + " trucks stretched for several kilometres, according to the transport ministry."
          + " Dock workers' unions said they would meet the authority on Wednesday to discuss"
          + " pay during the closure and the timetable for repairs.";

  @TempDir Path tmp;

  private Cli cli;
  private Path in;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    in = Files.createDirectories(tmp.resolve("in"));
  }

  private Path write(String name, String title, String date, String body) throws IOException {
    return Files.writeString(in.resolve(name), title + "\n\n" + date + "\n\n" + body + "\n");
  }

  private JsonNode record(String title) {
    for (String line : cli.run("list", "--format", "ndjson").outLines()) {
      JsonNode r = JSON.readTree(line);
      if (r.get("title").asString().equals(title)) {
        return r;
      }
    }
    throw new AssertionError("no article " + title);
  }

  @Test
  void aResentWireWithAWordChangedIsANearDuplicateInTheSameImportOrALaterOne() throws IOException {
    write("a.txt", "Harbour terminal stays shut", "12 May 2016", BODY);
    write("b.txt", "Harbour terminal stays shut", "12 May 2016", BODY.replace("second", "third"));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        List.of("imported 2, updated 0, unchanged 0, duplicates 0, failed 0, near-duplicates 1"),
        r.errLines());

    Path later = Files.createDirectories(tmp.resolve("later"));
    Files.writeString(
        later.resolve("c.txt"),
        "Terminal closure extended at the harbour\n\n13 May 2016\n\n" + BODY + "\n");
    r = cli.run("import", later.toString());
    assertTrue(r.err().contains("near-duplicates 1"), r.toString());
    List<JsonNode> all =
        cli.run("list", "--format", "ndjson").outLines().stream().map(JSON::readTree).toList();
    String first =
        all.stream()
            .filter(a -> a.get("source").get("path").asString().endsWith("a.txt"))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asString();
    long naming =
        all.stream().filter(a -> first.equals(a.get("nearDuplicateOf").asString(null))).count();
    assertEquals(2, naming, "both later texts name the first: " + all);
  }

  @Test
  void collapseHidesTheNearDuplicatesFromListAndSearch() throws IOException {
    write("a.txt", "Harbour terminal stays shut", "12 May 2016", BODY);
    write("b.txt", "Terminal closure extended", "12 May 2016", BODY + " Correction: Wednesday.");
    assertEquals(0, cli.run("import", in.toString()).code());
    assertEquals(2, cli.run("list").outLines().size());
    assertEquals(1, cli.run("list", "--collapse").outLines().size());
    assertEquals(2, cli.run("search", "cranes", "--fields", "id").outLines().size());
    assertEquals(1, cli.run("search", "cranes", "--collapse", "--fields", "id").outLines().size());
    assertEquals(0, cli.run("reparse").code());
    assertTrue(
        !record("Terminal closure extended").get("nearDuplicateOf").isNull(),
        "reparse keeps what the import found");
  }

  @Test
  void otherStoriesTemplatesDaysApartAndBriefsAreNotNearDuplicates() throws IOException {
    write("a.txt", "Harbour terminal stays shut", "12 May 2016", BODY);
    write(
        "b.txt",
        "Airport runway reopens",
        "12 May 2016",
        "The airport authority said on Monday that the main runway would reopen on Friday after"
            + " engineers finished resurfacing work delayed by last month's storm. Airlines"
            + " that moved flights to the regional airport will return to their usual"
            + " schedules, the transport ministry said, and taxi drivers expect long queues.");
    write("c.txt", "Harbour terminal stays shut", "20 May 2016", BODY);
    write("d.txt", "Brief", "12 May 2016", "The terminal stays shut.");
    write("e.txt", "Brief again", "12 May 2016", "The terminal stays shut today.");
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(!r.err().contains("near-duplicates"), r.toString());
    for (String line : cli.run("list", "--format", "ndjson").outLines()) {
      assertTrue(JSON.readTree(line).get("nearDuplicateOf").isNull(), line);
    }
  }

  @Test
  void theSignatureOfASameBodyIsTheSameAndABriefHasNone() {
    var a = news.archive.stories.NearDuplicates.signature(BODY);
    var b = news.archive.stories.NearDuplicates.signature(BODY);
    assertEquals(1.0, a.similarity(b));
    assertEquals(java.util.Arrays.toString(a.bandKeys()), java.util.Arrays.toString(b.bandKeys()));
    assertTrue(
        a.similarity(news.archive.stories.NearDuplicates.signature(BODY.replace("second", "third")))
            >= 0.8);
    assertNull(news.archive.stories.NearDuplicates.signature("Too short to judge."));
  }
}
