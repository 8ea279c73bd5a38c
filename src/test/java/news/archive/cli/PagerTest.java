package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** show on a terminal: through the pager, wrapped to the terminal's width. */
class PagerTest {

  private static final String LONG =
      "The harbour stayed shut for a second week as dock workers kept away from the cranes"
          + " and the ships waited outside the breakwater for a berth.";

  @TempDir Path tmp;

  private Cli cli;
  private String id;

  @BeforeEach
  void oneArticle() {
    cli = new Cli(tmp.resolve("store"));
    Cli.Result r =
        cli.runWithInput(
            ("Harbour shut\n\n12 May 2016\n\n" + LONG + "\n").getBytes(StandardCharsets.UTF_8),
            "import",
            "-");
    assertEquals(0, r.code(), r.toString());
    id = cli.run("list", "--fields", "id").out().strip();
  }

  @Test
  void onATerminalShowGoesThroughThePagerWrappedToItsWidth() throws IOException {
    Path paged = tmp.resolve("paged.txt");
    cli.terminal(true, false).env("PAGER", "cat > '" + paged + "'").env("COLUMNS", "40");
    Cli.Result r = cli.run("show", id);
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.out(), "the pager printed it");
    String text = Files.readString(paged);
    assertTrue(text.contains("Harbour shut"), text);
    for (String line : text.lines().toList()) {
      assertTrue(line.length() <= 40 || line.startsWith("Source:"), "wrapped: " + line);
    }
    assertTrue(
        text.replaceAll("\\s+", " ").contains(LONG), "the words are all there, in order: " + text);
  }

  @Test
  void withoutATerminalOrWithPagerCatTheTextIsPrintedWhole() {
    Cli.Result r = cli.run("show", id);
    assertTrue(r.out().contains(LONG), r.toString());
    cli.terminal(true, false).env("PAGER", "cat").env("COLUMNS", "40");
    r = cli.run("show", id);
    assertTrue(r.out().contains("as dock workers kept away"), "wrapped, not paged: " + r);
    assertTrue(!r.out().contains(LONG), "wrapped to 40 columns");
  }

  @Test
  void captionsAreShownAfterTheBodyWrappedLikeIt() {
    String caption =
        "Photo: Dock workers outside the harbour gates on Monday, the seventh day of the strike"
            + " (Reuters)";
    Cli.Result imported =
        cli.runWithInput(
            ("Harbour strike goes on\n\n13 May 2016\n\n"
                    + caption
                    + "\n\nThe strike at the harbour went into its seventh day.\n")
                .getBytes(StandardCharsets.UTF_8),
            "import",
            "-");
    assertEquals(0, imported.code(), imported.toString());
    String other = cli.run("search", "seventh", "--fields", "id").out().strip();

    String whole = cli.run("show", other).out();
    assertTrue(whole.endsWith("\n\nCaptions:\n  " + caption + "\n"), whole);

    cli.terminal(true, false).env("PAGER", "cat").env("COLUMNS", "40");
    String text = cli.run("show", other).out();
    assertTrue(text.contains("\nCaptions:\n"), text);
    String captions = text.substring(text.indexOf("\nCaptions:\n") + "\nCaptions:\n".length());
    assertTrue(captions.lines().count() > 1, "wrapped: " + captions);
    for (String line : captions.lines().toList()) {
      assertTrue(line.length() <= 40 && line.startsWith("  "), "wrapped and indented: " + line);
    }
    assertEquals(caption, captions.strip().replaceAll("\\s+", " "));
  }

  @Test
  void wrapBreaksAtSpacesAndLeavesTablesWhole() {
    assertEquals("one two\nthree", Wrap.lines("one two three", 9));
    assertEquals("- one two\n  three", Wrap.lines("- one two three", 9));
    assertEquals("a  |  b  |  c", Wrap.lines("a  |  b  |  c", 5));
    assertEquals("unbreakable\nx", Wrap.lines("unbreakable x", 5));
    assertEquals("as it is", Wrap.lines("as it is", 0));
  }
}
