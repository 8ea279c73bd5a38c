package news.archive.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.Jar;

/**
 * {@code archive serve --port 0} run as the launcher runs it, and the address it said it serves at.
 */
final class Serving implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile("serving .* at (http://\\S+/) ");

  final Jar.Started started;
  final String url;

  private Serving(Jar.Started started, String url) {
    this.started = started;
    this.url = url;
  }

  /** Starts the server on the store and waits until it says where it answers. */
  static Serving start(Jar jar, String... more) throws IOException, InterruptedException {
    String[] args = new String[more.length + 3];
    args[0] = "serve";
    args[1] = "--port";
    args[2] = "0";
    System.arraycopy(more, 0, args, 3, more.length);
    Jar.Started started = jar.start(args);
    String[] url = {null};
    boolean up =
        StoreProbe.await(
            () -> {
              Matcher m = SERVING.matcher(Files.readString(started.err(), StandardCharsets.UTF_8));
              if (m.find()) {
                url[0] = m.group(1);
              }
              return url[0] != null;
            },
            started.process());
    if (!up) {
      Jar.Run run = started.finish();
      throw new AssertionError("the server did not start: exit " + run.code() + "\n" + run.err());
    }
    return new Serving(started, url[0]);
  }

  /** Sends Ctrl-C's signal and waits for the process to end. */
  Jar.Run interrupt() throws IOException, InterruptedException {
    Process kill =
        new ProcessBuilder("kill", "-INT", Long.toString(started.process().pid())).start();
    if (kill.waitFor() != 0) {
      throw new AssertionError("kill -INT failed");
    }
    return started.finish();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (started.process().isAlive()) {
      started.process().destroy();
      started.process().waitFor();
    }
  }
}
