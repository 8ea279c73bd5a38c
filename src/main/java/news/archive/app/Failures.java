package news.archive.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import news.archive.io.Problems;

/** I/O failures of the store, told as the use cases' own exception. */
final class Failures {
  private Failures() {}

  static StoreException store(IOException e) {
    return new StoreException(Problems.describeWithFile(e), e);
  }

  static StoreException store(UncheckedIOException e) {
    return store(e.getCause());
  }
}
