package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ArgumentsTest {

  @Test
  void theCommandIsTheFirstWordThatIsNoOptionNorAStore() {
    assertEquals(
        new Arguments("search", "/s", false),
        Arguments.scan(new String[] {"--store", "/s", "search", "Idlib"}));
    assertEquals(
        new Arguments("list", "/t", false),
        Arguments.scan(new String[] {"--debug", "list", "--store=/t", "--limit", "3"}));
    assertEquals(
        new Arguments("search", null, true), Arguments.scan(new String[] {"search", "--help"}));
    assertNull(Arguments.scan(new String[] {"--version"}).command());
    assertNull(Arguments.scan(new String[] {"--", "search"}).command());
  }

  @Test
  void onlyTheNamedSubcommandIsBuiltAndOtherwiseAll(@TempDir Path tmp) {
    Environment env =
        new Environment(
            Map.of("ARCHIVE_HOME", tmp.toString()),
            null,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Clock.systemUTC(),
            false,
            false);
    CommandLine search = ArchiveCommand.newCommandLine(env, "search", null);
    assertEquals(java.util.Set.of("search"), search.getSubcommands().keySet());
    assertTrue(search.getSubcommands().get("search").isUnmatchedOptionsArePositionalParams());
    assertEquals(19, ArchiveCommand.newCommandLine(env, "serch", null).getSubcommands().size());
    assertEquals(19, ArchiveCommand.newCommandLine(env, "help", null).getSubcommands().size());
    assertEquals(19, ArchiveCommand.newCommandLine(env, null, null).getSubcommands().size());
  }

  @Test
  void anIndexOpenedAheadIsOnlyHandedOverForItsOwnStore(@TempDir Path tmp) {
    EarlyIndex early =
        EarlyIndex.start(
            Arguments.scan(new String[] {"--store", tmp.resolve("a").toString(), "search", "x"}),
            Map.of());
    assertTrue(early != null);
    assertTrue(early.take(tmp.resolve("b")).isEmpty(), "another store");
    assertTrue(early.take(tmp.resolve("a")).isEmpty(), "no archive there: nothing opened");
    assertNull(
        EarlyIndex.start(Arguments.scan(new String[] {"import", "x"}), Map.of()),
        "only list and search open the index ahead");
  }

  @Test
  void anIndexInStepIsOpenedAhead(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("store");
    Cli cli = new Cli(store);
    assertEquals(0, cli.run("import", news.archive.Fixtures.seeds().toString()).code());
    EarlyIndex early =
        EarlyIndex.start(
            Arguments.scan(new String[] {"list"}), Map.of("ARCHIVE_HOME", store.toString()));
    try (var searcher = early.take(store).orElseThrow()) {
      assertEquals(2, searcher.size());
    }
  }
}
