package news.archive.app;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to import, and how.
 *
 * @param paths files, folders, and {@code -} for standard input, in the order given
 * @param glob names of files to take from folders
 * @param defaultDate date for articles whose text carries none, or null
 * @param maxBytes larger inputs are refused
 * @param waitForLock when another command writes to the store: wait for it, or fail at once
 * @param stdin what {@code -} reads
 */
public record ImportRequest(
    List<String> paths,
    String glob,
    LocalDate defaultDate,
    long maxBytes,
    boolean waitForLock,
    InputStream stdin) {

  /** The path that stands for standard input. */
  public static final String STDIN = "-";

  /**
   * @throws BadRequestException when standard input is given more than once: it can be read once
   */
  public ImportRequest {
    paths = List.copyOf(paths);
    Objects.requireNonNull(glob, "glob");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
    }
    if (paths.stream().filter(STDIN::equals).count() > 1) {
      throw new BadRequestException(
          "standard input ('-') is given more than once; it can be read only once");
    }
  }
}
