package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** list's orders and filters, search's counts, show of several ids, and the column formats. */
class OutputOptionsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;

  private Cli cli;

  /** Three dated articles about a harbour, one undated; titles out of date order. */
  @BeforeEach
  void fourArticles() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"), "Cranes stand idle\n\n12 February 2015\n\nThe harbour is shut.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "Boats leave, harbour \"quiet\"\n\n4 May 2017\n\nThe harbour emptied, slowly.\n");
    Files.writeString(
        in.resolve("c.txt"), "Asking the harbour master\n\n9 June 2016\n\nHarbour talks.\n");
    Files.writeString(in.resolve("d.txt"), "Dockside notes\n\nThe harbour, undated.\n");
    assertEquals(0, cli.run("import", in.toString()).code());
  }

  private List<String> column(Cli.Result r, int i) {
    assertEquals(0, r.code(), r.toString());
    return r.outLines().stream().map(l -> l.split("  ", -1)[i]).toList();
  }

  @Test
  void listSortsByDateTitleOrImportAndTurnsRound() {
    assertEquals(
        List.of("2017-05-04", "2016-06-09", "2015-02-12", "-"),
        column(cli.run("list", "--fields", "date,title"), 0));
    assertEquals(
        List.of("-", "2015-02-12", "2016-06-09", "2017-05-04"),
        column(cli.run("list", "--reverse", "--fields", "date"), 0));
    assertEquals(
        List.of(
            "Asking the harbour master",
            "Boats leave, harbour \"quiet\"",
            "Cranes stand idle",
            "Dockside notes"),
        column(cli.run("list", "--sort", "title", "--fields", "title"), 0));
    assertEquals(
        "Dockside notes",
        column(cli.run("list", "--sort", "title", "--reverse", "--fields", "title"), 0).get(0));
    assertEquals(4, column(cli.run("list", "--sort", "imported", "--fields", "id"), 0).size());
    assertEquals(ExitCode.USAGE.code(), cli.run("list", "--sort", "size").code());
  }

  @Test
  void undatedArticlesLeftOutByARangeAreCountedAndCanBeListedAlone() {
    Cli.Result r = cli.run("list", "--since", "2016-01-01");
    assertEquals(2, r.outLines().size(), r.toString());
    assertEquals(
        List.of(
            "archive: 1 undated article left out by --since/--until (list --undated lists"
                + " them)"),
        r.errLines());
    assertEquals(
        List.of("Dockside notes"), column(cli.run("list", "--undated", "--fields", "title"), 0));
    assertEquals("", cli.run("list").err(), "nothing is left out without a range");
    assertEquals(
        ExitCode.USAGE.code(), cli.run("list", "--undated", "--until", "2016-01-01").code());
  }

  @Test
  void listByTag() {
    String id = column(cli.run("list", "--undated", "--fields", "id"), 0).get(0);
    assertEquals(0, cli.run("tag", id, "+later").code());
    assertEquals(List.of(id), column(cli.run("list", "--tag", "LATER", "--fields", "id"), 0));
    assertEquals("", cli.run("list", "--tag", "none").out());
    assertEquals(ExitCode.USAGE.code(), cli.run("list", "--tag", "a b").code());
  }

  @Test
  void searchSaysHowManyHitsItLeftOut() {
    Cli.Result r = cli.run("search", "harbour", "--limit", "2");
    assertEquals(0, r.code(), r.toString());
    assertEquals(List.of("2 of 4 hits; --limit N or --all for more"), r.errLines());
    r = cli.run("search", "harbour", "--limit", "2", "--offset", "1");
    assertEquals(List.of("2-3 of 4 hits; --limit N or --all for more"), r.errLines());
    r = cli.run("search", "harbour", "--all", "--fields", "id");
    assertEquals(4, r.outLines().size());
    assertEquals("", r.err());
    r = cli.run("search", "harbour", "--limit", "2", "--json");
    assertEquals(2, JSON.readTree(r.out()).size());
    assertEquals("", r.err(), "JSON output stays as it was; --count gives the number");
  }

  @Test
  void csvQuotesWhatNeedsItAndTsvEscapes() {
    Cli.Result r = cli.run("list", "--format", "csv", "--fields", "date,title");
    assertEquals(0, r.code(), r.toString());
    assertEquals("date,title", r.outLines().get(0));
    assertEquals("2017-05-04,\"Boats leave, harbour \"\"quiet\"\"\"", r.outLines().get(1));
    assertEquals(",Dockside notes", r.outLines().get(4));
    r = cli.run("list", "--format", "tsv", "--fields", "title,body", "--sort", "title");
    assertEquals("title\tbody", r.outLines().get(0));
    assertEquals(5, r.outLines().size(), "one line per article, whatever the body holds");
    r = cli.run("list", "--format", "csv");
    assertEquals(String.join(",", Columns.DEFAULT), r.outLines().get(0));
    r = cli.run("search", "harbour", "--format", "tsv", "--fields", "title,score", "--all");
    assertTrue(Double.parseDouble(r.outLines().get(1).split("\t", -1)[1]) > 0, r.toString());
  }

  @Test
  void badFieldsAreUsageErrors() {
    assertEquals(ExitCode.USAGE.code(), cli.run("list", "--fields", "id,colour").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("list", "--fields", "score").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("list", "--json", "--fields", "id").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("list", "--format", "xml").code());
  }

  @Test
  void showTakesSeveralIdsInTheOrderGiven() {
    List<String> ids = column(cli.run("list", "--fields", "id"), 0);
    Cli.Result r = cli.run("show", ids.get(2), ids.get(0), "--format", "ndjson");
    assertEquals(0, r.code(), r.toString());
    assertEquals(ids.get(2), JSON.readTree(r.outLines().get(0)).get("id").asString());
    assertEquals(ids.get(0), JSON.readTree(r.outLines().get(1)).get("id").asString());
    JsonNode array = JSON.readTree(cli.run("show", ids.get(0), ids.get(1), "--json").out());
    assertEquals(2, array.size());
    assertTrue(JSON.readTree(cli.run("show", ids.get(0), "--json").out()).isObject());
    r = cli.run("show", ids.get(0), ids.get(1));
    assertTrue(r.out().contains("Boats leave") && r.out().contains("Asking the harbour"));
    r = cli.run("show", ids.get(0), "0000000000000000");
    assertEquals(ExitCode.NOT_FOUND.code(), r.code());
    assertEquals("", r.out(), "nothing is printed when an id names no article");
  }
}
