package news.archive.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.archive.Article;
import news.archive.ContentId;
import news.archive.DateRange;
import news.archive.parse.ArticleParser;
import news.archive.parse.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReparseTest {

  @TempDir Path dir;

  private final List<String> notices = new ArrayList<>();

  /** An older parser: the current one, without what it finds in the opening words or headline. */
  private static final Importer.Parser OLDER =
      (bytes, source, at) -> {
        ParsedArticle p = new ArticleParser().parse(bytes, source, at);
        Article a = p.article();
        String title = a.headline() == null ? a.title() : a.headline();
        boolean inLead = a.dateFrom() == Article.DateFrom.LEAD;
        Article older =
            a.toBuilder()
                .id(ContentId.of(title, a.subtitle(), null, a.captions(), a.body()))
                .title(title)
                .headline(null)
                .date(inLead ? null : a.date(), inLead ? null : a.dateFrom())
                .outlet(null)
                .byline(null)
                .build();
        return new ParsedArticle(older, p.warnings());
      };

  private static final String DATED_IN_LEAD =
      "Harbour strike enters second week\n\n12 February 2015 Dock workers stayed away.\n";
  private static final String WITH_OUTLET =
      "Attack on training camp kills three | Harbour Times\n\n3 May 2017\n\nThree died.\n";
  private static final String ALREADY_RIGHT = "Council meets\n\n4 May 2017\n\nThe council met.\n";

  /** A store as an older parser left it: three articles, two of which it read less well. */
  private Archive olderStore() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), DATED_IN_LEAD);
    Files.writeString(in.resolve("b.txt"), WITH_OUTLET);
    Files.writeString(in.resolve("c.txt"), ALREADY_RIGHT);
    Archive archive = Imports.archive(dir.resolve("store"), notices);
    archive.importInputs(
        Imports.request(true, in.toString()), Imports.SILENT, OLDER, Importer.Limits.DEFAULT);
    return archive;
  }

  @Test
  void reparseGivesARecordWithoutALanguageItsLanguageAndCountsItChanged() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("de.txt"),
        "Regierung kündigt vorgezogene Wahlen im Herbst an\n\nDie Bundesregierung hat am"
            + " Dienstag angekündigt, dass die Wahlen zum Landtag bereits im Herbst stattfinden"
            + " sollen. Eine Einigung über den Haushalt sei nicht mehr möglich gewesen.\n");
    Files.writeString(in.resolve("c.txt"), ALREADY_RIGHT);
    Archive archive = Imports.archive(dir.resolve("store"), notices);
    Importer.Parser beforeLanguages =
        (bytes, source, at) -> {
          ParsedArticle p = new ArticleParser().parse(bytes, source, at);
          return new ParsedArticle(p.article().toBuilder().language(null).build(), p.warnings());
        };
    archive.importInputs(
        Imports.request(true, in.toString()),
        Imports.SILENT,
        beforeLanguages,
        Importer.Limits.DEFAULT);
    String id = onlyId(archive, "Regierung kündigt vorgezogene Wahlen im Herbst an");
    assertEquals(null, archive.show(id).language());

    Recorder r = new Recorder();
    ReparseReport report = archive.reparse(List.of(), false, r);

    assertEquals("de", archive.show(id).language());
    assertEquals(new ReparseReport(2, 1, 0, 0), report, "the short text has no language still");
    assertEquals(List.of(id + " language: null -> de"), r.lines);
  }

  @Test
  void reparseFindsWhatTheCurrentParserReadsAndKeepsOldIdsAsAliases() throws IOException {
    Archive archive = olderStore();
    String oldOutletId = onlyId(archive, "Attack on training camp kills three | Harbour Times");
    Recorder r = new Recorder();
    ReparseReport report = archive.reparse(List.of(), false, r);
    assertEquals(new ReparseReport(3, 2, 0, 0), report);

    Article dated = archive.show(onlyId(archive, "Harbour strike enters second week"));
    assertEquals("2015-02-12", dated.date().toString());
    assertEquals(Article.DateFrom.LEAD, dated.dateFrom());
    assertEquals(List.of(), dated.aliases(), "its text reads as before: same id");

    Article cut = archive.show(oldOutletId.substring(0, 8));
    assertEquals("Attack on training camp kills three", cut.title());
    assertEquals("Harbour Times", cut.outlet());
    assertNotEquals(oldOutletId, cut.id());
    assertEquals(List.of(oldOutletId), cut.aliases());
    assertEquals(ContentId.of(cut), cut.id(), "the id is that of the text as read now");

    List<String> problems = new ArrayList<>();
    assertTrue(archive.check(false, problems::add), problems.toString());
    assertEquals(new ReparseReport(3, 0, 0, 0), archive.reparse(List.of(), false, new Recorder()));
  }

  @Test
  void aPageImportedAsTextByAnOlderVersionIsReadAsAPageByReparse() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("page.html"),
        "<!DOCTYPE html>\n\n<html><head><title>Ferry strike ends | Harbour Times</title>\n"
            + "<meta property=\"og:site_name\" content=\"Harbour Times\">\n"
            + "<meta property=\"article:published_time\" content=\"2021-03-04T23:30:00-05:00\">\n"
            + "</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Ferry strike ends</h1>\n"
            + "<p>"
            + "Ferry crews returned to work after the union accepted the offer. ".repeat(4)
            + "</p></article></body></html>\n");
    Archive archive = Imports.archive(dir.resolve("store"), notices);
    Importer.Parser textOnly = new ArticleParser()::parse;
    archive.importInputs(
        Imports.request(true, in.resolve("page.html").toString()),
        Imports.SILENT,
        textOnly,
        Importer.Limits.DEFAULT);
    String old = onlyId(archive, "<!DOCTYPE html>");
    assertEquals("text", archive.show(old).source().format());

    assertEquals(new ReparseReport(1, 1, 0, 0), archive.reparse(List.of(), false, new Recorder()));
    Article page = archive.show(old.substring(0, 8));
    assertEquals("html", page.source().format());
    assertEquals("Ferry strike ends", page.title());
    assertEquals("Harbour Times", page.outlet());
    assertEquals("2021-03-04", page.date().toString(), "the day the timestamp is written with");
    assertTrue(page.body().startsWith("Ferry crews returned"), page.body());
    assertEquals(List.of(old), page.aliases());
  }

  @Test
  void aDryRunSaysWhatWouldChangeAndStoresNothing() throws IOException {
    Archive archive = olderStore();
    String id = onlyId(archive, "Harbour strike enters second week");
    Recorder r = new Recorder();
    assertEquals(new ReparseReport(1, 1, 0, 0), archive.reparse(List.of(id), true, r));
    assertEquals(List.of(id + " date: null -> 2015-02-12"), r.lines);
    assertEquals(null, archive.show(id).date());
  }

  @Test
  void aDamagedOriginalIsReportedAndItsRecordLeftAsItWas() throws IOException {
    Archive archive = olderStore();
    String id = onlyId(archive, "Harbour strike enters second week");
    Article before = archive.show(id);
    for (Path pack : originals()) {
      if (pack.toString().endsWith(".pack")) {
        Files.write(pack, "not gzip".getBytes(StandardCharsets.US_ASCII));
      }
    }
    Recorder r = new Recorder();
    assertEquals(new ReparseReport(0, 0, 1, 0), archive.reparse(List.of(id), false, r));
    assertEquals(1, r.lines.size());
    assertTrue(
        r.lines.get(0).startsWith(id + " unreachable: its kept original in "), r.lines.toString());
    assertEquals(before, archive.show(id));
  }

  @Test
  void withoutKeptOriginalsTheSourceFileIsReadIfItIsUnchanged() throws IOException {
    Archive archive = olderStore();
    deleteOriginals();
    Files.writeString(dir.resolve("in/c.txt"), ALREADY_RIGHT + "\nEdited since.\n");
    Recorder r = new Recorder();
    ReparseReport report = archive.reparse(List.of(), false, r);
    assertEquals(new ReparseReport(2, 2, 1, 0), report);
    assertTrue(r.lines.stream().anyMatch(l -> l.contains("has changed since")), r.lines.toString());
    assertEquals(
        new ReparseReport(2, 0, 1, 0),
        archive.reparse(List.of(), false, new Recorder()),
        "the originals read from the files are kept: the changed file no longer matters to them");
  }

  @Test
  void eachImportKeepsTheOriginalsOfWhatItStoresInAPackOfItsOwn() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path file = in.resolve("a.txt");
    Files.writeString(file, DATED_IN_LEAD);
    Archive archive = Imports.archive(dir.resolve("store"), notices);
    Imports.run(archive, in.toString());
    Imports.run(archive, in.toString());
    Files.writeString(file, DATED_IN_LEAD + "\nA second paragraph.\n");
    assertEquals(1, Imports.run(archive, in.toString()).updated(), "an edited file");
    assertEquals(
        List.of("1.idx", "1.pack", "3.idx", "3.pack"),
        originals().stream().map(p -> p.getFileName().toString()).sorted().toList(),
        "the import that stored nothing kept nothing");
    Files.delete(file);
    assertEquals(
        new ReparseReport(1, 0, 0, 0),
        archive.reparse(List.of(), false, new Recorder()),
        "the edited version is read from its kept original");
  }

  @Test
  void aSourceThatIsGoneOrNoLongerAFileIsNotRead() throws Exception {
    Archive archive = olderStore();
    deleteOriginals();
    Files.delete(dir.resolve("in/a.txt"));
    Path fifo = dir.resolve("in/b.txt");
    Files.delete(fifo);
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Recorder r = new Recorder();
    assertEquals(new ReparseReport(1, 0, 2, 0), archive.reparse(List.of(), false, r));
    assertTrue(r.lines.stream().anyMatch(l -> l.endsWith("a.txt is gone")), r.lines.toString());
    assertTrue(
        r.lines.stream().anyMatch(l -> l.endsWith("b.txt has changed since")),
        "a pipe where the file was is not read: " + r.lines);
  }

  @Test
  void anUnknownIdChangesNothing() throws IOException {
    Archive archive = olderStore();
    assertThrows(
        NotFoundException.class, () -> archive.reparse(List.of("ffff"), false, new Recorder()));
  }

  /** A store as versions before this one left it: no originals kept. */
  private void deleteOriginals() throws IOException {
    for (Path p : originals()) {
      Files.delete(p);
    }
  }

  private List<Path> originals() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("store/originals"))) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  private static String onlyId(Archive archive, String title) {
    try (Reader reader = archive.reader()) {
      List<String> ids = new ArrayList<>();
      reader.list(
          DateRange.ALL,
          0,
          100,
          a -> {
            if (a.title().equals(title)) {
              ids.add(a.id());
            }
          });
      assertEquals(1, ids.size(), title);
      return ids.get(0);
    }
  }

  private static final class Recorder implements ReparseListener {
    final List<String> lines = new ArrayList<>();

    @Override
    public void changed(String id, List<Change> changes) {
      for (Change c : changes) {
        lines.add(id + " " + c.field() + ": " + c.before() + " -> " + c.after());
      }
    }

    @Override
    public void unreachable(String id, String reason) {
      lines.add(id + " unreachable: " + reason);
    }

    @Override
    public void failed(String id, String reason) {
      lines.add(id + " failed: " + reason);
    }
  }
}
