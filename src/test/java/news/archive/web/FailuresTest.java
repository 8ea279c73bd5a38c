package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that fails under a running server: each request is answered with the failure, and each
 * failure is told to the server's log once, however many requests meet it at the same time.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class FailuresTest {

  // Enough requests at once, from as many clients as the server has threads, that a log not made
  // for many writers loses lines.
  private static final int CLIENTS = 8;
  private static final int REQUESTS_EACH = 500;

  private static final String FIRST = Served.FIRST_SEED;

  @TempDir Path tmp;

  @Test
  void aDamagedStoreIsAnsweredAndLoggedOncePerRequestFromManyAtOnce() throws Exception {
    try (Served s = Served.start(tmp, false)) {
      Path record =
          s.root.resolve("articles").resolve(FIRST.substring(0, 2)).resolve(FIRST + ".json");
      Files.writeString(record, "{ \"id\": ");
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CLIENTS * REQUESTS_EACH; i++) {
          answers.add(clients.submit(() -> s.http.get("/api/show/" + FIRST).status()));
        }
        for (Future<Integer> answer : answers) {
          assertEquals(500, answer.get());
        }
      } finally {
        clients.shutdownNow();
      }
      List<String> log = List.copyOf(s.log);
      assertEquals(CLIENTS * REQUESTS_EACH, log.size(), "one line for each failed request");
      for (String line : log) {
        assertTrue(line.contains("damaged article file"), line);
      }
    }
  }
}
