package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code archive stories}, {@code story} and {@code search --stories}: the seeds, and two
 * earthquakes of the labelled set (Nepal and Peru) that must stay two stories.
 */
class StoriesCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SET = Path.of("src/test/resources/stories");
  private static final String FIRST_SEED = "1faaa34bf67940d7";
  private static final String SECOND_SEED = "e72d6e297938eb54";

  @TempDir Path tmp;

  private Cli cli;
  private Path in;

  @BeforeEach
  void archive() throws IOException {
    cli = new Cli(tmp.resolve("store"));
    in = Files.createDirectories(tmp.resolve("in"));
    for (String seed : List.of("000_c18b5ebc7adb69e4.txt", "001_1c9dcb8e75484973.txt")) {
      Files.copy(Path.of("seeds", seed), in.resolve(seed));
    }
    try (Stream<Path> files = Files.list(SET)) {
      for (Path p : files.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith("p1-quake-")) {
          Files.copy(p, in.resolve(name));
        }
      }
    }
    Files.writeString(in.resolve("brief.txt"), "Brief\n\n3 May 2017\n\nPort closed today.\n");
    Cli.Result imported = cli.run("import", in.toString());
    assertEquals(0, imported.code());
    assertTrue(
        imported.err().contains("1 too short to compare, in no story"),
        "the brief is said to be too short: " + imported.err());
  }

  /** Each imported file's story, by file name. */
  private Map<String, String> stories() {
    Map<String, String> out = new HashMap<>();
    for (String line : cli.run("list", "--format", "ndjson", "--limit", "1000").outLines()) {
      JsonNode a = JSON.readTree(line);
      String path = a.get("source").get("path").asString();
      out.put(Path.of(path).getFileName().toString(), a.get("story").asString(null));
    }
    return out;
  }

  private static Set<String> storiesOf(Map<String, String> stories, String prefix) {
    Set<String> out = new HashSet<>();
    stories.forEach(
        (file, story) -> {
          if (file.startsWith(prefix)) {
            out.add(story);
          }
        });
    return out;
  }

  @Test
  void theTwoSeedsAreOneStoryNamedAfterTheFirstImported() {
    Map<String, String> s = stories();
    assertEquals(s.get("000_c18b5ebc7adb69e4.txt"), s.get("001_1c9dcb8e75484973.txt"));
    Cli.Result r = cli.run("story", SECOND_SEED.substring(0, 6), "--json");
    assertEquals(0, r.code(), r.toString());
    JsonNode story = JSON.readTree(r.out());
    assertEquals(2, story.get("size").asInt());
    Set<String> ids = new HashSet<>();
    story.get("articles").forEach(a -> ids.add(a.get("id").asString()));
    assertEquals(Set.of(FIRST_SEED, SECOND_SEED), ids);
  }

  @Test
  void twoEarthquakesOfTheSameKindStayTwoStories() {
    Map<String, String> s = stories();
    Set<String> nepal = storiesOf(s, "p1-quake-nepal-");
    Set<String> peru = storiesOf(s, "p1-quake-peru-");
    assertEquals(1, nepal.size(), s.toString());
    assertEquals(1, peru.size(), s.toString());
    assertNotEquals(nepal, peru);
    assertTrue(!nepal.contains(s.get("000_c18b5ebc7adb69e4.txt")), "the seeds are another story");
  }

  @Test
  void storiesListsTheLargestFirstWithSizeAndSpan() {
    Cli.Result r = cli.run("stories", "--format", "ndjson");
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> stories = r.outLines().stream().map(JSON::readTree).toList();
    assertEquals(3, stories.size(), r.toString());
    for (int i = 1; i < stories.size(); i++) {
      assertTrue(stories.get(i - 1).get("size").asInt() >= stories.get(i).get("size").asInt());
    }
    JsonNode nepal = stories.get(0);
    assertEquals(6, nepal.get("size").asInt(), r.toString());
    assertEquals("2025-03-11", nepal.get("first").asString());
    assertTrue(
        nepal.get("label").asString().toLowerCase(Locale.ROOT).contains("nepal"), r.toString());
    Cli.Result text = cli.run("stories", "--limit", "1");
    assertEquals(1, text.outLines().size());
    assertTrue(text.out().contains("6 articles  2025-03-11.."), text.toString());
  }

  @Test
  void storiesPageWithOffsetAndLimitAsListDoes() {
    List<String> all = cli.run("stories", "--format", "ndjson").outLines();
    assertEquals(3, all.size());
    assertEquals(
        all.subList(1, 3), cli.run("stories", "--format", "ndjson", "--offset", "1").outLines());
    assertEquals(
        all.subList(1, 2),
        cli.run("stories", "--format", "ndjson", "--offset", "1", "--limit", "1").outLines());
    assertEquals(1, cli.run("stories", "--offset", "3").code(), "nothing past the last");
  }

  @Test
  void aStoryOfOneArticleSaysArticleNotArticles() {
    java.time.LocalDate day = java.time.LocalDate.of(2025, 3, 11);
    assertEquals(
        FIRST_SEED + "  1 article  2025-03-11  Alone",
        StoriesCommand.StoryLines.line(
            new news.archive.Story(FIRST_SEED, "Alone", 1, day, day, null, List.of())));
    assertEquals(
        FIRST_SEED + "  1 of 1 article  2025-03-11  Alone",
        StoriesCommand.StoryLines.line(
            new news.archive.Story(FIRST_SEED, "Alone", 1, day, day, 1, List.of())));
  }

  @Test
  void storiesSinceAndUntilKeepTheStoriesWhoseDatesMeetTheRange() {
    Cli.Result r = cli.run("stories", "--since", "2025-08-01", "--until", "2025-12-31");
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, r.outLines().size(), r.toString());
    assertTrue(r.out().toLowerCase(Locale.ROOT).contains("peru"), r.toString());
    assertEquals(1, cli.run("stories", "--since", "2030-01-01").code());
  }

  @Test
  void searchFoldsHitsIntoStoriesWithTheirCounts() {
    Cli.Result r = cli.run("search", "--stories", "earthquake", "--json");
    assertEquals(0, r.code(), r.toString());
    JsonNode stories = JSON.readTree(r.out());
    assertEquals(2, stories.size(), r.toString());
    int hits = 0;
    for (JsonNode s : stories) {
      hits += s.get("hits").asInt();
      assertTrue(s.get("hits").asInt() <= s.get("size").asInt());
    }
    assertEquals(Integer.parseInt(cli.run("search", "--count", "earthquake").out().strip()), hits);
  }

  @Test
  void aOneLineBriefIsInNoStoryAndSaidToBeTooShort() {
    String brief = stories().get("brief.txt");
    assertNull(brief);
    String id = cli.run("search", "port", "--fields", "id").out().strip();
    Cli.Result r = cli.run("story", id);
    assertEquals(1, r.code(), r.toString());
    assertTrue(r.err().contains("too short to compare"), r.toString());
  }

  @Test
  void anUnknownStoryExitsNotFound() {
    Cli.Result r = cli.run("story", "ffffffff");
    assertEquals(3, r.code(), r.toString());
    assertEquals("", r.out());
  }

  @Test
  void rebuildingTwiceChangesNothingTheSecondTime() {
    Cli.Result first = cli.run("stories", "--rebuild");
    assertEquals(0, first.code(), first.toString());
    Map<String, String> before = stories();
    Cli.Result second = cli.run("stories", "--rebuild");
    assertTrue(second.err().contains("0 changed story"), second.toString());
    assertEquals(before, stories());
    assertEquals("", second.out());
  }

  @Test
  void theSameArticlesImportedInAnotherOrderMakeTheSameStoriesAfterARebuild() throws IOException {
    Cli other = new Cli(tmp.resolve("other"));
    try (Stream<Path> files = Files.list(in)) {
      List<Path> reversed = files.sorted(java.util.Comparator.reverseOrder()).toList();
      for (Path p : reversed) {
        assertEquals(0, other.run("import", "--quiet", p.toString()).code());
      }
    }
    assertEquals(0, other.run("stories", "--rebuild").code());
    assertEquals(0, cli.run("stories", "--rebuild").code());
    assertEquals(groups(stories()), groups(storiesOf(other)));
  }

  private Map<String, String> storiesOf(Cli c) {
    Cli saved = cli;
    cli = c;
    try {
      return stories();
    } finally {
      cli = saved;
    }
  }

  /** The grouping as sets of file names, whatever the stories are called. */
  private static Set<Set<String>> groups(Map<String, String> stories) {
    Map<String, Set<String>> by = new HashMap<>();
    stories.forEach(
        (file, story) ->
            by.computeIfAbsent(story == null ? file : story, k -> new HashSet<>()).add(file));
    return new HashSet<>(by.values());
  }
}
