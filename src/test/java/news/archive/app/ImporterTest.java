package news.archive.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import news.archive.Article;
import news.archive.parse.ArticleParser;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The import pipeline itself: its windows, its bounds, and how it fails. */
class ImporterTest {

  @TempDir Path tmp;

  private final List<String> notices = new ArrayList<>();
  private final ArticleParser parser = new ArticleParser();

  /** Where this test's inputs and store are: a folder of the temporary one. */
  private Path base;

  private Path base() {
    return base == null ? tmp : base;
  }

  private Path store() {
    return base().resolve("store");
  }

  private Archive archive() {
    return Imports.archive(store(), notices);
  }

  private static String article(int n, String extra) {
    return "Headline number "
        + n
        + "\n\nThe body of article "
        + n
        + " says something."
        + extra
        + "\n";
  }

  private Path write(String name, String text) throws IOException {
    Path file = base().resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private ImportReport run(Importer.Limits limits, Imports.Recorder listener) {
    return archive()
        .importInputs(
            Imports.request(true, base().resolve("in").toString()),
            listener,
            parser::parse,
            limits);
  }

  private static Importer.Limits window(int window) {
    return new Importer.Limits(2, 64, 32L << 20, 16 << 10, window);
  }

  private List<String> storedIds() throws IOException {
    try (Stream<Path> files = Files.walk(store().resolve("articles"))) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /**
   * The report, with every article stored with a new text counted as too short to compare: the test
   * articles are one line each.
   */
  private static ImportReport tooShort(ImportReport r) {
    return new ImportReport(
        r.imported(),
        r.updated(),
        r.unchanged(),
        r.duplicates(),
        r.failed(),
        r.undated(),
        r.removed(),
        r.interrupted(),
        r.nearDuplicates(),
        r.imported() + r.updated(),
        ImportReport.Additions.NONE);
  }

  /**
   * Duplicates of bytes and of text, and an edited file, far apart in the input: judged the same
   * whether the run remembers everything or forgets after every two articles.
   */
  @Test
  void windowsChangeNothingThatIsJudged() throws IOException {
    for (int window : new int[] {2, Importer.Limits.DEFAULT.window()}) {
      base = tmp.resolve("window-" + window);
      write("a00.txt", article(0, ""));
      for (int i = 1; i <= 9; i++) {
        write("a0" + i + ".txt", article(i, ""));
      }
      write("b-same-bytes.txt", article(0, ""));
      write("c-same-text.txt", article(1, "").replace("\n", "\r\n"));
      Imports.Recorder recorder = new Imports.Recorder();
      ImportReport first = run(window(window), recorder);
      assertEquals(tooShort(new ImportReport(10, 0, 0, 2, 0, 10)), first, "window " + window);

      write("a05.txt", article(5, " Edited."));
      write("d-new.txt", article(10, ""));
      ImportReport again = run(window(window), new Imports.Recorder());
      assertEquals(tooShort(new ImportReport(1, 1, 9, 2, 0, 2)), again, "window " + window);
      assertEquals(11, storedIds().size(), "window " + window);
      try (Reader r = archive().reader()) {
        assertEquals(11, r.size());
      }
      assertEquals(List.of(), notices, "the index is in step after each import");
    }
  }

  @Test
  void aStoppedImportKeepsWhatItStoredAndCommitsIt() throws IOException {
    for (int i = 0; i < 20; i++) {
      write(String.format("a%02d.txt", i), article(i, ""));
    }
    Imports.Recorder stopsAfterFive =
        new Imports.Recorder() {
          @Override
          public boolean stopped() {
            return judged >= 5;
          }
        };
    ImportReport report = run(window(2), stopsAfterFive);
    assertEquals(
        new ImportReport(5, 0, 0, 0, 0, 5, 0, true, 0, 5, ImportReport.Additions.NONE), report);
    assertEquals(5, storedIds().size());
    try (Reader r = archive().reader()) {
      assertEquals(5, r.size(), "indexed and committed: no rebuild needed");
    }
    assertTrue(archive().check(false, line -> {}), "the store is whole");
    ImportReport rest = run(window(2), new Imports.Recorder());
    assertEquals(tooShort(new ImportReport(15, 0, 5, 0, 0, 15)), rest);
  }

  @Test
  void aListenerThatShowsProgressIsToldTheTotalFromTheFirstInput() throws IOException {
    for (int i = 0; i < 12; i++) {
      write(String.format("d%02d/a.txt", i), article(i, ""));
    }
    List<Integer> totals = new ArrayList<>();
    List<Integer> counted = new ArrayList<>();
    Imports.Recorder shows =
        new Imports.Recorder() {
          @Override
          public boolean showsProgress() {
            return true;
          }

          @Override
          public void counting(int found) {
            counted.add(found);
          }

          @Override
          public void progress(int done, int total) {
            totals.add(total);
          }
        };
    // one input read ahead at a time: the walk of the folders is far from its end at the first
    run(new Importer.Limits(1, 1, 1, 16 << 10, 20_000), shows);
    assertEquals(12, totals.size());
    assertEquals(
        List.of(12), List.copyOf(new java.util.LinkedHashSet<>(totals)), totals.toString());
    assertEquals(12, counted.get(counted.size() - 1), "the count as it is found");

    List<Integer> quiet = new ArrayList<>();
    write("d99/a.txt", article(99, ""));
    run(
        new Importer.Limits(1, 1, 1, 16 << 10, 20_000),
        new Imports.Recorder() {
          @Override
          public void progress(int done, int total) {
            quiet.add(total);
          }
        });
    assertEquals(-1, quiet.get(0), "a listener that shows nothing is not worth a count");
  }

  @Test
  void aWindowEndingBetweenAnEditAndItsRepeatKeepsOneArticle() throws IOException {
    for (int i = 0; i < 6; i++) {
      write("a" + i + ".txt", article(i, ""));
    }
    run(window(1), new Imports.Recorder());
    write("a2.txt", article(2, " Edited."));
    write("z-copy-of-old.txt", article(2, ""));
    ImportReport report = run(window(1), new Imports.Recorder());
    // The old text of a2 left with the edit and came back from another file, in later windows.
    assertEquals(tooShort(new ImportReport(1, 1, 5, 0, 0, 2)), report);
    assertEquals(7, storedIds().size());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
  void readAheadIsBoundedByBytes() throws Exception {
    int inputs = 40;
    for (int i = 0; i < inputs; i++) {
      String text = article(i, "");
      // every input 999 bytes, so that each counts 1,000 against the read-ahead
      write(String.format("%02d.txt", i), text + "x".repeat(998 - text.length()) + "\n");
    }
    int bound = 5;
    Importer.Limits limits = new Importer.Limits(2, 1000, bound * 1000L, 16 << 10, 20_000);
    CountDownLatch othersParsed = new CountDownLatch(bound - 1);
    AtomicInteger parsed = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    Imports.Recorder recorder = new Imports.Recorder();
    Importer.Parser watching =
        (bytes, source, at) -> {
          int ahead = parsed.incrementAndGet() - recorder.judged;
          maxAhead.accumulateAndGet(ahead, Math::max);
          if (source.path().endsWith("/00.txt")) {
            // The first input is judged only once the others that may be read ahead are read.
            try {
              othersParsed.await();
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
          } else {
            othersParsed.countDown();
          }
          return parser.parse(bytes, source, at);
        };
    ImportReport report =
        archive()
            .importInputs(
                Imports.request(true, base().resolve("in").toString()), recorder, watching, limits);
    assertEquals(inputs, report.imported());
    assertEquals(bound, maxAhead.get(), "inputs read ahead of the one judged");
  }

  @Test
  void anErrorInAWorkerFailsTheImportAndNothingIsCommitted() throws IOException {
    for (int i = 0; i < 30; i++) {
      write(String.format("%02d.txt", i), article(i, ""));
    }
    Importer.Parser failing =
        (bytes, source, at) -> {
          if (source.path().endsWith("/17.txt")) {
            throw new OutOfMemoryError("simulated");
          }
          return parser.parse(bytes, source, at);
        };
    OutOfMemoryError e =
        assertThrows(
            OutOfMemoryError.class,
            () ->
                archive()
                    .importInputs(
                        Imports.request(true, base().resolve("in").toString()),
                        new Imports.Recorder(),
                        failing,
                        window(4)));
    assertEquals("simulated", e.getMessage());
    assertLockFree();
    int written = storedIds().size();
    try (Reader r = archive().reader()) {
      // Nothing was committed: the reader rebuilds the index from the files written, all whole.
      assertEquals(written, r.size());
    }
    assertEquals(1, notices.size(), notices.toString());
    ImportReport again = run(window(4), new Imports.Recorder());
    assertEquals(written, again.unchanged());
    assertEquals(30 - written, again.imported());
  }

  @Test
  void aFileThatCannotBeWrittenFailsTheImport() throws Exception {
    write("00.txt", article(0, ""));
    run(window(4), new Imports.Recorder());
    Path in = write("01.txt", article(1, ""));
    byte[] bytes = Files.readAllBytes(in);
    Article next =
        parser.parse(bytes, Article.Source.of("01.txt", null, bytes), Imports.NOW).article();
    // Its shard folder is taken by a file.
    Path shard = store().resolve("articles").resolve(next.id().substring(0, 2));
    assertFalse(Files.isDirectory(shard), "the two articles are in two shards");
    Files.writeString(shard, "in the way");
    StoreException e =
        assertThrows(StoreException.class, () -> run(window(4), new Imports.Recorder()));
    assertTrue(e.getMessage().contains(shard.toString()), e.getMessage());
    assertLockFree();
    Files.delete(shard);
    ImportReport report = run(window(4), new Imports.Recorder());
    assertEquals(1, report.imported());
    assertEquals(1, report.unchanged());
  }

  private void assertLockFree() throws IOException {
    Optional<StoreLock> lock = new ArticleStore(store()).tryLock();
    assertTrue(lock.isPresent(), "the lock is released once the import has failed");
    lock.get().close();
  }
}
