package news.archive.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
import news.archive.engine.Snapshot;
import news.archive.query.Node;
import news.archive.query.QueryException;
import news.archive.query.QuerySyntax;
import news.archive.stories.StoryIndex;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** One commit of the Lucene index, opened for reading. Safe for use from several threads. */
final class Searcher extends IndexLookup implements Snapshot {

  /** A query translated into Lucene's and ready to run on this searcher. */
  private static final class Prepared implements Snapshot.Prepared {
    private final Query query;
    private final Marks marks;

    /** The undated articles that match but for the range of dates; null when none can be. */
    private final Query undatedLeftOut;

    private Prepared(Query query, Marks marks) {
      this(query, marks, null);
    }

    private Prepared(Query query, Marks marks, Query undatedLeftOut) {
      this.query = query;
      this.marks = marks;
      this.undatedLeftOut = undatedLeftOut;
    }
  }

  /** The articles that nearly repeat another. */
  private static final Query NEAR_DUPLICATES = new TermQuery(new Term(Schema.NEAR, "1"));

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Closeable release;
  private final Analyzer analyzer = Analysis.analyzer();

  /** A searcher that owns its reader and directory: closing it closes both. */
  Searcher(Directory directory, DirectoryReader reader) {
    this(
        new IndexSearcher(reader),
        () -> {
          try {
            reader.close();
          } finally {
            directory.close();
          }
        });
  }

  /** A searcher on a reader that another holds, handed back by {@code release} on close. */
  Searcher(IndexSearcher searcher, Closeable release) {
    this.reader = (DirectoryReader) searcher.getIndexReader();
    this.searcher = searcher;
    this.release = release;
  }

  /** The store generation this commit reflects, or -1 when it records none. */
  @Override
  public long generation() throws IOException {
    return ArticleIndex.generation(reader.getIndexCommit().getUserData());
  }

  /** Whether the index was built with the layout this version of the program expects. */
  @Override
  public boolean hasCurrentSchema() throws IOException {
    return ArticleIndex.hasCurrentSchema(reader.getIndexCommit().getUserData());
  }

  /** Number of articles in the index. */
  @Override
  public int size() {
    return reader.numDocs();
  }

  /**
   * The articles a listing asks for, in its order, handed to {@code each} as read, with as much of
   * each body as asked. Newest first is the order the index keeps, so a short page of it costs the
   * same whatever the size of the archive.
   */
  @Override
  public void list(Listing listing, int offset, int limit, BodyText body, Each<Article> each)
      throws IOException {
    int n = window(offset, limit);
    if (n <= offset) {
      return;
    }
    TopDocs top = searcher.search(query(listing), n, sort(listing));
    StoredFields stored = searcher.storedFields();
    for (int i = offset; i < top.scoreDocs.length; i++) {
      each.accept(StoredReads.article(stored, top.scoreDocs[i].doc, body));
    }
  }

