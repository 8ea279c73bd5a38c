package news.archive.app;

import java.util.Optional;
import news.archive.Article;
import news.archive.engine.Lookup;
import news.archive.ingest.Inputs;
import news.archive.parse.ParsedArticle;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryVector;

/**
 * An input after the first stage of an import: the reason it could not be read or parsed, or its
 * bytes with what the index knew of them when they were read. Bytes the index held already are not
 * parsed unless judging finds otherwise. Only carried, never compared.
 */
sealed interface Prepared {

  Inputs.Input input();

  /** An input that could not be read, or whose bytes hold no article. */
  record Failed(Inputs.Input input, String problem) implements Prepared {}

  /** An input that was read: its bytes, and the epoch of the index view that was asked of them. */
  sealed interface Read extends Prepared {
    Article.Source source();

    byte[] bytes();

    int epoch();

    /** What the index of {@link #epoch} knew of these bytes. */
    Optional<Lookup.Known> known();
  }

  /** Bytes the index of {@code epoch} held already: most likely unchanged, so not parsed yet. */
  @SuppressWarnings("ArrayRecordComponent")
  record Known(
      Inputs.Input input, Article.Source source, byte[] bytes, int epoch, Lookup.Known stored)
      implements Read {
    @Override
    public Optional<Lookup.Known> known() {
      return Optional.of(stored);
    }
  }

  /**
   * Bytes parsed: the index of {@code epoch} did not hold them, or judging found that what it held
   * is gone.
   *
   * @param signature the body's near-duplicate signature, or null (too short)
   * @param vector the text's story vector, or null (too short)
   */
  @SuppressWarnings("ArrayRecordComponent")
  record Parsed(
      Inputs.Input input,
      Article.Source source,
      byte[] bytes,
      int epoch,
      ParsedArticle parsed,
      NearDuplicates.Signature signature,
      StoryVector vector)
      implements Read {
    @Override
    public Optional<Lookup.Known> known() {
      return Optional.empty();
    }
  }
}
