package news.archive.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import news.archive.Article;
import news.archive.TestArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleStoreTest {

  @TempDir Path tmp;

  private ArticleStore store;

  @BeforeEach
  void create() throws IOException {
    store = new ArticleStore(tmp.resolve("store"));
    store.create();
  }

  @Test
  void anArticleWrittenIsReadBackShardedByItsIdAndNoTemporaryFileRemains() throws Exception {
    Article a = TestArticles.full();
    Path file = store.write(a);
    assertEquals(tmp.resolve("store/articles/01/0123456789abcdef.json"), file);
    assertEquals(Optional.of(a), store.read(a.id()));
    try (Stream<Path> s = Files.list(file.getParent())) {
      assertEquals(List.of(file), s.toList());
    }
  }

  @Test
  void writingAgainReplacesTheFile() throws Exception {
    Article a = TestArticles.article("0123456789abcdef", "First", null, "one");
    Article b = TestArticles.article("0123456789abcdef", "Second", null, "two");
    store.write(a);
    store.write(b);
    assertEquals("Second", store.read(a.id()).orElseThrow().title());
  }

  @Test
  void readingAnUnknownIdIsEmpty() throws Exception {
    assertEquals(Optional.empty(), store.read("ffffffffffffffff"));
  }

  @Test
  void prefixesFindTheirIds() throws Exception {
    store.write(TestArticles.article("abcd000000000001", "1", null, "x"));
    store.write(TestArticles.article("abcd000000000002", "2", null, "x"));
    store.write(TestArticles.article("abce000000000003", "3", null, "x"));
    assertEquals(List.of("abcd000000000001", "abcd000000000002"), store.idsStartingWith("abcd"));
    assertEquals(List.of("abce000000000003"), store.idsStartingWith("abce"));
    assertEquals(List.of(), store.idsStartingWith("ffff"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "/etc/passwd",
        "%2e%2e",
        "a",
        "ab/cd",
        "0123456789abcdef0",
        "ab\u0000cd",
        "..",
        "ABCG"
      })
  void stringsThatAreNoIdPrefixAreRefusedBeforeAnyPathIsBuilt(String typed) {
    assertThrows(IllegalArgumentException.class, () -> store.idsStartingWith(typed));
    assertThrows(IllegalArgumentException.class, () -> store.read(typed));
  }

  @Test
  void generationStartsAtZeroAndRisesDurably() throws IOException {
    assertEquals(0, store.generation());
    assertEquals(1, store.nextGeneration());
    assertEquals(1, new ArticleStore(tmp.resolve("store")).generation());
  }

  @Test
  void existsOnlyOnceCreated() throws IOException {
    ArticleStore other = new ArticleStore(tmp.resolve("other"));
    assertFalse(other.exists());
    other.create();
    assertTrue(other.exists());
  }

  @Test
  void forEachReadsEveryArticleAndNamesTheBadFiles() throws Exception {
    store.write(TestArticles.article("0000000000000001", "1", null, "x"));
    store.write(TestArticles.article("0000000000000002", "2", null, "x"));
    Path shard = tmp.resolve("store/articles/00");
    Files.writeString(shard.resolve("0000000000000003.json"), "{ broken");
    Files.writeString(shard.resolve("0000000000000004.json.tmp-1234"), "half");
    // A file whose record names another id.
    Files.copy(shard.resolve("0000000000000001.json"), shard.resolve("0000000000000005.json"));

    // Articles come on several threads, in no order; bad files on this thread, in name order.
    List<String> ids = Collections.synchronizedList(new ArrayList<>());
    List<String> bad = new ArrayList<>();
    store.forEach(
        a -> ids.add(a.id()), (file, reason) -> bad.add(file.getFileName() + ": " + reason));
    assertEquals(List.of("0000000000000001", "0000000000000002"), ids.stream().sorted().toList());
    assertEquals(2, bad.size(), bad.toString());
    assertTrue(bad.get(0).startsWith("0000000000000003.json: "), bad.get(0));
    assertEquals(
        "0000000000000005.json: holds article 0000000000000001, not the one its name says",
        bad.get(1));
  }

  @Test
  void deleteRemovesTheFile() throws Exception {
    Article a = TestArticles.full();
    store.write(a);
    Path file = store.delete(a.id());
    assertFalse(Files.exists(file));
    assertEquals(tmp.resolve("store/articles/01/0123456789abcdef.json"), file);
    assertEquals(file, store.delete(a.id()), "deleting what is gone is no error");
    assertEquals(Optional.empty(), store.read(a.id()));
  }

  @Test
  void theLockIsExclusive() throws IOException {
    try (StoreLock held = store.lock()) {
      assertTrue(store.tryLock().isEmpty(), "a second writer does not get the lock");
    }
    Optional<StoreLock> free = store.tryLock();
    assertTrue(free.isPresent());
    free.get().close();
  }

  @Test
  void originalsAreKeptInOnePackPerRunAndReadBackByTheirHash() throws Exception {
    byte[] first =
        "Title\n\nA body long enough to be compressed, compressed.\n"
            .repeat(20)
            .getBytes(StandardCharsets.UTF_8);
    byte[] second = "Other\n\nAnother body.\n".getBytes(StandardCharsets.UTF_8);
    String sha1 = sha(first);
    String sha2 = sha(second);
    store.nextGeneration();
    try (OriginalsWriter w = store.originalsWriter()) {
      w.add(sha1, first);
      w.add(sha2, second);
      w.finish(store.newBatch());
    }
    try (Stream<Path> files = Files.list(tmp.resolve("store/originals"))) {
      assertEquals(
          List.of("1.idx", "1.pack"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertTrue(Files.size(tmp.resolve("store/originals/1.pack")) < first.length / 4, "compressed");
    OriginalsReader kept = store.originals();
    assertTrue(Arrays.equals(first, kept.read(sha1, first.length).orElseThrow()));
    assertTrue(Arrays.equals(second, kept.read(sha2, second.length).orElseThrow()));
    assertEquals(Optional.empty(), kept.read("0".repeat(64), 1));
  }

  @Test
  void damagedPacksAreReportedAndALineCutShortIsSkipped() throws Exception {
    byte[] bytes = "Title\n\nBody.\n".getBytes(StandardCharsets.UTF_8);
    store.nextGeneration();
    try (OriginalsWriter w = store.originalsWriter()) {
      w.add(sha(bytes), bytes);
      w.finish(store.newBatch());
    }
    Path idx = tmp.resolve("store/originals/1.idx");
    Files.writeString(
        idx,
        Files.readString(idx) + "0123456789abcdef0123 4",
        StandardOpenOption.TRUNCATE_EXISTING);
    Path pack = tmp.resolve("store/originals/1.pack");
    byte[] packed = Files.readAllBytes(pack);
    packed[packed.length - 5] ^= 0x55;
    Files.write(pack, packed);
    ArticleStore.BadFileException e =
        assertThrows(
            ArticleStore.BadFileException.class,
            () -> store.originals().read(sha(bytes), bytes.length));
    assertEquals(pack, e.file());
    Files.write(pack, Arrays.copyOf(packed, 3));
    e =
        assertThrows(
            ArticleStore.BadFileException.class,
            () -> store.originals().read(sha(bytes), bytes.length));
    assertEquals("damaged: it is cut short", e.getMessage());
  }

  @Test
  void aDamagedIndexLineOrAPackMemberThatExpandsTooFarCannotExhaustTheHeap() throws Exception {
    byte[] bytes = "Title\n\nBody.\n".getBytes(StandardCharsets.UTF_8);
    String sha = sha(bytes);
    store.nextGeneration();
    try (OriginalsWriter w = store.originalsWriter()) {
      // a member of a megabyte of zeros (a few kilobytes packed) under the hash of a 20,000-byte
      // text: no more than 20,001 bytes are expanded to find that it is not that text
      w.add(sha, new byte[1 << 20]);
      w.finish(store.newBatch());
    }
    assertTrue(Files.size(tmp.resolve("store/originals/1.pack")) < 20_000, "small enough to read");
    ArticleStore.BadFileException e =
        assertThrows(
            ArticleStore.BadFileException.class, () -> store.originals().read(sha, 20_000));
    assertEquals("damaged: its bytes are not those it names", e.getMessage());

    Path idx = tmp.resolve("store/originals/1.idx");
    Files.writeString(idx, sha + " 0 999999999\n");
    e = assertThrows(ArticleStore.BadFileException.class, () -> store.originals().read(sha, 14));
    assertEquals("damaged: its index says too much", e.getMessage());
    Files.writeString(idx, sha + " 999999999999 100\n");
    e = assertThrows(ArticleStore.BadFileException.class, () -> store.originals().read(sha, 14));
    assertEquals("damaged: it is cut short", e.getMessage());
  }

  @Test
  void aPackMemberThatWouldExpandBeyondAnyArrayIsReadOnlyAsFarAsItsSize() throws Exception {
    // A gzip member of 2.2 GB of zeros: expanded whole it fits no Java array.
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 2200; i++) {
        gzip.write(zeros);
      }
    }
    String sha = "ab".repeat(32);
    Path folder = Files.createDirectories(tmp.resolve("store/originals"));
    Files.write(folder.resolve("1.pack"), packed.toByteArray());
    Files.writeString(folder.resolve("1.idx"), sha + " 0 " + packed.size() + "\n");
    long size = packed.size();
    ArticleStore.BadFileException e =
        assertThrows(ArticleStore.BadFileException.class, () -> store.originals().read(sha, size));
    assertEquals("damaged: its bytes are not those it names", e.getMessage());
  }

  private static String sha(byte[] bytes) {
    return Article.Source.of("a.txt", "/a.txt", bytes).sha256();
  }

  @Test
  void anAliasFindsTheIdAnArticleHasNow() throws Exception {
    store.writeAlias("0123456789abcdef", "fedcba9876543210");
    store.writeAlias("0123ffffffffffff", "fedcba9876543210");
    assertEquals(List.of("fedcba9876543210"), store.aliasedIdsStartingWith("0123"));
    assertEquals(List.of(), store.aliasedIdsStartingWith("0124"));
    assertThrows(
        IllegalArgumentException.class, () -> store.writeAlias("../x", "fedcba9876543210"));
  }
}
