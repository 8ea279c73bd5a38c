package news.archive.app;

/** An article's text is too short to compare with others: it is in no story, like no other. */
public final class TooShortException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  TooShortException(String message) {
    super(message);
  }
}
