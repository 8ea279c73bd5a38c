package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import news.archive.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SEEDS_SUMMARY =
      "imported 2, updated 0, unchanged 0, duplicates 0, failed 0 (1 without a date)";

  @TempDir Path tmp;

  private Cli cli;
  private Path seeds;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    seeds = tmp.resolve("seeds");
    Files.createDirectories(seeds);
    Files.write(seeds.resolve(Fixtures.SEED_0), Fixtures.seed(Fixtures.SEED_0));
    Files.write(seeds.resolve(Fixtures.SEED_1), Fixtures.seed(Fixtures.SEED_1));
  }

  private List<Path> storedFiles() throws IOException {
    Path articles = cli.store().resolve("articles");
    if (!Files.isDirectory(articles)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(articles)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private JsonNode list() {
    Cli.Result r = cli.run("list", "--json");
    assertEquals(0, r.code(), r.toString());
    return JSON.readTree(r.out());
  }

  @Test
  void importOfAFolderStoresEveryArticleAndPrintsTheSummaryOnStderr() throws IOException {
    Cli.Result r = cli.run("import", seeds.toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals("", r.out(), "stdout is for results only");
    assertEquals(List.of(SEEDS_SUMMARY), r.errLines());
    assertEquals(2, storedFiles().size());
    for (Path f : storedFiles()) {
      JsonNode record = JSON.readTree(Files.readString(f));
      assertEquals(f.getFileName().toString(), record.get("id").asString() + ".json");
    }
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() throws IOException {
    cli.run("import", seeds.toString());
    List<String> before = contents(storedFiles());
    Cli.Result r = cli.run("import", seeds.toString());
    assertEquals(ExitCode.OK.code(), r.code());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 2, duplicates 0, failed 0"), r.errLines());
    assertEquals(before, contents(storedFiles()), "not even importedAt changes");
  }

  @Test
  void theSameTextInTwoFilesIsStoredOnce() throws IOException {
    Path copy = seeds.resolve("copy-with-crlf.txt");
    String text = new String(Fixtures.seed(Fixtures.SEED_0), StandardCharsets.UTF_8);
    Files.writeString(copy, text.replace("\n", "\r\n"));
    Cli.Result r = cli.run("import", seeds.toString());
    assertEquals(
        "imported 2, updated 0, unchanged 0, duplicates 1, failed 0 (1 without a date)",
        r.errLines().get(r.errLines().size() - 1));
    assertEquals(2, storedFiles().size());
    Cli.Result again = cli.run("import", copy.toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 0, duplicates 1, failed 0"), again.errLines());
  }

  @Test
  void anEditedFileUpdatesItsArticleInsteadOfAddingOne() throws IOException {
    cli.run("import", seeds.toString());
    String oldId = idOfTitle("Iran's Zarif in Syria for talks ahead of Idlib offensive");
    Path file = seeds.resolve(Fixtures.SEED_1);
    String text =
        Files.readString(file)
            .replaceFirst("Iran's Zarif in Syria", "Iran's Zarif arrives in Syria");
    Files.writeString(file, text);

    Cli.Result r = cli.run("import", seeds.toString());
    assertEquals(
        List.of(
            "imported 0, updated 1, unchanged 1, duplicates 0, failed 0" + " (1 without a date)"),
        r.errLines());
    JsonNode all = list();
    assertEquals(2, all.size());
    assertEquals(2, storedFiles().size(), "the old version is gone");
    String newId = idOfTitle("Iran's Zarif arrives in Syria for talks ahead of Idlib offensive");
    assertTrue(newId.matches("[0-9a-f]{16}"));
    Cli.Result old = cli.run("show", "--json", oldId);
    assertEquals(ExitCode.OK.code(), old.code(), "the old id finds the new version: " + old);
    JsonNode shown = JSON.readTree(old.out());
    assertEquals(newId, shown.get("id").asString());
    assertEquals(oldId, shown.get("aliases").get(0).asString());
  }

  @Test
  void everyIdAFileHadStillFindsItsArticleAfterEachEdit() throws IOException {
    Path file = seeds.resolve(Fixtures.SEED_1);
    String first = Files.readString(file);
    cli.run("import", seeds.toString());
    String id1 = idOfTitle("Iran's Zarif in Syria for talks ahead of Idlib offensive");
    Files.writeString(file, first.replaceFirst("Iran's Zarif in Syria", "Zarif in Syria"));
    cli.run("import", seeds.toString());
    String id2 = idOfTitle("Zarif in Syria for talks ahead of Idlib offensive");
    Files.writeString(file, first.replaceFirst("Iran's Zarif in Syria", "Zarif visits Syria"));
    assertEquals(0, cli.run("import", seeds.toString()).code());
    String id3 = idOfTitle("Zarif visits Syria for talks ahead of Idlib offensive");
    for (String id : List.of(id1, id2, id3)) {
      JsonNode shown = JSON.readTree(cli.run("show", "--json", id).out());
      assertEquals(id3, shown.get("id").asString(), "show " + id);
    }
    JsonNode record = JSON.readTree(cli.run("show", "--json", id3).out());
    assertEquals(List.of(id1, id2), aliases(record));

    Files.writeString(file, first);
    assertEquals(0, cli.run("import", seeds.toString()).code());
    JsonNode back = JSON.readTree(cli.run("show", "--json", id1).out());
    assertEquals(id1, back.get("id").asString(), "edited back: its first id is its own again");
    assertEquals(List.of(id2, id3), aliases(back));
    assertEquals(id1, JSON.readTree(cli.run("show", "--json", id3).out()).get("id").asString());
    assertEquals(2, list().size());
  }

  @Test
  void theSameTextInOtherBytesKeepsTheIdsTheArticleHad() throws IOException {
    Path file = seeds.resolve(Fixtures.SEED_1);
    String first = Files.readString(file);
    cli.run("import", seeds.toString());
    String id1 = idOfTitle("Iran's Zarif in Syria for talks ahead of Idlib offensive");
    String edited = first.replaceFirst("Iran's Zarif in Syria", "Zarif in Syria");
    Files.writeString(file, edited);
    cli.run("import", seeds.toString());
    Files.writeString(file, edited.replace("\n", "\r\n"));
    Cli.Result r = cli.run("import", seeds.toString());
    assertTrue(r.err().startsWith("imported 0, updated 1,"), r.toString());
    JsonNode record = JSON.readTree(cli.run("show", "--json", id1).out());
    assertEquals(List.of(id1), aliases(record));
  }

  private static List<String> aliases(JsonNode record) {
    List<String> out = new java.util.ArrayList<>();
    record.get("aliases").forEach(a -> out.add(a.asString()));
    return out;
  }

  @Test
  void sortedByImportTheLastInputOfAnImportComesFirst() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("run"));
    List<String> names = List.of("harbour", "council", "ferry", "bridge", "market", "school");
    for (int i = 0; i < names.size(); i++) {
      Files.writeString(
          folder.resolve(i + ".txt"),
          "The " + names.get(i) + " story\n\nA paragraph about the " + names.get(i) + ".\n");
    }
    assertEquals(0, cli.run("import", folder.toString()).code());
    Cli.Result r = cli.run("list", "--sort", "imported", "--fields", "title", "--format", "tsv");
    List<String> expected = new java.util.ArrayList<>(List.of("title"));
    for (int i = names.size() - 1; i >= 0; i--) {
      expected.add("The " + names.get(i) + " story");
    }
    assertEquals(expected, r.outLines(), "one import: its last input first");

    Files.writeString(folder.resolve("late.txt"), "The late story\n\nA paragraph, late.\n");
    cli.clock(Clock.fixed(Cli.NOW.plusSeconds(60), ZoneOffset.UTC))
        .run("import", folder.toString());
    Cli.Result again =
        cli.run("list", "--sort", "imported", "--fields", "title", "--format", "tsv");
    assertEquals("The late story", again.outLines().get(1), "the last import first");
  }

  private static final String FERRY_HEADLINE = "Harbour council approves new ferry terminal";
  private static final String FERRY_BODY =
      "\n\nThe harbour council on Monday approved plans for a new ferry terminal on the east"
          + " quay, ending a debate that lasted three years.\n\nWork is to begin in the spring.\n";

  private Path ferry(String name, String text) throws IOException {
    return Files.writeString(Files.createDirectories(tmp.resolve("ferry")).resolve(name), text);
  }

  private JsonNode only() {
    JsonNode all = list();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void aDuplicateFillsInWhatTheArticleStoredFirstLacks() throws IOException {
    Path undated = ferry("undated.txt", FERRY_HEADLINE + FERRY_BODY);
    assertEquals(0, cli.run("import", undated.toString()).code());
    assertTrue(only().get("date").isNull());

    Path dated = ferry("dated.txt", FERRY_HEADLINE + "\n\n3 September 2018" + FERRY_BODY);
    Path credited = ferry("credited.txt", FERRY_HEADLINE + FERRY_BODY + "\n(AFP)\n");
    Path named = ferry("named.txt", FERRY_HEADLINE + " | Harbour Times" + FERRY_BODY);
    Cli.Result r = cli.run("import", dated.toString(), credited.toString(), named.toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(
        List.of(
            "imported 0, updated 0, unchanged 0, duplicates 3 (1 added a date, 1 added an agency,"
                + " 1 added an outlet), failed 0"),
        r.errLines());
    JsonNode a = only();
    assertEquals("2018-09-03", a.get("date").asString());
    assertEquals("line", a.get("dateFrom").asString());
    assertEquals("AFP", a.get("agency").asString());
    assertEquals("Harbour Times", a.get("outlet").asString());
    assertEquals(4, a.get("sources").size());

    Cli.Result again = cli.run("import", dated.toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 0, duplicates 1, failed 0"),
        again.errLines(),
        "nothing left to add");
  }

  @Test
  void aDuplicateReadAtAnAddressGivesTheArticleItsAddress() throws IOException {
    Path undated = ferry("undated.txt", FERRY_HEADLINE + FERRY_BODY);
    cli.run("import", undated.toString());
    Cli.Result r =
        cli.runWithInput(
            (FERRY_HEADLINE + FERRY_BODY).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8),
            "import",
            "-",
            "--url",
            "https://harbour.example/ferry");
    assertEquals(
        List.of("imported 0, updated 0, unchanged 0, duplicates 1 (1 added an address), failed 0"),
        r.errLines());
    assertEquals("https://harbour.example/ferry", only().get("source").get("url").asString());
  }

  @Test
  void aDuplicateNeverOverridesWhatTheUserSet() throws IOException {
    Path undated = ferry("undated.txt", FERRY_HEADLINE + FERRY_BODY);
    cli.run("import", undated.toString());
    String id = only().get("id").asString();
    assertEquals(0, cli.run("set", id, "date=", "agency=").code(), "no date, no agency: mine");
    Path dated =
        ferry("dated.txt", FERRY_HEADLINE + "\n\n3 September 2018" + FERRY_BODY + "\n(AFP)\n");
    Cli.Result r = cli.run("import", dated.toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 0, duplicates 1, failed 0"), r.errLines());
    JsonNode a = only();
    assertTrue(a.get("date").isNull(), a.toString());
    assertTrue(a.get("agency").isNull(), a.toString());
    assertEquals(2, a.get("sources").size(), "the input is still one of its sources");
  }

  @Test
  void aDateGivenForAStoredUndatedArticleDatesIt() throws IOException {
    Path undated = ferry("undated.txt", FERRY_HEADLINE + FERRY_BODY);
    cli.run("import", undated.toString());
    Cli.Result r = cli.run("import", "--date", "2018-09-04", undated.toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 1 (1 dated by --date), duplicates 0, failed 0"),
        r.errLines());
    JsonNode a = only();
    assertEquals("2018-09-04", a.get("date").asString());
    assertEquals("given", a.get("dateFrom").asString());

    Cli.Result later = cli.run("import", "--date", "2020-01-01", undated.toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 1, duplicates 0, failed 0"),
        later.errLines(),
        "a date is never replaced");
    assertEquals("2018-09-04", only().get("date").asString());
  }

  @Test
  void aDateGivenWithDateLastsThroughAnEditOfAFileThatStillGivesNone() throws IOException {
    Path undated = ferry("undated.txt", FERRY_HEADLINE + FERRY_BODY);
    cli.run("import", "--date", "2018-09-04", undated.toString());
    Files.writeString(undated, FERRY_HEADLINE + FERRY_BODY + "\nA correction was added.\n");
    Cli.Result r = cli.run("import", undated.toString());
    assertEquals(
        List.of("imported 0, updated 1, unchanged 0, duplicates 0, failed 0"), r.errLines());
    assertEquals("2018-09-04", only().get("date").asString());
    assertEquals("given", only().get("dateFrom").asString());

    Files.writeString(undated, Files.readString(undated).replace("\n", "\r\n"));
    cli.run("import", undated.toString());
    assertEquals("2018-09-04", only().get("date").asString(), "the same text in other bytes");
  }

  @Test
  void theSameFileFromAnotherWorkingPathIsStillUnchanged() {
    cli.run("import", seeds.toString());
    Cli.Result r = cli.run("import", seeds.resolve("..").resolve("seeds").toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 2, duplicates 0, failed 0"), r.errLines());
  }

  private String idOfTitle(String title) {
    for (JsonNode a : list()) {
      if (a.get("title").asString().equals(title)) {
        return a.get("id").asString();
      }
    }
    throw new AssertionError("no article titled " + title);
  }

  @Test
  void failedInputsGetOneLineEachExitFourAndTheOthersAreStored() throws IOException {
    Files.write(seeds.resolve("empty.txt"), new byte[0]);
    Files.writeString(seeds.resolve("headline-only.txt"), "JUST A HEADLINE\n");
    Path missing = tmp.resolve("missing.txt");
    Cli.Result r = cli.run("import", seeds.toString(), missing.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertEquals(
        List.of(
            "archive: " + seeds.resolve("empty.txt") + ": empty file",
            "archive: "
                + seeds.resolve("headline-only.txt")
                + ": no body: the text has a headline but no paragraphs after it",
            "archive: " + missing + ": no such file or folder",
            "imported 2, updated 0, unchanged 0, duplicates 0, failed 3 (1 without a date)"),
        r.errLines());
    assertEquals(2, storedFiles().size());
    assertFalse(r.err().contains("Exception"), "no stack trace");
  }

  @Test
  void aFolderWithNothingToImportSaysWhereItLookedAndExitsFour() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "not taken");
    Cli.Result r = cli.run("import", empty.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertEquals(
        List.of(
            "archive: no input files found in '"
                + empty
                + "' (folders are searched for *.{txt,html,htm,xhtml}; see --glob)"),
        r.errLines());
  }

  @Test
  void aGlobInLowerCaseTakesNamesInAnyCase() throws IOException {
    Path upper = Files.createDirectories(tmp.resolve("upper"));
    Files.write(upper.resolve("STORY.TXT"), Fixtures.resource("parse/leading-date.txt"));
    Files.write(upper.resolve("Page.Html"), Fixtures.resource("html/og-only.html"));
    Cli.Result r = cli.run("import", upper.toString());
    assertTrue(r.err().startsWith("imported 2, updated 0,"), r.toString());
    r = cli.run("import", "--glob", "*.TXT", "--quiet", upper.toString());
    assertEquals(ExitCode.OK.code(), r.code(), "a capital letter matches exactly: STORY.TXT");
    r = cli.run("import", "--glob", "*.Txt", upper.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), "nothing matches *.Txt exactly");
  }

  @Test
  void aFolderThatIsNeitherEmptyNorAStoreIsRefused() throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.writeString(home.resolve("thesis.tex"), "mine");
    Cli.Result r = cli.run("--store", home.toString(), "import", seeds.toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertTrue(r.err().contains("it holds other files (such as 'thesis.tex')"), r.toString());
    try (var files = Files.list(home)) {
      assertEquals(List.of(home.resolve("thesis.tex")), files.toList(), "nothing written");
    }
    Path fresh = tmp.resolve("fresh");
    assertEquals(0, cli.run("--store", fresh.toString(), "import", seeds.toString()).code());
    assertEquals(0, cli.run("--store", fresh.toString(), "import", seeds.toString()).code());
  }

  @Test
  void globChoosesWhichFilesAFolderGives() throws IOException {
    Path nested = Files.createDirectories(seeds.resolve("2018/09"));
    Files.write(nested.resolve("story.md"), Fixtures.resource("parse/leading-date.txt"));
    Cli.Result byName = cli.run("import", "--glob", "*.md", seeds.toString());
    assertEquals(
        List.of("imported 1, updated 0, unchanged 0, duplicates 0, failed 0"), byName.errLines());
    assertEquals(
        seeds + "/2018/09/story.md",
        list().get(0).get("source").get("path").asString(),
        "the path is shown as the user gave the folder, then the path below it");
    Cli.Result byPath = cli.run("import", "--glob", "2018/**", seeds.toString());
    assertEquals(
        List.of("imported 0, updated 0, unchanged 1, duplicates 0, failed 0"), byPath.errLines());
  }

  @Test
  void aFileNamedOnTheCommandLineIsImportedWhateverItsName() throws IOException {
    Path file = tmp.resolve("story.text");
    Files.write(file, Fixtures.resource("parse/numeric-date.txt"));
    Cli.Result r = cli.run("import", file.toString());
    assertEquals(
        List.of("imported 1, updated 0, unchanged 0, duplicates 0, failed 0"), r.errLines());
  }

  @Test
  void dashReadsOneArticleFromStandardInput() {
    byte[] text = Fixtures.resource("parse/dateline-agency.txt");
    Cli.Result r = cli.runWithInput(text, "import", "-");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    JsonNode a = list().get(0);
    assertEquals("Aid convoy reaches besieged town", a.get("title").asString());
    assertEquals("-", a.get("source").get("path").asString());
    assertTrue(a.get("source").get("absolutePath").isNull());
    Cli.Result again = cli.runWithInput(text, "import", "-");
    assertEquals(
        List.of("imported 0, updated 0, unchanged 1, duplicates 0, failed 0"), again.errLines());
  }

  @Test
  void dateOptionDatesOnlyTheArticlesWithoutADate() {
    Cli.Result r = cli.run("import", "--date", "2018-09-04", seeds.toString());
    assertEquals(
        List.of("imported 2, updated 0, unchanged 0, duplicates 0, failed 0"), r.errLines());
    JsonNode all = list();
    assertEquals("2018-09-04", all.get(0).get("date").asString());
    assertEquals(
        "Iran's Zarif in Syria for talks ahead of Idlib offensive",
        all.get(0).get("title").asString());
    assertEquals("2018-09-03", all.get(1).get("date").asString());
  }

  @Test
  void badDateIsAUsageError() {
    Cli.Result r = cli.run("import", "--date", "2018-02-30", seeds.toString());
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertEquals(
        "archive: --date: '2018-02-30' is not a date;"
            + " write it as YYYY-MM-DD, for example 2018-09-03",
        r.errLines().get(0));
    assertFalse(Files.exists(cli.store()), "nothing is written on a usage error");
  }

  @Test
  void maxBytesTakesBinarySuffixes() {
    Path seed = seeds.resolve(Fixtures.SEED_0);
    Cli.Result r = cli.run("import", "--max-bytes", "3K", seed.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertTrue(r.err().contains("over the limit of 3072 (see --max-bytes)"), r.err());
    r = cli.run("import", "--max-bytes", "4KiB", seed.toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    for (String size : List.of("20M", "20m", "20MiB", "1G", "8388608")) {
      assertEquals(
          ExitCode.OK.code(), cli.run("import", "--max-bytes", size, seed.toString()).code(), size);
    }
  }

  @Test
  void importWithoutPathsIsAUsageError() {
    Cli.Result r = cli.run("import");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertEquals(
        "archive: give the files, folders or web pages to import, or - for standard input",
        r.errLines().get(0));
  }

  @Test
  void manyInputsFailingForOneReasonGetAFewLinesAndACount() throws IOException {
    Path many = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 8; i++) {
      Files.writeString(many.resolve("brief-" + i + ".txt"), "BRIEF NUMBER " + i + "\n");
      Files.writeString(
          many.resolve("dated-" + i + ".txt"), "DATED BRIEF " + i + "\n\n3 May 2016\n");
    }
    for (int i = 0; i < 6; i++) {
      Files.write(
          many.resolve("latin1-" + i + ".txt"),
          ("Caf\u00e9 number " + i + " reopens\n\nThe caf\u00e9 reopened on Monday.\n")
              .getBytes(Charset.forName("windows-1252")));
    }
    Files.write(many.resolve("empty.txt"), new byte[0]);

    Cli.Result r = cli.run("import", many.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    List<String> lines = r.errLines();
    assertEquals(5, lines.stream().filter(l -> l.contains(".txt: no body: ")).count(), r.err());
    assertEquals(1, lines.stream().filter(l -> l.endsWith("empty.txt: empty file")).count());
    assertEquals(5, lines.stream().filter(l -> l.contains(".txt: warning: not valid")).count());
    assertEquals(
        List.of(
            "archive: ... and 11 more: no body (-v names them all)",
            "archive: ... and 1 more: warning: not valid UTF-8; read as windows-1252 (-v names"
                + " them all)",
            "imported 6, updated 0, unchanged 0, duplicates 0, failed 17 (6 without a date, 6 too"
                + " short to compare, in no story)"),
        lines.subList(lines.size() - 3, lines.size()),
        r.err());
    assertEquals(5 + 1 + 5 + 3, lines.size(), r.err());

    Cli.Result again = new Cli(tmp.resolve("other")).run("import", "-v", many.toString());
    assertEquals(16, again.errLines().stream().filter(l -> l.contains(".txt: no body: ")).count());
    assertEquals(
        6, again.errLines().stream().filter(l -> l.contains(".txt: warning: not valid")).count());
    assertFalse(again.err().contains(" more: "), again.err());
  }

  @Test
  void quietPrintsErrorsOnly() throws IOException {
    Files.write(
        seeds.resolve("latin1.txt"),
        "Caf\u00e9 reopens\n\nThe caf\u00e9 reopened on Monday.\n"
            .getBytes(Charset.forName("windows-1252")));
    Files.write(seeds.resolve("empty.txt"), new byte[0]);
    Cli.Result r = cli.run("import", "--quiet", seeds.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code());
    assertEquals(List.of("archive: " + seeds.resolve("empty.txt") + ": empty file"), r.errLines());
  }

  @Test
  void textThatIsNotUtf8IsStoredWithAWarning() throws IOException {
    Path file = seeds.resolve("latin1.txt");
    Files.write(
        file,
        "Caf\u00e9 reopens\n\nThe caf\u00e9 reopened on Monday.\n"
            .getBytes(Charset.forName("windows-1252")));
    Cli.Result r = cli.run("import", file.toString());
    assertEquals(ExitCode.OK.code(), r.code());
    assertEquals(
        List.of(
            "archive: " + file + ": warning: not valid UTF-8; read as windows-1252",
            "imported 1, updated 0, unchanged 0, duplicates 0, failed 0 (1 without a date, 1 too"
                + " short to compare, in no story)"),
        r.errLines());
    assertEquals("Caf\u00e9 reopens", list().get(0).get("title").asString());
  }

  @Test
  void inputsLargerThanTheLimitAreRefused() throws IOException {
    Cli.Result r = cli.run("import", "--max-bytes", "1000", seeds.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code());
    assertEquals(
        "archive: "
            + seeds.resolve(Fixtures.SEED_0)
            + ": too large: 3788 bytes, over the limit of 1000 (see --max-bytes)",
        r.errLines().get(0));
  }

  @Test
  void aFolderGivenWithATrailingSlashGivesCleanPaths() throws IOException {
    Cli.Result r = cli.run("import", seeds.toString() + "/");
    assertEquals(ExitCode.OK.code(), r.code());
    List<String> paths = new java.util.ArrayList<>();
    list().forEach(a -> paths.add(a.get("source").get("path").asString()));
    paths.sort(null);
    assertEquals(List.of(seeds + "/" + Fixtures.SEED_0, seeds + "/" + Fixtures.SEED_1), paths);
  }

  @Test
  void progressIsDrawnInPlaceOnATerminalAfterASecond() {
    // Each reading of the clock is 400 ms later, so the import "runs" for seconds.
    Clock slow =
        new Clock() {
          private long millis = NOW_MILLIS;

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            millis += 400;
            return Instant.ofEpochMilli(millis);
          }
        };
    Cli.Result r = cli.terminal(false, true).clock(slow).run("import", seeds.toString());
    assertEquals(ExitCode.OK.code(), r.code());
    assertTrue(r.err().contains("\r\u001b[Kimporting: 2/2 files"), r.err());
    assertTrue(
        r.err().endsWith("\r\u001b[K" + SEEDS_SUMMARY + "\n"),
        "the progress line is cleared before the summary: " + r.err());

    Cli.Result notTerminal =
        new Cli(tmp.resolve("other")).clock(slow).run("import", seeds.toString());
    assertFalse(notTerminal.err().contains("\r"), "no progress when stderr is not a terminal");
  }

  @Test
  void theProgressLineGivesTheTotalFromTheFirstFileOn() throws IOException {
    // more files than an import reads ahead: its own walk of the folders is not at its end when
    // the first is done
    for (int i = 0; i < 148; i++) {
      Files.writeString(
          Files.createDirectories(seeds.resolve("more/" + i)).resolve("story.txt"),
          "Story number " + i + "\n\nThe story of number " + i + ", told.\n");
    }
    Clock slow =
        new Clock() {
          private long millis = NOW_MILLIS;

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            millis += 400;
            return Instant.ofEpochMilli(millis);
          }
        };
    Cli.Result r = cli.terminal(false, true).clock(slow).run("import", seeds.toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    List<String> drawn = new java.util.ArrayList<>();
    for (String part : r.err().split("\r\u001b\\[K", -1)) {
      if (part.startsWith("importing: ")) {
        drawn.add(part.substring(0, part.indexOf(" files")));
      }
    }
    assertTrue(drawn.size() > 1, r.err());
    for (String d : drawn) {
      assertTrue(d.endsWith("/150"), "every line gives the total: " + drawn);
    }
  }

  private static final long NOW_MILLIS = Cli.NOW.toEpochMilli();

  private static List<String> contents(List<Path> files) throws IOException {
    return files.stream()
        .map(
            f -> {
              try {
                return Files.readString(f);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .toList();
  }

  private static final String PAGE =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
          + "<title>Ferry strike ends | Harbour Times</title>"
          + "<meta property=\"og:site_name\" content=\"Harbour Times\">"
          + "<link rel=\"canonical\" href=\"https://harbour.example/ferry\"></head>"
          + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
          + "<article><h1>Ferry strike ends</h1><p>By Ann Lee</p><p>4 March 2021</p>"
          + "<p>"
          + "Ferry crews returned to work on Thursday after the union accepted the pay offer. "
              .repeat(3)
          + "</p><p>Sailings resume on Friday morning.</p></article></body></html>";

  @Test
  void aWebPageOnStandardInputIsReadAsAPage() {
    Cli.Result r = cli.runWithInput(PAGE.getBytes(StandardCharsets.UTF_8), "import", "-");
    assertEquals(0, r.code(), r.toString());
    Cli.Result shown = cli.run("list", "--format", "ndjson");
    assertTrue(shown.out().contains("\"title\":\"Ferry strike ends\""), shown.out());
    assertTrue(shown.out().contains("\"outlet\":\"Harbour Times\""), shown.out());
    assertTrue(shown.out().contains("\"format\":\"html\""), shown.out());
    assertTrue(shown.out().contains("\"url\":\"https://harbour.example/ferry\""), shown.out());
    assertFalse(shown.out().contains("<p>"), "no markup in the record: " + shown.out());
  }

  @Test
  void aFolderGivesItsPagesBesideItsTextFilesByDefault() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("mixed"));
    Files.write(in.resolve("a.txt"), Fixtures.seed(Fixtures.SEED_0));
    Files.writeString(in.resolve("b.html"), PAGE);
    Files.writeString(in.resolve("c.htm"), PAGE.replace("Thursday", "Wednesday"));
    Files.writeString(in.resolve("d.xhtml"), PAGE.replace("Thursday", "Tuesday"));
    Files.writeString(in.resolve("e.md"), "# not taken");
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().contains("imported 4,"), r.err());
  }

  @Test
  void theSamePageSavedTwiceWithOtherAdvertsIsADuplicate() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("saved"));
    Files.writeString(in.resolve("first.html"), PAGE);
    Files.writeString(
        in.resolve("second.html"),
        PAGE.replace("<nav>", "<script>var slot = 'ad-7';</script><nav><a href=\"/x\">Offers</a>"));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.err().contains("imported 1,") && r.err().contains("duplicates 1,"), r.err());
  }
}
