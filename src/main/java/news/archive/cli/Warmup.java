package news.archive.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A training run for the JVM's start-up caches: the launcher runs it once, recording the classes it
 * loads into a class-data-sharing archive, so that every later command starts faster. It runs the
 * everyday commands on a throw-away store and prints nothing.
 */
public final class Warmup {

  private static final String ARTICLE =
      """
      Warm-up article for the archive

      Published 3 September 2018

      The archive reads this text once, so that the classes of every everyday command are known.

      It is imported, listed, searched and shown, then thrown away. (AFP)
      """;

  private Warmup() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("archive-warmup");
    try {
      Path file = dir.resolve("article.txt");
      Files.writeString(file, ARTICLE, StandardCharsets.UTF_8);
      String store = dir.resolve("store").toString();
      run("--store", store, "import", "--quiet", file.toString());
      run("--store", store, "search", "archive");
      run("--store", store, "search", "\"everyday commands\" OR read*", "--json");
      run("--store", store, "search", "archive", "--format", "ndjson", "--sort", "date");
      run("--store", store, "search", "archive", "--count");
      run("--store", store, "list");
      run("--store", store, "list", "--json", "--limit", "20");
      run("--store", store, "show", "--json", firstId(dir.resolve("store")));
      run("--store", store, "show", firstId(dir.resolve("store")));
      run("--store", store, "similar", firstId(dir.resolve("store")));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void run(String... args) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    Environment env =
        new Environment(
            Map.of(),
            new ByteArrayInputStream(new byte[0]),
            nowhere,
            nowhere,
            Clock.systemUTC(),
            false,
            false);
    ArchiveCommand.newCommandLine(env).execute(args);
  }

  private static String firstId(Path store) throws IOException {
    try (Stream<Path> files = Files.walk(store.resolve("articles"))) {
      String name =
          files.filter(Files::isRegularFile).findFirst().orElseThrow().getFileName().toString();
      return name.substring(0, name.indexOf('.'));
    }
  }
}
