package news.archive.engine;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.DateRange;
import news.archive.Facets;
import news.archive.Filter;
import news.archive.Hit;
import news.archive.Listing;
import news.archive.Stats;
import news.archive.Story;
import news.archive.query.Node;
import news.archive.query.QueryException;
import news.archive.stories.StoryIndex;

/**
 * One committed state of the index, for reading: what the application asks of an index engine to
 * list, search, count, group and look up articles. It sees no change committed after it was opened.
 * Safe for use from several threads; close it when done.
 */
public interface Snapshot extends Lookup, Closeable {

  /** Receives results one at a time, as they are read. */
  @FunctionalInterface
  interface Each<T> {
    void accept(T item) throws IOException;
  }

  /** The ids of the indexed articles, one at a time, in order. */
  @FunctionalInterface
  interface Ids {
    /** The next id, or null after the last. */
    String next() throws IOException;
  }

  /**
   * A query translated by the engine and ready to run on the snapshot that prepared it: only that
   * snapshot knows what it holds.
   */
  interface Prepared {}

  /** The store generation this state reflects, or -1 when it records none. */
  long generation() throws IOException;

  /** Whether the index was built with the layout this version of the program expects. */
  boolean hasCurrentSchema() throws IOException;

  /** Number of articles in the index. */
  int size();

  /**
   * The articles a listing asks for, in its order, handed to {@code each} as read, with as much of
   * each body as asked.
   */
  void list(Listing listing, int offset, int limit, BodyText body, Each<Article> each)
      throws IOException;

  /** The indexed article with this id, with as much of its body as asked. */
  Optional<Article> article(String id, BodyText body) throws IOException;

  /** How many articles the listing holds, whatever the page. */
  int count(Listing listing) throws IOException;

  /**
   * How many articles the listing would have but for its date range, for want of a date: those a
   * range leaves out unsaid.
   */
  int undatedLeftOut(Listing listing) throws IOException;

  /**
   * Translates a query's syntax tree, so that a query that cannot be run fails before anything is
   * printed. The articles it finds keep to the date range (and, with {@code undated}, those without
   * a date that match too), to the filter, and leave out the near-duplicates of others when {@code
   * collapse}.
   *
   * @param query the syntax tree, or null for every article the dates and filter keep
   * @throws QueryException when the tree holds no word to search for, or expands to too many terms
   */
  Prepared prepare(Node query, DateRange dates, boolean collapse, Filter filter, boolean undated)
      throws IOException, QueryException;

  /**
   * How many undated articles match the query but for its range of dates: those the range leaves
   * out unsaid (0 without a range, or when the query keeps them).
   */
  int undatedLeftOut(Prepared prepared) throws IOException;

  /** How many articles match the query. */
  int count(Prepared prepared) throws IOException;

  /** What the articles that match have in common: counts by month, outlet, agency and tag. */
  Facets facets(Prepared prepared) throws IOException;

  /**
   * Articles that match the query, in the given order, each with a snippet of its body's opening
   * and as much of the body as asked, handed to {@code each} as they are read. Returns how many
   * articles match, whatever the offset and limit.
   */
  long search(
      Prepared prepared, Hit.Order order, int offset, int limit, BodyText body, Each<Hit> each)
      throws IOException;

  /**
   * Every article that matches the query (or every article in the date range, for null), in the
   * index's own order, handed to {@code each} as read, in memory that does not grow with the number
   * of matches.
   */
  void export(Prepared prepared, DateRange dates, Each<Article> each) throws IOException;

  /** Counts over every article; periods are months when {@code byMonth}, else years. */
  Stats stats(boolean byMonth) throws IOException;

  /**
   * The articles most like {@code a}, best first, each with a snippet that marks the words they
   * share, handed to {@code each} as read. Returns how many articles share any of its telling words
   * or -1 when the article is too short to compare.
   */
  long similar(Article a, DateRange dates, int offset, int limit, BodyText body, Each<Hit> each)
      throws IOException;

  /** Every story's size and span, in no set order; labels are left null. */
  List<Story> stories() throws IOException;

  /** The articles of a story, in no set order; empty when there is no such story. */
  List<Article> storyArticles(String story) throws IOException;

  /**
   * The stories of a query's best hits, in the order of each story's best hit, each with its hit
   * count; labels left null.
   */
  List<Story> storyHits(Prepared prepared) throws IOException;

  /** Every article with a story vector, and the story it is in (or null): to regroup from. */
  List<StoryIndex.Placed> placements() throws IOException;

  /**
   * The ids of every article in the index, in order, read as they are asked for: a check of
   * millions of articles never holds them all.
   */
  Ids ids() throws IOException;
}
