package news.archive.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.archive.Article;
import news.archive.TestArticles;
import news.archive.json.Json;
import news.archive.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Restoring backups that are not what export wrote. */
class RestorerTest {

  @TempDir Path tmp;

  private static String line(Article a) {
    return JsonMapper.builder().build().readTree(Json.articleBytes(a)).toString();
  }

  private Restorer restore(Path backup, Imports.Recorder listener, int maxLine) throws IOException {
    ArticleStore store = new ArticleStore(tmp.resolve("store"));
    store.create();
    try (WriteTransaction tx =
        WriteTransaction.lock(store, new IndexKeeper(store, line -> {}), true).begin()) {
      Restorer r = new Restorer(tx, listener, false, maxLine);
      r.restore(backup.toString(), backup);
      return r;
    }
  }

  @Test
  void aLineTooLongFailsAloneAndIsNeverHeldWhole() throws IOException {
    String good = line(TestArticles.full());
    Path backup =
        Files.writeString(
            tmp.resolve("b.ndjson"), "x".repeat(good.length() * 3) + "\n" + good + "\n\n");
    Imports.Recorder listener = new Imports.Recorder();
    Restorer r = restore(backup, listener, good.length() + 1);
    assertEquals(1, r.failed, listener.lines.toString());
    assertEquals(1, r.imported);
    assertTrue(
        listener.lines.get(0).startsWith(backup + ":1: not an article record: a line of more than"),
        listener.lines.toString());
  }

  @Test
  void textThatStartsAsJsonIsToldFromAHeadlineInBrackets() {
    for (String json :
        List.of(
            "{\"id\": \"x\"}",
            "\uFEFF\n  {\n  \"a\": 1\n}",
            "[\n  1\n]",
            "[1, 2.5, -3]",
            "[]",
            "{}")) {
      assertTrue(Restorer.startsAsJson(json.getBytes(StandardCharsets.UTF_8)), json);
    }
    for (String text :
        List.of(
            "[Updated] Talks resume\n\nThe talks resumed.",
            "[2] Talks resume",
            "{Corrected} Talks resume",
            "Talks resume [1]",
            "")) {
      assertFalse(Restorer.startsAsJson(text.getBytes(StandardCharsets.UTF_8)), text);
    }
  }

  @Test
  void aFileThatIsNotUtf8FailsWithTheReason() throws IOException {
    Path backup = Files.write(tmp.resolve("b.jsonl"), new byte[] {'{', (byte) 0xff, '}', '\n'});
    Imports.Recorder listener = new Imports.Recorder();
    Restorer r = restore(backup, listener, Restorer.MAX_LINE_CHARS);
    assertEquals(1, r.failed);
    assertEquals(
        backup + ": not UTF-8 text: not a backup that export wrote", listener.lines.get(0));
  }

  @Test
  void aRecordWhoseIdCannotNameAFileIsRefused() throws IOException {
    String good = line(TestArticles.full());
    String bad = good.replace("\"0123456789abcdef\"", "\"../../etc/passwd\"");
    Path backup = Files.writeString(tmp.resolve("b.ndjson"), bad + "\n", StandardCharsets.UTF_8);
    Imports.Recorder listener = new Imports.Recorder();
    Restorer r = restore(backup, listener, Restorer.MAX_LINE_CHARS);
    assertEquals(1, r.failed, listener.lines.toString());
    assertEquals(0, r.imported);
    assertTrue(listener.lines.get(0).contains("is not an article id"), listener.lines.toString());
  }
}
