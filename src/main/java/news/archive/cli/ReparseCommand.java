package news.archive.cli;

import java.util.ArrayList;
import java.util.List;
import news.archive.app.ReparseListener;
import news.archive.app.ReparseReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive reparse [ID...]}: read stored articles again with the current parser. */
@Command(
    name = "reparse",
    header = "Read stored articles again with this version's parser.",
    mixinStandardHelpOptions = true,
    description = {
      "Read stored articles again from their original input bytes (kept in the store, or, for"
          + " articles stored before originals were kept, their source file if it is unchanged)"
          + " with this version's parser, and update the records it reads otherwise. An article"
          + " whose text now reads otherwise gets the id of that text; its old id still finds it.",
      "Ends with a summary on stderr: reparsed N, changed M. Articles whose original cannot be"
          + " had, or that no longer parse, get one line each on stderr, are left as they were,"
          + " and make the exit code 4."
    })
final class ReparseCommand extends BaseCommand {

  private static final int MAX_VALUE = 60;

  @Parameters(
      paramLabel = "ID",
      arity = "0..*",
      description = "Articles to read again, by id or unique prefix; all when none is given.")
  List<String> typed = new ArrayList<>();

  @Option(
      names = "--dry-run",
      description = "Store nothing; print, for each article that would change, what would.")
  boolean dryRun;

  @Override
  public Integer call() {
    List<String> prefixes = Ids.prefixes(spec, typed);
    ReparseReport report =
        archive()
            .reparse(
                prefixes,
                dryRun,
                new ReparseListener() {
                  @Override
                  public void changed(String id, List<Change> changes) {
                    if (dryRun) {
                      for (Change c : changes) {
                        out().println(id + "  " + c.field() + ": " + shown(c));
                      }
                    }
                  }

                  @Override
                  public void unreachable(String id, String reason) {
                    note(id + ": " + reason);
                  }

                  @Override
                  public void failed(String id, String reason) {
                    note(id + ": " + reason);
                  }
                });
    StringBuilder summary =
        new StringBuilder(dryRun ? "would change " + report.changed() + " of " : "")
            .append("reparsed ")
            .append(report.reparsed());
    if (!dryRun) {
      summary.append(", changed ").append(report.changed());
    }
    if (report.unreachable() > 0) {
      summary.append(", unreachable ").append(report.unreachable());
    }
    if (report.failed() > 0) {
      summary.append(", failed ").append(report.failed());
    }
    err().println(summary);
    return (report.unreachable() + report.failed() > 0 ? ExitCode.IMPORT_FAILED : ExitCode.OK)
        .code();
  }

  /** {@code before -> after}, long texts shown by their length. */
  private static String shown(ReparseListener.Change c) {
    return value(c.before()) + " -> " + value(c.after());
  }

  private static String value(Object v) {
    if (v == null) {
      return "null";
    }
    String s = v.toString();
    if (v instanceof String && s.length() > MAX_VALUE) {
      return "(" + s.length() + " characters)";
    }
    return v instanceof String ? Text.quoted(s) : s;
  }
}
