package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import news.archive.Jar;
import news.archive.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several archive processes on one store at once. Where a test needs a writer at work, it holds the
 * store's lock itself, or checks that an import holds it, rather than hoping that a child process
 * is still busy: the outcome never depends on the machine's speed.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class ConcurrencyIT {

  private static final String WAITING = "archive: waiting for another archive command";

  @TempDir Path tmp;

  @Test
  void importsWaitForTheWriterAndThenBothStore() throws Exception {
    Path a = TestCorpus.write(tmp.resolve("a"), 300, 1);
    Path b = TestCorpus.write(tmp.resolve("b"), 300, 2);
    Path store = tmp.resolve("store");
    Jar jar = new Jar(store, tmp);
    assertEquals(
        0,
        jar.run("import", "--quiet", TestCorpus.write(tmp.resolve("c"), 1, 3).toString()).code());
    StoreProbe probe = new StoreProbe(store);
    Jar.Started first;
    Jar.Started second;
    try (StoreProbe.Held writer = probe.hold()) {
      first = jar.start("import", a.toString());
      second = jar.start("import", b.toString());
      for (Jar.Started s : List.of(first, second)) {
        assertTrue(
            StoreProbe.await(() -> StoreProbe.contains(s.err(), WAITING), s.process()),
            "an import waits for the writer, and says so");
      }
    }
    Jar.Run one = first.finish();
    Jar.Run two = second.finish();
    assertEquals(0, one.code(), one.err());
    assertEquals(0, two.code(), two.err());
    assertTrue(one.err().startsWith(WAITING + " to finish writing to " + store), one.err());
    assertEquals("601\n", jar.run("search", TestCorpus.EVERY, "--count").out());
    Jar.Run check = jar.run("check");
    assertEquals(0, check.code(), check.out());
  }

  /**
   * Ctrl-C: the import is interrupted while it waits for the writer, so that the signal lands
   * before its first input whatever the machine's speed; it then stops before that input, commits,
   * says so, and exits with 130.
   */
  @Test
  void ctrlCStopsAnImportWhichSaysWhatItDidAndLeavesTheStoreWhole() throws Exception {
    Path a = TestCorpus.write(tmp.resolve("a"), 50, 6);
    Path store = tmp.resolve("store");
    Jar jar = new Jar(store, tmp);
    assertEquals(
        0,
        jar.run("import", "--quiet", TestCorpus.write(tmp.resolve("c"), 3, 7).toString()).code());
    Jar.Started started;
    try (StoreProbe.Held writer = new StoreProbe(store).hold()) {
      started = jar.start("import", a.toString());
      assertTrue(
          StoreProbe.await(() -> StoreProbe.contains(started.err(), WAITING), started.process()),
          "the import waits for the writer");
      Process kill =
          new ProcessBuilder("kill", "-INT", Long.toString(started.process().pid())).start();
      assertEquals(0, kill.waitFor());
    }
    Jar.Run run = started.finish();
    assertEquals(130, run.code(), run.err());
    assertTrue(
        run.err()
            .endsWith("interrupted: imported 0, updated 0, unchanged 0, duplicates 0, failed 0\n"),
        run.err());
    Jar.Run check = jar.run("check");
    assertEquals(0, check.code(), check.out());
    assertEquals("3\n", jar.run("search", TestCorpus.EVERY, "--count").out());
  }

  /**
   * check takes the lock shared, opened for reading only (so that a read-only store can be
   * checked): a writer's lock still keeps it waiting, so it never sees a write half done.
   */
  @Test
  void checkWaitsForAWriterAndSaysSo() throws Exception {
    Path store = tmp.resolve("store");
    Jar jar = new Jar(store, tmp);
    assertEquals(
        0,
        jar.run("import", "--quiet", TestCorpus.write(tmp.resolve("c"), 3, 8).toString()).code());
    Jar.Started check;
    try (StoreProbe.Held writer = new StoreProbe(store).hold()) {
      check = jar.start("check");
      assertTrue(
          StoreProbe.await(() -> StoreProbe.contains(check.err(), WAITING), check.process()),
          "check waits for the writer, and says so");
    }
    Jar.Run run = check.finish();
    assertEquals(0, run.code(), run.out() + run.err());
    assertEquals("", run.out());
  }

  @Test
  void noWaitFailsAtOnceWhileAnotherCommandWrites() throws Exception {
    Path a = TestCorpus.write(tmp.resolve("a"), 10, 4);
    Path store = tmp.resolve("store");
    Jar jar = new Jar(store, tmp);
    assertEquals(0, jar.run("import", "--quiet", a.toString()).code());
    Path b = TestCorpus.write(tmp.resolve("b"), 10, 5);
    try (StoreProbe.Held writer = new StoreProbe(store).hold()) {
      Jar.Run refused = jar.run("import", "--no-wait", b.toString());
      assertEquals(5, refused.code());
      assertEquals(
          "archive: the store at " + store + " is busy: another archive command is writing to it\n",
          refused.err());
      assertEquals("10\n", jar.run("search", TestCorpus.EVERY, "--count").out(), "readers read");
    }
    assertEquals(0, jar.run("import", "--no-wait", b.toString()).code(), "free again");
    assertEquals("20\n", jar.run("search", TestCorpus.EVERY, "--count").out());
  }

  /**
   * Reads during imports see the archive as it was before an import or as it is after it, never in
   * between. A read counts as during an import when the import held the lock both before the read
   * started and after it ended; imports follow one another until enough reads have been seen during
   * one.
   */
  @Test
  void readersDuringAnImportSeeTheArchiveBeforeOrAfterIt() throws Exception {
    Path store = tmp.resolve("store");
    Jar jar = new Jar(store, tmp);
    StoreProbe probe = new StoreProbe(store);
    int articles = 500;
    assertEquals(
        0, jar.run("import", TestCorpus.write(tmp.resolve("c0"), articles, 10).toString()).code());
    List<String> during = new ArrayList<>();
    for (int round = 1; during.size() < 4; round++) {
      int before = articles;
      int added = 2000;
      Path next = TestCorpus.write(tmp.resolve("c" + round), added, 10 + round);
      Jar.Started writer = jar.start("import", next.toString());
      if (!StoreProbe.await(probe::lockedByAnother, writer.process())) {
        assertEquals(0, writer.finish().code());
        articles += added;
        continue;
      }
      Set<String> allowed = Set.of(Integer.toString(before), Integer.toString(before + added));
      while (writer.process().isAlive()) {
        boolean heldBefore = probe.lockedByAnother();
        Jar.Run count = jar.run("search", TestCorpus.EVERY, "--count");
        // One short line per article: a reader that counts them all stays quick as the store grows.
        Jar.Run list = jar.run("list");
        boolean heldAfter = probe.lockedByAnother();
        assertEquals(0, count.code(), count.err());
        assertEquals(0, list.code(), list.err());
        List<String> seen = List.of(count.out().strip(), Long.toString(list.out().lines().count()));
        for (String n : seen) {
          assertTrue(allowed.contains(n), "a reader saw " + n + " articles, not one of " + allowed);
        }
        if (heldBefore && heldAfter) {
          during.addAll(seen);
        }
      }
      assertEquals(0, writer.finish().code());
      articles += added;
    }
    System.err.println("ConcurrencyIT: counts read during imports: " + during);
  }
}
