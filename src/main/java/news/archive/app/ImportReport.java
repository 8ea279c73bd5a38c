package news.archive.app;

/**
 * What an import did, input by input summed up.
 *
 * @param imported new articles stored
 * @param updated articles replaced because their file changed
 * @param unchanged inputs already stored as they are
 * @param duplicates inputs whose article text is already stored from another input
 * @param failed inputs that could not be read or parsed
 * @param undated stored articles (new or updated) that carry no date
 */
public record ImportReport(
    int imported, int updated, int unchanged, int duplicates, int failed, int undated) {

  /** Every input the import looked at. */
  public int inputs() {
    return imported + updated + unchanged + duplicates + failed;
  }
}
