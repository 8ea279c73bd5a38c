package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.store.ArticleStore;
import news.archive.store.StoreLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server treats every request as hostile: each refusal the issue asks for, and escaping. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class SafetyTest {

  @TempDir Path tmp;

  private static final String HOSTILE_TITLE = "<script>alert(1)</script> & \"quotes\"";

  @Test
  void aHostOtherThanTheServersOwnIsRefused() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      int port = s.server.port();
      assertEquals(200, s.http.getWith("/", "Host: localhost:" + port + "\r\n").status());
      assertEquals(200, s.http.getWith("/", "Host: 127.0.0.1:" + port + "\r\n").status());
      // a name rebound to this machine by another site's DNS
      Http.Response evil = s.http.getWith("/api/list", "Host: evil.example:" + port + "\r\n");
      assertEquals(403, evil.status());
      assertFalse(evil.body().contains(Served.FIRST_SEED), "nothing of the archive is answered");
      assertEquals(403, s.http.getWith("/", "Host: 127.0.0.1:" + (port + 1) + "\r\n").status());
      assertEquals(403, s.http.getWith("/", "Host: localhost.evil.example\r\n").status());
      // no Host at all
      Http.Response none = s.http.raw("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertTrue(none.status() == 403 || none.status() == 400, "status " + none.status());
    }
  }

  @Test
  void everyAnswerForbidsScriptsAndStylesFromElsewhere() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      for (String target :
          List.of("/", "/search?q=Idlib", "/api/list", "/assets/app.js", "/no/such/page")) {
        Http.Response r = s.http.get(target);
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, target);
        assertTrue(csp.contains("default-src 'none'"), csp);
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), target);
      }
    }
  }

  @Test
  void everyFieldOfARecordIsEscapedInThePages() throws IOException {
    Path hostile =
        Served.article(
            tmp.resolve("in"),
            "hostile.txt",
            HOSTILE_TITLE
                + "\n\n3 September 2018\n\nBy <img src=x onerror=alert(2)>\n\n"
                + "Idlib <b>bold</b> and <script>alert(3)</script> in the body, with more words"
                + " about the offensive in Idlib province that the minister discussed in Damascus"
                + " with his counterpart, so that the body is long enough to compare.\n");
    try (Served s = Served.start(tmp, false, hostile)) {
      String id = idOf(s.http.get("/api/search?q=bold").body());
      for (String target : List.of("/search?q=Idlib", "/article/" + id, "/story/" + id)) {
        Http.Response r = s.http.get(target);
        assertEquals(200, r.status(), target + ": " + r.body());
        String page = r.body();
        assertFalse(page.contains("<script>alert"), target + " holds a live script element");
        assertFalse(page.contains("<img src=x"), target);
        assertFalse(page.contains("<b>bold"), target);
        assertTrue(
            page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"),
            target + " shows the title as text");
      }
      assertTrue(
          s.http.get("/api/show/" + id).body().contains("\"<script>alert(1)</script>"),
          "the API gives the title as it is, in a JSON string");
    }
  }

  private static String idOf(String json) {
    Matcher m = Pattern.compile("\"id\":\"([0-9a-f]{16})\"").matcher(json);
    assertTrue(m.find(), json);
    return m.group(1);
  }

  @Test
  void noFileOutsideTheBundledAssetsIsServed() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      assertEquals(200, s.http.get("/assets/style.css").status());
      for (String target :
          List.of(
              "/../../etc/passwd",
              "/assets/../../etc/passwd",
              "/assets/..%2f..%2f..%2fetc%2fpasswd",
              "/assets/%2e%2e/%2e%2e/etc/passwd",
              "/assets/%252e%252e%252fetc%252fpasswd",
              "/assets/..\\..\\etc\\passwd",
              "/assets/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
              "/assets/style.css%00.html",
              "/assets//etc/passwd",
              "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
              "/assets/app.js/..",
              "/assets/../pom.xml",
              "/assets/..%2F..%2Fpom.xml")) {
        Http.Response r = s.http.get(target);
        assertTrue(r.status() == 404 || r.status() == 400, target + ": " + r.status());
        assertFalse(r.body().contains("root:"), target);
        assertFalse(r.body().contains("<project"), target);
      }
    }
  }

  @Test
  void requestsAreCappedInSize() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      assertEquals(400, s.http.get("/search?q=" + "a".repeat(SearchForm.MAX_QUERY + 1)).status());
      assertEquals(
          400, s.http.get("/api/search?q=" + "a".repeat(SearchForm.MAX_QUERY + 1)).status());
      assertEquals(414, s.http.get("/search?q=" + "a".repeat(Request.MAX_TARGET + 10)).status());
      // the declared length is refused before any of the body is read: none is sent
      Http.Response big =
          s.http.raw(
              ("POST /api/tags/1faa HTTP/1.1\r\nHost: 127.0.0.1:"
                      + s.server.port()
                      + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                      + (Request.MAX_BODY + 10)
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      assertEquals(413, big.status());
      assertEquals(400, s.http.get("/search?q=%zz").status(), "a broken escape");
    }
  }

  @Test
  void aServerStartedToReadRefusesEveryChange() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response r = s.http.post("/api/tags/" + Served.FIRST_SEED, "tags=%2Bread", "");
      assertEquals(403, r.status());
      assertTrue(r.body().contains("--write"), r.body());
      assertFalse(s.http.get("/article/" + Served.FIRST_SEED).body().contains("archive-token"));
      assertFalse(s.http.get("/api/show/" + Served.FIRST_SEED).body().contains("\"read\""));
    }
  }

  @Test
  void aChangeNeedsTheTokenAndMayNotComeFromAnotherSite() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      String article = s.http.get("/article/" + Served.FIRST_SEED).body();
      Matcher m =
          Pattern.compile("name=\"archive-token\" content=\"([0-9a-f]+)\"").matcher(article);
      assertTrue(m.find(), "the page carries the token");
      String token = m.group(1);
      String own = "Origin: http://127.0.0.1:" + s.server.port() + "\r\n";
      String target = "/article/" + Served.FIRST_SEED + "/tags";
      assertEquals(403, s.http.post(target, "tags=unread", own).status(), "no token");
      assertEquals(403, s.http.post(target, "tags=unread&token=0" + token, own).status());
      assertEquals(
          403,
          s.http
              .post(target, "tags=unread&token=" + token, "Origin: http://evil.example\r\n")
              .status(),
          "another site's page");
      assertEquals(
          403,
          s.http
              .post(target, "tags=unread&token=" + token, "Sec-Fetch-Site: cross-site\r\n")
              .status());
      assertFalse(s.http.get("/api/show/" + Served.FIRST_SEED).body().contains("unread"));
      Http.Response done = s.http.post(target, "tags=unread&token=" + token, own);
      assertEquals(303, done.status());
      assertEquals("/article/" + Served.FIRST_SEED, done.header("Location"));
      assertTrue(s.http.get("/api/show/" + Served.FIRST_SEED).body().contains("\"unread\""));
      // the error page of a refused host never shows the token
      assertFalse(
          s.http.getWith("/", "Host: evil.example\r\n").body().contains(token),
          "a refused request gets no token");
    }
  }

  @Test
  void aChangeWhileAnotherCommandWritesIsAnsweredBusy() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      String token = token(s);
      try (StoreLock held = new ArticleStore(s.root).lock()) {
        Http.Response r =
            s.http.post(
                "/api/note/" + Served.FIRST_SEED,
                "note=later",
                "X-Archive-Token: " + token + "\r\n");
        assertEquals(503, r.status(), r.body());
        assertTrue(r.body().startsWith("{\"error\":\"store_busy\",\"message\":"), r.body());
      }
      assertEquals(
          200,
          s.http
              .post(
                  "/api/note/" + Served.FIRST_SEED,
                  "note=now",
                  "X-Archive-Token: " + token + "\r\n")
              .status());
    }
  }

  private static String token(Served s) throws IOException {
    Matcher m =
        Pattern.compile("name=\"archive-token\" content=\"([0-9a-f]+)\"")
            .matcher(s.http.get("/").body());
    assertTrue(m.find());
    return m.group(1);
  }

  @Test
  void otherMethodsAreNotAllowed() throws IOException {
    try (Served s = Served.start(tmp, true)) {
      for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE")) {
        Http.Response r =
            s.http.send(
                method + " /api/list HTTP/1.1\r\nHost: 127.0.0.1:" + s.server.port() + "\r\n",
                null);
        assertEquals(405, r.status(), method);
      }
      assertEquals(
          405, s.http.post("/api/list", "x=1", "").status(), "a POST where nothing changes");
    }
  }

  @Test
  void errorsOfTheApiAreJsonWithTheirStatus() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response bad = s.http.get("/api/search?q=%28Idlib");
      assertEquals(400, bad.status());
      assertTrue(bad.header("Content-Type").startsWith("application/json"));
      assertTrue(
          bad.body().startsWith("{\"error\":\"bad_query\",\"message\":\"cannot read"), bad.body());
      Http.Response unknown = s.http.get("/api/show/ffffffffffffffff");
      assertEquals(404, unknown.status());
      assertTrue(unknown.body().startsWith("{\"error\":\"not_found\""), unknown.body());
      assertEquals(400, s.http.get("/api/show/not-an-id").status());
      assertEquals(404, s.http.get("/api/story/ffffffffffffffff").status());
      assertEquals(404, s.http.get("/api/nothing").status());
      assertEquals(404, s.http.get("/article/ffffffffffffffff").status());
    }
  }
}
