package news.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import news.archive.engine.Changes;
import news.archive.engine.Engine;
import news.archive.engine.Live;
import news.archive.engine.Snapshot;

/** The local index engine: a Lucene index in one folder of the store. */
public final class LuceneEngine implements Engine {
  private final Path dir;

  /** The index in {@code dir}, which need not exist yet. */
  public LuceneEngine(Path dir) {
    this.dir = dir;
  }

  @Override
  public Optional<Snapshot> open() throws IOException {
    return ArticleIndex.openSearcher(dir).map(Snapshot.class::cast);
  }

  @Override
  public Changes changes(boolean fresh) throws IOException {
    return ArticleIndex.openIndexer(dir, fresh);
  }

  @Override
  public Live live() throws IOException {
    return LiveIndex.open(dir);
  }
}
