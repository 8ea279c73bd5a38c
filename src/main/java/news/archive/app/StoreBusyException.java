package news.archive.app;

/** Another archive command is writing to the store, and the caller asked not to wait. */
public final class StoreBusyException extends StoreException {
  private static final long serialVersionUID = 1L;

  StoreBusyException(String message) {
    super(message);
  }
}
