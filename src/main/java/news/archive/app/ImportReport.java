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
 * @param removed inputs skipped because the user removed their article before
 * @param interrupted the import was stopped before its last input (see {@link
 *     ImportListener#stopped}); the counts say what it did until then
 * @param nearDuplicates of the new articles, those whose text nearly repeats a stored one's
 * @param tooShort of the articles stored with a new text, those too short to compare with others:
 *     in no story
 * @param added what inputs whose article was stored already added to it
 */
public record ImportReport(
    int imported,
    int updated,
    int unchanged,
    int duplicates,
    int failed,
    int undated,
    int removed,
    boolean interrupted,
    int nearDuplicates,
    int tooShort,
    Additions added) {

  /**
   * What inputs whose text was stored already gave the stored article where it lacked it: counts of
   * articles.
   *
   * @param dates dated by a duplicate's text
   * @param agencies credited to the agencies a duplicate names
   * @param outlets given the outlet a duplicate names
   * @param addresses given the address a duplicate was read at
   * @param duplicatesDatedByOption dated by {@code --date}, given with a duplicate
   * @param unchangedDatedByOption dated by {@code --date}, given with their own unchanged input
   */
  public record Additions(
      int dates,
      int agencies,
      int outlets,
      int addresses,
      int duplicatesDatedByOption,
      int unchangedDatedByOption) {
    public static final Additions NONE = new Additions(0, 0, 0, 0, 0, 0);
  }

  /**
   * A report of an import that ran to its end and skipped nothing removed, with no near-duplicates.
   */
  public ImportReport(
      int imported, int updated, int unchanged, int duplicates, int failed, int undated) {
    this(imported, updated, unchanged, duplicates, failed, undated, 0, false, 0, 0, Additions.NONE);
  }

  /** This report with what a restore of backups did added. */
  ImportReport plus(Restorer r) {
    return new ImportReport(
        imported + r.imported,
        updated + r.updated,
        unchanged + r.unchanged,
        duplicates,
        failed + r.failed,
        undated,
        removed + r.removed,
        interrupted,
        nearDuplicates,
        tooShort,
        added);
  }

  /** Every input the import looked at. */
  public int inputs() {
    return imported + updated + unchanged + duplicates + failed + removed;
  }
}
