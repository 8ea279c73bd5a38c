package news.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a separate process, on one store, with the launcher's JVM settings. */
public final class Jar {
  private static final Path JAR = Path.of("target/archive.jar").toAbsolutePath();
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private final Path store;
  private final Path scratch;

  /**
   * @param scratch a folder for the output files of the processes
   */
  public Jar(Path store, Path scratch) {
    this.store = store;
    this.scratch = scratch;
  }

  /** What a finished process did. */
  public record Run(int code, String out, String err) {}

  /**
   * How long a process may take before it is taken for hung: far beyond what any of them needs, on
   * any machine, so that it never decides a test on a slow one.
   */
  public static final long HUNG_SECONDS = 600;

  /** A started process, with where its output goes. */
  public record Started(Process process, Path out, Path err) {
    /** Waits for the process to end (or to hang, see {@link #HUNG_SECONDS}). */
    public Run finish() throws IOException, InterruptedException {
      if (!process.waitFor(HUNG_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the process hung: not finished in " + HUNG_SECONDS + " s");
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    }
  }

  public Started start(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(JAVA);
    boolean writes = args.length > 0 && (args[0].equals("import") || args[0].equals("check"));
    command.addAll(
        writes
            ? List.of("-XX:+UseParallelGC", "-Xmx320m")
            : List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(List.of("-jar", JAR.toString(), "--store", store.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    return new Started(p, out, err);
  }

  public Run run(String... args) throws IOException, InterruptedException {
    return start(args).finish();
  }
}
