package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script, run by bash as it completes a word. */
class CompletionCommandTest {

  @TempDir Path tmp;

  private static boolean hasBash() {
    return Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash"));
  }

  /** What bash offers after {@code words}, the last of which is being typed. */
  private List<String> complete(Path script, String... words) throws Exception {
    String line = String.join(" ", words);
    String program =
        "source '"
            + script
            + "' 2>/dev/null\n"
            + "COMP_WORDS=("
            + String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList())
            + ")\n"
            + "COMP_CWORD="
            + (words.length - 1)
            + "\n"
            + "COMP_LINE='"
            + line
            + "'\nCOMP_POINT=${#COMP_LINE}\n"
            + "_complete_archive 2>/dev/null\n"
            + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process p = new ProcessBuilder("bash", "-c", program).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out.lines().filter(l -> !l.isBlank()).sorted().toList();
  }

  @Test
  void bashCompletesCommandsOptionsAndTheirValues() throws Exception {
    assumeTrue(hasBash(), "bash is not installed here: the script cannot be run");
    Cli.Result r = new Cli(tmp.resolve("store")).run("completion", "bash");
    assertEquals(0, r.code(), r.toString());
    Path script = Files.writeString(tmp.resolve("archive.bash"), r.out());
    assertEquals(
        List.of("search", "serve", "set", "show", "similar", "stats", "stories", "story"),
        complete(script, "archive", "s"));
    assertEquals(List.of("--sort"), complete(script, "archive", "list", "--so"));
    assertEquals(
        List.of("date", "imported", "title"), complete(script, "archive", "list", "--sort", ""));
  }

  @Test
  void zshGetsTheSameScriptAndOtherShellsAreUsageErrors() throws IOException {
    Cli cli = new Cli(tmp.resolve("store"));
    assertEquals(cli.run("completion", "bash").out(), cli.run("completion", "zsh").out());
    assertEquals(ExitCode.USAGE.code(), cli.run("completion", "fish").code());
  }
}
