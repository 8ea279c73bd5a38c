package news.archive.app;

import news.archive.engine.Engine;
import news.archive.search.LuceneEngine;
import news.archive.store.ArticleStore;

/**
 * The one place the index engine is chosen: the rest of the application knows only {@link Engine}.
 */
final class Engines {
  private Engines() {}

  /** The engine that indexes this store: the local Lucene index in its index folder. */
  static Engine of(ArticleStore store) {
    return new LuceneEngine(store.indexDir());
  }
}
