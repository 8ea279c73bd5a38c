package news.archive.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import news.archive.app.Archive;
import news.archive.app.ImportReport;
import news.archive.app.ImportRequest;
import news.archive.app.Imports;

/** An archive imported from files and served on a free port of 127.0.0.1, for one test. */
final class Served implements AutoCloseable {

  final Path root;
  final Archive archive;
  final Server server;
  final Http http;

  /** What the server logged; its threads add to it while a test reads it. */
  final List<String> log;

  private Served(Path root, Archive archive, Server server, List<String> log) {
    this.root = root;
    this.archive = archive;
    this.server = server;
    this.log = log;
    this.http = new Http(server.port());
  }

  /** The seeds, and any other files given, imported into a new store under {@code tmp}, served. */
  static Served start(Path tmp, boolean write, Path... more) throws IOException {
    Path root = tmp.resolve("store");
    Archive archive = new Archive(root, Clock.systemUTC(), line -> {});
    List<Path> inputs = new ArrayList<>(List.of(Path.of("seeds")));
    inputs.addAll(List.of(more));
    importInto(archive, inputs);
    // The list exists before the server does: a line logged at once has somewhere to go.
    List<String> log = new CopyOnWriteArrayList<>();
    Server server =
        Server.start(
            archive,
            new Server.Options(InetAddress.getLoopbackAddress(), 0, false, write),
            log::add);
    return new Served(root, archive, server, log);
  }

  /** Imports more files into the served store, as another process would. */
  /** How long the server may take to see a commit: far more than its refresh, a hang guard. */
  private static final long PATIENCE_MS = 60_000;

  /**
   * The answer to {@code path} once it holds {@code expected}, asked again while the server has not
   * yet looked at the index's newest commit (it looks a few times a second); the last answer when
   * it never does.
   */
  String answerOnceSeen(String path, String expected) throws IOException {
    long until = System.nanoTime() + PATIENCE_MS * 1_000_000;
    String body = http.get(path).body();
    while (!body.contains(expected) && System.nanoTime() < until) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      body = http.get(path).body();
    }
    return body;
  }

  ImportReport importMore(Path... inputs) {
    return importInto(new Archive(root, Clock.systemUTC(), line -> {}), List.of(inputs));
  }

  private static ImportReport importInto(Archive archive, List<Path> inputs) {
    List<String> paths = inputs.stream().map(Path::toString).toList();
    return archive.importInputs(
        new ImportRequest(
            paths,
            "*.{txt,html,htm,xhtml}",
            null,
            8 << 20,
            true,
            new ByteArrayInputStream(new byte[0])),
        Imports.SILENT);
  }

  /** Writes an article file under {@code dir} and returns its path. */
  static Path article(Path dir, String name, String text) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), text);
  }

  /** The id of the first seed, the report from The New Arab. */
  static final String FIRST_SEED = "1faaa34bf67940d7";

  /** The id of the second seed, AFP's report of the same visit. */
  static final String SECOND_SEED = "e72d6e297938eb54";

  @Override
  public void close() {
    server.close();
  }
}
