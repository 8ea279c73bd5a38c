package news.archive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.archive.Article;
import news.archive.app.Archive;
import news.archive.app.TagChanges;

/**
 * The changes a page (or the API) may make under {@code --write}: tags, the note, a correction.
 * Each is one of the archive's own changes, with the parameters its form sends.
 */
final class Writes {
  private Writes() {}

  /** The changes, by the last segment of their address. */
  static final Set<String> ACTIONS = Set.of("tags", "note", "set");

  /**
   * Makes the change and returns the article as it is now.
   *
   * @param id the article's id or prefix, as {@link Archive#idPrefix} gives it
   */
  static Article apply(Archive archive, String action, String id, Request r) {
    return switch (action) {
      case "tags" -> tags(archive, id, r.param("tags"));
      case "note" -> archive.note(id, r.rawParam("note") == null ? "" : r.rawParam("note"));
      case "set" -> set(archive, id, r);
      default -> throw HttpError.notFound("no such change: " + action);
    };
  }

  /** {@code +unread -todo}: a word with + or none is added, one with - taken away. */
  private static Article tags(Archive archive, String id, String words) {
    if (words == null) {
      throw HttpError.badRequest("give tags, such as +unread -todo");
    }
    List<String> typed = new ArrayList<>();
    for (String word : words.split("\\s+", -1)) {
      if (!word.isEmpty()) {
        typed.add(word);
      }
    }
    // the form holds tags alone: a word without a sign is one to add
    TagChanges changes = TagChanges.read(typed, null);
    return archive.tag(List.of(id), changes.add(), changes.remove()).get(0);
  }

  private static Article set(Archive archive, String id, Request r) {
    String field = r.param("field");
    if (field == null) {
      throw HttpError.badRequest("give the field to correct");
    }
    if (r.flag("unset")) {
      return archive.set(id, Map.of(), Set.of(field));
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put(field, r.rawParam("value") == null ? "" : r.rawParam("value"));
    return archive.set(id, values, Set.of());
  }
}
