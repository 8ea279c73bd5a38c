package news.archive.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import news.archive.engine.Lookup;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryVector;
import org.apache.lucene.index.IndexReader;

/**
 * The import's look-ups answered from one index reader: a searcher's own, or one a writer's manager
 * lends for each call. Subclasses say only how a reader is had.
 */
abstract class IndexLookup implements Lookup {

  /** A question put to a reader. */
  interface Question<T> {
    T ask(IndexReader reader) throws IOException;
  }

  /** The answer to {@code question} from a reader as current as this look-up promises. */
  abstract <T> T ask(Question<T> question) throws IOException;

  @Override
  public Optional<Known> bySha256(String sha256) throws IOException {
    return ask(r -> TermLookup.lookup(r, Schema.SHA256, sha256));
  }

  @Override
  public Optional<Known> byPath(String absolutePath) throws IOException {
    return ask(r -> TermLookup.lookup(r, Schema.PATH, absolutePath));
  }

  @Override
  public Optional<Known> byId(String id) throws IOException {
    return ask(r -> TermLookup.lookup(r, Schema.ID, id));
  }

  @Override
  public List<Near> nearDuplicates(NearDuplicates.Signature signature) throws IOException {
    return ask(r -> TermLookup.near(r, signature));
  }

  @Override
  public List<Neighbour> storyNeighbours(StoryVector vector, Long day, int atMost)
      throws IOException {
    return ask(r -> StoryLookup.neighbours(r, vector, day, atMost));
  }

  @Override
  public int[] termCounts(long[] terms) throws IOException {
    return ask(r -> StoryLookup.counts(r, terms));
  }

  @Override
  public int storySize(String story, int atMost) throws IOException {
    return ask(r -> StoryLookup.size(r, story, atMost));
  }
}
