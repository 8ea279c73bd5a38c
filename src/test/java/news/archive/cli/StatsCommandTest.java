package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code archive stats}. */
class StatsCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void fourArticles() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "Cranes stand idle | Harbour Times\n\n12 February 2015\n\nThe harbour is shut (AFP).\n");
    Files.writeString(
        in.resolve("b.txt"),
        "Boats leave | Harbour Times\n\n4 May 2017\n\nThe ferry left, Reuters reports. (AFP)\n");
    Files.writeString(in.resolve("c.txt"), "Quay talks\n\n9 May 2017\n\nTalks on the quay.\n");
    Files.writeString(in.resolve("d.txt"), "Dockside notes\n\nUndated, by the quay.\n");
    assertEquals(0, cli.run("import", in.toString()).code());
    String id = cli.run("search", "Dockside", "--fields", "id").out().strip();
    assertEquals(0, cli.run("tag", id, "+later").code());
  }

  @Test
  void countsByYearMonthAgencyOutletAndTag() {
    Cli.Result r = cli.run("stats", "--json");
    assertEquals(0, r.code(), r.toString());
    JsonNode s = JSON.readTree(r.out());
    assertEquals(4, s.get("articles").asInt());
    assertEquals(3, s.get("dated").asInt());
    assertEquals(1, s.get("undated").asInt());
    assertEquals("{\"2015\":1,\"2017\":2}", s.get("byPeriod").toString());
    assertEquals("{\"AFP\":2}", s.get("byAgency").toString());
    assertEquals("{\"Harbour Times\":2}", s.get("byOutlet").toString());
    assertEquals("{\"later\":1}", s.get("byTag").toString());
    assertTrue(s.get("words").asInt() > 10);
    assertTrue(s.get("storeBytes").asLong() > 0);
    JsonNode months = JSON.readTree(cli.run("stats", "--json", "--by", "month").out());
    assertEquals("{\"2015-02\":1,\"2017-05\":2}", months.get("byPeriod").toString());

    List<String> text = cli.run("stats").outLines();
    assertEquals("articles   4", text.get(0));
    assertTrue(text.contains("by year"), text.toString());
    assertTrue(text.contains("  2  2017"), text.toString());
    assertEquals(ExitCode.USAGE.code(), cli.run("stats", "--by", "week").code());
  }

  @Test
  void countsByLanguageLeaveOutTextsTooShortToTell() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("languages"));
    Files.writeString(
        in.resolve("de.txt"),
        "Hafen bleibt geschlossen\n\nDie Arbeiter im Hafen haben am Dienstag beschlossen, dass"
            + " der Streik bis zum Ende der Woche fortgesetzt wird, weil die Gespräche mit der"
            + " Verwaltung gescheitert sind.\n");
    Files.writeString(
        in.resolve("en.txt"),
        "Harbour stays shut\n\nThe dock workers decided on Tuesday that the strike will go on"
            + " until the end of the week, because the talks with the port authority have"
            + " failed.\n");
    assertEquals(0, cli.run("import", in.toString()).code());
    JsonNode s = JSON.readTree(cli.run("stats", "--json").out());
    assertEquals("{\"de\":1,\"en\":1}", s.get("byLanguage").toString());
    List<String> text = cli.run("stats").outLines();
    int at = text.indexOf("by language");
    assertTrue(at > 0, text.toString());
    assertEquals(List.of("  1  de", "  1  en"), text.subList(at + 1, at + 3));
  }

  @Test
  void statsReadTheIndexAloneNotTheFiles() throws IOException {
    try (Stream<Path> files = Files.walk(tmp.resolve("store/articles"))) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (p.toString().endsWith(".json")) {
          // gone from under the index, which still records their generation: only the index
          // can count them now
          Files.delete(p);
        }
      }
    }
    Cli.Result r = cli.run("stats", "--json");
    assertEquals(0, r.code(), r.toString());
    assertEquals(4, JSON.readTree(r.out()).get("articles").asInt());
  }

  @Test
  void aMissingStoreExitsFive() {
    Cli.Result r = new Cli(tmp.resolve("none")).run("stats");
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
  }
}
