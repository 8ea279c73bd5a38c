package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.archive.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store that the tests of list, show, search, reindex and the global options read: the two
 * seeds and a wire story, imported through the real command line.
 */
final class ThreeArticles {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String TITLE_0 = "Iran's foreign minister in Damascus as Idlib offensive looms";
  static final String TITLE_1 = "Iran's Zarif in Syria for talks ahead of Idlib offensive";
  static final String TITLE_WIRE =
      "HARBOUR AUTHORITY APPROVES SECOND CONTAINER TERMINAL AT PORT OF VALLETTA";

  private ThreeArticles() {}

  /** Imports the three into a store under {@code tmp}; the command line on that store. */
  static Cli importInto(Path tmp) throws IOException {
    Cli cli = new Cli(tmp.resolve("store"));
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve(Fixtures.SEED_0), Fixtures.seed(Fixtures.SEED_0));
    Files.write(in.resolve(Fixtures.SEED_1), Fixtures.seed(Fixtures.SEED_1));
    Files.write(in.resolve("wire.txt"), Fixtures.resource("parse/wire-wrapped.txt"));
    Cli.Result r = cli.run("import", in.toString());
    assertEquals(0, r.code(), r.toString());
    return cli;
  }

  /** The titles of an array of records or hits, in its order. */
  static List<String> titles(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(a -> out.add(a.get("title").asString()));
    return out;
  }

  /** The id of the article with this title in the store of {@code cli}. */
  static String id(Cli cli, String title) {
    for (JsonNode a : JSON.readTree(cli.run("list", "--json").out())) {
      if (a.get("title").asString().equals(title)) {
        return a.get("id").asString();
      }
    }
    throw new AssertionError(title);
  }
}
