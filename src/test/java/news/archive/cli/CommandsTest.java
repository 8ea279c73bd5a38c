package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import news.archive.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** list, show, search, reindex and the global options, through the real command line. */
class CommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String TITLE_0 =
      "Iran's foreign minister in Damascus as Idlib offensive looms";
  private static final String TITLE_1 = "Iran's Zarif in Syria for talks ahead of Idlib offensive";
  private static final String TITLE_WIRE =
      "HARBOUR AUTHORITY APPROVES SECOND CONTAINER TERMINAL AT PORT OF VALLETTA";

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void importSeedsAndAWireStory() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve(Fixtures.SEED_0), Fixtures.seed(Fixtures.SEED_0));
    Files.write(in.resolve(Fixtures.SEED_1), Fixtures.seed(Fixtures.SEED_1));
    Files.write(in.resolve("wire.txt"), Fixtures.resource("parse/wire-wrapped.txt"));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
  }

  private static List<String> titles(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(a -> out.add(a.get("title").asString()));
    return out;
  }

  private String id(String title) {
    for (JsonNode a : JSON.readTree(cli.run("list", "--json").out())) {
      if (a.get("title").asString().equals(title)) {
        return a.get("id").asString();
      }
    }
    throw new AssertionError(title);
  }

  // ---- list

  @Test
  void listIsNewestFirstWithUndatedLast() {
    Cli.Result r = cli.run("list");
    assertEquals(ExitCode.OK.code(), r.code());
    List<String> lines = r.outLines();
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).matches("[0-9a-f]{16}  2018-09-03  " + TITLE_0), lines.get(0));
    assertTrue(lines.get(1).matches("[0-9a-f]{16}  1991-03-14  " + TITLE_WIRE), lines.get(1));
    assertTrue(lines.get(2).matches("[0-9a-f]{16}  ----------  " + TITLE_1), lines.get(2));
    assertEquals("", r.err());
  }

  @Test
  void listJsonIsOneArrayOfArticleRecords() {
    Cli.Result r = cli.run("list", "--json");
    JsonNode all = JSON.readTree(r.out());
    assertTrue(all.isArray());
    assertEquals(List.of(TITLE_0, TITLE_WIRE, TITLE_1), titles(all));
    JsonNode first = all.get(0);
    for (String field :
        List.of(
            "id",
            "title",
            "subtitle",
            "date",
            "body",
            "agency",
            "agencies",
            "readingMinutes",
            "captions",
            "words",
            "source",
            "importedAt")) {
      assertTrue(first.has(field), "field " + field);
    }
    assertEquals("2026-11-21T10:00:00Z", first.get("importedAt").asString());
  }

  @Test
  void ndjsonIsOneObjectPerLine() {
    Cli.Result r = cli.run("list", "--format", "ndjson");
    List<String> lines = r.outLines();
    assertEquals(3, lines.size());
    List<String> titles = new ArrayList<>();
    for (String line : lines) {
      titles.add(JSON.readTree(line).get("title").asString());
    }
    assertEquals(List.of(TITLE_0, TITLE_WIRE, TITLE_1), titles);
  }

  @Test
  void listPagesWithLimitAndOffset() {
    assertEquals(
        List.of(TITLE_WIRE),
        titles(JSON.readTree(cli.run("list", "--json", "--offset", "1", "--limit", "1").out())));
    assertEquals(
        List.of(), titles(JSON.readTree(cli.run("list", "--json", "--offset", "5").out())));
    assertEquals(List.of(), titles(JSON.readTree(cli.run("list", "--json", "--limit", "0").out())));
  }

  @Test
  void listFiltersByDateAndLeavesOutUndated() {
    assertEquals(
        List.of(TITLE_0),
        titles(JSON.readTree(cli.run("list", "--json", "--since", "2000-01-01").out())));
    assertEquals(
        List.of(TITLE_WIRE),
        titles(JSON.readTree(cli.run("list", "--json", "--until", "2018-09-02").out())));
    assertEquals(
        List.of(TITLE_0),
        titles(
            JSON.readTree(
                cli.run("list", "--json", "--since", "2018-09-03", "--until", "2018-09-03")
                    .out())));
  }

  @Test
  void badPagingAndDatesAreUsageErrors() {
    for (String[] args :
        List.of(
            new String[] {"list", "--since", "2018-09-04", "--until", "2018-09-03"},
            new String[] {"list", "--since", "yesterday"},
            new String[] {"list", "--limit", "-1"},
            new String[] {"list", "--offset", "-3"},
            new String[] {"list", "--limit", "many"},
            new String[] {"list", "--json", "--format", "ndjson"},
            new String[] {"list", "--format", "xml"})) {
      Cli.Result r = cli.run(args);
      assertEquals(ExitCode.USAGE.code(), r.code(), String.join(" ", args));
      assertEquals("", r.out());
      assertTrue(r.err().startsWith("archive: "), r.err());
      assertEquals(2, r.errLines().size(), "one line and a hint: " + r.err());
    }
  }

  @Test
  void readCommandsOnAMissingStoreSaySo() {
    Cli missing = new Cli(tmp.resolve("nowhere"));
    for (String[] args :
        List.of(
            new String[] {"list"},
            new String[] {"search", "Idlib"},
            new String[] {"show", "abcd"},
            new String[] {"reindex"})) {
      Cli.Result r = missing.run(args);
      assertEquals(ExitCode.STORE.code(), r.code());
      assertEquals(
          "archive: no archive at "
              + tmp.resolve("nowhere")
              + " (import articles first, or point --store or ARCHIVE_HOME at one)\n",
          r.err());
      assertFalse(Files.exists(tmp.resolve("nowhere")), "reading creates nothing");
    }
  }

  // ---- show

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
    String[] paragraphs = a.get("body").asString().split("\n\n");
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
    String[] bodyB = b.get("body").asString().split("\n\n");
    assertEquals(9, bodyB.length);
    assertTrue(bodyB[8].endsWith("of Iran in Syria."));
  }

  @Test
  void showAcceptsAUniquePrefixInAnyCase() {
    String id = id(TITLE_1);
    Cli.Result r = cli.run("show", id.substring(0, 6).toUpperCase(), "--format", "ndjson");
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

  // ---- search

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
        assertEquals("idlib", snippet.substring(start, end).toLowerCase(), snippet);
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
    for (String line : wrapped.split("\n")) {
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
        String next = lines.get(i).strip().split(" ")[0];
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
    for (String line : out.split("\n")) {
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

  // ---- the index

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

  // ---- global options and exit codes

  @Test
  void storeOptionWinsOverTheEnvironment() {
    Cli other = new Cli(tmp.resolve("unused"));
    Cli.Result r = other.run("list", "--store", cli.store().toString());
    assertEquals(3, r.outLines().size());
    Cli.Result before = other.run("--store", cli.store().toString(), "list");
    assertEquals(3, before.outLines().size(), "before or after the command name");
  }

  @Test
  void withoutArchiveHomeTheStoreIsUnderXdgDataHomeThenHome() throws IOException {
    Path xdg = tmp.resolve("xdg");
    Cli viaXdg =
        new Cli(tmp.resolve("x")).env("ARCHIVE_HOME", null).env("XDG_DATA_HOME", xdg.toString());
    Path file = tmp.resolve("one.txt");
    Files.write(file, Fixtures.resource("parse/numeric-date.txt"));
    assertEquals(0, viaXdg.run("import", file.toString()).code());
    assertTrue(Files.isRegularFile(xdg.resolve("archive/generation")));

    Path home = tmp.resolve("home");
    Cli viaHome =
        new Cli(tmp.resolve("y"))
            .env("ARCHIVE_HOME", null)
            .env("XDG_DATA_HOME", null)
            .env("HOME", home.toString());
    assertEquals(0, viaHome.run("import", file.toString()).code());
    assertTrue(Files.isRegularFile(home.resolve(".local/share/archive/generation")));
  }

  @Test
  void versionAndHelp() {
    Cli.Result version = cli.run("--version");
    assertEquals(ExitCode.OK.code(), version.code());
    assertTrue(version.out().startsWith("archive "), version.out());
    for (String command : List.of("import", "list", "show", "search", "reparse", "reindex")) {
      Cli.Result help = cli.run(command, "--help");
      assertEquals(ExitCode.OK.code(), help.code(), command);
      assertTrue(help.out().contains("Exit codes:"), command);
      assertTrue(help.out().contains("  4   import or reparse finished, but some inputs"), command);
      assertTrue(help.out().contains("--store=DIR"), command + " takes --store");
    }
    Cli.Result root = cli.run("--help");
    for (String command : List.of("import", "list", "show", "search", "reparse", "reindex")) {
      assertTrue(root.out().contains("\n  " + command + " "), command);
    }
    assertEquals(ExitCode.OK.code(), cli.run("help", "search").code());
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    Cli.Result r = cli.run("serch", "Idlib");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertEquals("Try 'archive --help' for more.", r.errLines().get(1));
    Cli.Result opt = cli.run("list", "--colour");
    assertEquals(ExitCode.USAGE.code(), opt.code());
    assertTrue(
        opt.errLines().get(0).startsWith("archive: unknown option '--colour'"),
        "the option as typed, then perhaps a suggestion: " + opt);
    assertEquals("Try 'archive list --help' for more.", opt.errLines().get(1));
  }

  @Test
  void aStoreThatCannotBeWrittenExitsFive() throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
    Path file = tmp.resolve("one.txt");
    Files.write(file, Fixtures.resource("parse/numeric-date.txt"));
    Cli.Result r = cli.run("import", "--store", notAFolder.toString(), file.toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertTrue(r.err().startsWith("archive: " + notAFolder), r.err());
    assertEquals(1, r.errLines().size());
  }

  @Test
  void aDamagedGenerationFileExitsFive() throws IOException {
    Files.writeString(cli.store().resolve("generation"), "garbage\n");
    Cli.Result r = cli.run("list");
    assertEquals(ExitCode.STORE.code(), r.code());
    assertTrue(r.err().startsWith("archive: damaged generation file"), r.err());
  }

  @Test
  void aBugExitsSeventyWithoutAStackTraceUnlessDebug() throws IOException {
    Clock broken = throwing(() -> new IllegalStateException("clock broke"));
    Path file = tmp.resolve("one.txt");
    Files.write(file, Fixtures.resource("parse/numeric-date.txt"));
    Cli.Result r = new Cli(tmp.resolve("s2")).clock(broken).run("import", file.toString());
    assertEquals(ExitCode.INTERNAL.code(), r.code());
    assertEquals(
        List.of(
            "archive: internal error: java.lang.IllegalStateException: clock broke"
                + " (run again with --debug for details)"),
        r.errLines());
    Cli.Result debug =
        new Cli(tmp.resolve("s3")).clock(broken).run("import", "--debug", file.toString());
    assertEquals(ExitCode.INTERNAL.code(), debug.code());
    assertTrue(debug.err().contains("\tat news.archive."), debug.err());
  }

  @Test
  void anErrorOfTheJvmIsToldInOneLineToo() throws IOException {
    Clock exhausted = throwing(() -> new OutOfMemoryError("simulated"));
    Path file = tmp.resolve("one.txt");
    Files.write(file, Fixtures.resource("parse/numeric-date.txt"));
    Cli.Result r = new Cli(tmp.resolve("s4")).clock(exhausted).run("import", file.toString());
    assertEquals(ExitCode.INTERNAL.code(), r.code());
    assertEquals(
        List.of(
            "archive: internal error: java.lang.OutOfMemoryError: simulated"
                + " (run again with --debug for details)"),
        r.errLines());
  }

  /** A clock that fails when it is read: the way these tests make a bug happen. */
  private static Clock throwing(Supplier<Throwable> failure) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("UTC");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        Throwable t = failure.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
    };
  }
}
