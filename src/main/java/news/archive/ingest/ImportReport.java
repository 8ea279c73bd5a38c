package news.archive.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, file by file summed up.
 *
 * @param imported new articles stored
 * @param updated articles replaced because their file changed
 * @param unchanged inputs already stored as they are
 * @param duplicates inputs whose article text is already stored from another input
 * @param failed inputs that could not be read or parsed
 * @param undated stored articles (new or updated) that carry no date
 * @param written files written, to be made durable before the index commits
 */
public record ImportReport(
    int imported,
    int updated,
    int unchanged,
    int duplicates,
    int failed,
    int undated,
    List<Path> written) {

  public ImportReport {
    written = List.copyOf(written);
  }

  /** The summary line: {@code imported 2, updated 0, unchanged 0, duplicates 0, failed 0}. */
  public String summary() {
    String line =
        "imported "
            + imported
            + ", updated "
            + updated
            + ", unchanged "
            + unchanged
            + ", duplicates "
            + duplicates
            + ", failed "
            + failed;
    return undated == 0 ? line : line + " (" + undated + " without a date)";
  }
}
