package news.archive.app;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Imports as the tests run them. */
public final class Imports {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  /** A listener that ignores warnings and progress and fails the test on a failed input. */
  public static final ImportListener SILENT =
      new ImportListener() {
        @Override
        public void failed(String path, String reason) {
          throw new AssertionError(path + ": " + reason);
        }

        @Override
        public void warning(String path, String message) {}

        @Override
        public void progress(int done, int total) {}
      };

  private Imports() {}

  static Archive archive(Path store, List<String> notices) {
    return new Archive(store, Clock.fixed(NOW, ZoneOffset.UTC), notices::add);
  }

  static ImportRequest request(boolean wait, String... paths) {
    return new ImportRequest(
        List.of(paths), "*.txt", null, 1 << 20, wait, new ByteArrayInputStream(new byte[0]));
  }

  static ImportReport run(Archive archive, String... paths) {
    return archive.importInputs(request(true, paths), SILENT);
  }

  /** Records what the import says, and how many inputs it has judged (read from any thread). */
  static class Recorder implements ImportListener {
    final List<String> lines = new ArrayList<>();
    volatile int judged;

    @Override
    public void failed(String path, String reason) {
      lines.add(path + ": " + reason);
    }

    @Override
    public void warning(String path, String message) {
      lines.add(path + ": warning: " + message);
    }

    @Override
    public void progress(int done, int total) {
      judged = done;
    }
  }
}
