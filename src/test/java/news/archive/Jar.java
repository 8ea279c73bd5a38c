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

  /** A started process, with where its output goes. */
  public record Started(Process process, Path out, Path err) {
    public Run finish(long seconds) throws IOException, InterruptedException {
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the process did not finish in " + seconds + " s");
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
    return start(args).finish(300);
  }
}
