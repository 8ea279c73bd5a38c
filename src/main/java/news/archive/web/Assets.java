package news.archive.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The files the pages load (script, style, icon), bundled in the jar and read once. A request names
 * one of them; no other file is ever served, and no path is ever built from a request.
 */
final class Assets {
  private Assets() {}

  /** A file and its media type. */
  @SuppressWarnings("ArrayRecordComponent") // read once, never changed, never compared
  record Asset(String type, byte[] bytes) {}

  private static final Map<String, Asset> FILES =
      Map.of(
          "app.js", load("app.js", "text/javascript; charset=utf-8"),
          "style.css", load("style.css", "text/css; charset=utf-8"),
          "icon.svg", load("icon.svg", "image/svg+xml"));

  private static Asset load(String name, String type) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the jar holds no " + name);
      }
      return new Asset(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled file of this name, or null: the name is looked up, never opened. */
  static Asset named(String name) {
    return name == null ? null : FILES.get(name);
  }
}
