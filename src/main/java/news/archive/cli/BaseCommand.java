package news.archive.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import news.archive.app.Archive;
import news.archive.app.Reader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the root's options, the streams, the archive. */
abstract class BaseCommand implements Callable<Integer> {

  @ParentCommand ArchiveCommand root;

  @Spec CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Environment env() {
    return root.env;
  }

  /** What the command's {@link MissingArguments} says, or null. */
  String missingArguments() {
    MissingArguments missing = getClass().getAnnotation(MissingArguments.class);
    return missing == null ? null : missing.value();
  }

  /** A one-line note on stderr. */
  void note(String message) {
    tell("archive: " + message);
  }

  /**
   * A line on stderr, after the results printed so far: stdout is buffered, stderr is not, and on a
   * terminal (or with {@code 2>&1}) a line about the results must not stand above them.
   */
  void tell(String line) {
    out().flush();
    err().println(line);
  }

  Archive archive() {
    return new Archive(env().store(root.store), env().clock(), this::note);
  }

  /** The archive for reading, in step with the files: the one opened ahead if there is one. */
  Reader reader() {
    if (root.earlyIndex != null) {
      Optional<Reader> early = root.earlyIndex.take(env().store(root.store));
      if (early.isPresent()) {
        return early.get();
      }
    }
    return archive().reader();
  }
}
