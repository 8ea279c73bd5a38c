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

/** {@code archive similar}: the seeds among other news. */
class SimilarCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private Cli cli;

  /** The two seeds, three other stories (one about Syria too), and a one-line brief. */
  @BeforeEach
  void archive() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String seed : List.of("000_c18b5ebc7adb69e4.txt", "001_1c9dcb8e75484973.txt")) {
      Files.copy(Path.of("seeds", seed), in.resolve(seed));
    }
    Files.writeString(
        in.resolve("quake.txt"),
        "Earthquake shakes coastal towns\n\n4 May 2017\n\nA strong earthquake shook the coastal"
            + " towns of the region on Thursday, damaging houses and cutting power to thousands."
            + " Rescue teams searched collapsed buildings while aftershocks continued through the"
            + " night, and schools stayed closed.\n");
    Files.writeString(
        in.resolve("budget.txt"),
        "Syria proposes smaller budget\n\n9 June 2016\n\nSyria's government proposed a smaller"
            + " budget for next year, cutting spending on roads and housing as revenue from oil"
            + " exports fell. Parliament will debate the plan next month, officials said.\n");
    Files.writeString(
        in.resolve("cocoa.txt"),
        "Cocoa prices slip in London\n\n12 March 2015\n\nCocoa futures slipped in London trading"
            + " as dealers expected larger harvests in West Africa and weaker demand from"
            + " grinders in Europe and North America over the coming season.\n");
    Files.writeString(in.resolve("brief.txt"), "Brief\n\n3 May 2017\n\nPort closed today.\n");
    assertEquals(0, cli.run("import", "--quiet", in.toString()).code());
  }

  private String id(String word) {
    return cli.run("search", word, "--fields", "id", "--limit", "1").out().strip();
  }

  private List<String> similarTitles(String... args) {
    Cli.Result r = cli.run(args);
    assertEquals(0, r.code(), r.toString());
    return r.outLines();
  }

  @Test
  void forTheFirstSeedTheSecondComesFirst() {
    String first = "1faaa34bf67940d7";
    String second = "e72d6e297938eb54";
    List<String> ids = similarTitles("similar", first.substring(0, 6), "--fields", "id");
    assertEquals(second, ids.get(0), ids.toString());
    assertTrue(!ids.contains(first), "never the article itself");
    assertEquals(first, similarTitles("similar", second, "--fields", "id").get(0));
  }

  @Test
  void hitsAreSearchHitsWithScoresBestFirst() {
    Cli.Result r = cli.run("similar", "1faa", "--format", "ndjson");
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> hits = r.outLines().stream().map(JSON::readTree).toList();
    assertTrue(hits.size() >= 2, r.toString());
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(
          hits.get(i - 1).get("score").asDouble() >= hits.get(i).get("score").asDouble(),
          "best first");
    }
    JsonNode best = hits.get(0);
    String marked =
        best.get("snippet")
            .asString()
            .substring(
                best.get("marks").get(0).get("start").asInt(),
                best.get("marks").get(0).get("end").asInt());
    assertTrue(marked.length() > 2, "a shared word is marked: " + marked);
    assertEquals(1, cli.run("similar", "1faa", "--limit", "1", "--fields", "id").outLines().size());
  }

  @Test
  void datesFilterTheCandidates() {
    List<String> ids =
        similarTitles("similar", "1faa", "--since", "2016-01-01", "--fields", "id,date");
    assertFalse(ids.isEmpty(), "candidates to look at");
    for (String line : ids) {
      String date = line.split("  ", -1)[1];
      assertTrue(!date.equals("-") && date.compareTo("2016-01-01") >= 0, line);
    }
  }

  @Test
  void aOneLineArticleIsTooShortToCompare() {
    Cli.Result r = cli.run("similar", id("Port"));
    assertEquals(ExitCode.NO_MATCH.code(), r.code(), r.toString());
    assertEquals("", r.out());
    assertTrue(r.err().contains("is too short to compare"), r.toString());
  }

  @Test
  void unknownAndBadIdsExitThreeAndTwo() {
    assertEquals(ExitCode.NOT_FOUND.code(), cli.run("similar", "0000000000000000").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("similar", "xyz").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("similar").code());
    assertEquals(ExitCode.STORE.code(), new Cli(tmp.resolve("none")).run("similar", "1faa").code());
  }
}
