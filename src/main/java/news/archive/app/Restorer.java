package news.archive.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
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
  static final int MAX_LINE_CHARS = 32 << 20;

  private final ArticleStore store;
  private final Indexer index;
  private final WriteBatch batch;
  private final ImportListener listener;
  private final boolean force;
  private final int maxLineChars;
  int imported;
  int updated;
  int unchanged;
  int failed;
  int removed;

  Restorer(
      ArticleStore store, Indexer index, WriteBatch batch, ImportListener listener, boolean force) {
    this(store, index, batch, listener, force, MAX_LINE_CHARS);
  }

  /** A restorer that refuses lines longer than {@code maxLineChars}: for tests. */
  Restorer(
      ArticleStore store,
      Indexer index,
      WriteBatch batch,
      ImportListener listener,
      boolean force,
      int maxLineChars) {
    this.maxLineChars = maxLineChars;
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
      StringBuilder line = new StringBuilder();
      int n = 0;
      boolean tooLong = false;
      for (int c = in.read(); ; c = in.read()) {
        if (c == '\n' || c < 0) {
          n++;
          if (tooLong) {
            failed++;
            listener.failed(
                path + ":" + n,
                "not an article record: a line of more than " + maxLineChars + " characters");
          } else if (!line.toString().isBlank()) {
            record(path + ":" + n, line.toString());
          }
          line.setLength(0);
          tooLong = false;
          if (c < 0) {
            break;
          }
        } else if (line.length() < maxLineChars) {
          line.append((char) c);
        } else {
          // the rest of the line is read and dropped, never held
          tooLong = true;
        }
      }
    } catch (CharacterCodingException e) {
      failed++;
      listener.failed(path, "not UTF-8 text: not a backup that export wrote");
    }
  }

  private void record(String where, String line) throws IOException {
    Article a;
    try {
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
