package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What is imported while the server runs is there within a moment, without a restart. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class LiveTest {

  @TempDir Path tmp;

  @Test
  void anArticleImportedWhileServingIsFoundWithinAMoment() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      assertTrue(s.http.get("/api/search?q=Ouagadougou").body().contains("\"total\":0"));
      Path more =
          Served.article(
              tmp.resolve("more"),
              "summit.txt",
              "Summit opens in Ouagadougou\n\n4 September 2018\n\nLeaders met in Ouagadougou.\n");
      assertEquals(1, s.importMore(more).imported());
      String found = s.answerOnceSeen("/api/search?q=Ouagadougou", "\"total\":1");
      assertTrue(found.contains("\"total\":1"), found);
      assertTrue(s.http.get("/").body().contains("3 articles in the archive"));
      // and again, after a second import: every commit is seen
      assertEquals(
          1,
          s.importMore(
                  Served.article(
                      tmp.resolve("more2"),
                      "close.txt",
                      "Summit closes in Ouagadougou\n\n5 September 2018\n\nIt ended.\n"))
              .imported());
      String both = s.answerOnceSeen("/api/search?q=Ouagadougou", "\"total\":2");
      assertTrue(both.contains("\"total\":2"), both);
    }
  }
}
