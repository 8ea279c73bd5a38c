package news.archive.app;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.archive.Article;
import news.archive.engine.Lookup;

/**
 * What an import stored and deleted in this window, which the index writer's view shows only after
 * a refresh: what the judge asks before it asks the index, until the window ends.
 */
final class StoredThisWindow {

  /** An article this window stored: where from, and its id. */
  record Seen(String from, String id) {}

  private final Lookup lookup;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, Seen> shas = new HashMap<>();
  private final Set<String> deleted = new HashSet<>();

  StoredThisWindow(Lookup lookup) {
    this.lookup = lookup;
  }

  /** The article this window stored from these exact bytes, or null. */
  Seen sameBytes(String sha256) {
    return shas.get(sha256);
  }

  /** An article stored, from its source. */
  void stored(Article article) {
    String from = from(article.source().absolutePath());
    ids.put(article.id(), from);
    shas.put(article.source().sha256(), new Seen(from, article.id()));
    deleted.remove(article.id());
  }

  /** An article deleted: the index may still show it. */
  void deleted(String id) {
    deleted.add(id);
  }

  boolean isStored(String id) {
    return ids.containsKey(id);
  }

  /** The articles this window deleted; a view. */
  Set<String> deleted() {
    return deleted;
  }

  /** Where the article with this id was stored from, if it is stored. */
  Optional<String> storedFrom(String id) throws IOException {
    String here = ids.get(id);
    if (here != null) {
      return Optional.of(here);
    }
    if (deleted.contains(id)) {
      return Optional.empty();
    }
    return lookup.byId(id).map(k -> from(k.absolutePath()));
  }

  /** How many articles it holds. */
  int size() {
    return ids.size() + deleted.size();
  }

  void forget() {
    ids.clear();
    shas.clear();
    deleted.clear();
  }

  /** Where an input came from, as compared: its absolute path, or "" for standard input. */
  static String from(String absolutePath) {
    return absolutePath == null ? "" : absolutePath;
  }
}
