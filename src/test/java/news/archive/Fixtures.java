package news.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test inputs: the seed articles of the project and the fixtures under src/test/resources. */
public final class Fixtures {
  public static final String SEED_0 = "000_c18b5ebc7adb69e4.txt";
  public static final String SEED_1 = "001_1c9dcb8e75484973.txt";

  private Fixtures() {}

  /** The project's seeds/ folder; tests run with the project folder as working directory. */
  public static Path seeds() {
    Path seeds = Path.of("seeds").toAbsolutePath();
    if (!Files.isDirectory(seeds)) {
      throw new IllegalStateException("tests must run from the project folder: no " + seeds);
    }
    return seeds;
  }

  public static byte[] seed(String name) {
    try {
      return Files.readAllBytes(seeds().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A fixture from src/test/resources, by path below it, for example {@code
   * parse/leading-date.txt}.
   */
  public static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of the parser fixtures, for tests that run over all of them. */
  public static List<String> parseFixtures() {
    return List.copyOf(Stream.concat(texts("parse").stream(), texts("fidelity").stream()).toList());
  }

  /** The text files of a fixture folder, as resource names. */
  private static List<String> texts(String folder) {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources", folder))) {
      return files
          .map(p -> folder + "/" + p.getFileName())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
