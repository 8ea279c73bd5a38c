package news.archive.cli;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real command line (the same wiring as {@code main}) in this process, with a store in a
 * temporary folder and stdout and stderr captured.
 */
final class Cli {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private final Path store;
  private final Map<String, String> env = new HashMap<>();
  private boolean stdoutTerminal;
  private boolean stderrTerminal;
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  Cli(Path store) {
    this.store = store;
    env.put("ARCHIVE_HOME", store.toString());
  }

  Cli env(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      env.put(name, value);
    }
    return this;
  }

  Cli terminal(boolean stdout, boolean stderr) {
    this.stdoutTerminal = stdout;
    this.stderrTerminal = stderr;
    return this;
  }

  Cli clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  Path store() {
    return store;
  }

  Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  Result runWithInput(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin);
    Environment e =
        new Environment(
            Map.copyOf(env),
            in,
            new PrintWriter(out),
            new PrintWriter(err),
            clock,
            stdoutTerminal,
            stderrTerminal);
    int code = ArchiveCommand.newCommandLine(e).execute(args);
    Result result = new Result(code, out.toString(), err.toString());
    PrintedJson.check(args, result.out());
    return result;
  }

  /**
   * Runs with stdout and stderr going to one place, as on a terminal or with {@code 2>&1}: stdout
   * buffered and stderr not, as the real streams are. The result's {@code out} holds both, in the
   * order they would show; its {@code err} is empty.
   */
  Result runTogether(String... args) {
    StringWriter both = new StringWriter();
    Environment e =
        new Environment(
            Map.copyOf(env),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new BufferedWriter(both)),
            new PrintWriter(both, true),
            clock,
            stdoutTerminal,
            stderrTerminal);
    int code = ArchiveCommand.newCommandLine(e).execute(args);
    return new Result(code, both.toString(), "");
  }

  /** What a command did: its exit code and everything it printed. */
  record Result(int code, String out, String err) {
    List<String> outLines() {
      return out.isEmpty() ? List.of() : new ArrayList<>(List.of(out.split("\n")));
    }

    List<String> errLines() {
      return err.isEmpty() ? List.of() : new ArrayList<>(List.of(err.split("\n")));
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
