package news.archive.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of --limit and --offset. */
final class Paging {
  private Paging() {}

  static void check(CommandSpec spec, int offset, Integer limit) {
    if (offset < 0) {
      throw new ParameterException(spec.commandLine(), "--offset must be 0 or more");
    }
    if (limit != null && limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
    }
  }
}
