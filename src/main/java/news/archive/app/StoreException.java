package news.archive.app;

/**
 * The store cannot be read or written: it is missing, damaged, not permitted, full, or (see {@link
 * StoreBusyException}) busy.
 */
public class StoreException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
