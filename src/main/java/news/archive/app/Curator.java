package news.archive.app;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import news.archive.Article;
import news.archive.Corrections;
import news.archive.Curation;
import news.archive.store.ArticleStore;

/**
 * The changes a user makes to stored articles: remove, tag, note, correct. Each names its articles
 * first, so that an id that names none changes nothing, then writes the records, makes them durable
 * and commits the index, under the store's write lock, as an import does.
 */
final class Curator {

  private final ArticleStore store;
  private final IndexKeeper keeper;
  private final Clock clock;
  private final Function<String, Article> show;
  private final boolean waitForWriters;

  /**
   * @param waitForWriters wait while another command writes to the store; otherwise a change then
   *     fails at once with {@link StoreBusyException}
   */
  Curator(
      ArticleStore store,
      IndexKeeper keeper,
      Clock clock,
      Function<String, Article> show,
      boolean waitForWriters) {
    this.store = store;
    this.keeper = keeper;
    this.clock = clock;
    this.show = show;
    this.waitForWriters = waitForWriters;
  }

  /** Removes the articles: record, index entry, kept original; their text is not imported again. */
  List<Article> remove(List<String> prefixes) {
    return change(
        prefixes,
        (articles, tx) -> {
          for (Article a : articles) {
            // first the mark, so that no crash leaves the record gone and its text importable
            tx.wrote(store.markRemoved(a.id(), a.title(), clock.instant()));
            for (String alias : a.aliases()) {
              tx.wrote(store.markRemoved(alias, a.title(), clock.instant()));
            }
            tx.delete(a.id());
          }
          return articles;
        },
        true);
  }

  /** Adds and removes tags (as {@link Curation#tag} reads them). */
  List<Article> tag(List<String> prefixes, List<String> add, List<String> remove) {
    return change(
        prefixes,
        (articles, tx) -> {
          List<Article> changed = new ArrayList<>();
          for (Article a : articles) {
            Article tagged = a.toBuilder().curation(a.curation().withTags(add, remove)).build();
            changed.add(tagged);
            if (!tagged.equals(a)) {
              tx.put(tagged);
            }
          }
          return changed;
        },
        false);
  }

  /** Sets or clears (null, blank) the note of one article. */
  Article note(String prefix, String text) {
    return one(prefix, a -> a.toBuilder().curation(a.curation().withNote(text)).build());
  }

  /**
   * Corrects fields of one article: {@code values} gives each its text (null or blank clears it),
   * {@code unset} gives them back the parser's values.
   */
  Article set(String prefix, Map<String, String> values, Set<String> unset) {
    Map<String, String> checked = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, String> e : values.entrySet()) {
        known(e.getKey());
        String v = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
        Curation.check(e.getKey(), v == null && e.getKey().equals("title") ? "" : v);
        checked.put(e.getKey(), v);
      }
      unset.forEach(Curator::known);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return one(
        prefix,
        a -> {
          Map<String, String> set = new LinkedHashMap<>(a.curation().set());
          set.keySet().removeAll(unset);
          set.putAll(checked);
          return Corrections.corrected(a, set);
        });
  }

  private static void known(String field) {
    if (!Curation.FIELDS.contains(field)) {
      throw new IllegalArgumentException(
          "'" + field + "' is not a field that can be set; those are " + Curation.FIELDS);
    }
  }

  private Article one(String prefix, Function<Article, Article> edit) {
    return change(
            List.of(prefix),
            (articles, tx) -> {
              Article a = articles.get(0);
              Article edited = edit.apply(a);
              if (!edited.equals(a)) {
                tx.put(edited);
              }
              return List.of(edited);
            },
            false)
        .get(0);
  }

  /** What a change does to the articles it names. */
  @FunctionalInterface
  private interface Edit {
    List<Article> apply(List<Article> articles, WriteTransaction tx) throws IOException;
  }

  /**
   * Names the articles, each once, then makes the change under the write lock; with {@code erase},
   * the kept originals of the articles it returns are erased once the records are durable.
   */
  private List<Article> change(List<String> prefixes, Edit edit, boolean erase) {
    keeper.requireStore();
    try (WriteTransaction tx = WriteTransaction.lock(store, keeper, waitForWriters)) {
      Map<String, Article> named = new LinkedHashMap<>();
      for (String prefix : prefixes) {
        Article a = show.apply(prefix);
        named.putIfAbsent(a.id(), a);
      }
      List<Article> result = edit.apply(List.copyOf(named.values()), tx.begin());
      tx.commit();
      if (erase) {
        Set<String> shas = new LinkedHashSet<>();
        result.forEach(a -> a.sources().forEach(s -> shas.add(s.sha256())));
        store.sync(store.eraseOriginals(shas));
      }
      return result;
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }
}
