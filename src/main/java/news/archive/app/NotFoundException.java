package news.archive.app;

import java.time.LocalDate;
import java.util.List;

/** No article has the id asked for, or the prefix given fits several (listed). */
public final class NotFoundException extends ArchiveException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of records
  private final List<Candidate> candidates;

  NotFoundException(String message, List<Candidate> candidates) {
    super(message);
    this.candidates = List.copyOf(candidates);
  }

  /** The articles a prefix fits when it fits several, in id order; empty when it fits none. */
  public List<Candidate> candidates() {
    return candidates;
  }

  /**
   * One article a prefix fits, as a person tells them apart.
   *
   * @param date its date, or null
   * @param title its title, or null when its record cannot be read
   */
  public record Candidate(String id, LocalDate date, String title) {}
}
