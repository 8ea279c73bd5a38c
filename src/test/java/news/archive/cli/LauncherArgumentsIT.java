package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import news.archive.Jar;
import org.junit.jupiter.api.Test;

/**
 * The launcher picks the JVM's settings by the command before the program starts, so it finds the
 * command in the arguments itself. It must find the one the program finds ({@link Arguments#scan}):
 * this holds the two to one rule.
 */
class LauncherArgumentsIT {

  /** The commands that run long and get the import settings (see bin/archive). */
  private static final Set<String> LONG = Set.of("import", "reparse", "reindex", "check", "export");

  @Test
  void theLauncherFindsTheCommandTheProgramFinds() throws Exception {
    List<List<String>> cases =
        List.of(
            List.of("import", "seeds"),
            List.of("--store", "import", "search", "x"),
            List.of("--store=/s", "check"),
            List.of("--debug", "--store", "/s", "reindex", "--help"),
            List.of("search", "import"),
            List.of("--", "import"),
            List.of("--version"),
            List.of("list", "--store"),
            List.of("--store"),
            List.of("export", "-o", "backup.ndjson"));
    for (List<String> args : cases) {
      String command = Arguments.scan(args.toArray(String[]::new)).command();
      boolean parallel = Jar.launcherCommand(args).contains("-XX:+UseParallelGC");
      assertEquals(command != null && LONG.contains(command), parallel, "arguments " + args);
    }
  }
}
