package news.archive.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.archive.Article;
import news.archive.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index beside the JSON files: derived from them, rebuilt from them at any time.
 *
 * <p>Each commit records the store generation it reflects and the {@link Schema#VERSION} it was
 * built with, so a reader can tell in one small read whether the index is in step.
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
      IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
          .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false);
      return new Writer(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** What the index knows of an input it was built from. */
  public record Known(String id, String sha256, String absolutePath) {}

  /** A page of search hits and how many there are in all. */
  public record Results(long total, List<Hit> hits) {}

  /** One commit of the index, opened for reading. */
  public static final class Searcher implements Closeable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = Schema.analyzer();

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

    /** Articles newest first, undated last, then by id. */
    public List<Article> list(DateRange dates, int offset, int limit) throws IOException {
      Query query = filtered(new MatchAllDocsQuery(), dates);
      Sort sort = new Sort(new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
          new SortField(Schema.ID, SortField.Type.STRING));
      int n = window(offset, limit);
      if (n == 0) {
        return List.of();
      }
      TopDocs top = searcher.search(query, n, sort);
      List<Article> out = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      for (int i = offset; i < top.scoreDocs.length; i++) {
        out.add(Schema.article(stored.document(top.scoreDocs[i].doc)));
      }
      return out;
    }

    /**
     * Articles that match every word of {@code text}, best first (BM25, title above body), with
     * a snippet each.
     */
    public Results search(String text, DateRange dates, int offset, int limit)
        throws IOException, QueryException {
      Query query = filtered(parse(text), dates);
      int n = window(offset, limit);
      long total = searcher.count(query);
      if (n == 0 || total == 0) {
        return new Results(total, List.of());
      }
      TopDocs top = searcher.search(query, n);
      int count = Math.max(0, top.scoreDocs.length - offset);
      int[] docIds = new int[count];
      for (int i = 0; i < count; i++) {
        docIds[i] = top.scoreDocs[offset + i].doc;
      }
      List<Snippets.Snippet> snippets = new Snippets(searcher, analyzer).of(query, docIds);
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        ScoreDoc sd = top.scoreDocs[offset + i];
        Snippets.Snippet s = snippets.get(i);
        hits.add(new Hit(Schema.article(stored.document(sd.doc)), sd.score, s.text(), s.marks()));
      }
      return new Results(total, hits);
    }

    private Query parse(String text) throws QueryException {
      Map<String, Float> boosts = new HashMap<>();
      boosts.put(Schema.TITLE, 2f);
      boosts.put(Schema.BODY, 1f);
      MultiFieldQueryParser parser = new MultiFieldQueryParser(
          new String[] {Schema.TITLE, Schema.BODY}, analyzer, boosts);
      parser.setDefaultOperator(QueryParser.Operator.AND);
      try {
        return parser.parse(text);
      } catch (ParseException e) {
        throw new QueryException(firstLine(e.getMessage()));
      }
    }

    /** The input an indexed article with these exact bytes came from. */
    public Optional<Known> bySha256(String sha256) throws IOException {
      return first(new TermQuery(new Term(Schema.SHA256, sha256)));
    }

    /** The article last imported from this absolute path. */
    public Optional<Known> byPath(String absolutePath) throws IOException {
      return first(new TermQuery(new Term(Schema.PATH, absolutePath)));
    }

    /** The article with this id, as the index knows it. */
    public Optional<Known> byId(String id) throws IOException {
      return first(new TermQuery(new Term(Schema.ID, id)));
    }

    private Optional<Known> first(Query query) throws IOException {
      TopDocs top = searcher.search(query, 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(new Known(d.get(Schema.ID), d.get(Schema.SHA256), d.get(Schema.PATH)));
    }

    private int window(int offset, int limit) {
      long n = (long) offset + limit;
      return (int) Math.min(n, Math.max(reader.maxDoc(), 0));
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

    /** Adds an article, or replaces the one with the same id. */
    public void put(Article article) throws IOException {
      writer.updateDocument(new Term(Schema.ID, article.id()), Schema.document(article));
    }

    public void delete(String id) throws IOException {
      writer.deleteDocuments(new Term(Schema.ID, id));
    }

    /** Makes every change so far visible and durable, recording the store generation. */
    public void commit(long generation) throws IOException {
      writer.setLiveCommitData(Map.of(GENERATION, Long.toString(generation),
          SCHEMA, Schema.VERSION).entrySet());
      writer.commit();
    }

    /** Drops changes since the last commit and closes. */
    public void rollback() throws IOException {
      try {
        writer.rollback();
      } finally {
        directory.close();
      }
    }

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

  private static String firstLine(String message) {
    if (message == null) {
      return "the query cannot be read";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
