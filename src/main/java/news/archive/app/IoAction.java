package news.archive.app;

import java.io.IOException;

/** Work on the store or the index that may fail as their I/O does. */
@FunctionalInterface
interface IoAction {
  void run() throws IOException;
}
