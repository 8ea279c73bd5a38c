package news.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged program as a separate process, on one store, as the launcher runs it. */
public final class Jar {
  private static final Path LAUNCHER = Path.of("bin/archive").toAbsolutePath();

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

  /**
   * Starts the packaged program as the launcher would run it, with the JVM and the settings it
   * chooses for the command (see {@link #launcherCommand}), but without the launcher's shell in
   * between: a kill reaches the JVM itself.
   */
  public Started start(String... args) throws IOException {
    List<String> typed = new ArrayList<>(List.of("--store", store.toString()));
    typed.addAll(List.of(args));
    List<String> command = launcherCommand(typed);
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

  /** The java command line bin/archive runs for these arguments: it prints it when asked. */
  public static List<String> launcherCommand(List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("ARCHIVE_LAUNCHER_PRINT", "1");
    Process p = pb.start();
    String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(HUNG_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError("bin/archive could not say what it runs: " + printed);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return printed.lines().toList();
  }

  public Run run(String... args) throws IOException, InterruptedException {
    return start(args).finish();
  }
}
