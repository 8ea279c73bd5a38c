package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import news.archive.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A store the user may read but not write: reading commands and {@code check} work, every command
 * that writes says the store is read-only, in one line, with exit code 5, and changes nothing.
 *
 * <p>The store is made read-only by its files' permissions; root ignores those, so as root it is
 * put on a small file system of its own, mounted read-only. Where neither is possible (root without
 * the right to mount) the tests are skipped, saying so.
 */
class ReadOnlyStoreTest {

  @TempDir Path tmp;

  private Path store;
  private Cli cli;
  private Path seeds;
  private Path mount;
  private boolean byPermissions;
  private String id;

  @BeforeEach
  void importThenWriteProtect() throws Exception {
    boolean root = permissionsAreIgnored();
    if (root) {
      mount = Files.createDirectories(tmp.resolve("fs"));
      Assumptions.assumeTrue(
          run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString()) == 0,
          "root ignores file permissions, and a read-only file system cannot be mounted here");
      store = mount.resolve("store");
    } else {
      store = tmp.resolve("store");
    }
    cli = new Cli(store);
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.write(seeds.resolve(Fixtures.SEED_0), Fixtures.seed(Fixtures.SEED_0));
    Files.write(seeds.resolve(Fixtures.SEED_1), Fixtures.seed(Fixtures.SEED_1));
    assertEquals(0, cli.run("import", seeds.toString()).code());
    id =
        JsonMapper.builder()
            .build()
            .readTree(cli.run("list", "--json").out())
            .get(0)
            .get("id")
            .asString();
    if (root) {
      assertEquals(0, run("mount", "-o", "remount,ro", mount.toString()));
    } else {
      byPermissions = true;
      setWritable(false);
    }
  }

  @AfterEach
  void undo() throws Exception {
    if (byPermissions) {
      setWritable(true);
    }
    if (mount != null) {
      run("umount", mount.toString());
    }
  }

  /** Whether this process writes where permissions say it may not: it runs as root. */
  private boolean permissionsAreIgnored() throws IOException {
    Path probe = Files.createDirectories(tmp.resolve("probe"));
    Files.setPosixFilePermissions(probe, EnumSet.of(PosixFilePermission.OWNER_READ));
    try {
      Files.createFile(probe.resolve("written"));
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      Files.setPosixFilePermissions(probe, EnumSet.allOf(PosixFilePermission.class));
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

  private void setWritable(boolean writable) throws IOException {
    List<Path> all;
    try (Stream<Path> s = Files.walk(store)) {
      all = s.toList();
    }
    for (Path p : all) {
      Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(p));
      if (writable) {
        perms.add(PosixFilePermission.OWNER_WRITE);
      } else {
        perms.removeAll(
            Set.of(
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_WRITE));
      }
      Files.setPosixFilePermissions(p, perms);
    }
  }

  private Map<Path, byte[]> everyFile() throws IOException {
    Map<Path, byte[]> out = new HashMap<>();
    try (Stream<Path> s = Files.walk(store)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  @Test
  void checkWorksOnAReadOnlyStore() {
    Cli.Result r = cli.run("check");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals("", r.out());
    assertEquals("", r.err());
  }

  /** Makes the store writable for a moment, as its owner would. */
  private void whileWritable(IoAction change) throws Exception {
    if (byPermissions) {
      setWritable(true);
    } else {
      assertEquals(0, run("mount", "-o", "remount,rw", mount.toString()));
    }
    change.run();
    if (byPermissions) {
      setWritable(false);
    } else {
      assertEquals(0, run("mount", "-o", "remount,ro", mount.toString()));
    }
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  @Test
  void anIndexOutOfStepIsReadAsItIsSayingSo() throws Exception {
    whileWritable(() -> Files.writeString(store.resolve("generation"), "99\n"));
    Cli.Result r = cli.run("list");
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(2, r.outLines().size(), r.toString());
    assertEquals(
        List.of(
            "archive: the search index is out of step with the files, and the store "
                + store
                + " is read-only: it is read as it is, not rebuilt"),
        r.errLines());
  }

  @Test
  void readingCommandsWork() {
    assertEquals(2, cli.run("list").outLines().size());
    assertEquals(ExitCode.OK.code(), cli.run("show", id).code());
    assertEquals(ExitCode.OK.code(), cli.run("search", "Idlib").code());
  }

  @Test
  void everyCommandThatWritesSaysTheStoreIsReadOnlyAndChangesNothing() throws IOException {
    Map<Path, byte[]> before = everyFile();
    List<List<String>> writes =
        List.of(
            List.of("import", seeds.toString()),
            List.of("tag", id, "+kept"),
            List.of("rm", id),
            List.of("set", id, "title=Another title"),
            List.of("note", id, "a note"),
            List.of("reparse"),
            List.of("reindex"),
            List.of("check", "--repair"),
            List.of("stories", "--rebuild"));
    List<String> wrong = new ArrayList<>();
    for (List<String> args : writes) {
      Cli.Result r = cli.run(args.toArray(String[]::new));
      boolean right =
          r.code() == ExitCode.STORE.code()
              && r.errLines().size() == 1
              && r.err().startsWith("archive: the store " + store + " is read-only")
              && !r.err().contains("Exception");
      if (!right) {
        wrong.add(String.join(" ", args) + ": " + r);
      }
    }
    assertEquals(List.of(), wrong);
    Map<Path, byte[]> after = everyFile();
    assertEquals(before.keySet(), after.keySet(), "no file added or removed");
    for (Map.Entry<Path, byte[]> e : before.entrySet()) {
      assertArrayEquals(e.getValue(), after.get(e.getKey()), e.getKey().toString());
    }
  }
}
