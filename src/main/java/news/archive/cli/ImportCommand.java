package news.archive.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import news.archive.app.ImportReport;
import news.archive.app.ImportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code archive import PATH...}: parse text files and store them. */
@Command(
    name = "import",
    header = "Store articles from text files, web pages, folders or a backup.",
    mixinStandardHelpOptions = true,
    description = {
      "Parse news articles saved as text files or web pages and store them in the archive.",
      "Folders are searched recursively for files that match --glob (a saved page's folder"
          + " of pictures and scripts, NAME_files beside NAME.html, is skipped); '-' reads one"
          + " article from standard input, a web page when it starts like one. Files already stored are left alone (unchanged); the same"
          + " text in another file is stored once (duplicates); a file edited since its"
          + " import replaces its article (updated).",
      "A backup that export wrote is restored as it is, not parsed again: a file named on"
          + " the command line (or standard input) whose text starts as JSON does, whatever its"
          + " name, and in folders the files named FILE.ndjson or FILE.jsonl that --glob takes."
          + " A JSON file that is no such backup is refused in one line.",
      "Prints one line on stderr for each input that failed or needs a word (of many for one"
          + " reason, the first "
          + Progress.SHOWN_PER_REASON
          + " and how many more; all of them with -v), then a summary."
    })
@MissingArguments("give the files, folders or web pages to import, or - for standard input")
final class ImportCommand extends BaseCommand {

  /** How long Ctrl-C waits for the import to commit what it stored before the process ends. */
  private static final long INTERRUPT_GRACE_SECONDS = 60;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Text files, web pages, folders, or '-' for standard input.")
  List<String> paths;

  @Option(
      names = "--glob",
      paramLabel = "GLOB",
      defaultValue = "*.{txt,html,htm,xhtml}",
      description =
          "Which files to take from folders (default: ${DEFAULT-VALUE}). Matched"
              + " against the file name, or against the path below the folder when it holds a '/';"
              + " in any case unless it holds a capital letter.")
  String glob;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Date (YYYY-MM-DD) for articles whose text carries none, those stored already"
              + " without one too.")
  LocalDate date;

  @Option(
      names = "--max-bytes",
      paramLabel = "SIZE",
      // far above any news article, far below what would strain memory
      defaultValue = "8M",
      converter = ByteSize.class,
      description =
          "Refuse inputs larger than SIZE: bytes, or a whole number with K, M or G for KiB, MiB"
              + " or GiB (20M is 20 MiB; default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Mixin Quiet quiet;

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Print every failure and warning (else the first "
              + Progress.SHOWN_PER_REASON
              + " of each reason, then how many more), and name the stored article that each"
              + " duplicate repeats.")
  boolean verbose;

  @Option(
      names = "--force",
      description = "Import articles removed with rm before, instead of skipping them.")
  boolean force;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The name standard input ('-') is recorded under in the source (default: -).")
  String name;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The address the article on standard input was read at, kept in its source.")
  String url;

  @Option(
      names = "--no-wait",
      description =
          "When another archive command is writing to the store, fail at once"
              + " (exit code 5) instead of waiting for it.")
  boolean noWait;

  @Override
  public Integer call() {
    if (maxBytes < 1) {
      throw new ParameterException(spec.commandLine(), "--max-bytes must be at least 1");
    }
    Progress progress =
        new Progress(
            err(), env().stderrIsTerminal() && !quiet.on, env().clock(), quiet.on, verbose);
    // Ctrl-C: the import stops before its next input and commits what it stored, the summary
    // says so, and only then does the process end (with 130, as for any SIGINT)
    CountDownLatch finished = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              progress.stop();
              try {
                finished.await(INTERRUPT_GRACE_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "import-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      ImportReport report =
          archive()
              .importInputs(
                  new ImportRequest(
                      paths, glob, date, maxBytes, !noWait, env().stdin(), force, name, url),
                  progress);
      progress.finish();
      return finish(report);
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it ends now that the import has
      }
    }
  }

  private int finish(ImportReport report) {
    if (report.interrupted()) {
      err().println("interrupted: " + summary(report));
      return ExitCode.INTERRUPTED.code();
    }
    if (report.inputs() == 0) {
      note(
          "no input files found in "
              + String.join(", ", paths.stream().map(Text::quoted).toList())
              + " (folders are searched for "
              + glob
              + "; see --glob)");
      return ExitCode.IMPORT_FAILED.code();
    }
    if (!quiet.on) {
      err().println(summary(report));
    }
    return (report.failed() > 0 ? ExitCode.IMPORT_FAILED : ExitCode.OK).code();
  }

  /** The summary line: {@code imported 2, updated 0, unchanged 0, duplicates 0, failed 0}. */
  static String summary(ImportReport r) {
    ImportReport.Additions added = r.added();
    List<String> byDuplicates = new ArrayList<>();
    count(byDuplicates, added.dates(), "added a date");
    count(byDuplicates, added.agencies(), "added an agency");
    count(byDuplicates, added.outlets(), "added an outlet");
    count(byDuplicates, added.addresses(), "added an address");
    count(byDuplicates, added.duplicatesDatedByOption(), "dated by --date");
    List<String> byUnchanged = new ArrayList<>();
    count(byUnchanged, added.unchangedDatedByOption(), "dated by --date");
    String line =
        "imported "
            + r.imported()
            + ", updated "
            + r.updated()
            + ", unchanged "
            + r.unchanged()
            + bracketed(byUnchanged)
            + ", duplicates "
            + r.duplicates()
            + bracketed(byDuplicates)
            + ", failed "
            + r.failed();
    if (r.nearDuplicates() > 0) {
      line += ", near-duplicates " + r.nearDuplicates();
    }
    if (r.removed() > 0) {
      line += ", skipped " + r.removed() + " (removed earlier)";
    }
    List<String> notes = new ArrayList<>();
    if (r.undated() > 0) {
      notes.add(r.undated() + " without a date");
    }
    if (r.tooShort() > 0) {
      notes.add(r.tooShort() + " too short to compare, in no story");
    }
    return line + bracketed(notes);
  }

  private static void count(List<String> notes, int n, String what) {
    if (n > 0) {
      notes.add(n + " " + what);
    }
  }

  private static String bracketed(List<String> notes) {
    return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
  }
}
