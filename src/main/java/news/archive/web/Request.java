package news.archive.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request, read within bounds: its path as raw segments, its parameters (from the query string,
 * and from a form body for a POST), each decoded once. Anything past a bound is refused, not cut.
 */
final class Request {

  /** The longest request target read: a query of the archive is far shorter. */
  static final int MAX_TARGET = 8192;

  /** The largest body read: a form with a note. */
  static final int MAX_BODY = 64 * 1024;

  /** The most parameters read from a request. */
  private static final int MAX_PARAMS = 64;

  private final HttpExchange exchange;
  private final String method;
  private final List<String> segments;
  private final Map<String, List<String>> params;

  private Request(
      HttpExchange exchange,
      String method,
      List<String> segments,
      Map<String, List<String>> params) {
    this.exchange = exchange;
    this.method = method;
    this.segments = segments;
    this.params = params;
  }

  /**
   * Reads the request's target and, for a POST of a form, its body.
   *
   * @throws HttpError when the request is too large or cannot be decoded
   */
  static Request read(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery();
    int length = (target == null ? 0 : target.length()) + (query == null ? 0 : query.length());
    if (length > MAX_TARGET) {
      throw new HttpError(414, "uri_too_long", "the request's address is too long");
    }
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    Map<String, List<String>> params = new LinkedHashMap<>();
    decodeParams(query, params);
    if (method.equals("POST")) {
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      String body = new String(body(exchange), StandardCharsets.UTF_8);
      if (type != null
          && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        decodeParams(body, params);
      } else if (!body.isEmpty()) {
        throw new HttpError(
            415, "unsupported_media_type", "send a form (application/x-www-form-urlencoded)");
      }
    }
    return new Request(exchange, method, segments(target), params);
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long n;
      try {
        n = Long.parseLong(declared.strip());
      } catch (NumberFormatException e) {
        throw HttpError.badRequest("the Content-Length is not a number");
      }
      if (n > MAX_BODY) {
        throw new HttpError(413, "too_large", "the request's body is larger than 64 KiB");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (InputStream in = exchange.getRequestBody()) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BODY) {
          throw new HttpError(413, "too_large", "the request's body is larger than 64 KiB");
        }
      }
    }
    return out.toByteArray();
  }

  private static void decodeParams(String raw, Map<String, List<String>> out) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      if (out.values().stream().mapToInt(List::size).sum() >= MAX_PARAMS) {
        throw HttpError.badRequest("too many parameters");
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest("the request's parameters are not well encoded");
    }
  }

  /**
   * The path's segments, each decoded; a path that climbs ({@code ..}) or holds a slash, a
   * backslash or a NUL in a segment, encoded or not, is refused.
   */
  private static List<String> segments(String raw) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    for (String part : raw.split("/", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      String s = decode(part.replace("+", "%2B"));
      if (s.equals("..")
          || s.equals(".")
          || s.indexOf('/') >= 0
          || s.indexOf('\\') >= 0
          || s.indexOf('\0') >= 0) {
        throw HttpError.notFound("no such page");
      }
      out.add(s);
    }
    return out;
  }

  String method() {
    return method;
  }

  /** The path's segments: {@code /article/1faa} is {@code [article, 1faa]}. */
  List<String> segments() {
    return segments;
  }

  String segment(int i) {
    return i < segments.size() ? segments.get(i) : null;
  }

  /** The names of the parameters given, in the order first given. */
  Set<String> names() {
    return params.keySet();
  }

  /** The parameter's first value, stripped; null when it is absent or blank. */
  String param(String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  /** The parameter's first value as given (blank kept); null when absent. */
  String rawParam(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Whether a flag is on: {@code 1}, {@code true}, {@code on} or the name alone; off when absent or
   * {@code 0}, {@code false}, {@code off}. Any other value is refused, not taken for off.
   */
  boolean flag(String name) {
    String raw = rawParam(name);
    if (raw == null) {
      return false;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "", "1", "true", "on" -> true;
      case "0", "false", "off" -> false;
      default ->
          throw HttpError.badRequest(name + " is a flag: 1 (or true, on) or 0 (or false, off)");
    };
  }

  /** A whole number parameter within bounds, or the default when absent. */
  int number(String name, int otherwise, int min, int max) {
    String v = param(name);
    if (v == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw HttpError.badRequest(name + " must be from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpError.badRequest(name + " must be a whole number");
    }
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }
}
