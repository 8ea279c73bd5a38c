package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import news.archive.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Broken and hostile inputs: each gets one line on stderr that names it and says why, the right
 * exit code, no stack trace, and the good inputs of the same import are stored.
 */
class HostileInputTest {
  /**
   * Inputs that could hang a reader (a FIFO, huge lines, queries that expand without end) get this
   * long before the test calls it a hang: far beyond what any of them needs on any machine.
   */
  private static final Duration HUNG = Duration.ofMinutes(10);

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @TempDir Path tmp;

  private Cli cli;
  private Path in;
  private Path good;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    in = Files.createDirectories(tmp.resolve("in"));
    good = Files.write(in.resolve("good.txt"), Fixtures.seed(Fixtures.SEED_0));
  }

  private int stored() {
    Cli.Result r = cli.run("list", "--format", "ndjson");
    return r.code() == 0 ? r.outLines().size() : 0;
  }

  /** Imports the folder with the bad input in it; the good article is stored regardless. */
  private void failsWith(Path bad, String reason) {
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertEquals("archive: " + bad + ": " + reason, r.errLines().get(0), r.err());
    assertEquals(2, r.errLines().size(), "one line for the input, then the summary: " + r.err());
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    assertEquals(1, stored(), "the good input is stored");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(in.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyFile() throws IOException {
    failsWith(write("empty.txt", new byte[0]), "empty file");
  }

  @Test
  void onlyBlankLines() throws IOException {
    failsWith(write("blank.txt", "\n  \n\t\n\r\n"), "no text: the file holds only blank lines");
  }

  @Test
  void aTitleAndNoBody() throws IOException {
    failsWith(
        write("title.txt", "Headline without a story\n\n"),
        "no body: the text has a headline but no paragraphs after it");
  }

  @Test
  void aBodyAndNoTitleLine() throws IOException {
    String paragraph =
        "The ministry said on Monday that the talks would resume next week. ".repeat(5);
    failsWith(
        write("body.txt", paragraph + "\n\nA second paragraph.\n"),
        "no headline: the text starts with a paragraph of "
            + paragraph.strip().length()
            + " characters (a headline has at most 250)");
  }

  @Test
  void binaryDataWithNulBytes() throws IOException {
    failsWith(
        write("data.txt", new byte[] {'a', 0, 'b', 0, 0, 'c', '\n'}),
        "binary data, not text (it contains NUL bytes)");
  }

  @Test
  void anImageRenamedTxt() throws IOException {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      2,
      0,
      0,
      0,
      1,
      (byte) 0x80,
      8,
      6,
      0,
      0,
      0,
      (byte) 0xf4,
      0x78,
      (byte) 0xd4
    };
    failsWith(write("photo.txt", png), "binary data, not text (it contains NUL bytes)");
  }

  @Test
  void utf16WithAndWithoutByteOrderMark() throws IOException {
    String text = "Erdo\u011fan meets Putin\n\nThe two leaders met in Sochi on Monday.\n";
    write("with-bom.txt", text.getBytes(StandardCharsets.UTF_16));
    write("without-bom.txt", text.replace("Monday", "Tuesday").getBytes(StandardCharsets.UTF_16LE));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(ExitCode.OK.code(), r.code(), r.toString());
    assertEquals(3, stored());
    assertEquals(2, JSON.readTree(cli.run("search", "Sochi", "--json").out()).size());
  }

  @Test
  void invalidUtf8IsReadAsWindows1252() throws IOException {
    Path latin =
        write(
            "latin.txt",
            "Caf\u00e9 owners protest\n\nThe caf\u00e9s closed.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(ExitCode.OK.code(), r.code());
    assertEquals(
        "archive: " + latin + ": warning: not valid UTF-8; read as windows-1252",
        r.errLines().get(0),
        r.err());
    assertEquals(2, stored());
  }

  @Test
  void aMixOfLineEndings() throws IOException {
    write("mixed.txt", "Mixed endings\r\n\r\nFirst paragraph.\n\rSecond paragraph.\r\rThird.\n");
    assertEquals(ExitCode.OK.code(), cli.run("import", in.toString()).code());
    String body =
        JSON.readTree(cli.run("search", "mixed", "--json").out()).get(0).get("body").asString();
    assertEquals("First paragraph.\n\nSecond paragraph.\n\nThird.", body);
  }

  @Test
  void aFileFarLargerThanAnyArticle() throws IOException {
    Path huge = in.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200L * 1024 * 1024);
    }
    assertTimeoutPreemptively(
        HUNG,
        () ->
            failsWith(
                huge, "too large: 209715200 bytes, over the limit of 8388608 (see --max-bytes)"));
  }

  @Test
  void aTenMegabyteSingleLine() throws IOException {
    byte[] line = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(line, (byte) 'a');
    Path big = write("line.txt", line);
    assertTimeoutPreemptively(
        HUNG,
        () ->
            failsWith(
                big, "too large: 10485760 bytes, over the limit of 8388608 (see --max-bytes)"));
    // Allowed in, it is read and refused for what it is, quickly and without running out of memory.
    Cli.Result r =
        assertTimeoutPreemptively(
            HUNG, () -> cli.run("import", "--max-bytes", "20000000", big.toString()));
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code());
    assertEquals(
        "archive: "
            + big
            + ": no headline: the text starts with a paragraph of 10485760"
            + " characters (a headline has at most 250)",
        r.errLines().get(0));
  }

  @Test
  void aFolderOfFiftyThousandTinyFiles() throws IOException {
    Path many = Files.createDirectories(tmp.resolve("many"));
    for (int i = 0; i < 50_000; i++) {
      Path folder = many.resolve(Integer.toString(i / 1000));
      if (i % 1000 == 0) {
        Files.createDirectories(folder);
      }
      Files.writeString(folder.resolve(i + ".txt"), "Brief " + i + "\n\nItem number " + i + ".\n");
    }
    Cli.Result r = assertTimeoutPreemptively(HUNG, () -> cli.run("import", many.toString()));
    assertEquals(ExitCode.OK.code(), r.code(), r.err());
    assertEquals(
        List.of(
            "imported 50000, updated 0, unchanged 0, duplicates 0, failed 0"
                + " (50000 without a date, 50000 too short to compare, in no story)"),
        r.errLines());
    assertEquals("50000\n", cli.run("search", "item", "--count").out());
  }

  @Test
  void aPathThatDoesNotExist() {
    Path missing = tmp.resolve("no/such/file.txt");
    Cli.Result r = cli.run("import", good.toString(), missing.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code());
    assertEquals("archive: " + missing + ": no such file or folder", r.errLines().get(0));
    assertEquals(1, stored());
  }

  @Test
  void anUnreadableFile() throws IOException {
    Path unreadable;
    String reason;
    if (ROOT) {
      // Permissions do not stop root; this file cannot be read by anyone.
      unreadable = Path.of("/proc/self/mem");
      reason = "input/output error";
    } else {
      unreadable = write("locked.txt", "Headline\n\nBody.\n");
      Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
      reason = "permission denied";
    }
    Cli.Result r = cli.run("import", good.toString(), unreadable.toString());
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertEquals("archive: " + unreadable + ": " + reason, r.errLines().get(0));
    assertEquals(1, stored());
  }

  @Test
  void anUnreadableFolder() throws IOException {
    Assumptions.assumeFalse(ROOT, "root reads every folder, whatever its permissions");
    Path locked = Files.createDirectories(in.resolve("locked"));
    Files.writeString(locked.resolve("a.txt"), "Headline\n\nBody.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      failsWith(locked, "permission denied");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aSymbolicLinkLoop() throws IOException {
    Files.createSymbolicLink(in.resolve("loop"), in);
    failsWith(in.resolve("loop"), "symbolic link loop, skipped");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = in.resolve("pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    assertTimeoutPreemptively(
        HUNG, () -> failsWith(fifo, "not a regular file (a device, pipe or socket)"));
    Cli.Result named = assertTimeoutPreemptively(HUNG, () -> cli.run("import", fifo.toString()));
    assertEquals(
        "archive: " + fifo + ": not a regular file (a device, pipe or socket)",
        named.errLines().get(0));
  }

  @Test
  void aDeviceFile() {
    Cli.Result r = cli.run("import", good.toString(), "/dev/zero");
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code());
    assertEquals(
        "archive: /dev/zero: not a regular file (a device, pipe or socket)", r.errLines().get(0));
    assertEquals(1, stored());
  }

  @Test
  void aFolderWhereAFileIsExpected() throws IOException {
    Path folderNamedTxt = Files.createDirectories(in.resolve("folder.txt"));
    Files.write(folderNamedTxt.resolve("inner.txt"), Fixtures.seed(Fixtures.SEED_1));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(ExitCode.OK.code(), r.code(), "a folder named like a file is searched, not read");
    assertEquals(2, stored());
    Cli.Result store = cli.run("import", "--store", good.toString(), good.toString());
    assertEquals(ExitCode.STORE.code(), store.code(), "a file given as the store");
  }

  @Test
  void idsThatTryToLeaveTheStore() {
    cli.run("import", good.toString());
    for (String id :
        List.of(
            "../../etc/passwd",
            "/etc/passwd",
            "%2e%2e%2fpasswd",
            "ab\u0000cd",
            "a".repeat(10_000),
            "....",
            "1f/../..")) {
      Cli.Result r = cli.run("show", id);
      assertEquals(ExitCode.USAGE.code(), r.code(), id);
      assertTrue(r.err().length() < 300, "a very long id is not echoed whole");
      assertEquals("", r.out());
    }
  }

  @Test
  void aStoreInAFolderThatCannotBeWritten() {
    // /proc refuses new folders, to root too.
    Cli.Result r = cli.run("import", "--store", "/proc/archive-store", good.toString());
    assertEquals(ExitCode.STORE.code(), r.code(), r.toString());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("archive: /proc/archive-store"), r.err());
    assertTrue(Files.exists(good), "nothing lost");
  }

  @Test
  void hostileQueries() {
    cli.run("import", good.toString());
    Cli.Result quote = cli.run("search", "\"Idlib");
    assertEquals(ExitCode.USAGE.code(), quote.code());
    assertEquals(1, quote.errLines().size());
    Cli.Result operator = cli.run("search", "AND");
    assertEquals(ExitCode.USAGE.code(), operator.code());
    Cli.Result many =
        assertTimeoutPreemptively(HUNG, () -> cli.run("search", "word ".repeat(10_000)));
    assertEquals(ExitCode.USAGE.code(), many.code());
    assertTrue(many.err().contains("too many words: 10000"), many.err());
    Cli.Result wildcard = cli.run("search", "*dlib");
    assertEquals(ExitCode.USAGE.code(), wildcard.code());
    Cli.Result shortPrefix =
        assertTimeoutPreemptively(HUNG, () -> cli.run("search", "a*", "--count"));
    assertEquals(
        ExitCode.OK.code(), shortPrefix.code(), "a one-letter prefix is bounded, not refused");
  }
}
