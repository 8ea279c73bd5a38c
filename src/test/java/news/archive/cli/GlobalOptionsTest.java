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
import java.util.List;
import java.util.function.Supplier;
import news.archive.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command shares: the store and where it is, help and version, exit codes. */
class GlobalOptionsTest {

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void importSeedsAndAWireStory() throws IOException {
    cli = ThreeArticles.importInto(tmp);
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
