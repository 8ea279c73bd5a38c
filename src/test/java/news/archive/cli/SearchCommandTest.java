package news.archive.cli;

import static news.archive.cli.ThreeArticles.JSON;
import static news.archive.cli.ThreeArticles.TITLE_0;
import static news.archive.cli.ThreeArticles.TITLE_1;
import static news.archive.cli.ThreeArticles.TITLE_WIRE;
import static news.archive.cli.ThreeArticles.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code search}: ranking, snippets, the query language, paging, dates and formats. */
class SearchCommandTest {

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void importSeedsAndAWireStory() throws IOException {
    cli = ThreeArticles.importInto(tmp);
  }

  @Test
  void searchPrintsRankedHitsWithSnippets() {
    Cli.Result r = cli.run("search", "Idlib");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    List<String> lines = r.outLines();
    assertEquals(5, lines.size(), r.out());
    assertTrue(lines.get(0).matches("[0-9a-f]{16}  (2018-09-03|----------)  Iran.*"), lines.get(0));
    assertTrue(lines.get(1).startsWith("    ") && lines.get(1).contains("Idlib"), lines.get(1));
    assertEquals("", lines.get(2));
    assertTrue(lines.get(4).contains("Idlib"));
    assertEquals("", r.err());
  }

  @Test
  void searchJsonHitsAreRecordsWithScoreSnippetAndMarks() {
    Cli.Result r = cli.run("search", "Idlib", "--json");
    JsonNode hits = JSON.readTree(r.out());
    assertEquals(2, hits.size());
    double previous = Double.MAX_VALUE;
    for (JsonNode h : hits) {
      double score = h.get("score").asDouble();
      assertTrue(score > 0 && score <= previous, "sorted by score");
      previous = score;
      String snippet = h.get("snippet").asString();
      assertTrue(h.get("marks").size() > 0);
      for (JsonNode m : h.get("marks")) {
        int start = m.get("start").asInt();
        int end = m.get("end").asInt();
        assertEquals("idlib", snippet.substring(start, end).toLowerCase(Locale.ROOT), snippet);
      }
      assertTrue(h.has("body") && h.has("source"));
    }
  }

  @Test
  void everyWordMustMatch() {
    JsonNode hits = JSON.readTree(cli.run("search", "Idlib", "Qassemi", "--json").out());
    assertEquals(List.of(TITLE_0), titles(hits));
    JsonNode none = JSON.readTree(cli.run("search", "Qassemi", "Ghasemi", "--json").out());
    assertEquals(0, none.size());
  }

  @Test
  void searchIgnoresCase() {
    assertEquals(
        titles(JSON.readTree(cli.run("search", "idlib", "--json").out())),
        titles(JSON.readTree(cli.run("search", "IDLIB", "--json").out())));
    assertEquals(
        List.of(TITLE_WIRE), titles(JSON.readTree(cli.run("search", "valletta", "--json").out())));
  }

  @Test
  void searchFindingNothingExitsOneAndJsonIsAnEmptyArray() {
    Cli.Result text = cli.run("search", "Kathmandu");
    assertEquals(ExitCode.NO_MATCH.code(), text.code());
    assertEquals("", text.out());
    assertEquals("", text.err());
    Cli.Result json = cli.run("search", "Kathmandu", "--json");
    assertEquals(ExitCode.NO_MATCH.code(), json.code());
    assertEquals(0, JSON.readTree(json.out()).size());
    Cli.Result ndjson = cli.run("search", "Kathmandu", "--format", "ndjson");
    assertEquals("", ndjson.out());
  }

