package news.archive.engine;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryIndex;

/**
 * What an import asks of the index: the inputs its articles came from, the near-duplicates of a
 * body, and (as {@link StoryIndex}) the stories a new article may join.
 */
public interface Lookup extends StoryIndex {

  /** What the index knows of an input it was built from. */
  record Known(String id, String sha256, String absolutePath) {}

  /** The input an indexed article with these exact bytes came from. */
  Optional<Known> bySha256(String sha256) throws IOException;

  /** The article last imported from this absolute path. */
  Optional<Known> byPath(String absolutePath) throws IOException;

  /** The article with this id, as the index knows it. */
  Optional<Known> byId(String id) throws IOException;

  /**
   * An indexed article whose body is this much like another's.
   *
   * @param day its date as an epoch day, or null when it has none
   */
  record Near(String id, double similarity, Long day) {}

  /**
   * The indexed articles whose bodies nearly repeat one with this signature (see {@link
   * NearDuplicates}), most alike first, then by id.
   */
  default List<Near> nearDuplicates(NearDuplicates.Signature signature) throws IOException {
    return List.of();
  }
}
