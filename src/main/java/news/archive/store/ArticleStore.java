package news.archive.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import news.archive.Article;
import news.archive.json.Json;

/**
 * The folder of JSON files that is the archive's source of truth.
 *
 * <p>Layout: {@code articles/ab/abcdef0123456789.json}, one pretty-printed file per article,
 * sharded by the first two characters of the id; {@code originals/GENERATION.pack} and {@code
 * .idx}, the input bytes each article was parsed from, compressed, one pack per run, found by their
 * hash (see {@link OriginalsWriter}), so that a newer parser can read them again; {@code
 * aliases/ab/abcdef0123456789}, an id an article had before, holding the id it has now; {@code
 * removed/ab/abcdef0123456789}, an article the user removed, which an import of its text skips;
 * {@code generation}, a counter raised before every change, which the search index records with
 * each commit so that anyone can tell cheaply whether the index is in step with the files; {@code
 * index/}, the search index; {@code lock}, held by the one process allowed to write.
 *
 * <p>Files are written to a temporary name and renamed into place, so no reader ever sees half a
 * file. {@link #sync} makes a batch of writes durable.
 */
public final class ArticleStore {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
  private static final String TEMP_MARK = ".tmp-";

  private final Path root;
  private final Path articles;
  private final Path originals;
  private final Path aliases;
  private final Path removed;

  /** Shard folders known to exist: one check per folder, not per article. */
  private final Set<Path> shards = ConcurrentHashMap.newKeySet();

  public ArticleStore(Path root) {
    this.root = root;
    this.articles = root.resolve("articles");
    this.originals = root.resolve("originals");
    this.aliases = root.resolve("aliases");
    this.removed = root.resolve("removed");
  }

  public Path root() {
    return root;
  }

  /** Where the search index lives, beside the files it is built from. */
  public Path indexDir() {
    return root.resolve("index");
  }

  /** True once an import has created the store here. */
  public boolean exists() {
    return Files.isRegularFile(root.resolve("generation"));
  }

  /** What a store folder holds; a folder that holds anything else is not a store. */
  private static final Set<String> OWN_NAMES =
      Set.of(
          "articles",
          "originals",
          "aliases",
          "removed",
          "index",
          "lock",
          "quarantine",
          "generation");