  @Test
  void searchLimitOffsetAndDates() {
    assertEquals(
        1, JSON.readTree(cli.run("search", "Idlib", "--limit", "1", "--json").out()).size());
    List<String> all = titles(JSON.readTree(cli.run("search", "Idlib", "--json").out()));
    assertEquals(
        all.subList(1, 2),
        titles(JSON.readTree(cli.run("search", "Idlib", "--offset", "1", "--json").out())));
    assertEquals(
        List.of(TITLE_0),
        titles(JSON.readTree(cli.run("search", "Idlib", "--since", "2018-01-01", "--json").out())));
    Cli.Result before = cli.run("search", "Idlib", "--until", "2018-01-01", "--json");
    assertEquals(
        ExitCode.NO_MATCH.code(), before.code(), "undated articles are left out by a date");
  }

  @Test
  void searchSaysHowManyUndatedMatchesADateLeftOutAndUndatedTakesThemIn() {
    Cli.Result since = cli.run("search", "Idlib", "--since", "2018-01-01", "--json");
    assertEquals(List.of(TITLE_0), titles(JSON.readTree(since.out())));
    assertEquals(
        List.of(
            "archive: 1 undated article that matches was left out by --since/--until (--undated"
                + " takes them in)"),
        since.errLines());
    Cli.Result count = cli.run("search", "Idlib", "--since", "2018-01-01", "--count");
    assertEquals("1\n", count.out());
    assertEquals(since.errLines(), count.errLines());
    assertEquals(
        "", cli.run("search", "Valletta", "--since", "1990-01-01").err(), "none undated matches");

    Cli.Result in = cli.run("search", "Idlib", "--since", "2018-01-01", "--undated", "--json");
    assertEquals(ExitCode.OK.code(), in.code(), in.toString());
    assertEquals(List.of(TITLE_0, TITLE_1), titles(JSON.readTree(in.out())));
    assertEquals("", in.err());
    Cli.Result before =
        cli.run(
            "search",
            "Idlib OR harbour",
            "--until",
            "2018-01-01",
            "--undated",
            "--sort",
            "date",
            "--json");
    assertEquals(List.of(TITLE_WIRE, TITLE_1), titles(JSON.readTree(before.out())), "undated last");

    Cli.Result alone = cli.run("search", "Idlib", "--undated");
    assertEquals(ExitCode.USAGE.code(), alone.code());
    assertTrue(alone.err().startsWith("archive: --undated adds the undated articles"), alone.err());
  }

