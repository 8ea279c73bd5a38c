package news.archive.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import news.archive.Article;
import news.archive.DateRange;
import news.archive.Story;
import news.archive.store.ArticleStore;
import news.archive.stories.Labels;
import news.archive.stories.Regrouper;
import news.archive.stories.StoryIndex.Placed;

/** The use cases of stories: list them, show one, fold a search into them, regroup the archive. */
final class Stories {

  /** How stories are listed. */
  private final ArticleStore store;

  private final IndexKeeper keeper;
  private final Function<String, Article> show;

  Stories(ArticleStore store, IndexKeeper keeper, Function<String, Article> show) {
    this.store = store;
    this.keeper = keeper;
    this.show = show;
  }

  /** Stories of at least {@code minSize} articles whose span meets the range, labelled. */
  List<Story> list(
      Reader reader, DateRange dates, Story.Order order, int minSize, int offset, int limit) {
    List<Story> all = new ArrayList<>();
    for (Story s : reader.stories()) {
      if (s.size() >= minSize && s.within(dates)) {
        all.add(s);
      }
    }
    Comparator<Story> bySize = Comparator.comparingInt(Story::size).reversed();
    Comparator<Story> byLast =
        Comparator.comparing(Story::last, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed();
    all.sort(
        (order == Story.Order.SIZE ? bySize.thenComparing(byLast) : byLast.thenComparing(bySize))
            .thenComparing(Story::id));
    List<Story> out = new ArrayList<>();
    int from = Math.min(offset, all.size());
    for (Story s : all.subList(from, from + Math.min(limit, all.size() - from))) {
      out.add(s.withLabel(Labels.label(Labels.inDateOrder(reader.storyArticles(s.id())))));
    }
    return out;
  }

  /**
   * One story with its articles in date order, named by its id or by any of its articles' ids (or a
   * unique prefix of either).
   *
   * @throws NotFoundException when neither names one
   * @throws TooShortException when the article named is in no story: its text is too short
   */
  Story show(Reader reader, String prefix) {
    String id = storyId(reader, prefix);
    List<Article> articles = Labels.inDateOrder(reader.storyArticles(id));
    Story span = reader.stories().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    return span.withLabel(Labels.label(articles)).withArticles(articles);
  }

  private String storyId(Reader reader, String prefix) {
    List<String> ids =
        reader.stories().stream().map(Story::id).filter(s -> s.startsWith(prefix)).toList();
    if (ids.size() == 1) {
      return ids.get(0);
    }
    Article a = show.apply(prefix);
    if (a.story() == null) {
      throw new TooShortException(
          "article " + a.id() + " is too short to compare: it is in no story");
    }
    return a.story();
  }

  /** The stories of a query's best hits, best first, with their hit counts, labelled. */
  List<Story> search(Reader reader, Reader.Query query, int limit) {
    List<Story> out = new ArrayList<>();
    for (Story s : reader.storyHits(query)) {
      if (out.size() >= limit) {
        break;
      }
      List<Article> articles = Labels.inDateOrder(reader.storyArticles(s.id()));
      if (articles.isEmpty()) {
        // an article in no story stands for itself
        Optional<Article> a = Optional.of(show.apply(s.id()));
        out.add(s.withLabel(a.get().title()));
      } else {
        out.add(s.withLabel(Labels.label(articles)));
      }
    }
    return out;
  }

  /** What a regrouping did. */
  record Regrouped(int articles, int stories, int changed) {}

  /**
   * Groups every article again from scratch (see {@link Regrouper}) and writes the records whose
   * story changed, under the write lock.
   */
  Regrouped regroup() {
    keeper.requireStore();
    try (WriteTransaction tx = WriteTransaction.lock(store, keeper, true)) {
      List<Placed> before;
      try (Reader reader = new Reader(keeper.openInStep())) {
        before = reader.placements();
      }
      Map<String, String> after = Regrouper.regroup(before);
      int changed = Regrouper.changed(before, after);
      if (changed > 0) {
        tx.begin();
        for (Placed p : before) {
          String story = after.get(p.id());
          if (Objects.equals(story, p.story())) {
            continue;
          }
          Optional<Article> a = store.read(p.id());
          if (a.isPresent()) {
            tx.put(a.get().toBuilder().story(story).build());
          }
        }
        tx.commit();
      }
      return new Regrouped(
          before.size(), (int) after.values().stream().distinct().count(), changed);
    } catch (IOException e) {
      throw Failures.store(e);
    } catch (ArticleStore.BadFileException e) {
      throw new StoreException("damaged article file " + e.file() + ": " + e.getMessage());
    }
  }
}
