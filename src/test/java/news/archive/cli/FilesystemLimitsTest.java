package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import news.archive.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a file system that fills up or turns read-only: exit code 5, one line, and nothing
 * already stored is lost. Needs a small file system of its own, so it runs where the tests may
 * mount one (as root, as in CI); elsewhere it is skipped, saying so.
 */
class FilesystemLimitsTest {

  @TempDir Path tmp;

  private Path mount;
  private Cli cli;
  private Path seeds;

  @BeforeEach
  void mountSmallFilesystem() throws Exception {
    mount = Files.createDirectories(tmp.resolve("fs"));
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()) == 0,
        "mounting a small tmpfs needs root");
    cli = new Cli(mount.resolve("store"));
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.write(seeds.resolve(Fixtures.SEED_0), Fixtures.seed(Fixtures.SEED_0));
    Files.write(seeds.resolve(Fixtures.SEED_1), Fixtures.seed(Fixtures.SEED_1));
    assertEquals(0, cli.run("import", seeds.toString()).code());
  }

  @AfterEach
  void unmount() throws Exception {
    if (cli != null) {
      run("umount", mount.toString());
    }
  }

  private static int run(String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return p.waitFor();
  }

  private Map<Path, byte[]> storedBytes() throws IOException {
    Map<Path, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(mount.resolve("store/articles"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".json")).toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private Path articles(int n) throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("more"));
    String filler = "The council met again on Monday to discuss the harbour plans. ".repeat(40);
    for (int i = 0; i < n; i++) {
      Files.writeString(
          folder.resolve(i + ".txt"), "Harbour story " + i + "\n\n" + filler + i + ".\n");
    }
    return folder;
  }

  @Test
  void aFullFileSystemStopsTheImportAndLosesNothing() throws Exception {
    Map<Path, byte[]> before = storedBytes();
    Path filler = mount.resolve("filler");
    long free = Files.getFileStore(mount).getUsableSpace();
    Files.write(filler, new byte[(int) Math.max(0, free - 150_000)]);

    Cli.Result r = cli.run("import", articles(300).toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("no space left on device"), r.err());
    Map<Path, byte[]> after = storedBytes();
    assertEquals(2, before.size());
    for (Map.Entry<Path, byte[]> e : before.entrySet()) {
      assertArrayEquals(e.getValue(), after.get(e.getKey()), "stored articles are untouched");
    }

    Files.delete(filler);
    Cli.Result repair = cli.run("check", "--repair");
    assertEquals(ExitCode.OK.code(), repair.code(), repair.toString());
    assertEquals(ExitCode.OK.code(), cli.run("check").code());
    Cli.Result again = cli.run("import", tmp.resolve("more").toString());
    assertEquals(ExitCode.OK.code(), again.code(), again.toString());
    assertEquals("302\n", cli.run("search", "Iran OR harbour", "--count").out());
  }

  @Test
  void aReadOnlyStoreCanBeReadButNotWritten() throws Exception {
    assertEquals(0, run("mount", "-o", "remount,ro", mount.toString()));
    Cli.Result r = cli.run("import", articles(3).toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().contains("read-only file system"), r.err());
    Cli.Result list = cli.run("list");
    assertEquals(ExitCode.OK.code(), list.code(), list.toString());
    assertEquals(2, list.outLines().size());
    assertEquals(ExitCode.OK.code(), cli.run("search", "Idlib").code());
  }
}
