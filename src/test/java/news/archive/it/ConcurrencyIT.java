package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.archive.Jar;
import news.archive.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several archive processes on one store at once. */
class ConcurrencyIT {

  private static final int ARTICLES = 1500;

  @TempDir Path tmp;

  @Test
  void twoImportsAtOnceTakeTurnsAndBothEndUpStored() throws Exception {
    Path a = TestCorpus.write(tmp.resolve("a"), ARTICLES, 1);
    Path b = TestCorpus.write(tmp.resolve("b"), ARTICLES, 2);
    Jar jar = new Jar(tmp.resolve("store"), tmp);
    Jar.Started first = jar.start("import", a.toString());
    Jar.Started second = jar.start("import", b.toString());
    Jar.Run one = first.finish(120);
    Jar.Run two = second.finish(120);
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    assertTrue(
        (one.err() + two.err())
            .contains("archive: waiting for another archive command" + " to finish writing to "),
        "the second waits, and says so: " + one.err() + two.err());
    assertEquals((2 * ARTICLES) + "\n", jar.run("search", TestCorpus.EVERY, "--count").out());
    Jar.Run check = jar.run("check");
    assertEquals(0, check.code(), check.out());
  }

  @Test
  void noWaitFailsAtOnceWhileAnotherImportWrites() throws Exception {
    Path a = TestCorpus.write(tmp.resolve("a"), 3000, 3);
    Path b = TestCorpus.write(tmp.resolve("b"), 10, 4);
    Path store = tmp.resolve("store");
    Jar jar = new Jar(store, tmp);
    Jar.Started writer = jar.start("import", a.toString());
    waitUntilLocked(store.resolve("lock"), writer.process());

    Jar.Run refused = jar.run("import", "--no-wait", b.toString());
    assertEquals(5, refused.code());
    assertEquals(
        "archive: the store at "
            + store
            + " is busy: another archive command is"
            + " writing to it\n",
        refused.err());

    assertEquals(0, writer.finish(120).code());
    assertEquals(0, jar.run("import", "--no-wait", b.toString()).code(), "free again");
  }

  @Test
  void readersDuringAnImportSeeTheArchiveBeforeOrAfterIt() throws Exception {
    Path a = TestCorpus.write(tmp.resolve("a"), ARTICLES, 5);
    Path b = TestCorpus.write(tmp.resolve("b"), 3000, 6);
    Jar jar = new Jar(tmp.resolve("store"), tmp);
    assertEquals(0, jar.run("import", a.toString()).code());

    Jar.Started writer = jar.start("import", b.toString());
    List<String> seen = new ArrayList<>();
    while (writer.process().isAlive() || seen.size() < 3) {
      Jar.Run count = jar.run("search", TestCorpus.EVERY, "--count");
      Jar.Run list = jar.run("list", "--format", "ndjson");
      assertEquals(0, count.code(), count.err());
      assertEquals(0, list.code(), list.err());
      seen.add(count.out().strip());
      seen.add(Long.toString(list.out().lines().count()));
    }
    assertEquals(0, writer.finish(120).code());
    Set<String> allowed = Set.of(Integer.toString(ARTICLES), Integer.toString(ARTICLES + 3000));
    for (String n : seen) {
      assertTrue(allowed.contains(n), "a reader saw " + n + " articles: " + seen);
    }
  }

  /** Waits until another process holds the store's lock (or has finished). */
  private static void waitUntilLocked(Path lock, Process writer) throws Exception {
    while (writer.isAlive()) {
      if (Files.exists(lock)) {
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE);
            FileLock mine = ch.tryLock()) {
          if (mine == null) {
            return;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the import finished before it was seen holding the lock");
  }
}
