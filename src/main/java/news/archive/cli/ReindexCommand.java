package news.archive.cli;

import picocli.CommandLine.Command;

/** {@code archive reindex}: rebuild the search index from the JSON files. */
@Command(
    name = "reindex",
    header = "Rebuild the search index from the files.",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index from the stored JSON files. Never needed in normal"
            + " use (commands rebuild a missing or stale index themselves); useful after editing"
            + " the files by hand.")
final class ReindexCommand extends BaseCommand {

  @Override
  public Integer call() {
    int n = archive().reindex();
    err().println("indexed " + n + " articles");
    return ExitCode.OK.code();
  }
}
