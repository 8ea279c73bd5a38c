package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The manual pages the build makes from the commands' help. */
class ManPageTest {

  @TempDir Path tmp;

  private static CommandLine root() {
    return ArchiveCommand.newCommandLine(
        new Environment(
            Map.of(),
            null,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Clock.systemUTC(),
            false,
            false));
  }

  @Test
  void everyCommandsPageNamesItAndEveryOption() {
    for (CommandLine sub : root().getSubcommands().values()) {
      if (sub.getCommand() instanceof CommandLine.HelpCommand) {
        continue;
      }
      String page = ManPage.of(sub, "archive 1.0");
      String name = "archive\\-" + sub.getCommandName();
      assertTrue(
          page.startsWith(".TH \"ARCHIVE-" + sub.getCommandName().toUpperCase(Locale.ROOT)), page);
      assertTrue(page.contains(".SH NAME\n" + name + " \\- "), page);
      for (OptionSpec o : sub.getCommandSpec().options()) {
        assertTrue(page.contains(o.longestName().replace("-", "\\-")), o.longestName() + page);
      }
      assertTrue(page.contains(".SH EXIT STATUS"), page);
      assertTrue(page.chars().allMatch(c -> c < 128), "roff gets ASCII: " + name);
    }
  }

  @Test
  void theBuildWritesAPageForEachCommandThatRoffReadsWithoutAWarning() throws Exception {
    ManPage.main(new String[] {tmp.toString()});
    try (var files = Files.list(tmp)) {
      assertEquals(root().getSubcommands().size(), files.count(), "archive.1 and one a command");
    }
    boolean groff = Files.isExecutable(Path.of("/usr/bin/groff"));
    assumeTrue(groff, "groff is not installed here: the pages are not rendered");
    List<Path> pages;
    try (Stream<Path> files = Files.list(tmp)) {
      pages = files.toList();
    }
    for (Path page : pages) {
      Process p =
          new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", "-z", page.toString())
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      assertEquals("", out, page.toString());
    }
  }
}
