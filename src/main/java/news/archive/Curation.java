package news.archive;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the user added to an article, kept apart from what the parser read: tags, a note, and the
 * fields they corrected by hand. A new parse of the same text (reparse, import again) keeps all of
 * it.
 *
 * @param tags lower-case tags, sorted, each once
 * @param note the user's note, or null
 * @param set the corrected fields ({@link #FIELDS}), each with the value the user gave, as text
 *     ({@code 2018-09-03} for a date, {@code AFP, Reuters} for agencies); a null value is a field
 *     the user cleared
 * @param parsed for each corrected field, what the parser had found, as text, or null when it found
 *     nothing: what undoing the correction gives back; a corrected date also keeps where the parser
 *     found it, as {@code dateFrom}
 */
public record Curation(
    List<String> tags, String note, Map<String, String> set, Map<String, String> parsed) {

  /** Nothing added. */
  public static final Curation NONE = new Curation(List.of(), null, Map.of(), Map.of());

  /** The fields a user may correct, in the order the record shows them. */
  public static final List<String> FIELDS =
      List.of("title", "subtitle", "date", "agency", "outlet", "byline");

  /** A tag: letters, digits and {@code - _ . /}, not starting with a sign; at most 64 of them. */
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_./-]{0,63}");

  public Curation {
    tags = tags == null ? List.of() : List.copyOf(new TreeSet<>(tags));
    note = note == null || note.isBlank() ? null : note.strip();
    set = known(set, FIELDS);
    parsed = known(parsed, PARSED);
  }

  private static final List<String> PARSED =
      List.of("title", "subtitle", "date", "dateFrom", "agency", "outlet", "byline");

  private static Map<String, String> known(Map<String, String> fields, List<String> names) {
    if (fields == null || fields.isEmpty()) {
      return Map.of();
    }
    // keys in the record's order; null values allowed, which Map.copyOf refuses
    Map<String, String> ordered = new TreeMap<>((a, b) -> names.indexOf(a) - names.indexOf(b));
    for (Map.Entry<String, String> e : fields.entrySet()) {
      if (!names.contains(e.getKey())) {
        throw new IllegalArgumentException("not a field that can be set: " + e.getKey());
      }
      check(e.getKey(), e.getValue());
      ordered.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
  }

  /**
   * Checks a field's value as text.
   *
   * @throws IllegalArgumentException when the field cannot hold it; the message says why
   */
  public static void check(String field, String value) {
    if (value == null) {
      return;
    }
    if (field.equals("title") && value.isBlank()) {
      throw new IllegalArgumentException("the title cannot be empty");
    }
    if (field.equals("date") && !value.isBlank()) {
      try {
        LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "'" + value + "' is not a date: write it as YYYY-MM-DD, such as 2018-09-03", e);
      }
    }
    if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw new IllegalArgumentException("the " + field + " cannot hold control characters");
    }
  }

  /** A tag as it is kept (lower case, trimmed), or null when it cannot be one. */
  public static String tag(String typed) {
    String t = typed.strip().toLowerCase(Locale.ROOT);
    return TAG.matcher(t).matches() ? t : null;
  }

  /** These tags with {@code add} added and {@code remove} taken away (both as {@link #tag}). */
  public Curation withTags(Collection<String> add, Collection<String> remove) {
    Set<String> now = new TreeSet<>(tags);
    now.removeAll(remove);
    now.addAll(add);
    return new Curation(List.copyOf(now), note, set, parsed);
  }

  /** This curation with another note; null or blank clears it. */
  public Curation withNote(String newNote) {
    return new Curation(tags, newNote, set, parsed);
  }

  /** This curation with other corrections. */
  public Curation withCorrections(Map<String, String> newSet, Map<String, String> newParsed) {
    return new Curation(tags, note, newSet, newParsed);
  }
}
