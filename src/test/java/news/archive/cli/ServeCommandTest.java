package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import news.archive.RecordSchema;
import news.archive.app.Archive;
import news.archive.web.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code archive serve}: the API answers with the very objects {@code --json} prints, and the
 * command fails as a command should when it cannot serve.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class ServeCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String FIRST_SEED = "1faaa34bf67940d7";
  private static final String SECOND_SEED = "e72d6e297938eb54";

  @TempDir Path tmp;

  private Cli cli;
  private Server server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void serveTheSeeds() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    assertEquals(0, cli.run("import", "--quiet", "seeds").code());
    server =
        Server.start(
            new Archive(tmp.resolve("store"), Clock.systemUTC(), line -> {}),
            new Server.Options(InetAddress.getLoopbackAddress(), 0, false, false),
            line -> {});
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  /**
   * The answer to {@code path} once its total is {@code total}, asked again while the server has
   * not yet seen a change another command committed (it looks a few times a second); a hang guard
   * of a minute, not a speed check.
   */
  private JsonNode apiOnceTotal(String path, int total) throws IOException, InterruptedException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    JsonNode answer = api(path);
    while (answer.get("total").asInt() != total && System.nanoTime() < until) {
      Thread.sleep(10);
      answer = api(path);
    }
    return answer;
  }

  private static JsonNode printed(Cli.Result r) {
    assertEquals(0, r.code(), r.err());
    return JSON.readTree(r.out());
  }

  @Test
  void searchGivesTheHitsOfSearchJsonAndTheirTotal() throws Exception {
    JsonNode found = api("/api/search?q=Idlib");
    assertEquals(2, found.get("total").asInt());
    assertEquals(printed(cli.run("search", "Idlib", "--json")), found.get("hits"));
    for (JsonNode hit : found.get("hits")) {
      RecordSchema.check(hit.toString(), true);
    }
  }

  @Test
  void showSimilarStoryStoriesListAndStatsAreThoseOfTheCommands() throws Exception {
    assertEquals(printed(cli.run("show", FIRST_SEED, "--json")), api("/api/show/1faa"));
    JsonNode like = api("/api/similar/" + FIRST_SEED);
    assertEquals(SECOND_SEED, like.get("hits").get(0).get("id").asString());
    assertEquals(printed(cli.run("similar", FIRST_SEED, "--json")), like.get("hits"));
    assertEquals(printed(cli.run("story", FIRST_SEED, "--json")), api("/api/story/" + FIRST_SEED));
    assertEquals(printed(cli.run("stories", "--json")), api("/api/stories").get("stories"));
    assertEquals(printed(cli.run("list", "--json")), api("/api/list?limit=1000").get("articles"));
    assertEquals(printed(cli.run("stats", "--json")), api("/api/stats"));
  }

  @Test
  void facetsCountWhatTheSearchFinds() throws Exception {
    JsonNode facets = api("/api/search?q=Idlib&facets=1").get("facets");
    assertEquals(2, facets.get("matches").asInt());
    assertEquals(1, facets.get("byAgency").get("AFP").asInt());
    assertEquals(1, facets.get("byMonth").get("2018-09").asInt());
    JsonNode afp = api("/api/search?q=Idlib&agency=afp");
    assertEquals(1, afp.get("total").asInt());
    assertEquals(SECOND_SEED, afp.get("hits").get(0).get("id").asString());
    assertEquals(1, api("/api/search?agency=AFP").get("total").asInt(), "a filter alone");
  }

  @Test
  void aListingSaysHowManyItHoldsNotHowManyTheArchiveHolds() throws Exception {
    assertEquals(0, cli.run("tag", FIRST_SEED, "+kept").code());
    JsonNode kept = apiOnceTotal("/api/list?tag=kept", 1);
    assertEquals(1, kept.get("total").asInt());
    assertEquals(FIRST_SEED, kept.get("articles").get(0).get("id").asString());
    assertEquals(2, api("/api/list").get("total").asInt());
    assertEquals(1, api("/api/list?undated=1").get("total").asInt());
  }

  @Test
  void aPortInUseIsSaidAndExitsWithItsOwnCode() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result r = cli.run("serve", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(ExitCode.LISTEN.code(), r.code(), r.err());
      assertTrue(r.err().startsWith("archive: cannot listen on 127.0.0.1, port "), r.err());
      assertEquals("", r.out());
    }
  }

  @Test
  void aBadPortIsAUsageErrorAndNoStoreIsAStoreError() {
    assertEquals(ExitCode.USAGE.code(), cli.run("serve", "--port", "70000").code());
    assertEquals(ExitCode.USAGE.code(), cli.run("serve", "--port", "eighty").code());
    Cli none = new Cli(tmp.resolve("nothing-here"));
    Cli.Result r = none.run("serve", "--port", "0");
    assertEquals(ExitCode.STORE.code(), r.code(), r.err());
    assertTrue(r.err().contains("no archive at"), r.err());
  }
}
