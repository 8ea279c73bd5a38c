package news.archive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive check}: verify the store, and repair it on request. */
@Command(
    name = "check",
    header = "Verify the store, and repair it on request.",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the store: every JSON file is an article record whose id matches its name and"
          + " its text, no temporary files are left over, and the search index holds exactly"
          + " the stored articles. Prints one line for each problem, on stdout; exit code 0"
          + " when there is none, 5 when there are.",
      "With --repair: removes leftovers, gives records edited by hand the id of their text,"
          + " moves files that are not article records into quarantine/ in the store (never"
          + " deletes them), and rebuilds the index; each line then says what was done."
    })
final class CheckCommand extends BaseCommand {

  @Option(names = "--repair", description = "Repair what is wrong.")
  boolean repair;

  @Override
  public Integer call() {
    boolean sound = archive().check(repair, line -> out().println(line));
    return (sound ? ExitCode.OK : ExitCode.STORE).code();
  }
}
