package news.archive.engine;

import java.io.IOException;
import java.util.Optional;

/**
 * An index engine: where the archive's articles are indexed and searched. The store's files are the
 * truth; an engine holds what can be rebuilt from them. The application asks an engine for nothing
 * else than this, so another engine can stand in for the local one.
 */
public interface Engine {

  /** The index's last commit, for reading; empty when there is no index yet. */
  Optional<Snapshot> open() throws IOException;

  /**
   * A writer for the index; with {@code fresh}, over an index emptied first (its commit replaces
   * the old one whole).
   */
  Changes changes(boolean fresh) throws IOException;

  /** The index for a long-running reader, as of its last commit. */
  Live live() throws IOException;
}
