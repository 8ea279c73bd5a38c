package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import news.archive.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile web pages: each gets one line on stderr that names it and says why (or
 * nothing, when the page is an article after all), the right exit code, no stack trace, and the
 * other inputs of the same import are stored.
 */
class HostilePageTest {

  private static final String ARTICLE =
      "<p>"
          + "The harbour board voted on Tuesday to rebuild the north pier, and work starts in May. "
              .repeat(4)
          + "</p>";

  @TempDir Path tmp;

  private Cli cli;
  private Path in;

  @BeforeEach
  void setUp() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("good.txt"), Fixtures.seed(Fixtures.SEED_0));
  }

  private static String page(String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Pier to be rebuilt</title>"
        + "</head><body><h1>Pier to be rebuilt</h1>"
        + body
        + "</body></html>";
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(in.resolve(name), text, StandardCharsets.UTF_8);
  }

  private int stored() {
    Cli.Result r = cli.run("list", "--format", "ndjson");
    return r.code() == 0 ? r.outLines().size() : 0;
  }

  /** Imports the folder; the bad page fails with the reason, the good article is stored. */
  private void failsWith(Path bad, String reason, String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "import";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = in.toString();
    Cli.Result r = cli.run(args);
    assertEquals(ExitCode.IMPORT_FAILED.code(), r.code(), r.toString());
    assertTrue(r.errLines().get(0).startsWith("archive: " + bad + ": " + reason), r.err());
    assertEquals(2, r.errLines().size(), "one line for the page, then the summary: " + r.err());
    assertNoStackTrace(r);
    assertEquals(1, stored(), "the good input is stored");
  }

  /** Imports the folder; the page is stored beside the good article. */
  private Cli.Result isStored() {
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertNoStackTrace(r);
    assertEquals(2, stored(), r.toString());
    return r;
  }

  private static void assertNoStackTrace(Cli.Result r) {
    assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
  }

  @Test
  void aPageOfFiftyMegabytesIsRefusedByItsSize() throws IOException {
    Path big = in.resolve("big.html");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(page("").getBytes(StandardCharsets.UTF_8));
      byte[] filler =
          "<p>filler filler filler filler filler</p>\n"
              .repeat(1000)
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += filler.length) {
        out.write(filler);
      }
    }
    failsWith(big, "too large: ");
  }

  @Test
  void aPageOfFiftyMegabytesIsRefusedBeforeParsingWhenItsSizeIsAllowed() throws IOException {
    Path big = in.resolve("big.html");
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(page(ARTICLE).getBytes(StandardCharsets.UTF_8));
      byte[] filler = "<div><span>x</span></div>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += filler.length) {
        out.write(filler);
      }
    }
    failsWith(big, "too large to read as a web page: ", "--max-bytes", "100000000");
  }

  @Test
  void tagsNestedAHundredThousandDeepAreReadWithoutOverflow() throws IOException {
    write("deep.html", page("<div>".repeat(100_000) + ARTICLE + "</div>".repeat(100_000)));
    write("unclosed.html", page("<span><div>".repeat(50_000) + ARTICLE.replace("May", "June")));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    assertNoStackTrace(r);
    assertEquals(3, stored(), r.toString());
    assertTrue(cli.run("search", "harbour").out().contains("Pier to be rebuilt"));
  }

  @Test
  void aPageThatIsAllScriptIsNotAnArticle() throws IOException {
    String script =
        "<script>var story = '<p>"
            + "A long fake story in a string. ".repeat(200)
            + "</p>';</script>";
    failsWith(write("script.html", page(script.repeat(20))), "not an article: ");
  }

  @Test
  void binaryDataNamedHtmlIsRefusedAsBinary() throws IOException {
    byte[] noise = new byte[100_000];
    new Random(7).nextBytes(noise);
    Path bad = Files.write(in.resolve("photo.html"), noise);
    failsWith(bad, "binary data, not text");
  }

  @Test
  void aPageDeclaringLatin1ButSavedAsUtf8IsReadAsUtf8WithAWarning() throws IOException {
    Path p =
        write(
            "declared.html",
            page(ARTICLE.replace("harbour board", "Zürich harbour board"))
                .replace("charset=\"utf-8\"", "charset=\"iso-8859-1\""));
    Cli.Result r = isStored();
    assertEquals(
        "archive: " + p + ": warning: declares iso-8859-1 but is UTF-8; read as UTF-8",
        r.errLines().get(0),
        r.err());
    assertTrue(cli.run("search", "Zürich").out().contains("Pier to be rebuilt"), "no mojibake");
  }

  @Test
  void aDataUrlOfMegabytesInAnAttributeIsLeftOut() throws IOException {
    String picture = "<img src=\"data:image/png;base64," + "QUJD".repeat(1_500_000) + "\">";
    write("picture.html", page(picture + ARTICLE));
    isStored();
    Cli.Result shown = cli.run("search", "harbour", "--json");
    assertFalse(shown.out().contains("QUJD"), "the picture is no text");
  }
}
