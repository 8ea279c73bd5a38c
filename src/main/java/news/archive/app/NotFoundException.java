package news.archive.app;

import java.util.List;

/** No article has the id asked for, or the prefix given fits several (listed). */
public final class NotFoundException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of strings
  private final List<String> candidates;

  NotFoundException(String message, List<String> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /** The ids a prefix fits when it fits several; empty when it fits none. */
  public List<String> candidates() {
    return candidates;
  }
}
