package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exit codes are listed once, in {@link ExitCode}: the help and the README say the same. */
class ExitCodeTest {

  @Test
  void theReadmeTableListsEveryCodeAsTheProgramDoes() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"));
    int heading = readme.indexOf("## Exit codes");
    assertTrue(heading >= 0, "the README has a section on exit codes");
    List<String> rows = new ArrayList<>();
    for (String line : readme.subList(heading + 1, readme.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.matches("\\| \\d+ \\|.*")) {
        rows.add(line);
      }
    }
    List<String> expected =
        Arrays.stream(ExitCode.values())
            .map(c -> "| " + c.code() + " | " + c.meaning() + " |")
            .toList();
    assertEquals(expected, rows);
  }

  @Test
  void helpEndsWithEveryCodeWrappedUnderEightyColumns() {
    List<String> help = ExitCode.help();
    assertEquals("Exit codes:", help.get(0));
    for (ExitCode c : ExitCode.values()) {
      assertTrue(
          help.stream().anyMatch(l -> l.startsWith(String.format("  %-3d ", c.code()))),
          "code " + c.code());
    }
    for (String line : help) {
      assertTrue(line.length() < 80, line);
    }
    assertTrue(
        String.join(" ", help)
            .replaceAll("\\s+", " ")
            .contains(
                "the store cannot be read or written (missing, damaged, no permission, full, busy with"
                    + " import --no-wait), export -o cannot write its file, or check found"
                    + " problems"));
  }
}
