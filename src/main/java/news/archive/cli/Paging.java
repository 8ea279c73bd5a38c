package news.archive.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --limit} and {@code --offset}: which page of its results a command prints. Each command
 * that has them says what it prints and how many by default, in the instance it mixes in ({@code
 * new Paging("hits", 10)}); {@link #describe} writes that into the options' help, once for all of
 * them.
 */
final class Paging {

  /** What the command prints, in the plural: {@code hits}, {@code articles}. */
  private final String results;

  /** How many it prints without --limit; null for all of them. */
  private final Integer defaultLimit;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--limit", paramLabel = "N")
  Integer limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0")
  int offset;

  Paging(String results, Integer defaultLimit) {
    this.results = results;
    this.defaultLimit = defaultLimit;
  }

  /** The page size asked for: Integer.MAX_VALUE for all. */
  int limit() {
    return limit == null ? Integer.MAX_VALUE : limit;
  }

  int offset() {
    return offset;
  }

  /**
   * @throws ParameterException for a negative limit or offset
   */
  void check() {
    if (offset < 0) {
      throw new ParameterException(mixee.commandLine(), "--offset must be 0 or more");
    }
    if (limit != null && limit < 0) {
      throw new ParameterException(mixee.commandLine(), "--limit must be 0 or more");
    }
  }

  /** Gives the paging options of a command's help its own words and its default limit. */
  static void describe(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof Paging paging) {
        paging.describe(spec);
      }
    }
  }

  private void describe(CommandSpec spec) {
    replace(
        spec,
        "--limit",
        defaultLimit == null ? null : defaultLimit.toString(),
        "Print at most N "
            + results
            + (defaultLimit == null
                ? " (default: all of them)."
                : " (default: ${DEFAULT-VALUE})."));
    replace(
        spec, "--offset", null, "Skip the first N " + results + " (default: ${DEFAULT-VALUE}).");
  }

  private static void replace(CommandSpec spec, String name, String value, String description) {
    OptionSpec old = spec.findOption(name);
    OptionSpec.Builder b =
        OptionSpec.builder(old).description(List.of(description).toArray(String[]::new));
    if (value != null) {
      b.defaultValue(value);
    }
    spec.remove(old);
    spec.addOption(b.build());
  }
}
