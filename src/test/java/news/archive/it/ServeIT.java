package news.archive.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import news.archive.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code archive serve} as a process: it says where it answers, answers, and stops on Ctrl-C. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class ServeIT {

  @TempDir Path tmp;

  @Test
  void servesTheSeedsUntilCtrlCAndPrintsNothingOnStdout() throws Exception {
    Jar jar = new Jar(tmp.resolve("store"), tmp);
    assertEquals(0, jar.run("import", "--quiet", "seeds").code());
    try (Serving s = Serving.start(jar)) {
      assertTrue(s.url.startsWith("http://127.0.0.1:"), s.url);
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(s.url + "api/search?q=Idlib")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("\"total\":2"), r.body());
      Jar.Run run = s.interrupt();
      assertEquals(130, run.code(), run.err());
      assertEquals("", run.out());
      assertTrue(run.err().contains("(read-only); Ctrl-C to stop"), run.err());
    }
  }

  @Test
  void anotherAddressIsWarnedOf() throws Exception {
    Jar jar = new Jar(tmp.resolve("store"), tmp);
    assertEquals(0, jar.run("import", "--quiet", "seeds").code());
    try (Serving s = Serving.start(jar, "--bind", "0.0.0.0")) {
      assertTrue(
          java.nio.file.Files.readString(s.started.err())
              .contains("warning: listening on 0.0.0.0: anyone who can reach this machine"));
      assertEquals(130, s.interrupt().code());
    }
  }
}
