package news.archive.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One-line, human descriptions of file-system failures, for messages that name the file themselves.
 * Every layer that touches files tells its failures this way; this package depends on nothing of
 * the project.
 */
public final class Problems {

  private Problems() {}

  /** What went wrong, without the path (the caller names it) and without a class name. */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
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
