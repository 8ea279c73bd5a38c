package news.archive.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import news.archive.Problems;

/**
 * The files an import reads, found from the paths the user typed: files as they are, folders
 * searched recursively for names that match the glob, {@code -} for standard input.
 */
final class Inputs {

  /** The path that stands for standard input. */
  static final String STDIN = "-";

  /**
   * One input to read, or a path that could not be used and why.
   *
   * @param size the size a folder walk saw, so that the file need not be looked at again; -1 for
   *     files named on the command line
   */
  record Input(String shown, Path file, long size, String problem) {
    static Input of(String shown, Path file) {
      return new Input(shown, file, -1, null);
    }

    static Input failed(String shown, String problem) {
      return new Input(shown, null, -1, problem);
    }

    boolean isStdin() {
      return file == null && problem == null;
    }
  }

  private Inputs() {}

  /**
   * Expands the typed paths in order. A glob without a slash is matched against file names; one
   * with a slash against the path below the folder given.
   */
  static List<Input> expand(List<String> typed, String glob) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    boolean byRelativePath = glob.contains("/");
    List<Input> out = new ArrayList<>();
    for (String arg : typed) {
      if (arg.equals(STDIN)) {
        out.add(Input.of(STDIN, null));
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (RuntimeException e) {
        out.add(Input.failed(arg, "not a valid path"));
        continue;
      }
      if (Files.isDirectory(path)) {
        walk(arg, path, matcher, byRelativePath, out);
      } else if (Files.exists(path) || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        out.add(Input.of(arg, path));
      } else {
        out.add(Input.failed(arg, "no such file or folder"));
      }
    }
    return out;
  }

  private static void walk(
      String shown, Path dir, PathMatcher matcher, boolean byRelativePath, List<Input> out) {
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              Path relative = dir.relativize(file);
              Path name = file.getFileName();
              if (!matcher.matches(byRelativePath ? relative : name)) {
                return FileVisitResult.CONTINUE;
              }
              String where = shownPath(shown, relative);
              found.add(
                  attrs.isRegularFile()
                      ? new Input(where, file, attrs.size(), null)
                      : Input.failed(where, "not a regular file (a device, pipe or socket)"));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String reason =
                  e instanceof FileSystemLoopException
                      ? "symbolic link loop, skipped"
                      : Problems.describe(e);
              found.add(Input.failed(shownPath(shown, dir.relativize(file)), reason));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      found.add(Input.failed(shown, Problems.describe(e)));
    }
    found.sort(Comparator.comparing(Input::shown));
    out.addAll(found);
  }

  /** The path as the user would type it: the folder they gave, then the path below it. */
  private static String shownPath(String folder, Path relative) {
    String rel = relative.toString();
    if (rel.isEmpty()) {
      return folder;
    }
    return folder.endsWith("/") ? folder + rel : folder + "/" + rel;
  }
}
