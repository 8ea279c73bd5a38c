package news.archive.cli;

import java.util.Arrays;
import java.util.List;
import news.archive.RecordSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every record and hit a command prints as JSON, in any test, is checked against the shipped
 * schema: the schema is the documentation, and the tests keep it true.
 */
final class PrintedJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> RECORDS =
      List.of("list", "search", "similar", "show", "export", "stories", "story");

  private PrintedJson() {}

  static void check(String[] args, String out) {
    List<String> a = Arrays.asList(args);
    String command = a.stream().filter(RECORDS::contains).findFirst().orElse(null);
    if (command == null || out.isBlank() || a.contains("--count") || a.contains("--help")) {
      return;
    }
    int f = a.indexOf("--format");
    String format = f >= 0 && f + 1 < a.size() ? a.get(f + 1) : null;
    if (a.contains("--json")) {
      format = "json";
    } else if (format == null) {
      format = command.equals("export") ? "ndjson" : "text";
    }
    boolean hit = command.equals("search") || command.equals("similar");
    if (command.equals("stories")
        || (command.equals("story") && !format.equals("ndjson"))
        || (command.equals("search") && a.contains("--stories"))) {
      checkStories(format, out);
      return;
    }
    switch (format) {
      case "json" -> {
        JsonNode node = JSON.readTree(out);
        if (node.isArray()) {
          node.forEach(n -> RecordSchema.check(n.toString(), hit));
        } else {
          RecordSchema.check(node.toString(), hit);
        }
      }
      case "ndjson" -> out.lines().forEach(l -> RecordSchema.check(l, hit));
      case "opensearch" -> {
        List<String> lines = out.lines().toList();
        for (int i = 1; i < lines.size(); i += 2) {
          RecordSchema.check(lines.get(i), false);
        }
      }
      default -> {
        // text, csv, tsv: no JSON
      }
    }
  }

  private static void checkStories(String format, String out) {
    switch (format) {
      case "json" -> {
        JsonNode node = JSON.readTree(out);
        if (node.isArray()) {
          node.forEach(n -> RecordSchema.checkStory(n.toString()));
        } else {
          RecordSchema.checkStory(node.toString());
        }
      }
      case "ndjson" -> out.lines().forEach(RecordSchema::checkStory);
      default -> {
        // text: no JSON
      }
    }
  }
}
