package news.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs bin/archive as a user would: a separate process on the packaged jar. */
class LauncherIT {

  private static final Path LAUNCHER = Path.of("bin/archive").toAbsolutePath();

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(Path workDir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(LAUNCHER.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("ARCHIVE_HOME", tmp.resolve("store").toString());
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    Process p = pb.start();
    if (!p.waitFor(Jar.HUNG_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("bin/archive " + String.join(" ", args) + " did not finish");
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theReadmeCommandsWorkFromAnyFolder() throws Exception {
    Path project = Path.of("").toAbsolutePath();
    Run imported = run(project, "import", "seeds");
    assertEquals(0, imported.code(), imported.toString());
    assertEquals("", imported.out());
    assertEquals(
        "imported 2, updated 0, unchanged 0, duplicates 0, failed 0 (1 without a date)\n",
        imported.err());

    Run search = run(tmp, "search", "Idlib");
    assertEquals(0, search.code(), search.toString());
    assertEquals("", search.err(), "nothing but results: no JVM or Lucene warnings");
    long hits = search.out().lines().filter(l -> l.matches("[0-9a-f]{16}  .*")).count();
    assertEquals(2, hits, search.out());

    Run json = run(tmp, "search", "Idlib", "--json");
    JsonNode array = JsonMapper.builder().build().readTree(json.out());
    assertEquals(2, array.size());

    Run none = run(tmp, "search", "Kathmandu");
    assertEquals(1, none.code());
    assertEquals("", none.out());

    Run bad = run(tmp, "show", "../../etc/passwd");
    assertEquals(2, bad.code());
    assertTrue(bad.err().startsWith("archive: "), bad.err());

    Run version = run(tmp, "--version");
    assertEquals(0, version.code());
    assertTrue(version.out().matches("archive \\d+\\.\\d+\\.\\d+\\n"), version.out());
  }

  @Test
  void aClosedPipeEndsTheCommandQuietly() throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"), 2000, 9);
    assertEquals(0, run(tmp, "import", "--quiet", corpus.toString()).code());
    for (String command :
        List.of("list", "list --json", "search " + TestCorpus.EVERY + " --limit 2000")) {
      String script = "set -o pipefail; '" + LAUNCHER + "' " + command + " | head -n 1";
      ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(tmp.toFile());
      pb.environment().put("ARCHIVE_HOME", tmp.resolve("store").toString());
      Process p = pb.redirectErrorStream(false).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(Jar.HUNG_SECONDS, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), command + ": " + err);
      assertEquals("", err, command);
      assertEquals(1, out.lines().count(), command);
    }
  }
}
