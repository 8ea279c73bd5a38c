package news.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import news.archive.DateRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index beside the JSON files: derived from them, rebuilt from them at any time. This
 * package is the only one that knows Lucene.
 *
 * <p>Each commit records the store generation it reflects and the {@link Schema#VERSION} it was
 * built with, so a reader can tell in one small read whether the index is in step. The index stores
 * every field of an article, so that listing and searching never open the JSON files, and keeps its
 * documents newest first, so that a page of {@code list} is read without a sort.
 */
final class ArticleIndex {

  /**
   * Lucene logs notes about the JVM it runs on (memory mapping, the Vector API) through
   * java.util.logging. They are for Lucene's developers, not for the user's terminal: muted before
   * any index is opened. A strong reference keeps the setting: the logging framework holds its
   * loggers only weakly.
   */
  @SuppressWarnings("UnusedVariable") // held, not read: see above
  private static final Logger LUCENE = quiet(Logger.getLogger("org.apache.lucene"));

  private static final String GENERATION = "generation";
  private static final String SCHEMA = "schema";

  /**
   * Memory for documents not yet written out. More means fewer segments to write and merge, within
   * the heap the launcher gives an import.
   */
  private static final double RAM_BUFFER_MB = 96;

  /**
   * The order of {@code list}. Its first key is indexed as points too, so that Lucene skips the
   * documents that cannot make a short page: a page costs about the same at any size.
   */
  static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(Schema.DATE_SORT, SortField.Type.LONG, true),
          new SortField(Schema.ID, SortField.Type.STRING));

  private ArticleIndex() {}

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** Opens the last commit of the index for reading, or empty when there is no index. */
  static Optional<Searcher> openSearcher(Path dir) throws IOException {
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
   * Opens the index for changes; {@code fresh} starts an empty index (readers still see the
   * previous commit until this one commits).
   */
  static Indexer openIndexer(Path dir, boolean fresh) throws IOException {
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
      return new Indexer(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  static Map<String, String> commitData(long generation) {
    return Map.of(GENERATION, Long.toString(generation), SCHEMA, Schema.VERSION);
  }

  static long generation(Map<String, String> commitData) {
    String g = commitData.get(GENERATION);
    try {
      return g == null ? -1 : Long.parseLong(g);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static boolean hasCurrentSchema(Map<String, String> commitData) {
    return Schema.VERSION.equals(commitData.get(SCHEMA));
  }

  /** The query kept to the range of dates: with an end set, undated articles are left out. */
  static Query filtered(Query query, DateRange dates) {
    return filtered(query, dates, false);
  }

  /** The query kept to the range, and with {@code undated} to the articles without a date too. */
  static Query filtered(Query query, DateRange dates, boolean undated) {
    if (dates.isAll()) {
      return query;
    }
    long from = dates.since() == null ? Long.MIN_VALUE + 1 : dates.since().toEpochDay();
    long to = dates.until() == null ? Long.MAX_VALUE : dates.until().toEpochDay();
    Query keep = LongPoint.newRangeQuery(Schema.DATE, from, to);
    if (undated) {
      keep =
          new BooleanQuery.Builder()
              .add(keep, BooleanClause.Occur.SHOULD)
              .add(UNDATED, BooleanClause.Occur.SHOULD)
              .build();
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(keep, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The articles without a date. */
  static final Query UNDATED = LongPoint.newExactQuery(Schema.DATE_SORT, Schema.UNDATED);
}
