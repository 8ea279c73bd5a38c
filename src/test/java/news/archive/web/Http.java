package news.archive.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A client that sends exactly the bytes a test writes: any Host, any path, encoded or not, which a
 * library client would correct or refuse. One request per connection.
 */
final class Http {
  /**
   * How long a read may wait for the server: far beyond any answer here, on any machine; it turns a
   * server that never answers into a failed test instead of a hung build.
   */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private final int port;
  private final Duration readTimeout;

  Http(int port) {
    this(port, READ_TIMEOUT);
  }

  Http(int port, Duration readTimeout) {
    this.port = port;
    this.readTimeout = readTimeout;
  }

  /** An answer: status, headers by lower-case name, body. */
  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  Response get(String target) throws IOException {
    return send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n", null);
  }

  /** A GET with these header lines instead of the usual Host. */
  Response getWith(String target, String headerLines) throws IOException {
    return send("GET " + target + " HTTP/1.1\r\n" + headerLines, null);
  }

  /** A form POST from this server's own pages, with these extra header lines. */
  Response post(String target, String form, String headerLines) throws IOException {
    return send(
        "POST "
            + target
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + headerLines,
        form);
  }

  /** Sends the request head (ending in header lines) and the body, if any; reads the answer. */
  Response send(String head, String body) throws IOException {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String request =
        head
            + (body == null ? "" : "Content-Length: " + content.length + "\r\n")
            + "Connection: close\r\n\r\n";
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return read(s.getInputStream());
    }
  }

  /** Sends raw bytes as they are and reads whatever comes back. */
  Response raw(byte[] bytes) throws IOException {
    try (Socket s = connect()) {
      s.getOutputStream().write(bytes);
      s.getOutputStream().flush();
      s.shutdownOutput();
      return read(s.getInputStream());
    }
  }

  private Socket connect() throws IOException {
    Socket s = new Socket();
    try {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis());
      s.setSoTimeout(timeoutMillis());
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  private int timeoutMillis() {
    return Math.toIntExact(readTimeout.toMillis());
  }

  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Response(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n", -1);
    int status = Integer.parseInt(lines[0].split(" ", -1)[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Response(status, headers, body);
  }

  private static String unchunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (true) {
      int line = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, line).strip(), 16);
      if (size == 0) {
        return out.toString();
      }
      // sizes count bytes; the bodies here are read as UTF-8 text, so count through bytes
      byte[] rest = chunked.substring(line + 2).getBytes(StandardCharsets.UTF_8);
      String piece = new String(rest, 0, size, StandardCharsets.UTF_8);
      out.append(piece);
      at = line + 2 + piece.length() + 2;
    }
  }
}
