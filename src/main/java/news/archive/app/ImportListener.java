package news.archive.app;

/** What an import reports as it goes; every call comes from one thread, in input order. */
public interface ImportListener {
  /** An input could not be imported; the reason is one line. */
  void failed(String path, String reason);

  /** An input was imported, but something about it is worth a line. */
  void warning(String path, String message);

  /** An input holds the text of a stored article, {@code id}, and is recorded among its sources. */
  default void duplicate(String path, String id) {}

  /** An input holds the text of an article the user removed, {@code id}, and was skipped. */
  default void removed(String path, String id) {}

  /**
   * Before the first input: {@code count} temporary files, left by writes to the store that did not
   * finish, were removed.
   */
  default void temporariesRemoved(int count) {}

  /**
   * Asked before each input: true stops the import there. What was stored so far is kept whole,
   * made durable and committed, and the report says it was interrupted.
   */
  default boolean stopped() {
    return false;
  }

  /**
   * Whether {@link #progress} is shown to anyone: then the inputs are counted before the first is
   * read, so that its total is known from the start.
   */
  default boolean showsProgress() {
    return false;
  }

  /** While the inputs are counted, before the first is read: {@code found} so far. */
  default void counting(int found) {}

  /**
   * {@code done} inputs are finished, of {@code total}; {@code total} is -1 while the inputs are
   * still being found, unless they were counted first (see {@link #showsProgress}).
   */
  void progress(int done, int total);
}