  @Test
  void aQueryThatCannotBeReadIsAUsageErrorOfOneLine() {
    Cli.Result r = cli.run("search", "\"foreign minister");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("archive: cannot read the query"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void snippetsAreBoldOnATerminalUnlessNoColor() {
    Cli.Result terminal = cli.terminal(true, false).run("search", "Valletta");
    assertTrue(
        terminal.out().contains("\u001b[1mValletta\u001b[0m")
            || terminal.out().contains("\u001b[1mVALLETTA\u001b[0m"),
        terminal.out());
    Cli.Result noColor = cli.env("NO_COLOR", "1").run("search", "Valletta");
    assertFalse(noColor.out().contains("\u001b["), noColor.out());
    Cli.Result pipe = new Cli(cli.store()).run("search", "Valletta");
    assertFalse(pipe.out().contains("\u001b["), pipe.out());
  }

  @Test
  void linesAboutTheResultsComeAfterThemOnOneStream() {
    Cli.Result search = cli.runTogether("search", "Idlib", "--limit", "1");
    List<String> lines = search.outLines();
    assertEquals(3, lines.size(), search.out());
    assertTrue(lines.get(0).matches("[0-9a-f]{16}  .*"), search.out());
    assertEquals("1 of 2 hits; --limit N or --all for more", lines.get(2), search.out());

    Cli.Result list = cli.runTogether("list", "--since", "2000-01-01");
    lines = list.outLines();
    assertEquals(2, lines.size(), list.out());
    assertTrue(lines.get(0).endsWith(TITLE_0), list.out());
    assertTrue(lines.get(1).startsWith("archive: 1 undated article left out"), list.out());
  }

  @Test
  void snippetsAreWrappedAtSpacesToTheTerminalWithoutCountingColours() {
    List<String> whole = snippets(cli.run("search", "Idlib", "Syria").out());
    cli.terminal(true, false).env("COLUMNS", "40");
    String wrapped = cli.run("search", "Idlib", "Syria").out();
    assertTrue(wrapped.contains("\u001b[1m"), "in colour: " + wrapped);
    List<String> lines = new ArrayList<>();
    for (String line : wrapped.lines().toList()) {
      String seen = line.replaceAll("\u001b\\[[0-9;]*m", "");
      if (seen.startsWith("    ")) {
        assertTrue(seen.length() <= 40, "wrapped to 40 columns: " + seen);
        lines.add(seen);
      } else {
        lines.add("");
      }
    }
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i - 1).isEmpty() && !lines.get(i).isEmpty()) {
        String next = lines.get(i).strip().split(" ", -1)[0];
        assertTrue(
            lines.get(i - 1).length() + 1 + next.length() > 40,
            "broken only where the next word does not fit: " + lines.get(i - 1) + " / " + next);
      }
    }
    assertEquals(whole, snippets(String.join("\n", lines).replaceAll("\n(?=    )", " ")));
  }

  /** The snippets of text hits, each with its spacing made single. */
  private static List<String> snippets(String out) {
    List<String> snippets = new ArrayList<>();
    for (String line : out.lines().toList()) {
      if (line.startsWith("    ")) {
        snippets.add(line.strip().replaceAll("\\s+", " "));
      }
    }
    return snippets;
  }

  @Test
  void aWordStartingWithADashLeavesArticlesOut() {
    Cli.Result r = cli.run("search", "Idlib", "-Qassemi", "--json");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(List.of(TITLE_1), titles(JSON.readTree(r.out())));
    Cli.Result alone = cli.run("search", "-Idlib", "--json");
    assertEquals(
        List.of(TITLE_WIRE),
        titles(JSON.readTree(alone.out())),
        "a query of only exclusions lists everything else");
    Cli.Result typo = cli.run("search", "Idlib", "--limt", "3");
    assertEquals(ExitCode.USAGE.code(), typo.code());
    assertEquals(
        "archive: unknown option '--limt'; did you mean '--limit'?", typo.errLines().get(0));
  }

  @Test
  void searchSortsByDateOnRequest() {
    List<String> byDate =
        titles(
            JSON.readTree(cli.run("search", "Iran OR harbour", "--sort", "date", "--json").out()));
    assertEquals(List.of(TITLE_0, TITLE_WIRE, TITLE_1), byDate);
    assertEquals(ExitCode.USAGE.code(), cli.run("search", "Iran", "--sort", "size").code());
  }

  @Test
  void countPrintsOnlyTheNumberOfMatches() {
    Cli.Result r = cli.run("search", "Idlib", "--count");
    assertEquals(ExitCode.OK.code(), r.code());
    assertEquals("2\n", r.out());
    Cli.Result none = cli.run("search", "Kathmandu", "--count");
    assertEquals(ExitCode.NO_MATCH.code(), none.code());
    assertEquals("0\n", none.out());
  }

  @Test
  void searchNdjsonIsOneHitPerLine() {
    Cli.Result r = cli.run("search", "Idlib", "--format", "ndjson");
    List<String> lines = r.outLines();
    assertEquals(2, lines.size());
    for (String line : lines) {
      JsonNode hit = JSON.readTree(line);
      assertTrue(hit.has("score") && hit.has("snippet") && hit.has("marks"), line);
    }
  }

  @Test
  void searchHelpExplainsTheQueryLanguage() {
    Cli.Result r = cli.run("search", "--help");
    assertEquals(ExitCode.OK.code(), r.code());
    for (String piece :
        List.of(
            "\"foreign minister\"",
            "Zarif OR Qassemi",
            "-Turkey",
            "title:Zarif",
            "Zar*",
            "Zarrif~",
            "--sort",
            "--count",
            "--since",
            "--until")) {
      assertTrue(r.out().contains(piece), piece);
    }
  }
}
