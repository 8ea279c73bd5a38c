package news.archive.cli;

import picocli.CommandLine.Option;

/** {@code -q}, {@code --quiet}: the same option wherever a command can say less. */
final class Quiet {

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing but errors.")
  boolean on;
}
