package news.archive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.archive.Curation;
import news.archive.json.Json;

/**
 * The parameters of the API's calls as their commands' options: only those a call takes, enum
 * values as the command line writes them, fields by their JSON names.
 */
final class ApiParams {
  private ApiParams() {}

  /** Options of the commands that the API has no parameter for, and why. */
  private static final Map<String, String> NO_FORM =
      Map.of(
          "json", "the API answers JSON, always",
          "format",
              "the API answers JSON, always; ndjson, csv and tsv are the command line's (fields"
                  + " chooses the fields)",
          "rebuild", "stories --rebuild regroups every article: run it on the command line");

  /** A tag as it is kept, or null for none; one that cannot be a tag is refused. */
  static String tag(String typed) {
    if (typed == null) {
      return null;
    }
    String tag = Curation.tag(typed);
    if (tag == null) {
      throw HttpError.badRequest(
          "tag: '" + typed + "' cannot be a tag: letters, digits and _ . / - only");
    }
    return tag;
  }

  /** Refuses a parameter the call does not take, saying which it takes, or why there is none. */
  static void takes(Request r, String call, List<String> names) {
    for (String given : r.names()) {
      if (names.contains(given)) {
        continue;
      }
      String why = NO_FORM.get(given);
      if (why != null) {
        throw HttpError.badRequest(given + ": " + why);
      }
      throw HttpError.badRequest(
          "/api/"
              + call
              + " takes no parameter '"
              + given
              + "'"
              + (names.isEmpty() ? "" : "; it takes " + String.join(", ", names)));
    }
  }

  /** One of an enum's values, written in lower case as the command line writes it. */
  static <E extends Enum<E>> E choice(Request r, String name, Class<E> type, E otherwise) {
    String v = r.param(name);
    if (v == null) {
      return otherwise;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw HttpError.badRequest(name + " is " + String.join(" or ", names));
  }

  /** The fields {@code fields=id,title} asks for, or null for all. */
  static List<String> fields(Request r, boolean hits) {
    String v = r.param("fields");
    if (v == null) {
      return null;
    }
    List<String> known = new ArrayList<>(Json.ARTICLE_FIELDS);
    if (hits) {
      known.addAll(Json.HIT_FIELDS);
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split(",", -1)) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!known.contains(name)) {
        throw HttpError.badRequest(
            "fields: no field '"
                + name
                + "'; the fields are "
                + String.join(",", known)
                + " (path, absolutePath, format and url are in source)");
      }
      out.add(name);
    }
    if (out.isEmpty()) {
      throw HttpError.badRequest("fields names no field");
    }
    return out;
  }
}
