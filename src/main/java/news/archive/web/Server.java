package news.archive.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import news.archive.app.Archive;
import news.archive.app.LiveReader;

/**
 * The archive in a browser, and its JSON API: an HTTP server on the JDK's own {@code
 * com.sun.net.httpserver}, on one address and port, until closed. See {@link Router} for what it
 * answers.
 */
public final class Server implements AutoCloseable {

  /** Where and how to serve. */
  public record Options(InetAddress bind, int port, boolean searchPort, boolean write) {}

  /** How many requests are answered at once. */
  private static final int THREADS = 8;

  /** The ports tried after the first, when no port was asked for. */
  private static final int MORE_PORTS = 20;

  private final HttpServer http;
  private final ExecutorService threads;
  private final LiveReader live;
  private final String url;

  private Server(HttpServer http, ExecutorService threads, LiveReader live, String url) {
    this.http = http;
    this.threads = threads;
    this.live = live;
    this.url = url;
  }

  /**
   * Opens the archive and starts answering.
   *
   * @param log receives a line for each failure the server met that the user should know of
   * @throws BindException when no port could be had: the one asked for, or any of those tried
   */
  public static Server start(Archive archive, Options options, Consumer<String> log)
      throws IOException {
    limits();
    LiveReader live = archive.live();
    HttpServer http;
    try {
      http = bind(options);
    } catch (IOException | RuntimeException e) {
      live.close();
      throw e;
    }
    InetSocketAddress bound = http.getAddress();
    String token = options.write() ? newToken() : null;
    http.createContext(
        "/",
        new Router(
            archive.failingWhenBusy(), live, new Layout(token), new Guard(bound, token), log));
    ExecutorService threads =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "serve");
              t.setDaemon(true);
              return t;
            });
    http.setExecutor(threads);
    http.start();
    return new Server(http, threads, live, url(bound));
  }

  /**
   * Bounds on what a client may take of the server (time to send its request, headers), and no
   * delay of small writes: an answer's head and body are two writes, and waiting to join them
   * stalls a client that keeps its connection by the 40 ms of a delayed acknowledgement. Read by
   * the JDK's server once, when its first server starts.
   */
  private static void limits() {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("sun.net.httpserver.maxReqTime", "30");
    System.setProperty("sun.net.httpserver.maxRspTime", "120");
    System.setProperty("sun.net.httpserver.maxReqHeaders", "64");
    System.setProperty("sun.net.httpserver.idleInterval", "30");
  }

  private static HttpServer bind(Options o) throws IOException {
    int last = o.searchPort() && o.port() != 0 ? o.port() + MORE_PORTS : o.port();
    BindException refused = null;
    for (int port = o.port(); port <= last; port++) {
      try {
        return HttpServer.create(new InetSocketAddress(o.bind(), port), 64);
      } catch (BindException e) {
        refused = e;
      }
    }
    String ports = last == o.port() ? "port " + o.port() : "ports " + o.port() + " to " + last;
    BindException e =
        new BindException(
            "cannot listen on "
                + o.bind().getHostAddress()
                + ", "
                + ports
                + ": "
                + (refused == null ? "in use" : refused.getMessage()));
    throw e;
  }

  private static String newToken() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static String url(InetSocketAddress a) {
    String host = a.getAddress().getHostAddress();
    int zone = host.indexOf('%');
    if (zone >= 0) {
      host = host.substring(0, zone);
    }
    if (a.getAddress().isAnyLocalAddress()) {
      host = "127.0.0.1";
    }
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/";
  }

  /** Where the server answers: {@code http://127.0.0.1:8080/}. */
  public String url() {
    return url;
  }

  /** The port it listens on. */
  public int port() {
    return http.getAddress().getPort();
  }

  /** Stops answering: requests under way get a moment to end; then the archive is closed. */
  @Override
  public void close() {
    http.stop(1);
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    live.close();
  }
}
