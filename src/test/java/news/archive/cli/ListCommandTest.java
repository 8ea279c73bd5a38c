package news.archive.cli;

import static news.archive.cli.ThreeArticles.JSON;
import static news.archive.cli.ThreeArticles.TITLE_0;
import static news.archive.cli.ThreeArticles.TITLE_1;
import static news.archive.cli.ThreeArticles.TITLE_WIRE;
import static news.archive.cli.ThreeArticles.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code list}: order, formats, paging and dates, through the real command line. */
class ListCommandTest {

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void importSeedsAndAWireStory() throws IOException {
    cli = ThreeArticles.importInto(tmp);
  }

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
}
