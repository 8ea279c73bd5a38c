package news.archive.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.archive.Article;
import news.archive.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index beside the JSON files: derived from them, rebuilt from them at any time.
 *
 * <p>Each commit records the store generation it reflects and the {@link Schema#VERSION} it was
 * built with, so a reader can tell in one small read whether the index is in step. The index stores
 * every field of an article, so that listing and searching never open the JSON files.
 */
public final class ArticleIndex {

  private static final String GENERATION = "generation";
  private static final String SCHEMA = "schema";

  private ArticleIndex() {}

  /** Opens the last commit of the index for reading, or empty when there is no index. */
  public static Optional<Searcher> openSearcher(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      DirectoryReader reader = DirectoryReader.open(directory);
      return Optional.of(new Searcher(directory, reader));
    } catch (IndexNotFoundException e) {
      directory.close();
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the index for writing; {@code fresh} starts an empty index (readers still see the
   * previous commit until this one commits).
   */
  public static Writer openWriter(Path dir, boolean fresh) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(Analysis.analyzer())
              .setOpenMode(
                  fresh
                      ? IndexWriterConfig.OpenMode.CREATE
                      : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setRAMBufferSizeMB(RAM_BUFFER_MB)
              .setUseCompoundFile(false)
              .setCommitOnClose(false);
      return new Writer(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Memory for documents not yet written out. More means fewer segments to write and merge (an
   * import of 100,000 articles ends in a handful of segments, with no merge), within the heap the
   * launcher gives an import.
   */
  private static final double RAM_BUFFER_MB = 96;

  /** A query read and ready to run on one searcher. */
  public static final class Prepared {
    private final Query query;
    private final Marks marks;

    private Prepared(Query query, Marks marks) {
      this.query = query;
      this.marks = marks;
    }
  }

  /** What the index knows of an input it was built from. */
  public record Known(String id, String sha256, String absolutePath) {}

  /** How search hits are ordered. */
  public enum Order {
    /** Best match first. */
    RELEVANCE,
    /** Newest first, undated last; equal dates best match first. */
    DATE
  }

  /** Receives results one at a time, as they are read. */
  @FunctionalInterface
  public interface Each<T> {
    void accept(T item) throws IOException;
  }

  /** One commit of the index, opened for reading. */
  public static final class Searcher implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Analysis.analyzer();

    private Searcher(Directory directory, DirectoryReader reader) {
      this.directory = directory;
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
    }

    /** The store generation this commit reflects, or -1 when it records none. */
    public long generation() throws IOException {
      String g = reader.getIndexCommit().getUserData().get(GENERATION);
      try {
        return g == null ? -1 : Long.parseLong(g);
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    /** Whether the index was built with the layout this version of the program expects. */
    public boolean hasCurrentSchema() throws IOException {
      return Schema.VERSION.equals(reader.getIndexCommit().getUserData().get(SCHEMA));
    }

    /** Number of articles in the index. */
    public int size() {
      return reader.numDocs();
    }

    /** Articles newest first, undated last, then by id, handed to {@code each} as read. */
    public void list(DateRange dates, int offset, int limit, Each<Article> each)
        throws IOException {
      int n = window(offset, limit);
      if (n <= offset) {
        return;
      }
      Query query = filtered(new MatchAllDocsQuery(), dates);
      Sort sort =
          new Sort(
              new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
              new SortField(Schema.ID, SortField.Type.STRING));
      TopDocs top = searcher.search(query, n, sort);
      StoredFields stored = searcher.storedFields();
      for (int i = offset; i < top.scoreDocs.length; i++) {
        each.accept(Schema.article(stored.document(top.scoreDocs[i].doc)));
      }
    }

    /**
     * Reads a query, so that a query that cannot be read fails before anything is printed.
     *
     * @throws QueryException when the query cannot be read, or expands to too many terms
     */
    public Prepared prepare(String text, DateRange dates) throws IOException, QueryException {
      QueryReader.Read read = new QueryReader(analyzer, reader).read(text);
      Query query = filtered(read.query(), dates);
      try {
        query = searcher.rewrite(query);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new QueryException(
            "the query is too complex: it expands to more than "
                + IndexSearcher.getMaxClauseCount()
                + " terms; use fewer words or longer prefixes");
      }
      return new Prepared(query, read.marks());
    }

    /**
     * Articles that match the query, in the given order, each with a snippet, handed to {@code
     * each} as they are read. Returns how many articles match (a lower bound when there are more
     * than a thousand), whatever the offset and limit.
     */
    public long search(Prepared prepared, Order order, int offset, int limit, Each<Hit> each)
        throws IOException {
      int n = window(Math.max(offset, 0), limit);
      TopDocs top =
          order == Order.DATE
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
        Article article = Schema.article(stored.document(sd.doc));
        Snippets.Snippet s = snippets.of(article.body());
        each.accept(new Hit(article, sd.score, s.text(), s.marks()));
      }
      return top.totalHits.value;
    }

    /** How many articles match the query. */
    public int count(Prepared prepared) throws IOException {
      return searcher.count(prepared.query);
    }

    /** The ids of every article in the index. */
    public Set<String> ids() throws IOException {
      Set<String> ids = new HashSet<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Schema.ID);
        if (terms == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum te = terms.iterator();
        PostingsEnum docs = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          docs = te.postings(docs, PostingsEnum.NONE);
          if (firstLive(docs, live) >= 0) {
            ids.add(t.utf8ToString());
          }
        }
      }
      return ids;
    }

    /** The input an indexed article with these exact bytes came from. */
    public Optional<Known> bySha256(String sha256) throws IOException {
      return lookup(Schema.SHA256, sha256);
    }

    /** The article last imported from this absolute path. */
    public Optional<Known> byPath(String absolutePath) throws IOException {
      return lookup(Schema.PATH, absolutePath);
    }

    /** The article with this id, as the index knows it. */
    public Optional<Known> byId(String id) throws IOException {
      return lookup(Schema.ID, id);
    }

    /** A term looked up directly in each segment: far cheaper than a query, for imports. */
    private Optional<Known> lookup(String field, String value) throws IOException {
      BytesRef bytes = new BytesRef(value);
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(bytes)) {
          continue;
        }
        int d = firstLive(te.postings(null, PostingsEnum.NONE), leaf.reader().getLiveDocs());
        if (d >= 0) {
          Document doc = leaf.reader().storedFields().document(d);
          return Optional.of(
              new Known(doc.get(Schema.ID), doc.get(Schema.SHA256), doc.get(Schema.PATH)));
        }
      }
      return Optional.empty();
    }

    /** The first document of the postings that is not deleted, or -1. */
    private static int firstLive(PostingsEnum docs, Bits live) throws IOException {
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live == null || live.get(d)) {
          return d;
        }
      }
      return -1;
    }

    /** offset + limit, without overflow, and no more than there are documents. */
    private int window(int offset, int limit) {
      long n = (long) offset + limit;
      return (int) Math.min(n, reader.maxDoc());
    }

    @Override
    public void close() throws IOException {
      try {
        reader.close();
      } finally {
        directory.close();
      }
    }
  }

  /** The index opened for changes. Nothing is visible to readers before {@link #commit}. */
  public static final class Writer implements Closeable {
    private final Directory directory;
    private final IndexWriter writer;

    private Writer(Directory directory, IndexWriter writer) {
      this.directory = directory;
      this.writer = writer;
    }

    /** Adds an article, or replaces the one with the same id. Safe from several threads. */
    public void put(Article article) throws IOException {
      writer.updateDocument(new Term(Schema.ID, article.id()), Schema.document(article));
    }

    /**
     * Adds an article known not to be in the index: cheaper than {@link #put}, which must find and
     * delete an older version. Safe from several threads.
     */
    public void add(Article article) throws IOException {
      writer.addDocument(Schema.document(article));
    }

    /** Removes an article. Safe from several threads. */
    public void delete(String id) throws IOException {
      writer.deleteDocuments(new Term(Schema.ID, id));
    }

    /** Makes every change so far visible and durable, recording the store generation. */
    public void commit(long generation) throws IOException {
      writer.setLiveCommitData(
          Map.of(GENERATION, Long.toString(generation), SCHEMA, Schema.VERSION).entrySet());
      writer.commit();
    }

    /** Closes; changes since the last commit are dropped. */
    @Override
    public void close() throws IOException {
      try {
        if (writer.isOpen()) {
          writer.rollback();
        }
      } finally {
        directory.close();
      }
    }
  }

  static Query filtered(Query query, DateRange dates) {
    if (dates.isAll()) {
      return query;
    }
    long from = dates.since() == null ? Long.MIN_VALUE + 1 : dates.since().toEpochDay();
    long to = dates.until() == null ? Long.MAX_VALUE : dates.until().toEpochDay();
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(Schema.DATE, from, to), BooleanClause.Occur.FILTER)
        .build();
  }
}
