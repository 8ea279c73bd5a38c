package news.archive.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes responses, every one with the headers that keep a page to this site. */
final class Reply {
  private Reply() {}

  /**
   * No script, style, picture or connection from anywhere but this server; no inline script; no
   * frame, form target or base elsewhere.
   */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src"
          + " 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  static void html(HttpExchange x, int status, String page) throws IOException {
    send(x, status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), false);
  }

  static void json(HttpExchange x, int status, byte[] json) throws IOException {
    send(x, status, "application/json; charset=utf-8", json, false);
  }

  /** A file of the page's own (script, style), which may be kept by the browser for a while. */
  static void asset(HttpExchange x, String type, byte[] bytes) throws IOException {
    send(x, 200, type, bytes, true);
  }

  /** After a form's POST: to the page to show, by GET (so that reloading does not post again). */
  static void seeOther(HttpExchange x, String location) throws IOException {
    Headers h = x.getResponseHeaders();
    secure(h);
    h.set("Location", location);
    h.set("Cache-Control", "no-store");
    x.sendResponseHeaders(303, -1);
    x.close();
  }

  private static void send(HttpExchange x, int status, String type, byte[] body, boolean cache)
      throws IOException {
    Headers h = x.getResponseHeaders();
    secure(h);
    h.set("Content-Type", type);
    h.set("Cache-Control", cache ? "max-age=3600" : "no-store");
    boolean head = x.getRequestMethod().equalsIgnoreCase("HEAD");
    x.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
    x.close();
  }

  private static void secure(Headers h) {
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cross-Origin-Opener-Policy", "same-origin");
    h.set("Cross-Origin-Resource-Policy", "same-origin");
  }
}
