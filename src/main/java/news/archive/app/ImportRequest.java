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
 * @param force import articles the user removed before, instead of skipping them
 * @param stdinName the name standard input's source is recorded under, instead of {@code -}; or
 *     null
 * @param stdinUrl the address standard input's article was read at, recorded in its source; or null
 */
public record ImportRequest(
    List<String> paths,
    String glob,
    LocalDate defaultDate,
    long maxBytes,
    boolean waitForLock,
    InputStream stdin,
    boolean force,
    String stdinName,
    String stdinUrl) {

  /** The path that stands for standard input. */
  public static final String STDIN = "-";

  /** A request that skips removed articles and records standard input as {@code -}. */
  public ImportRequest(
      List<String> paths,
      String glob,
      LocalDate defaultDate,
      long maxBytes,
      boolean waitForLock,
      InputStream stdin) {
    this(paths, glob, defaultDate, maxBytes, waitForLock, stdin, false, null, null);
  }

  /** The same request for other paths; without standard input's name and address if not '-'. */
  ImportRequest withPaths(List<String> newPaths) {
    boolean withStdin = newPaths.contains(STDIN);
    return new ImportRequest(
        newPaths,
        glob,
        defaultDate,
        maxBytes,
        waitForLock,
        stdin,
        force,
        withStdin ? stdinName : null,
        withStdin ? stdinUrl : null);
  }

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
    if ((stdinName != null || stdinUrl != null) && !paths.contains(STDIN)) {
      throw new BadRequestException(
          "a name or address for standard input is given, but '-' is not among the inputs");
    }
    if (stdinName != null && stdinName.isBlank()) {
      throw new BadRequestException("the name for standard input is empty");
    }
  }
}
