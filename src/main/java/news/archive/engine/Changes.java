package news.archive.engine;

import java.io.Closeable;
import java.io.IOException;
import news.archive.Article;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryVector;

/**
 * Changes to the index, made by one writer at a time and seen by readers only once committed. The
 * changes are safe from several threads.
 */
public interface Changes extends Closeable {

  /** Adds an article, or replaces the one with the same id. */
  void put(Article article) throws IOException;

  /**
   * {@link #put}, with the body's near-duplicate signature and the text's story vector already made
   * (null: none).
   */
  void put(Article article, NearDuplicates.Signature signature, StoryVector vector)
      throws IOException;

  /**
   * Adds an article known not to be in the index: cheaper than {@link #put}, which must find and
   * replace an older version.
   */
  void add(Article article) throws IOException;

  /** {@link #add}, with the signature and vector already made (null: none). */
  void add(Article article, NearDuplicates.Signature signature, StoryVector vector)
      throws IOException;

  /** Removes an article. */
  void delete(String id) throws IOException;

  /**
   * Look-ups in what this writer holds, committed or not, as of the last {@link #refresh} (or of
   * the first call). Safe from several threads, also while a refresh runs.
   */
  Lookup live() throws IOException;

  /**
   * Makes every change made so far, including deletions, visible to {@link #live()} look-ups. Call
   * it when no change is under way: changes made while it runs may or may not be seen.
   */
  void refresh() throws IOException;

  /** Makes the changes durable and visible to new snapshots, recording the store generation. */
  void commit(long generation) throws IOException;
}
