package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.cli.ArchiveCommand;
import news.archive.cli.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option of the commands that read ({@code list}, {@code search}, {@code stories}, {@code
 * story}) is a parameter of the JSON API under the same name and with the same values, walked from
 * the commands themselves, so that an option added to a command and not to the API fails here.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hang, not a speed target
class ApiOptionsTest {

  @TempDir Path tmp;

  /** The options that have no API form, each refused by the API with the reason it gives. */
  private static final Map<String, String> NO_API_FORM =
      Map.of(
          "--help", "takes",
          "--version", "takes",
          "--json", "answers JSON",
          "--format", "answers JSON",
          "--rebuild", "command line");

  /** Where the API answers for each command, with what it needs besides the option asked. */
  private static final Map<String, String> CALLS = calls();

  private static Map<String, String> calls() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("list", "/api/list?");
    m.put("search", "/api/search?q=Idlib&");
    m.put("stories", "/api/stories?");
    m.put("story", "/api/story/" + Served.FIRST_SEED + "?");
    return m;
  }

  /** The positional parameters, and where the API takes them instead. */
  private static final Map<String, String> POSITIONAL = Map.of("search", "QUERY", "story", "ID");

  @Test
  void everyOptionOfTheReadingCommandsIsAnApiParameterWithTheSameValues() throws IOException {
    CommandLine cl = commandLine();
    List<String> refused = new ArrayList<>();
    int asked = 0;
    try (Served s = Served.start(tmp, false)) {
      for (Map.Entry<String, String> call : CALLS.entrySet()) {
        CommandSpec spec = cl.getSubcommands().get(call.getKey()).getCommandSpec();
        for (PositionalParamSpec p : spec.positionalParameters()) {
          assertEquals(
              POSITIONAL.get(call.getKey()),
              p.paramLabel(),
              call.getKey() + " has a positional parameter the API does not take");
        }
        for (OptionSpec o : spec.options()) {
          if (o.inherited()) {
            continue; // --store and --debug are the server's own: archive serve --store DIR
          }
          String name = o.longestName().substring(2);
          if (NO_API_FORM.containsKey(o.longestName())) {
            Http.Response r = s.http.get(call.getValue() + name + "=1");
            assertEquals(400, r.status(), call.getKey() + " " + o.longestName());
            assertTrue(
                r.body().contains(NO_API_FORM.get(o.longestName())),
                "the API says why it has no " + name + ": " + r.body());
            continue;
          }
          for (String value : values(call.getKey(), o)) {
            String target =
                call.getValue() + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
            Http.Response r = s.http.get(target);
            asked++;
            if (r.status() != 200) {
              refused.add(target + " -> " + r.status() + " " + r.body());
            }
          }
        }
      }
    }
    assertEquals(List.of(), refused, "options the API refuses");
    assertTrue(asked >= 25, "the options were walked: " + asked);
  }

  /** A valid value of the option, or each value of a fixed set. */
  private static List<String> values(String command, OptionSpec o) {
    if (o.arity().max() == 0) {
      return List.of("1");
    }
    if (o.completionCandidates() != null) {
      List<String> each = new ArrayList<>();
      o.completionCandidates().forEach(each::add);
      return each;
    }
    Class<?> type = o.type();
    if (type == LocalDate.class) {
      return List.of("2018-09-01");
    }
    if (type == int.class || type == Integer.class) {
      return List.of("1");
    }
    if (type == String.class && o.longestName().equals("--tag")) {
      return List.of("unread");
    }
    if (List.class.isAssignableFrom(type) && o.longestName().equals("--fields")) {
      return List.of("id,title,date");
    }
    fail(command + " " + o.longestName() + ": no value known for a " + type + "; teach the test");
    return List.of();
  }

  @Test
  void listSortsByTitleTurnedRoundAndKeepsToUndatedArticles() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      List<String> byTitle = ids(s.http.get("/api/list?sort=title&reverse=1").body());
      assertEquals(List.of(Served.SECOND_SEED, Served.FIRST_SEED), byTitle, "Zarif before foreign");
      assertEquals(List.of(Served.SECOND_SEED), ids(s.http.get("/api/list?undated=1").body()));
      assertEquals(List.of(Served.FIRST_SEED), ids(s.http.get("/api/list?limit=1").body()));
      assertEquals(List.of(Served.SECOND_SEED), ids(s.http.get("/api/list?offset=1").body()));
      assertEquals(List.of(), ids(s.http.get("/api/list?tag=unread").body()));
      Http.Response both = s.http.get("/api/list?undated=1&since=2018-01-01");
      assertEquals(400, both.status(), "undated and a date range cannot both hold");
    }
  }

  @Test
  void searchCountsFoldsIntoStoriesAndChoosesFields() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      String count = s.http.get("/api/search?q=Idlib&count=1").body();
      assertEquals("{\"query\":\"Idlib\",\"total\":2}", count);
      String stories = s.http.get("/api/search?q=Idlib&stories=1").body();
      assertTrue(stories.contains("\"stories\":[{\"id\":\"" + Served.FIRST_SEED + "\""), stories);
      assertTrue(stories.contains("\"hits\":2"), stories);
      assertEquals(
          400, s.http.get("/api/search?q=Idlib&stories=1&offset=1").status(), "from the first");
      String some = s.http.get("/api/search?q=Idlib&fields=id,title&all=1").body();
      assertTrue(some.contains("{\"id\":\"" + Served.FIRST_SEED + "\",\"title\":\"Iran"), some);
      assertFalse(some.contains("\"body\""), some);
      assertEquals(2, ids(some).size(), some);
      Http.Response unknown = s.http.get("/api/search?q=Idlib&fields=id,nothing");
      assertEquals(400, unknown.status());
      assertTrue(unknown.body().contains("nothing"), unknown.body());
      assertTrue(
          s.http.get("/api/search?q=Idlib&undated=1").body().contains("\"total\":2,"),
          "with no dates, undated matches are there anyway");
      assertEquals(
          "{\"query\":\"Idlib\",\"total\":0}",
          s.http.get("/api/search?q=Idlib&count=1&since=2018-09-04").body());
      assertEquals(
          "{\"query\":\"Idlib\",\"total\":1}",
          s.http.get("/api/search?q=Idlib&count=1&since=2018-09-04&undated=1").body(),
          "undated=1 takes in the undated match a range leaves out");
    }
  }

  @Test
  void storiesKeepToTheirSizeAndDates() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      assertTrue(s.http.get("/api/stories?sort=size").body().contains(Served.FIRST_SEED));
      assertEquals("{\"stories\":[]}", s.http.get("/api/stories?min-size=3").body());
      assertEquals("{\"stories\":[]}", s.http.get("/api/stories?since=2018-09-04").body());
      assertEquals("{\"stories\":[]}", s.http.get("/api/stories?limit=0").body());
    }
  }

  @Test
  void aParameterNoCallTakesIsRefusedNamingThoseItTakes() throws IOException {
    try (Served s = Served.start(tmp, false)) {
      Http.Response r = s.http.get("/api/list?sorted=title");
      assertEquals(400, r.status());
      assertTrue(r.body().contains("sorted") && r.body().contains("reverse"), r.body());
      Http.Response yes = s.http.get("/api/list?reverse=yes");
      assertEquals(400, yes.status(), "a flag that is neither on nor off is not taken for off");
      assertTrue(yes.body().contains("reverse is a flag"), yes.body());
      assertEquals(
          List.of(Served.SECOND_SEED, Served.FIRST_SEED),
          ids(s.http.get("/api/list?reverse").body()),
          "a flag named without a value is on");
      assertEquals(
          List.of(Served.FIRST_SEED, Served.SECOND_SEED),
          ids(s.http.get("/api/list?reverse=off").body()));
    }
  }

  private static List<String> ids(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\\{\"id\":\"([0-9a-f]{16})\"").matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static CommandLine commandLine() {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return ArchiveCommand.newCommandLine(
        new Environment(
            Map.of(), InputStream.nullInputStream(), none, none, Clock.systemUTC(), false, false));
  }
}