  /** The indexed article with this id, with as much of its body as asked. */
  @Override
  public Optional<Article> article(String id, BodyText body) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(StoredReads.article(searcher.storedFields(), top.scoreDocs[0].doc, body));
  }

  /** How many articles the listing holds, whatever the page. */
  @Override
  public int count(Listing listing) throws IOException {
    return searcher.count(query(listing));
  }

  /**
   * How many articles the listing would have but for its date range, for want of a date: those a
   * range leaves out unsaid.
   */
  @Override
  public int undatedLeftOut(Listing listing) throws IOException {
    if (listing.dates().isAll()) {
      return 0;
    }
    return searcher.count(
        query(new Listing(DateRange.ALL, listing.tag(), true, null, false, listing.collapse())));
  }

  private static Query query(Listing listing) {
    Query query = ArticleIndex.filtered(new MatchAllDocsQuery(), listing.dates());
    if (listing.tag() == null && !listing.undatedOnly() && !listing.collapse()) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (listing.tag() != null) {
      b.add(new TermQuery(new Term(Schema.TAG, listing.tag())), BooleanClause.Occur.FILTER);
    }
    if (listing.undatedOnly()) {
      b.add(LongPoint.newExactQuery(Schema.DATE_SORT, Schema.UNDATED), BooleanClause.Occur.FILTER);
    }
    if (listing.collapse()) {
      b.add(NEAR_DUPLICATES, BooleanClause.Occur.MUST_NOT);
    }
    return b.build();
  }

  private static Sort sort(Listing listing) {
    boolean r = listing.reverse();
    SortField id = new SortField(Schema.ID, SortField.Type.STRING, r);
    return switch (listing.order()) {
      case DATE ->
          r
              ? new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, false), id)
              : ArticleIndex.NEWEST_FIRST;
      case TITLE -> new Sort(new SortField(Schema.TITLE_SORT, SortField.Type.STRING, r), id);
      case IMPORTED -> new Sort(new SortField(Schema.IMPORTED_SORT, SortField.Type.LONG, !r), id);
    };
  }

  /** A query read from its text, with no filter: for the tests of the translation. */
  Snapshot.Prepared prepare(String text, DateRange dates) throws IOException, QueryException {
    return prepare(QuerySyntax.parse(text), dates, false, Filter.NONE, false);
  }

  @Override
  public Snapshot.Prepared prepare(
      Node tree, DateRange dates, boolean collapse, Filter filter, boolean undated)
      throws IOException, QueryException {
    LuceneQueries.Read read =
        tree == null
            ? new LuceneQueries.Read(new MatchAllDocsQuery(), new Marks())
            : new LuceneQueries(analyzer, reader).read(tree);
    Query query = narrowed(ArticleIndex.filtered(read.query(), dates, undated), collapse, filter);
    Query leftOut =
        dates.isAll() || undated
            ? null
            : narrowed(
                new BooleanQuery.Builder()
                    .add(read.query(), BooleanClause.Occur.MUST)
                    .add(ArticleIndex.UNDATED, BooleanClause.Occur.FILTER)
                    .build(),
                collapse,
                filter);
    try {
      query = searcher.rewrite(query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException(
          "the query is too complex: it expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " terms; use fewer words or longer prefixes");
    }
    return new Prepared(query, read.marks(), leftOut);
  }

  /** The query without the near-duplicates when {@code collapse}, and kept to the filter. */
  private static Query narrowed(Query query, boolean collapse, Filter filter) {
    if (!collapse && filter.isNone()) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (collapse) {
      b.add(NEAR_DUPLICATES, BooleanClause.Occur.MUST_NOT);
    }
    keep(b, Schema.OUTLET, filter.outlet());
    keep(b, Schema.AGENCY, filter.agency());
    keep(b, Schema.TAG, filter.tag());
    return b.build();
  }

  /**
   * How many undated articles match the query but for its range of dates: those the range leaves
   * out unsaid (0 without a range, or when the query keeps them).
   */
  @Override
  public int undatedLeftOut(Snapshot.Prepared asked) throws IOException {
    Prepared prepared = own(asked);
    return prepared.undatedLeftOut == null ? 0 : searcher.count(prepared.undatedLeftOut);
  }

  /** Keeps the query to articles whose field holds the whole name, in any case; none for null. */
  private static void keep(BooleanQuery.Builder b, String field, String name) {
    if (name != null) {
      b.add(
          new TermQuery(new Term(field, name.toLowerCase(Locale.ROOT))),
          BooleanClause.Occur.FILTER);
    }
  }

  /** What the articles that match have in common: counts by month, outlet, agency and tag. */
  @Override
  public Facets facets(Snapshot.Prepared asked) throws IOException {
    Prepared prepared = own(asked);
    return FacetCounter.count(searcher, prepared.query);
  }

  /**
   * Articles that match the query, in the given order, each with a snippet of its body's opening
   * and as much of the body as asked, handed to {@code each} as they are read. Returns how many
   * articles match, whatever the offset and limit.
   */
  @Override
  public long search(
      Snapshot.Prepared asked,
      Hit.Order order,
      int offset,
      int limit,
      BodyText body,
      Each<Hit> each)
      throws IOException {
    Prepared prepared = own(asked);
    int n = window(Math.max(offset, 0), limit);
    TopDocs top =
        order == Hit.Order.DATE
            ? searcher.search(
                prepared.query,
                Math.max(n, 1),
                new Sort(
                    new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE),
                true)
            : searcher.search(prepared.query, Math.max(n, 1));
    Snippets snippets = new Snippets(analyzer, prepared.marks);
    StoredFields stored = searcher.storedFields();
    for (int i = offset; i < Math.min(n, top.scoreDocs.length); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Article article = StoredReads.article(stored, sd.doc, body);
      Snippets.Snippet s = snippets.of(article.body());
      each.accept(new Hit(article, sd.score, s.text(), s.marks()));
    }
    // past a thousand hits Lucene stops counting: the total is then counted exactly
    return top.totalHits.relation == TotalHits.Relation.EQUAL_TO
        ? top.totalHits.value
        : searcher.count(prepared.query);
  }

  /**
   * Every article that matches the query (or every article, for null), in the index's own order,
   * handed to {@code each} as read: the matches are marked in a bit set of one bit per document, so
   * a whole archive streams in the memory of that set.
   */
  @Override
  public void export(Snapshot.Prepared asked, DateRange dates, Each<Article> each)
      throws IOException {
    Prepared prepared = own(asked);
    Query query =
        prepared == null ? ArticleIndex.filtered(new MatchAllDocsQuery(), dates) : prepared.query;
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    StoredFields stored = searcher.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live == null || live.get(d)) {
          each.accept(Schema.article(stored.document(leaf.docBase + d)));
        }
      }
    }
  }

  /** Counts over every article; periods are months when {@code byMonth}, else years. */
  @Override
  public Stats stats(boolean byMonth) throws IOException {
    return new Counter(reader).count(byMonth);
  }

  /**
   * The articles most like {@code a}, best first, each with a snippet that marks the words they
   * share, handed to {@code each} as read. Returns how many articles share any of its telling words
   * or -1 when the article is too short to compare.
   */
  @Override
  public long similar(
      Article a, DateRange dates, int offset, int limit, BodyText body, Each<Hit> each)
      throws IOException {
    Likeness.Like like = Likeness.of(a, analyzer, reader);
    if (like.query() == null) {
      return -1;
    }
    return search(
        new Prepared(ArticleIndex.filtered(like.query(), dates), like.marks()),
        Hit.Order.RELEVANCE,
        offset,
        limit,
        body,
        each);
  }

  /** Every story's size and span, in no set order; labels are left null. */
  @Override
  public List<Story> stories() throws IOException {
    return StoryQueries.all(reader);
  }

  /** The articles of a story, in no set order; empty when there is no such story. */
  @Override
  public List<Article> storyArticles(String story) throws IOException {
    return StoryQueries.articles(searcher, story);
  }

  /**
   * The stories of a query's best hits (see {@link StoryQueries#hits}), in the order of each
   * story's best hit, each with its hit count; labels left null.
   */
  @Override
  public List<Story> storyHits(Snapshot.Prepared asked) throws IOException {
    Prepared prepared = own(asked);
    return StoryQueries.spans(reader, StoryQueries.hits(searcher, reader, prepared.query));
  }

  /** Every article with a story vector, and the story it is in (or null): to regroup from. */
  @Override
  public List<StoryIndex.Placed> placements() throws IOException {
    return StoryLookup.all(reader);
  }

  /** How many articles match the query. */
  @Override
  public int count(Snapshot.Prepared asked) throws IOException {
    Prepared prepared = own(asked);
    return searcher.count(prepared.query);
  }

  /**
   * The ids of every article in the index, in order, read from the term dictionary as they are
   * asked for: a check of millions of articles never holds them all.
   */
  @Override
  public Ids ids() throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Schema.ID);
    if (terms == null) {
      return () -> null;
    }
    TermsEnum te = terms.iterator();
    Bits live = MultiBits.getLiveDocs(reader);
    PostingsEnum[] docs = {null};
    return () -> {
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        docs[0] = te.postings(docs[0], PostingsEnum.NONE);
        if (TermLookup.firstLive(docs[0], live) >= 0) {
          return t.utf8ToString();
        }
      }
      return null;
    };
  }

  @Override
  <T> T ask(Question<T> question) throws IOException {
    return question.ask(reader);
  }

  /** The query as this searcher prepared it (null stays null). */
  private static Prepared own(Snapshot.Prepared asked) {
    if (asked == null || asked instanceof Prepared) {
      return (Prepared) asked;
    }
    throw new IllegalArgumentException("a query prepared by another engine");
  }

  /** offset + limit, without overflow, and no more than there are documents. */
  private int window(int offset, int limit) {
    long n = (long) offset + limit;
    return (int) Math.min(n, reader.maxDoc());
  }

  @Override
  public void close() throws IOException {
    release.close();
  }
}
