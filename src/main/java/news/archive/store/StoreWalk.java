package news.archive.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.archive.Article;
import news.archive.ContentId;
import news.archive.io.Problems;
import news.archive.io.ReadAhead;
import news.archive.io.Workers;
import news.archive.json.Json;

/**
 * One walk over every file of the store, in name order: what each file is goes to an {@link
 * ArticleStore.Inspector} on the calling thread, in that order, while the files are read, parsed
 * and verified ahead on worker threads (a check or a rebuild of a million articles is mostly that
 * work). A bounded number of files, and of their bytes, is read ahead.
 *
 * <p>The temporary files of writes that did not finish come first, from every folder the store
 * writes them into (its own, {@code originals/}, the shards of {@code aliases/} and {@code
 * removed/}), found by their names alone; those among the articles come in their turn.
 */
final class StoreWalk {
  private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
  private static final int AHEAD = 256;

  private static final long AHEAD_BYTES = 64L << 20;

  private enum Kind {
    ARTICLE,
    EDITED,
    MISNAMED,
    DAMAGED,
    TEMPORARY,
    UNEXPECTED
  }

  /** What one file is. */
  private record Finding(Kind kind, Path file, Article article, String reason) {
    static Finding of(Kind kind, Path file) {
      return new Finding(kind, file, null, null);
    }
  }

  private final Path root;
  private final Path articles;
  private final String tempMark;

  StoreWalk(Path root, Path articles, String tempMark) {
    this.root = root;
    this.articles = articles;
    this.tempMark = tempMark;
  }

  /**
   * Walks the store. {@code onWorker}, when given, receives every readable article (good or edited)
   * on the worker thread that read it, in no particular order.
   */
  void run(ArticleStore.Inspector inspector, ArticleStore.ArticleAction onWorker)
      throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ThreadPoolExecutor pool = Workers.daemons(threads, "store-walk");
    try (ReadAhead<Finding> ahead = new ReadAhead<>(pool, AHEAD, AHEAD_BYTES, "interrupted")) {
      for (Path file : temporaries(root)) {
        inspector.temporary(file);
      }
      for (Path file : temporaries(root.resolve("originals"))) {
        inspector.temporary(file);
      }
      for (String sharded : List.of("aliases", "removed")) {
        for (Path shard : shards(root.resolve(sharded))) {
          for (Path file : temporaries(shard)) {
            inspector.temporary(file);
          }
        }
      }
      if (!Files.isDirectory(articles)) {
        return;
      }
      for (Path shard : sorted(articles)) {
        String shardName = shard.getFileName().toString();
        if (!Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)
            || !SHARD.matcher(shardName).matches()) {
          ahead.add(Finding.of(Kind.UNEXPECTED, shard), 0);
          continue;
        }
        for (Path file : sorted(shard)) {
          long cost = size(file);
          while (!ahead.hasRoom(cost)) {
            deliver(ahead.next(), inspector);
          }
          ahead.submit(() -> examine(shardName, file, onWorker), cost);
        }
      }
      while (!ahead.isEmpty()) {
        deliver(ahead.next(), inspector);
      }
    } finally {
      Workers.stop(pool);
    }
  }

  /** Hands a finding to the inspector. */
  private static void deliver(Finding f, ArticleStore.Inspector inspector) throws IOException {
    switch (f.kind()) {
      case ARTICLE -> inspector.article(f.file(), f.article());
      case EDITED -> inspector.edited(f.file(), f.article());
      case MISNAMED -> inspector.misnamed(f.file(), f.article());
      case DAMAGED -> inspector.damaged(f.file(), f.reason());
      case TEMPORARY -> inspector.temporary(f.file());
      case UNEXPECTED -> inspector.unexpected(f.file());
    }
  }

  /** On a worker: what a file of a shard folder is. */
  private Finding examine(String shard, Path file, ArticleStore.ArticleAction onWorker)
      throws IOException {
    String name = file.getFileName().toString();
    if (name.contains(tempMark)) {
      return new Finding(Kind.TEMPORARY, file, null, null);
    }
    String id = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : "";
    if (!Article.isId(id)
        || !id.startsWith(shard)
        || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Finding(Kind.UNEXPECTED, file, null, null);
    }
    Article article;
    try {
      article = Json.readArticle(Files.readAllBytes(file));
    } catch (IllegalArgumentException e) {
      return new Finding(Kind.DAMAGED, file, null, e.getMessage());
    } catch (IOException e) {
      return new Finding(Kind.DAMAGED, file, null, "cannot read: " + Problems.describe(e));
    }
    Kind kind;
    if (!article.id().equals(id)) {
      kind = Kind.MISNAMED;
    } else if (!ContentId.of(article).equals(id)) {
      kind = Kind.EDITED;
    } else {
      kind = Kind.ARTICLE;
    }
    if (onWorker != null && kind != Kind.MISNAMED) {
      onWorker.accept(article);
      article = null; // handed over: not held until its turn comes
    }
    return new Finding(kind, file, article, null);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // the worker reads it, and says what is wrong
    }
  }

  /**
   * The temporary files of a folder, in name order, found by their names alone; none when it is
   * missing.
   */
  private List<Path> temporaries(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + tempMark + "*")) {
      files.forEach(found::add);
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  /** The shard folders of a sharded folder (names of two hex digits), in name order. */
  private static List<Path> shards(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path e : entries) {
        if (SHARD.matcher(e.getFileName().toString()).matches()) {
          found.add(e);
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    }
    found.sort(null);
    return found;
  }

  private static List<Path> sorted(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }
}
