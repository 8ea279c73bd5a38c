package news.archive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path tmp;

  private static List<Inputs.Input> expand(List<String> typed, String glob) {
    List<Inputs.Input> all = new ArrayList<>();
    Inputs.expand(typed, glob).forEachRemaining(all::add);
    return all;
  }

  private static List<String> shown(List<Inputs.Input> inputs) {
    return inputs.stream().map(Inputs.Input::shown).toList();
  }

  @Test
  void foldersAreWalkedInNameOrderAndFilteredByName() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in/b"));
    Files.writeString(tmp.resolve("in/z.txt"), "x");
    Files.writeString(tmp.resolve("in/a.txt"), "x");
    Files.writeString(tmp.resolve("in/notes.md"), "x");
    Files.writeString(dir.resolve("c.txt"), "x");
    String in = tmp.resolve("in").toString();
    assertEquals(
        List.of(in + "/a.txt", in + "/b/c.txt", in + "/z.txt"),
        shown(expand(List.of(in), "*.txt")));
    assertEquals(
        List.of(in + "/b/c.txt"),
        shown(expand(List.of(in), "b/*.txt")),
        "a glob with a slash matches the path below the folder");
  }

  @Test
  void aSavedPagesFolderOfAssetsIsSkippedButOtherFoldersAreWalked() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("Story.html"), "x");
    Files.writeString(Files.createDirectories(in.resolve("Story_files")).resolve("ad.html"), "x");
    Files.writeString(in.resolve("Other.htm"), "x");
    Files.writeString(Files.createDirectories(in.resolve("Other_files")).resolve("frame.htm"), "x");
    Files.writeString(Files.createDirectories(in.resolve("notes_files")).resolve("n.html"), "x");
    Files.writeString(in.resolve("brief.txt"), "x");
    String dir = in.toString();
    assertEquals(
        List.of(
            dir + "/Other.htm",
            dir + "/Story.html",
            dir + "/brief.txt",
            dir + "/notes_files/n.html"),
        shown(expand(List.of(dir), "*.{txt,html,htm,xhtml}")),
        "a NAME_files folder beside NAME.html is the page's pictures and frames; without the"
            + " page it is an ordinary folder");
  }

  @Test
  void aSavedPagesFolderIsSkippedWhateverTheCaseOfItsExtensionAndSuffix() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("Story.HTML"), "x");
    Files.writeString(Files.createDirectories(in.resolve("Story_files")).resolve("ad.html"), "x");
    Files.writeString(in.resolve("Report.Htm"), "x");
    Files.writeString(Files.createDirectories(in.resolve("Report_FILES")).resolve("f.htm"), "x");
    Files.writeString(in.resolve("seite.html"), "x");
    Files.writeString(Files.createDirectories(in.resolve("seite-dateien")).resolve("w.html"), "x");
    String dir = in.toString();
    assertEquals(
        List.of(dir + "/Report.Htm", dir + "/Story.HTML", dir + "/seite.html"),
        shown(expand(List.of(dir), "*.{txt,html,htm,xhtml}")),
        "Story.HTML keeps its Story_files folder out as Story.html does");
  }

  @Test
  void filesOfTheWorkingFolderGivenAsDotAreToldApartFromThoseOfAnother() throws IOException {
    Path a = Files.createDirectories(tmp.resolve("2018/a"));
    Path b = Files.createDirectories(tmp.resolve("2019/b"));
    Files.writeString(a.resolve("afp.txt"), "x");
    Files.writeString(Files.createDirectories(a.resolve("sub")).resolve("afp.txt"), "x");
    Files.writeString(b.resolve("afp.txt"), "x");
    List<String> fromA = shown(toList(Inputs.expand(a, List.of("."), "*.txt")));
    List<String> fromB = shown(toList(Inputs.expand(b, List.of("./"), "*.txt")));
    List<String> fromSub = shown(toList(Inputs.expand(a.resolve("sub"), List.of(".."), "*.txt")));
    assertEquals(List.of(a + "/afp.txt", a + "/sub/afp.txt"), fromA);
    assertEquals(List.of(b + "/afp.txt"), fromB, "'./afp.txt' would name either");
    assertEquals(fromA, fromSub, "'..' names no folder either");
    assertEquals(
        List.of("sub/afp.txt"),
        shown(toList(Inputs.expand(a, List.of("sub"), "*.txt"))),
        "a folder given by its name is shown as given");
  }

  private static List<Inputs.Input> toList(Inputs inputs) {
    List<Inputs.Input> all = new ArrayList<>();
    inputs.forEachRemaining(all::add);
    return all;
  }

  @Test
  void filesStdinAndMissingPathsKeepTheirOrder() throws IOException {
    Path file = Files.writeString(tmp.resolve("one.md"), "x");
    List<Inputs.Input> inputs =
        expand(List.of(file.toString(), "-", tmp.resolve("missing").toString()), "*.txt");
    assertEquals(3, inputs.size());
    assertNull(inputs.get(0).problem(), "a named file is taken whatever the glob");
    assertTrue(inputs.get(1).isStdin());
    assertEquals("no such file or folder", inputs.get(2).problem());
  }

  @Test
  void aSymbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("loop"));
    Files.writeString(dir.resolve("a.txt"), "x");
    Files.createSymbolicLink(dir.resolve("again"), dir);
    List<Inputs.Input> inputs = expand(List.of(dir.toString()), "*.txt");
    assertEquals(dir + "/a.txt", inputs.get(0).shown());
    assertEquals("symbolic link loop, skipped", inputs.get(1).problem());
    assertEquals(2, inputs.size());
  }
}
