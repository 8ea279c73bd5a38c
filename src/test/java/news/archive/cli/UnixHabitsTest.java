package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user of any good command-line tool expects: help, suggestions, warnings. */
class UnixHabitsTest {

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void cli() {
    cli = new Cli(tmp.resolve("store"));
  }

  @Test
  void archiveAlonePrintsTheCommandsOneLineEach() {
    Cli.Result r = cli.run();
    assertEquals(ExitCode.USAGE.code(), r.code(), r.toString());
    assertEquals("", r.out());
    for (String command :
        new String[] {
          "import", "list", "show", "search", "tag", "note", "set", "rm", "export", "stats",
          "reparse", "reindex", "check"
        }) {
      long lines = r.errLines().stream().filter(l -> l.startsWith("  " + command + " ")).count();
      assertEquals(1, lines, command + " has one line: " + r);
    }
    int commands = r.errLines().indexOf("Commands:");
    assertTrue(commands > 0, r.toString());
    assertTrue(
        r.errLines().get(commands + 2).startsWith("  list "),
        "no command's line runs onto a second: " + r);
  }

  @Test
  void aMistypedCommandOrOptionGetsASuggestion() {
    Cli.Result r = cli.run("serch", "Idlib");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertTrue(
        r.errLines().get(0).startsWith("archive: unknown command 'serch'; did you mean 'search'"),
        r.toString());
    r = cli.run("list", "--limt", "3");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertEquals("archive: unknown option '--limt'; did you mean '--limit'?", r.errLines().get(0));
    r = cli.run("list", "--zzzzzz");
    assertEquals("archive: unknown option '--zzzzzz'", r.errLines().get(0));
  }

  @Test
  void searchTakesShortHelpAndVersionLikeEveryCommand() {
    Cli.Result r = cli.run("search", "-h");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Usage: archive search"), r.toString());
    for (String command : new String[] {"search", "list", "rm"}) {
      r = cli.run(command, "-V");
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().startsWith("archive "), command + ": " + r);
    }
  }

  @Test
  void aWordThatLooksLikeAnOptionIsReadAsAnExclusionWithAWarning() {
    assertEquals(
        0,
        cli.runWithInput(
                "Port news\n\n12 May 2016\n\nThe port opened.\n".getBytes(StandardCharsets.UTF_8),
                "import",
                "-")
            .code());
    Cli.Result r = cli.run("search", "port", "-limit");
    assertEquals(0, r.code(), r.toString());
    assertEquals(
        "archive: warning: '-limit' is read as a word to leave out; for the option, write --limit",
        r.errLines().get(0));
    r = cli.run("search", "port", "-strike");
    assertEquals("", r.err(), "no warning for a word that is no option");
  }
}
