package news.archive.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import news.archive.Article;
import news.archive.search.Indexer;
import news.archive.store.ArticleStore;
import news.archive.store.WriteBatch;

/**
 * Restores a backup that {@code export --format ndjson} wrote: one record per line, stored as it is
 * (id, import time, tags, notes, corrections, sources), not parsed again. A record already stored
 * as it is counts as unchanged; one stored otherwise is replaced (updated); a line that is not a
 * record fails on its own, and the others are restored.
 */
final class Restorer {

  /** Longer lines are no record of ours: refused before they are parsed. */
  private static final int MAX_LINE_CHARS = 64 << 20;

  private final ArticleStore store;
  private final Indexer index;
  private final WriteBatch batch;
  private final ImportListener listener;
  private final boolean force;
  int imported;
  int updated;
  int unchanged;
  int failed;
  int removed;

  Restorer(
      ArticleStore store, Indexer index, WriteBatch batch, ImportListener listener, boolean force) {
    this.store = store;
    this.index = index;
    this.batch = batch;
    this.listener = listener;
    this.force = force;
  }

  /** Whether a path given to import names a backup rather than an article. */
  static boolean isBackup(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return (name.endsWith(".ndjson") || name.endsWith(".jsonl"))
        && Files.isRegularFile(Path.of(path));
  }

  void restore(String path) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Files.newInputStream(Path.of(path)), decoder))) {
      int n = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank()) {
          record(path + ":" + n, line);
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      failed++;
      listener.failed(path, "not UTF-8 text: not a backup that export wrote");
    }
  }

  private void record(String where, String line) throws IOException {
    Article a;
    try {
      if (line.length() > MAX_LINE_CHARS) {
        throw new IllegalArgumentException("a line of more than " + MAX_LINE_CHARS + " characters");
      }
      a = ArticleStore.parseRecord(line.getBytes(StandardCharsets.UTF_8));
      if (!Article.isId(a.id())) {
        throw new IllegalArgumentException("'" + a.id() + "' is not an article id");
      }
    } catch (IllegalArgumentException e) {
      failed++;
      listener.failed(where, "not an article record: " + e.getMessage());
      return;
    }
    if (store.isRemoved(a.id())) {
      if (!force) {
        removed++;
        listener.removed(where, a.id());
        return;
      }
      batch.add(store.unmarkRemoved(a.id()));
    }
    Optional<Article> old;
    try {
      old = store.read(a.id());
    } catch (ArticleStore.BadFileException e) {
      old = Optional.empty();
    }
    if (old.isPresent() && old.get().equals(a)) {
      unchanged++;
      return;
    }
    for (String alias : a.aliases()) {
      if (Article.isId(alias)) {
        batch.add(store.writeAlias(alias, a.id()));
      }
    }
    batch.add(store.write(a));
    index.put(a);
    if (old.isPresent()) {
      updated++;
    } else {
      imported++;
    }
  }
}
