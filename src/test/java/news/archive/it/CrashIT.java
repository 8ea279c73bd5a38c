package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.archive.Jar;
import news.archive.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports killed with SIGKILL at random moments, many times over several stores: after each kill
 * the store checks sound once repaired, and running the same import again finishes the job without
 * duplicates.
 *
 * <p>The test counts kills, not time: it goes on until it has made {@link #KILLS} of them, each at
 * a random moment after the import has raised the store's generation (it holds the lock and is
 * about to write). A slow machine makes the test longer, never wrong.
 */
class CrashIT {

  private static final int ARTICLES = 1500;
  private static final int KILLS = 20;
  private static final int KILLS_PER_STORE = 3;

  /** The first bound on how long after the start of writing a kill comes. */
  private static final long FIRST_CEILING_MICROS = TimeUnit.SECONDS.toMicros(4);

  @TempDir Path tmp;

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
  void importsKilledAtRandomMomentsLoseNothingAndDuplicateNothing() throws Exception {
    Path corpus = TestCorpus.write(tmp.resolve("corpus"), ARTICLES, 7);
    Random random = new Random(20261122);
    long ceiling = FIRST_CEILING_MICROS;
    int kills = 0;
    int imports = 0;
    int stores = 0;
    int midWrite = 0;
    while (kills < KILLS) {
      Path store = tmp.resolve("store-" + ++stores);
      Jar jar = new Jar(store, tmp);
      StoreProbe probe = new StoreProbe(store);
      // A few kills on the same store: during a first import, then during the ones that resume it.
      for (int attempt = 0; attempt < KILLS_PER_STORE && kills < KILLS; attempt++) {
        imports++;
        long before = probe.generation();
        Jar.Started started = jar.start("import", "--quiet", corpus.toString());
        Process process = started.process();
        boolean writing = StoreProbe.await(() -> probe.generation() > before, process);
        long delay = (long) (random.nextDouble() * ceiling);
        if (!writing || process.waitFor(delay, TimeUnit.MICROSECONDS)) {
          // It finished first: no kill, and a closer bound on where the next one may land.
          assertEquals(0, started.finish().code(), "an import that is not killed succeeds");
          ceiling = Math.max(1000, ceiling * 3 / 4);
          break;
        }
        process.destroyForcibly().waitFor();
        kills++;
        afterKill(jar);
        if (records(store) < ARTICLES) {
          midWrite++;
        }
      }
      // Running the same import again finishes the job: every article once.
      Jar.Run again = jar.run("import", "--quiet", corpus.toString());
      assertEquals(0, again.code(), again.err());
      Jar.Run count = jar.run("search", TestCorpus.EVERY, "--count");
      assertEquals(ARTICLES + "\n", count.out(), "nothing lost, nothing twice");
    }
    System.err.printf(
        "CrashIT: %d kills survived in %d imports on %d stores, %d of them before every article"
            + " was stored%n",
        kills, imports, stores, midWrite);
    assertTrue(
        midWrite > 0, "every kill came once the articles were all stored: they tested nothing");
  }

  /** How many article records the store holds. */
  private static long records(Path store) throws IOException {
    try (Stream<Path> files = Files.walk(store.resolve("articles"))) {
      return files.filter(f -> f.toString().endsWith(".json")).count();
    } catch (NoSuchFileException e) {
      return 0;
    }
  }

  /** After a kill: what is there is whole, once leftovers are cleared; nothing half-written. */
  private static void afterKill(Jar jar) throws Exception {
    Jar.Run repair = jar.run("check", "--repair");
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
