package news.archive.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/**
 * One-line, human descriptions of file-system failures, for messages that name the file themselves.
 * Every layer that touches files tells its failures this way; this package depends on nothing of
 * the project.
 */
public final class Problems {

  /** Failures that say what they are by their class alone; none of them is a kind of another. */
  private static final Map<Class<? extends IOException>, String> KNOWN =
      Map.of(
          NoSuchFileException.class, "no such file or folder",
          AccessDeniedException.class, "permission denied",
          FileSystemLoopException.class, "symbolic link loop",
          NotDirectoryException.class, "not a folder",
          FileAlreadyExistsException.class, "already exists",
          DirectoryNotEmptyException.class, "folder not empty");

  private Problems() {}

  /** What went wrong, without the path (the caller names it) and without a class name. */
  public static String describe(IOException e) {
    for (Map.Entry<Class<? extends IOException>, String> known : KNOWN.entrySet()) {
      if (known.getKey().isInstance(e)) {
        return known.getValue();
      }
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return lowerFirst(fse.getReason());
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : lowerFirst(message);
  }

  /** The same, with the file the failure concerns when the exception knows it. */
  public static String describeWithFile(IOException e) {
    if (e instanceof FileSystemException fse && fse.getFile() != null) {
      return fse.getFile() + ": " + describe(e);
    }
    return describe(e);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
