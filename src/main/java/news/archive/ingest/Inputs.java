package news.archive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import news.archive.io.Problems;

/**
 * The inputs of an import, found from the paths the user typed: files as they are, folders searched
 * recursively for names that match the glob, {@code -} for standard input; and their bytes, read
 * with a limit.
 *
 * <p>Folders are walked lazily, one folder's listing at a time, in name order: an import of a
 * million files never holds a million paths.
 */
public final class Inputs implements Iterator<Inputs.Input> {

  /** The path that stands for standard input. */
  public static final String STDIN = "-";

  /**
   * One input to read, or a path that could not be used and why.
   *
   * @param shown the path as the user would type it
   * @param file the file, or null for standard input and for a path that could not be used
   * @param size the size seen when the input was found
   * @param problem why the path cannot be read, or null
   */
  public record Input(String shown, Path file, long size, String problem) {
    static Input failed(String shown, String problem) {
      return new Input(shown, null, -1, Objects.requireNonNull(problem));
    }

    public boolean isStdin() {
      return file == null && problem == null;
    }
  }

  private final Path workingDir;
  private final Iterator<String> typed;
  private final PathMatcher matcher;
  private final boolean byRelativePath;

  /** A glob without a capital letter matches names in any case ("smart case"). */
  private final boolean anyCase;

  /** The folders being walked: the deepest last. */
  private final Deque<Folder> walking = new ArrayDeque<>();

  private Input next;

  /**
   * The inputs of the typed paths, in order. A glob without a slash is matched against file names;
   * one with a slash against the path below the folder given. A glob without a capital letter
   * matches in any case ({@code *.txt} takes {@code A.TXT}); one with a capital matches exactly.
   */
  public static Inputs expand(List<String> typed, String glob) {
    return expand(Path.of("").toAbsolutePath(), typed, glob);
  }

  /** The inputs of paths typed in the folder {@code workingDir} (absolute). */
  static Inputs expand(Path workingDir, List<String> typed, String glob) {
    return new Inputs(workingDir, typed, glob);
  }

  private Inputs(Path workingDir, List<String> typed, String glob) {
    this.workingDir = workingDir;
    this.typed = List.copyOf(typed).iterator();
    this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    this.byRelativePath = glob.contains("/");
    this.anyCase = glob.equals(glob.toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (!walking.isEmpty()) {
        next = walkOn();
      } else if (typed.hasNext()) {
        next = typed(typed.next());
      } else {
        return false;
      }
    }
    return true;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input n = next;
    next = null;
    return n;
  }

