package news.archive.app;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.DateRange;
import news.archive.Facets;
import news.archive.Filter;
import news.archive.Hit;
import news.archive.Listing;
import news.archive.Stats;
import news.archive.Story;
import news.archive.engine.Snapshot;
import news.archive.query.Node;
import news.archive.query.QueryException;
import news.archive.query.QuerySyntax;
import news.archive.stories.StoryIndex.Placed;

/**
 * The archive as one committed state, for reading: what {@code list}, {@code search} and the web
 * pages read. It sees no change made after it was opened. Close it when done.
 */
public final class Reader implements AutoCloseable {

  /** A query read and ready to run on this reader. */
  public static final class Query {
    private final Snapshot.Prepared prepared;

    private Query(Snapshot.Prepared prepared) {
      this.prepared = prepared;
    }
  }

  private final Snapshot searcher;

  Reader(Snapshot searcher) {
    this.searcher = searcher;
  }

  /**
   * The article with this id as the index holds it, with as much of its body as asked; empty when
   * the index has none (the files are the truth: {@link Archive#show} reads them).
   */
  public Optional<Article> article(String id, BodyText body) {
    return read(() -> searcher.article(id, body));
  }

  /** How many articles the archive holds. */
  public int size() {
    return searcher.size();
  }

  /** Articles newest first, undated last, then by id, handed to {@code each} as they are read. */
  public void list(DateRange dates, int offset, int limit, Consumer<Article> each) {
    list(Listing.ALL.withDates(dates), offset, limit, each);
  }

  /** The articles a listing asks for, in its order, handed to {@code each} as they are read. */
  public void list(Listing listing, int offset, int limit, Consumer<Article> each) {
    list(listing, offset, limit, BodyText.WHOLE, each);
  }

  /**
   * The articles a listing asks for, as {@link #list(Listing, int, int, Consumer)} gives them, with
   * as much of each body as asked.
   */
  public void list(Listing listing, int offset, int limit, BodyText body, Consumer<Article> each) {
    run(() -> searcher.list(listing, offset, limit, body, each::accept));
  }

  /** How many articles the listing holds, whatever the page. */
  public int count(Listing listing) {
    return read(() -> searcher.count(listing));
  }

  /** How many undated articles the listing's date range leaves out (0 when it has none). */
  public int undatedLeftOut(Listing listing) {
    return read(() -> searcher.undatedLeftOut(listing));
  }

  /**
   * How many undated articles match the query but for its range of dates, which leaves them out (0
   * without a range, or when the query keeps them).
   */
  public int undatedLeftOut(Query query) {
    return read(() -> searcher.undatedLeftOut(query.prepared));
  }

  /**
   * Reads a query in the archive's query language, so that one that cannot be read fails before
   * anything is printed.
   *
   * @throws BadQueryException when it cannot be read; the message says what is wrong and where
   */
  public Query query(String text, DateRange dates) {
    return query(text, dates, false);
  }

  /**
   * A query, as {@link #query(String, DateRange)} reads it, that leaves out the articles that
   * nearly repeat another when {@code collapse}.
   */
  public Query query(String text, DateRange dates, boolean collapse) {
    return query(text, dates, collapse, Filter.NONE);
  }

  /**
   * A query, as {@link #query(String, DateRange, boolean)} reads it, that keeps to the filter too.
   * A blank text with a filter finds every article the filter keeps.
   */
  public Query query(String text, DateRange dates, boolean collapse, Filter filter) {
    return query(text, dates, collapse, filter, false);
  }

  /**
   * A query, as {@link #query(String, DateRange, boolean, Filter)} reads it, that with {@code
   * undated} keeps the undated articles that match too, whatever the range of dates.
   */
  public Query query(
      String text, DateRange dates, boolean collapse, Filter filter, boolean undated) {
    try {
      Node tree =
          text.isBlank() && !(filter.isNone() && dates.isAll()) ? null : QuerySyntax.parse(text);
      return new Query(searcher.prepare(tree, dates, collapse, filter, undated));
    } catch (QueryException e) {
      throw new BadQueryException(e.getMessage(), e.position());
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  /**
   * The articles that match, in the given order, each with a snippet, handed to {@code each} as
   * they are read. Returns how many articles match, whatever the offset and limit.
   */
  public long search(Query query, Hit.Order order, int offset, int limit, Consumer<Hit> each) {
    return search(query, order, offset, limit, BodyText.WHOLE, each);
  }

  /**
   * The articles that match, as {@link #search(Query, Hit.Order, int, int, Consumer)} gives them,
   * with as much of each body as asked; the snippet is the same either way.
   */
  public long search(
      Query query, Hit.Order order, int offset, int limit, BodyText body, Consumer<Hit> each) {
    return read(() -> searcher.search(query.prepared, order, offset, limit, body, each::accept));
  }

  /**
   * Every article that matches the query (every article in the date range, for null), read from the
   * index alone and handed to {@code each} as read, in no set order; for export.
   */
  public void export(Query query, DateRange dates, Consumer<Article> each) {
    run(() -> searcher.export(query == null ? null : query.prepared, dates, each::accept));
  }

  /** Counts over every article (see {@link Stats}); the store's size is left at 0. */
  public Stats stats(boolean byMonth) {
    return read(() -> searcher.stats(byMonth));
  }

  /**
   * The articles most like {@code article}, best first, each with a snippet, handed to {@code each}
   * as read. Returns how many articles share any of its telling words, or -1 when it is too short
   * to compare: then nothing is handed.
   */
  public long similar(Article article, DateRange dates, int offset, int limit, Consumer<Hit> each) {
    return similar(article, dates, offset, limit, BodyText.WHOLE, each);
  }

  /**
   * The articles most like {@code article}, as {@link #similar(Article, DateRange, int, int,
   * Consumer)} gives them, with as much of each body as asked.
   */
  public long similar(
      Article article, DateRange dates, int offset, int limit, BodyText body, Consumer<Hit> each) {
    return read(() -> searcher.similar(article, dates, offset, limit, body, each::accept));
  }

  /** What the articles that match have in common, counted over all of them. */
  public Facets facets(Query query) {
    return read(() -> searcher.facets(query.prepared));
  }

  /** How many articles match. */
  public int count(Query query) {
    return read(() -> searcher.count(query.prepared));
  }

  @Override
  public void close() {
    try {
      searcher.close();
    } catch (IOException e) {
      // nothing was written through it; what it read was read
    }
  }

  /** Every story's size and span, in no set order, unlabelled. */
  List<Story> stories() {
    return read(() -> searcher.stories());
  }

  /** A story's articles, in no set order; empty when there is no such story. */
  List<Article> storyArticles(String story) {
    return read(() -> searcher.storyArticles(story));
  }

  /** The stories of a query's best hits, best first, with their hit counts, unlabelled. */
  List<Story> storyHits(Query query) {
    return read(() -> searcher.storyHits(query.prepared));
  }

  /** Every article with a story vector, and its story. */
  List<Placed> placements() {
    return read(() -> searcher.placements());
  }

  /** A read of the index, which may fail as the store's I/O does. */
  @FunctionalInterface
  private interface IoRead<T> {
    T get() throws IOException;
  }

  /** What {@code read} gives, its I/O failure told as the store's. */
  private static <T> T read(IoRead<T> read) {
    try {
      return read.get();
    } catch (IOException e) {
      throw Failures.store(e);
    }
  }

  private static void run(IoAction run) {
    read(
        () -> {
          run.run();
          return null;
        });
  }
}
