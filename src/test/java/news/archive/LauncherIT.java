package news.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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
    return run(LAUNCHER, workDir, Map.of(), args);
  }

  private Run run(Path launcher, Path workDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return finish(start(launcher, workDir, env, args), String.join(" ", args));
  }

  private record Started(Process process, Path out, Path err) {}

  private Started start(Path launcher, Path workDir, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("ARCHIVE_HOME", tmp.resolve("store").toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    return new Started(pb.start(), out, err);
  }

  private static Run finish(Started s, String what) throws IOException, InterruptedException {
    if (!s.process().waitFor(Jar.HUNG_SECONDS, TimeUnit.SECONDS)) {
      s.process().destroyForcibly();
      throw new AssertionError("bin/archive " + what + " did not finish");
    }
    return new Run(
        s.process().exitValue(),
        Files.readString(s.out(), StandardCharsets.UTF_8),
        Files.readString(s.err(), StandardCharsets.UTF_8));
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

  /**
   * A JVM whose training run for the start-up cache fails, as Temurin 25.0.3's did: it crashes
   * while writing the cache, leaves a crash report in its folder and an empty cache, and exits 0.
   * The launcher must leave nothing behind, say nothing on a normal run, and not try again.
   */
  @Test
  void aFailedTrainingRunLeavesNothingBehindAndIsNotTriedAgain() throws Exception {
    Path jdk = Files.createDirectories(tmp.resolve("fakejdk-" + ProcessHandle.current().pid()));
    Files.createDirectories(jdk.resolve("bin"));
    Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"17.0.99\"\n");
    Path calls = tmp.resolve("calls");
    Path java = jdk.resolve("bin/java");
    Files.writeString(
        java,
        String.join(
            "\n",
            "#!/bin/sh",
            "echo \"$*\" >> '" + calls + "'",
            "for a in \"$@\"; do",
            "  case $a in",
            "    -XX:ArchiveClassesAtExit=*)",
            "      echo crash > hs_err_pid4242.log",
            "      : > \"${a#-XX:ArchiveClassesAtExit=}\"",
            "      exit 0 ;;",
            "  esac",
            "done",
            "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"",
            ""));
    assertTrue(java.toFile().setExecutable(true));
    Path cwd = Files.createDirectories(tmp.resolve("cwd"));
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
    Path cacheDir = Path.of("target/jvm-cache").toAbsolutePath();
    String key = "17.0.99-" + jdk.getFileName() + ".jsa";
    try {
      Run first = run(LAUNCHER, cwd, env, "--version");
      assertEquals(0, first.code(), first.toString());
      assertTrue(first.out().startsWith("archive "), first.out());
      assertEquals("", first.err(), "nothing said on a normal run");
      assertEquals(1, trainings(calls), "one training run");
      assertTrue(Files.isRegularFile(cacheDir.resolve(key + ".failed")), "the failure is kept");
      assertFalse(Files.exists(cacheDir.resolve(key)), "no empty cache");
      assertEquals(List.of(), leftovers(cwd), "nothing in the user's folder");
      assertEquals(List.of(), leftovers(cacheDir, "training."), "no training folder left");

      Run second = run(LAUNCHER, cwd, env, "--version");
      assertEquals(0, second.code());
      assertEquals(1, trainings(calls), "a failure is not tried again");

      Files.delete(cacheDir.resolve(key + ".failed"));
      Run debug = run(LAUNCHER, cwd, env, "--debug", "--version");
      assertEquals(0, debug.code());
      assertEquals(
          List.of(
              "archive: no start-up cache for this JVM: its training run failed; see "
                  + cacheDir.resolve(key + ".failed")),
          debug.err().lines().toList(),
          "said once, under --debug");
      assertEquals(2, trainings(calls));
    } finally {
      Files.deleteIfExists(cacheDir.resolve(key + ".failed"));
    }
  }

  private static long trainings(Path calls) throws IOException {
    return Files.readAllLines(calls).stream()
        .filter(l -> l.contains("-XX:ArchiveClassesAtExit="))
        .count();
  }

  private static List<String> leftovers(Path dir) throws IOException {
    return leftovers(dir, "hs_err");
  }

  private static List<String> leftovers(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(prefix) || n.startsWith("hs_err") || n.startsWith("replay_"))
          .toList();
    }
  }

  /**
   * Every JDK of 24 or later installed beside the default one (its class-data-sharing archive is
   * made per JVM); the test runs on each, and is skipped, saying so, where there is none.
   */
  @Test
  void onANewerJdkTheCacheIsMadeAndNothingIsLeftBehind() throws Exception {
    List<Path> jdks = newerJdks();
    Assumptions.assumeFalse(jdks.isEmpty(), "no JDK 24 or later under /usr/lib/jvm");
    for (Path jdk : jdks) {
      Path cwd = Files.createDirectories(tmp.resolve("cwd-" + jdk.getFileName()));
      Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());
      Run imported =
          run(LAUNCHER, cwd, env, "import", "-q", Path.of("seeds").toAbsolutePath().toString());
      assertEquals(0, imported.code(), imported.toString());
      assertEquals("", imported.err(), jdk + ": nothing but results");
      for (int i = 0; i < 3; i++) {
        Run search = run(LAUNCHER, cwd, env, "search", "Idlib");
        assertEquals(0, search.code(), search.toString());
        assertEquals("", search.err(), jdk + ": nothing but results");
        assertEquals(2, search.out().lines().filter(l -> l.matches("[0-9a-f]{16}  .*")).count());
      }
      assertEquals(List.of(), leftovers(cwd), "nothing in the user's folder");
      Path cacheDir = Path.of("target/jvm-cache").toAbsolutePath();
      assertEquals(List.of(), leftovers(cacheDir, "training."), "no crash report, no leftover");
      try (Stream<Path> caches = Files.list(cacheDir)) {
        List<Path> mine =
            caches
                .filter(
                    f ->
                        f.getFileName().toString().endsWith("-" + jdk.getFileName() + ".aot")
                            || f.getFileName()
                                .toString()
                                .endsWith("-" + jdk.getFileName() + ".jsa"))
                .toList();
        assertEquals(1, mine.size(), jdk + ": one cache: " + mine);
        assertTrue(Files.size(mine.get(0)) > 0, "not empty");
      }
    }
  }

  private static List<Path> newerJdks() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isSymbolicLink(home) || !Files.isRegularFile(release)) {
          continue;
        }
        for (String line : Files.readAllLines(release)) {
          if (line.matches("JAVA_VERSION=\"(2[4-9]|[3-9][0-9]).*")) {
            found.add(home);
          }
        }
      }
    }
    return found;
  }

  /**
   * Two launchers that find the jar out of date at once: one builds, the other waits for it, and
   * both run the jar it built. The test holds the build lock first, so that both surely meet it.
   */
  @Test
  void launchersThatFindTheJarOutOfDateBuildItOnce() throws Exception {
    Path project = Files.createDirectories(tmp.resolve("project"));
    for (String part : List.of("pom.xml", ".mvn", "src/main", "bin", "seeds")) {
      copy(Path.of(part), project.resolve(part));
    }
    Path lock = Files.createDirectories(project.resolve("target/.build-lock"));
    Files.writeString(lock.resolve("pid"), Long.toString(ProcessHandle.current().pid()));
    Path launcher = project.resolve("bin/archive");
    Started one = start(launcher, tmp, Map.of(), "--version");
    Started two = start(launcher, tmp, Map.of(), "--version");
    for (Started s : List.of(one, two)) {
      assertTrue(
          waitFor(s, "archive: waiting for another build of"), "a launcher waits for the build");
    }
    deleteTree(lock);
    Run first = finish(one, "--version");
    Run second = finish(two, "--version");
    for (Run r : List.of(first, second)) {
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.out().matches("archive \\d+\\.\\d+\\.\\d+\\n"), r.out());
    }
    long builds =
        (first.err() + second.err())
            .lines()
            .filter(l -> l.startsWith("archive: building "))
            .count();
    assertEquals(1, builds, first.err() + second.err());
    assertFalse(Files.exists(lock), "the lock is gone");
  }

  private static boolean waitFor(Started s, String text) throws Exception {
    while (!Files.readString(s.err(), StandardCharsets.UTF_8).contains(text)) {
      if (!s.process().isAlive()) {
        return Files.readString(s.err(), StandardCharsets.UTF_8).contains(text);
      }
      Thread.sleep(5);
    }
    return true;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
