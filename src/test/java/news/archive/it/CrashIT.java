package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import news.archive.Jar;
import news.archive.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports killed with SIGKILL at random moments, many times: after each kill the store checks sound
 * once repaired, and running the same import again finishes the job without duplicates.
 */
class CrashIT {

  private static final int ARTICLES = 3000;
  private static final int KILLS_PER_STORE = 3;
  private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(80);

  @TempDir Path tmp;

  @Test
  void importsKilledAtRandomMomentsLoseNothingAndDuplicateNothing() throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"), ARTICLES, 7);
    Random random = new Random(20261121);
    // How long a whole import takes here, so that the kills land inside one.
    long start = System.nanoTime();
    Jar.Run whole =
        new Jar(tmp.resolve("store-0"), tmp).run("import", "--quiet", corpus.toString());
    assertEquals(0, whole.code(), whole.err());
    int span =
        (int) Math.max(200, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) * 9 / 10);

    long deadline = System.nanoTime() + BUDGET_NANOS;
    int kills = 0;
    int imports = 0;
    int stores = 0;
    while (System.nanoTime() < deadline) {
      Jar jar = new Jar(tmp.resolve("store-" + ++stores), tmp);
      // A few kills on the same store: during a first import, then during the ones that resume it.
      for (int attempt = 0; attempt < KILLS_PER_STORE && System.nanoTime() < deadline; attempt++) {
        imports++;
        Jar.Started started = jar.start("import", "--quiet", corpus.toString());
        if (started.process().waitFor(20 + random.nextInt(span), TimeUnit.MILLISECONDS)) {
          assertEquals(0, started.process().exitValue(), "an import that is not killed succeeds");
          break;
        }
        started.process().destroyForcibly().waitFor();
        kills++;
        afterKill(jar);
      }
      // Running the same import again finishes the job: every article once.
      Jar.Run again = jar.run("import", "--quiet", corpus.toString());
      assertEquals(0, again.code(), again.err());
      Jar.Run count = jar.run("search", TestCorpus.EVERY, "--count");
      assertEquals(ARTICLES + "\n", count.out(), "nothing lost, nothing twice");
    }
    System.err.printf(
        "CrashIT: %d kills survived in %d imports on %d stores%n", kills, imports, stores);
    assertTrue(kills >= 10, "enough kills to mean something: " + kills);
  }

  /** After a kill: what is there is whole, once leftovers are cleared; nothing half-written. */
  private static void afterKill(Jar jar) throws Exception {
    Jar.Run repair = jar.run("check", "--repair");
    if (repair.err().contains("no archive at")) {
      return; // killed before the store was created
    }
    assertEquals(0, repair.code(), repair.out() + repair.err());
    Jar.Run check = jar.run("check");
    assertEquals(0, check.code(), "sound once repaired: " + check.out() + check.err());
    for (String line : repair.out().lines().toList()) {
      // A kill may leave temporary files and an index behind the files, never a broken record.
      assertFalse(
          line.contains("not an article")
              || line.contains("edited")
              || line.contains("holds article"),
          line);
    }
  }
}
