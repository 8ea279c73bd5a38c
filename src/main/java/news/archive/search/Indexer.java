package news.archive.search;

import java.io.IOException;
import news.archive.Article;
import news.archive.engine.Changes;
import news.archive.engine.Lookup;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryVector;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * The index opened for changes. Nothing is visible to other readers before {@link #commit}; this
 * writer's own {@link #live()} lookups see its changes as of the last {@link #refresh}.
 */
final class Indexer implements Changes {
  private final Directory directory;
  private final IndexWriter writer;
  private ReaderManager readers;

  Indexer(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /** Adds an article, or replaces the one with the same id. Safe from several threads. */
  @Override
  public void put(Article article) throws IOException {
    writer.updateDocument(new Term(Schema.ID, article.id()), Schema.document(article));
  }

  /**
   * {@link #put}, with the body's near-duplicate signature and the text's story vector already made
   * (null: none).
   */
  @Override
  public void put(Article article, NearDuplicates.Signature signature, StoryVector vector)
      throws IOException {
    writer.updateDocument(
        new Term(Schema.ID, article.id()), Schema.document(article, signature, vector));
  }

  /**
   * {@link #add}, with the body's near-duplicate signature and the text's story vector already made
   * (null: none).
   */
  @Override
  public void add(Article article, NearDuplicates.Signature signature, StoryVector vector)
      throws IOException {
    writer.addDocument(Schema.document(article, signature, vector));
  }

  /**
   * Adds an article known not to be in the index: cheaper than {@link #put}, which must find and
   * delete an older version. Safe from several threads.
   */
  @Override
  public void add(Article article) throws IOException {
    writer.addDocument(Schema.document(article));
  }

  /** Removes an article. Safe from several threads. */
  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(Schema.ID, id));
  }

  /**
   * Lookups in what this writer holds, committed or not, as of the last {@link #refresh} (or of the
   * first call). Safe from several threads, also while a refresh runs.
   */
  @Override
  public Lookup live() throws IOException {
    if (readers == null) {
      readers = new ReaderManager(writer);
    }
    ReaderManager manager = readers;
    return new IndexLookup() {
      @Override
      <T> T ask(Question<T> question) throws IOException {
        DirectoryReader reader = manager.acquire();
        try {
          return question.ask(reader);
        } finally {
          manager.release(reader);
        }
      }
    };
  }

  /**
   * Makes every change made so far, including deletions, visible to {@link #live()} lookups. Call
   * it when no change is under way: changes made while it runs may or may not be seen.
   */
  @Override
  public void refresh() throws IOException {
    if (readers != null) {
      readers.maybeRefreshBlocking();
    }
  }

  /** Makes every change so far visible and durable, recording the store generation. */
  @Override
  public void commit(long generation) throws IOException {
    writer.setLiveCommitData(ArticleIndex.commitData(generation).entrySet());
    writer.commit();
  }

  /** Closes; changes since the last commit are dropped. */
  @Override
  public void close() throws IOException {
    try {
      if (readers != null) {
        readers.close();
      }
    } finally {
      try {
        if (writer.isOpen()) {
          writer.rollback();
        }
      } finally {
        directory.close();
      }
    }
  }
}