  /**
   * Why this folder must not become a store, or empty when it may: it is missing, empty, a store
   * already, or holds only what a store begun and cut short holds.
   */
  public Optional<String> whyNotAStore() throws IOException {
    if (exists() || !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isDirectory(root)) {
      // creating it fails, and says why
      return Optional.empty();
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path e : entries) {
        String name = e.getFileName().toString();
        if (!OWN_NAMES.contains(name)) {
          return Optional.of(
              "it holds other files (such as '" + name + "'): it is neither empty nor a store");
        }
      }
    }
    return Optional.empty();
  }

  /** Creates the folders and the generation counter, if they are missing. */
  public void create() throws IOException {
    Files.createDirectories(articles);
    if (!exists()) {
      writeAtomically(root.resolve("generation"), "0\n".getBytes(StandardCharsets.US_ASCII));
    }
  }

  /** The generation counter: raised before each change to the files. */
  public long generation() throws IOException {
    String text = Files.readString(root.resolve("generation"), StandardCharsets.US_ASCII).strip();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IOException("damaged generation file " + root.resolve("generation") + ": " + text);
    }
  }

  /** Raises the generation counter, durably, and returns the new value. */
  public long nextGeneration() throws IOException {
    long next = generation() + 1;
    Path file = root.resolve("generation");
    writeAtomically(file, (next + "\n").getBytes(StandardCharsets.US_ASCII));
    sync(List.of(file));
    return next;
  }

  /** Takes the store's write lock: blocks until no other process writes. */
  public StoreLock lock() throws IOException {
    return StoreLock.acquire(root.resolve("lock"), true);
  }

  /** Takes the write lock if it is free, or returns empty at once. */
  public Optional<StoreLock> tryLock() throws IOException {
    return Optional.ofNullable(StoreLock.acquire(root.resolve("lock"), false));
  }

  /**
   * Takes the store's lock shared, for a command that reads every file and must not see a write
   * half done: waits for a writer, and makes writers wait, but not other readers; works on a store
   * the user may not write. Empty when not {@code wait}ing and a writer holds it.
   */
  public Optional<StoreLock> readLock(boolean wait) throws IOException {
    return Optional.ofNullable(StoreLock.acquireShared(root.resolve("lock"), wait));
  }

  /** The file of an article; {@code id} must pass {@link Article#isId}. */
  Path file(String id) {
    if (!Article.isId(id)) {
      throw new IllegalArgumentException("not an article id: " + id);
    }
    return articles.resolve(id.substring(0, 2)).resolve(id + ".json");
  }

  /** Reads an article, or empty when there is none with this id. */
  public Optional<Article> read(String id) throws IOException, BadFileException {
    Path file = file(id);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    return Optional.of(parse(file, bytes));
  }

  /**
   * Reads an article record that is not (yet) a file of the store, such as a line of a backup.
   *
   * @throws IllegalArgumentException when the bytes are not an article record; the message says
   *     what is wrong
   */
  public static Article parseRecord(byte[] bytes) {
    return Json.readArticle(bytes);
  }

  /**
   * Whether a line means to be an article record (a JSON object with an id), good or bad: a file
   * whose first line does not is no backup of records.
   */
  public static boolean looksLikeRecord(String line) {
    return Json.isObjectWithId(line);
  }

  /**
   * Whether the article's file is written in this version's layout (see {@link Json#LAYOUT}); false
   * for a file an older version wrote, or none.
   */
  public boolean hasCurrentLayout(String id) throws IOException {
    try {
      return Json.layout(Files.readAllBytes(file(id))) == Json.LAYOUT;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Whether an article with this id is stored; {@code id} must pass {@link Article#isId}. */
  public boolean contains(String id) {
    return Files.exists(file(id));
  }

  /**
   * Ids of the stored articles that start with {@code prefix}: at least two lower-case hex digits,
   * the shard's name.
   */
  public List<String> idsStartingWith(String prefix) throws IOException {
    List<String> ids = new ArrayList<>();
    for (Path f : shardFiles(articles, prefix, ".json")) {
      String name = f.getFileName().toString();
      ids.add(name.substring(0, name.length() - ".json".length()));
    }
    return ids;
  }

  /**
   * The files of {@code prefix}'s shard in {@code folder} whose names, less {@code suffix}, are ids
   * that start with it, in name order.
   */
  private static List<Path> shardFiles(Path folder, String prefix, String suffix)
      throws IOException {
    checkPrefix(prefix);
    Path shard = folder.resolve(prefix.substring(0, 2));
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, prefix + "*" + suffix)) {
      for (Path f : files) {
        String name = f.getFileName().toString();
        if (Article.isId(name.substring(0, name.length() - suffix.length()))) {
          found.add(f);
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  private static void checkPrefix(String prefix) {
    if (prefix.length() < 2
        || prefix.length() > Article.ID_LENGTH
        || !HEX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("not an id prefix: " + prefix);
    }
  }

  /**
   * Writes an article's file: to a temporary file first, then renamed over the old one, so a crash
   * leaves either the old file or the new one. Returns the file, for {@link #sync}.
   */
  public Path write(Article article) throws IOException {
    Path file = file(article.id());
    ensureShard(file.getParent());
    writeAtomically(file, Json.articleBytes(article));
    return file;
  }

  /**
   * Where this run keeps the input bytes of the articles it stores: a pack of its own, named by the
   * store's generation, which the run has raised.
   */
  public OriginalsWriter originalsWriter() throws IOException {
    return new OriginalsWriter(originals, generation());
  }

  /** The kept input bytes of every run so far, found by their hash. */
  public OriginalsReader originals() throws IOException {
    return new OriginalsReader(originals);
  }

  /**
   * Records that {@code oldId} is now {@code newId}: a later look-up of the old id finds the
   * article. Returns the file, for {@link #sync}.
   */
  public Path writeAlias(String oldId, String newId) throws IOException {
    if (!Article.isId(oldId) || !Article.isId(newId)) {
      throw new IllegalArgumentException("not article ids: " + oldId + ", " + newId);
    }
    Path file = aliases.resolve(oldId.substring(0, 2)).resolve(oldId);
    ensureShard(file.getParent());
    writeAtomically(file, (newId + "\n").getBytes(StandardCharsets.US_ASCII));
    return file;
  }

  /**
   * The ids that older ids starting with {@code prefix} stand for now, each once, sorted; see
   * {@link #idsStartingWith} for the prefix.
   */
  public List<String> aliasedIdsStartingWith(String prefix) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (Path f : shardFiles(aliases, prefix, "")) {
      String id = Files.readString(f, StandardCharsets.US_ASCII).strip();
      if (Article.isId(id)) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  private void ensureShard(Path shard) throws IOException {
    if (!shards.contains(shard)) {
      Files.createDirectories(shard);
      shards.add(shard);
    }
  }

  /**
   * Records that the article with this id was removed, so that importing its text again skips it;
   * {@code title} is kept beside, for whoever reads the folder. Returns the file, for {@link
   * #sync}.
   */
  public Path markRemoved(String id, String title, Instant when) throws IOException {
    Path file = removedFile(id);
    ensureShard(file.getParent());
    String line = when + "\t" + title.replaceAll("\\s+", " ") + "\n";
    writeAtomically(file, line.getBytes(StandardCharsets.UTF_8));
    return file;
  }

  /** Whether the article with this id was removed (and not imported again by force since). */
  public boolean isRemoved(String id) {
    return Files.exists(removedFile(id));
  }

  /** Forgets that the article with this id was removed; returns the file, for {@link #sync}. */
  public Path unmarkRemoved(String id) throws IOException {
    Path file = removedFile(id);
    Files.deleteIfExists(file);
    return file;
  }

  private Path removedFile(String id) {
    if (!Article.isId(id)) {
      throw new IllegalArgumentException("not an article id: " + id);
    }
    return removed.resolve(id.substring(0, 2)).resolve(id);
  }

  /**
   * Erases the kept input bytes with these hashes, for good; returns the files changed, for {@link
   * #sync}.
   */
  public List<Path> eraseOriginals(Set<String> sha256s) throws IOException {
    return OriginalsEraser.erase(originals, sha256s, ArticleStore::writeAtomically);
  }

  /** Writes a whole file so that no reader sees half of it. */
  @FunctionalInterface
  interface AtomicWrite {
    void accept(Path file, byte[] bytes) throws IOException;
  }

  /** The bytes the store's files take, found from their sizes: no file is opened. */
  public long diskBytes() throws IOException {
    long[] total = {0};
    Files.walkFileTree(
        root,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            total[0] += attrs.size();
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
            // a file removed while it is counted takes no room
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    return total[0];
  }

  /** Removes an article's file, if there is one; returns the file, for {@link #sync}. */
  public Path delete(String id) throws IOException {
    Path file = file(id);
    Files.deleteIfExists(file);
    return file;
  }

  /**
   * Flushes files and the folders that hold them to the disk: after this returns, a power loss
   * keeps them. Files already deleted are skipped; their folders are still flushed.
   */
  public void sync(Collection<Path> files) throws IOException {
    WriteBatch batch = newBatch();
    for (Path f : files) {
      batch.add(f);
    }
    batch.sync();
  }

  /** A batch of writes to make durable together, as many as an import makes. */
  public WriteBatch newBatch() {
    return new WriteBatch(root);
  }

  /**
   * Every stored article, for rebuilding the index, handed to {@code each} on several threads at
   * once (it must be safe for that): a record edited by hand is taken as it is; a file that cannot
   * be read, is not an article, or holds another article than its name says is handed to {@code
   * bad} with the reason, on the calling thread, and the walk goes on.
   *
   * <p>The caller holds the write lock, so no write is under way: the temporary files the walk
   * meets are those of writes that did not finish, and are removed. Returns how many.
   */
  public int forEach(ArticleAction each, BiConsumer<Path, String> bad) throws IOException {
    int[] removed = {0};
    new StoreWalk(root, articles, TEMP_MARK)
        .run(
            new Inspector() {
              @Override
              public void article(Path file, Article article) {}

              @Override
              public void damaged(Path file, String reason) {
                bad.accept(file, reason);
              }

              @Override
              public void misnamed(Path file, Article article) {
                bad.accept(file, misnamedReason(article));
              }

              @Override
              public void temporary(Path file) throws IOException {
                if (Files.deleteIfExists(file)) {
                  removed[0]++;
                }
              }
            },
            each);
    return removed[0];
  }

  /**
   * With the write lock held: removes the temporary files of writes that did not finish from the
   * store's own folder and {@code originals/}, which hold a few files each (two per import), and
   * returns how many. The shard folders, which hold every article, are left to {@link #forEach}:
   * every write there comes after a writer raised the generation and before it commits the index,
   * so a writer that died there leaves the index out of step, and the rebuild that follows walks
   * them anyway.
   */
  public int removeTemporaries() throws IOException {
    int removed = 0;
    for (Path folder : List.of(root, originals)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + TEMP_MARK + "*")) {
        for (Path f : files) {
          if (Files.deleteIfExists(f)) {
            removed++;
          }
        }
      } catch (NoSuchFileException e) {
        // no originals yet
      }
    }
    return removed;
  }

  /** Why a record is not in its right file. */
  public static String misnamedReason(Article article) {
    return "holds article " + article.id() + ", not the one its name says";
  }

  /** What {@link #inspect} finds, file by file. Only {@link #article} is required. */
  public interface Inspector {
    /** A good record: its name, its id and its content agree. */
    void article(Path file, Article article) throws IOException;

    /** A record whose text no longer gives its id: edited by hand. */
    default void edited(Path file, Article article) throws IOException {}

    /** A record whose id is not the one its file name says. */
    default void misnamed(Path file, Article article) throws IOException {}

    /** A file that cannot be read, or is not an article record. */
    default void damaged(Path file, String reason) throws IOException {}

    /** A temporary file left by a write that did not finish. */
    default void temporary(Path file) throws IOException {}

    /** Anything else in the articles folder. */
    default void unexpected(Path file) throws IOException {}
  }

  /**
   * Walks every file of the store, in name order (so articles come in id order), and says what each
   * one is, on the calling thread; the files are read and parsed ahead on several threads.
   */
  public void inspect(Inspector inspector) throws IOException {
    new StoreWalk(root, articles, TEMP_MARK).run(inspector, null);
  }

  /**
   * Moves a file into the store's {@code quarantine/} folder, never deleting it; returns where it
   * went.
   */
  public Path quarantine(Path file) throws IOException {
    Path folder = root.resolve("quarantine");
    Files.createDirectories(folder);
    String name = root.relativize(file).toString().replace('/', '_');
    Path target = folder.resolve(name);
    for (int n = 1; Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
      target = folder.resolve(name + "." + n);
    }
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  private static Article parse(Path file, byte[] bytes) throws BadFileException {
    Article article;
    try {
      article = Json.readArticle(bytes);
    } catch (IllegalArgumentException e) {
      throw new BadFileException(file, e.getMessage());
    }
    String expected = article.id() + ".json";
    if (!file.getFileName().toString().equals(expected)) {
      throw new BadFileException(file, misnamedReason(article));
    }
    return article;
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path temp =
        file.resolveSibling(
            file.getFileName()
                + TEMP_MARK
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      // The temporary file is in the same folder, where a rename is atomic.
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** What to do with each article of {@link #forEach}; an I/O error ends the walk. */
  @FunctionalInterface
  public interface ArticleAction {
    void accept(Article article) throws IOException;
  }

  /** An article file that is not a valid article record. */
  public static final class BadFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    BadFileException(Path file, String reason) {
      super(reason);
      this.file = file;
    }

    public Path file() {
      return file;
    }
  }
}
