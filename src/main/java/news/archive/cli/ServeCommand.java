package news.archive.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import news.archive.web.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code archive serve}: the archive in a browser, and its JSON API, until Ctrl-C. */
@Command(
    name = "serve",
    header = "Serve the archive to a browser, and a JSON API, on this machine.",
    mixinStandardHelpOptions = true,
    description = {
      "Answer on http://127.0.0.1:8080/ (or the next free port) until Ctrl-C: pages to search,"
          + " read articles and follow stories, and a JSON API under /api/ whose objects are"
          + " those of --json. Articles imported while it runs are there at the next request.",
      "It only reads, unless --write lets its pages change tags, notes and fields. It answers"
          + " only requests that name its own address (Host), and changes only from its own"
          + " pages. The address is printed on stderr."
    })
final class ServeCommand extends BaseCommand {

  @Option(
      names = "--port",
      paramLabel = "N",
      description =
          "Listen on port N (0: any free one). Default: 8080, or the next free port after it.")
  Integer port;

  @Option(
      names = "--bind",
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description =
          "Listen on this address (default: ${DEFAULT-VALUE}, this machine only). Any other lets"
              + " others reach the archive: a warning says so.")
  String bind;

  @Option(names = "--write", description = "Let the pages change tags, notes and fields.")
  boolean write;

  @Option(names = "--open", description = "Open the address in the desktop's browser.")
  boolean open;

  @Override
  public Integer call() throws IOException {
    if (port != null && (port < 0 || port > 65535)) {
      throw new Failure(ExitCode.USAGE, "--port is from 0 to 65535");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new Failure(ExitCode.USAGE, "--bind: " + Text.quoted(bind) + " is not an address");
    }
    if (!address.isLoopbackAddress()) {
      note(
          "warning: listening on "
              + address.getHostAddress()
              + ": anyone who can reach this machine there can read the archive"
              + (write ? " and change it" : ""));
    }
    Server server;
    try {
      server =
          Server.start(
              archive(),
              new Server.Options(address, port == null ? 8080 : port, port == null, write),
              this::note);
    } catch (BindException e) {
      throw new Failure(ExitCode.LISTEN, e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "serve-stop"));
    note(
        "serving "
            + env().store(root.store)
            + " at "
            + server.url()
            + (write ? " (changes allowed)" : " (read-only)")
            + "; Ctrl-C to stop");
    if (open) {
      browse(server.url());
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCode.INTERRUPTED.code();
  }

  /** Asks the desktop to open the address; says so when it cannot. */
  private void browse(String url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String[] command =
        os.contains("mac")
            ? new String[] {"open", url}
            : os.contains("win")
                ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                : new String[] {"xdg-open", url};
    try {
      new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
    } catch (IOException e) {
      note("cannot open a browser (" + command[0] + "): open " + url + " yourself");
    }
  }
}
