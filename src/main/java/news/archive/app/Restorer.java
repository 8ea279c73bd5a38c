package news.archive.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.archive.Article;
import news.archive.store.ArticleStore;

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
  private final WriteTransaction tx;
  private final ImportListener listener;
  private final boolean force;
  private final int maxLineChars;
  int imported;
  int updated;
  int unchanged;
  int failed;
  int removed;

  Restorer(WriteTransaction tx, ImportListener listener, boolean force) {
    this(tx, listener, force, MAX_LINE_CHARS);
  }

  /** A restorer that refuses lines longer than {@code maxLineChars}: for tests. */
  Restorer(WriteTransaction tx, ImportListener listener, boolean force, int maxLineChars) {
    this.maxLineChars = maxLineChars;
    this.store = tx.store();
    this.tx = tx;
    this.listener = listener;
    this.force = force;
  }

  /** Whether a file's name says it is a backup: what a folder gives is taken by its name. */
  static boolean hasBackupName(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  /**
   * Whether a path given to import names a backup rather than an article: a file named so, or one
   * whose text starts as JSON does, whatever its name (a backup renamed, or a JSON file that is no
   * backup, which {@link #restore} then refuses). No article's text starts so.
   */
  static boolean isBackup(String path) {
    Path file;
    try {
      file = Path.of(path);
    } catch (RuntimeException e) {
      return false;
    }
    if (!Files.isRegularFile(file)) {
      return false;
    }
    if (hasBackupName(path)) {
      return true;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return startsAsJson(in.readNBytes(SNIFFED));
    } catch (IOException e) {
      // the import reads it as an article, and says what is wrong
      return false;
    }
  }

  /** Bytes enough to see how a text starts. */
  static final int SNIFFED = 4096;

  /**
   * Whether bytes start as JSON does: an object (<code>{"</code>, <code>{}</code>) or an array of
   * values (<code>[{</code>, <code>["</code>, <code>[[</code>, <code>[1, 2]</code>), after a
   * byte-order mark and blanks. A headline in brackets ({@code [Updated] Talks resume}) does not.
   */
  static boolean startsAsJson(byte[] bytes) {
    String text = new String(bytes, 0, Math.min(bytes.length, SNIFFED), StandardCharsets.UTF_8);
    String line = text.replace("\uFEFF", "").strip().lines().findFirst().orElse("").strip();
    if (line.equals("{") || line.equals("[")) {
      return true; // pretty-printed
    }
    if (line.length() < 2) {
      return false;
    }
    char next = line.substring(1).stripLeading().charAt(0);
    return switch (line.charAt(0)) {
      case '{' -> next == '"' || next == '}';
      case '[' -> "{[\"]".indexOf(next) >= 0 || SCALARS.matcher(line).matches();
      default -> false;
    };
  }

  /** An array of numbers, booleans and nulls on one line. */
  private static final Pattern SCALARS = Pattern.compile("\\[[-+0-9.eE ,\\[\\]truefalsn]*\\]");

  /** Restores a backup file; {@code shown} is its path as given, which messages name. */
  void restore(String shown, Path file) throws IOException {
    restore(shown, Files.newInputStream(file));
  }

  /**
   * Restores the records of a backup, line by line. Its first line that can be read must mean to be
   * a record (a JSON object with an id), or the file is no backup: one failure, and nothing of it
   * restored. After that, a line that is not a good record fails on its own.
   */
  void restore(String path, InputStream stream) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, decoder))) {
      StringBuilder line = new StringBuilder();
      int n = 0;
      boolean tooLong = false;
      boolean first = true;
      for (int c = in.read(); ; c = in.read()) {
        if (c == '\n' || c < 0) {
          n++;
          if (tooLong) {
            failed++;
            listener.failed(
                path + ":" + n,
                "not an article record: a line of more than " + maxLineChars + " characters");
          } else if (!line.toString().isBlank()) {
            if (first && !ArticleStore.looksLikeRecord(line.toString())) {
              failed++;
              listener.failed(
                  path,
                  "not a backup that export wrote: its first line"
                      + (n > 1 ? " (line " + n + ")" : "")
                      + " is no article record, where export writes one record a line");
              return;
            }
            first = false;
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
      tx.wrote(store.unmarkRemoved(a.id()));
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
        tx.wrote(store.writeAlias(alias, a.id()));
      }
    }
    tx.put(a);
    if (old.isPresent()) {
      updated++;
    } else {
      imported++;
    }
  }
}