  /** A path as typed: an input, or null when it is a folder, whose walk has begun. */
  private Input typed(String arg) {
    if (arg.equals(STDIN)) {
      return new Input(STDIN, null, -1, null);
    }
    Path path;
    try {
      path = workingDir.resolve(arg);
    } catch (RuntimeException e) {
      return Input.failed(arg, "not a valid path");
    }
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return Input.failed(arg, Problems.describe(e));
    }
    if (attrs.isDirectory()) {
      return open(new Folder(shownFolder(arg, path), path, Path.of(""), attrs.fileKey(), null));
    }
    return file(arg, path, attrs);
  }

  /**
   * How a folder typed as {@code arg} begins the paths of its files: as typed, unless it has no
   * name of its own ({@code .}, {@code ..}, {@code sub/..}), when it is the absolute path. A record
   * outlives the working folder: {@code ./afp.txt} would name the {@code afp.txt} of any folder an
   * import was run in.
   */
  private static String shownFolder(String arg, Path path) {
    Path name = Path.of(arg).getFileName();
    if (name == null || name.toString().isEmpty() || name.toString().matches("\\.\\.?")) {
      return path.toAbsolutePath().normalize().toString();
    }
    return arg;
  }

  private static Input file(String shown, Path path, BasicFileAttributes attrs) {
    return attrs.isRegularFile()
        ? new Input(shown, path, attrs.size(), null)
        : Input.failed(shown, "not a regular file (a device, pipe or socket)");
  }

  /**
   * One folder being walked: its entries in the order their paths sort (a folder's entries sort as
   * if its name ended with a slash, so the walk gives the paths in string order).
   */
  private static final class Folder {
    final String top;
    final Path dir;
    final Path relative;
    final Object key;
    final Folder parent;
    Iterator<Entry> entries;

    /** The names of the folder's files, in lower case: a saved page is looked for among them. */
    Set<String> fileNames;

    Folder(String top, Path dir, Path relative, Object key, Folder parent) {
      this.top = top;
      this.dir = dir;
      this.relative = relative;
      this.key = key;
      this.parent = parent;
    }

    boolean isInside(Object otherKey) {
      for (Folder f = this; f != null; f = f.parent) {
        if (f.key != null && f.key.equals(otherKey)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Lists a folder and starts walking it; a folder that cannot be listed is a failed input. */
  private Input open(Folder folder) {
    List<Entry> entries = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder.dir)) {
      for (Path p : listing) {
        entries.add(Entry.of(p));
      }
    } catch (IOException e) {
      return Input.failed(shownPath(folder.top, folder.relative), Problems.describe(e));
    }
    entries.sort(Comparator.comparing(Entry::key));
    Set<String> fileNames = new HashSet<>();
    for (Entry e : entries) {
      if (e.attrs() != null && e.attrs().isRegularFile()) {
        fileNames.add(e.path().getFileName().toString().toLowerCase(Locale.ROOT));
      }
    }
    folder.fileNames = fileNames;
    folder.entries = entries.iterator();
    walking.push(folder);
    return null;
  }

  /**
   * An entry of a folder, with what it is (following symbolic links; a link to nothing as itself;
   * null when it could not be told), and the key it sorts by.
   */
  private record Entry(Path path, BasicFileAttributes attrs, IOException problem, String key) {
    static Entry of(Path p) {
      String name = p.getFileName().toString();
      try {
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
          attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        return new Entry(p, attrs, null, attrs.isDirectory() ? name + "/" : name);
      } catch (IOException e) {
        return new Entry(p, null, e, name);
      }
    }
  }

  /** The next input of the deepest folder, or null when a folder was entered or left. */
  private Input walkOn() {
    Folder folder = walking.peek();
    if (!folder.entries.hasNext()) {
      walking.pop();
      return null;
    }
    Entry entry = folder.entries.next();
    Path relative = folder.relative.resolve(entry.path().getFileName().toString());
    String shown = shownPath(folder.top, relative);
    if (entry.attrs() == null) {
      return entry.problem() instanceof NoSuchFileException
          ? null // removed while the folder was walked
          : Input.failed(shown, Problems.describe(entry.problem()));
    }
    if (entry.attrs().isDirectory()) {
      if (isSavedPageAssets(entry.path().getFileName().toString(), folder.fileNames)) {
        return null;
      }
      if (folder.isInside(entry.attrs().fileKey())) {
        return Input.failed(shown, "symbolic link loop, skipped");
      }
      return open(new Folder(folder.top, entry.path(), relative, entry.attrs().fileKey(), folder));
    }
    Path matched = byRelativePath ? relative : entry.path().getFileName();
    if (anyCase) {
      matched = Path.of(matched.toString().toLowerCase(Locale.ROOT));
    }
    if (!matcher.matches(matched)) {
      return null;
    }
    return file(shown, entry.path(), entry.attrs());
  }

  /**
   * The folder a browser saves a page's pictures, styles and scripts in: {@code NAME_files} (or
   * {@code NAME-files}) beside {@code NAME.html} or {@code NAME.htm}, in any case ({@code
   * Story_files} beside {@code Story.HTML}), among the lower-case names of the folder's files. Its
   * pages are parts of the saved page (frames, adverts), not articles of their own.
   */
  static boolean isSavedPageAssets(String dirName, Set<String> fileNames) {
    String name = dirName.toLowerCase(Locale.ROOT);
    for (String suffix : ASSET_SUFFIXES) {
      if (name.length() > suffix.length() && name.endsWith(suffix)) {
        String page = name.substring(0, name.length() - suffix.length());
        for (String ext : PAGE_EXTENSIONS) {
          if (fileNames.contains(page + ext)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** In lower case, as names are compared. */
  private static final List<String> ASSET_SUFFIXES =
      List.of("_files", "-files", "_archivos", "-dateien", "_fichiers");

  private static final List<String> PAGE_EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml");

  /** The path as the user would type it: the folder they gave, then the path below it. */
  private static String shownPath(String folder, Path relative) {
    String rel = relative.toString();
    if (rel.isEmpty()) {
      return folder;
    }
    return folder.endsWith("/") ? folder + rel : folder + "/" + rel;
  }

  /**
   * The bytes of an input file, at most {@code maxBytes}.
   *
   * @throws InputException when the file is larger, or has become something else than a file
   */
  public static byte[] read(Input input, long maxBytes) throws IOException, InputException {
    if (input.size() > maxBytes) {
      throw tooLarge(input.size() + " bytes, over the limit of " + maxBytes);
    }
    // Found a regular file (never a pipe, whose opening would wait for a writer).
    try (InputStream in = Files.newInputStream(input.file())) {
      return readLimited(in, maxBytes);
    }
  }

  /** Reads at most {@code maxBytes} from a stream; a stream that has more is refused. */
  public static byte[] readLimited(InputStream in, long maxBytes)
      throws IOException, InputException {
    int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(cap);
    if (bytes.length == cap && in.read() != -1) {
      throw tooLarge("over the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }

  private static InputException tooLarge(String how) {
    return new InputException("too large: " + how + " (see --max-bytes)");
  }
}
