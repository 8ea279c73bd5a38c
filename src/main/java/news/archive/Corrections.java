package news.archive;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The user's corrections ({@link Curation#set}) made on an article and undone. The record shows the
 * corrected values; what the parser had found is kept in {@link Curation#parsed}, as text, so that
 * a correction can be undone and made again over a new reading of the text.
 */
public final class Corrections {

  private Corrections() {}

  /** {@code a} as the parser read it: every correction undone, tags and note kept. */
  public static Article asParsed(Article a) {
    Curation curation = a.curation();
    if (curation.parsed().isEmpty()) {
      return a;
    }
    Article parsed = a.toBuilder().curation(curation.withCorrections(Map.of(), Map.of())).build();
    for (Map.Entry<String, String> e : curation.parsed().entrySet()) {
      if (!e.getKey().equals("dateFrom")) {
        parsed = withField(parsed, e.getKey(), e.getValue());
      }
    }
    String from = curation.parsed().get("dateFrom");
    if (parsed.date() != null && from != null) {
      try {
        parsed =
            parsed.toBuilder()
                .dateFrom(Article.DateFrom.valueOf(from.toUpperCase(Locale.ROOT)))
                .build();
      } catch (IllegalArgumentException e) {
        // a name this version does not know: the date stays, said to be given
      }
    }
    return parsed;
  }

  /**
   * {@code a} with the fields of {@code set} ({@link Curation#FIELDS}) given those values, as text,
   * instead of what the parser found, which is kept; the corrections made before are replaced. A
   * null value clears the field.
   *
   * @throws IllegalArgumentException when a field cannot be set or a value is not one it can hold
   *     (a date that is not {@code YYYY-MM-DD}, a blank title); the message says which
   */
  public static Article corrected(Article a, Map<String, String> set) {
    Article parsed = asParsed(a);
    if (set.isEmpty()) {
      return parsed;
    }
    Article corrected = parsed;
    Map<String, String> found = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : set.entrySet()) {
      found.put(e.getKey(), fieldText(parsed, e.getKey()));
      if (e.getKey().equals("date") && parsed.dateFrom() != null) {
        found.put("dateFrom", parsed.dateFrom().name().toLowerCase(Locale.ROOT));
      }
      corrected = withField(corrected, e.getKey(), e.getValue());
    }
    return corrected.toBuilder().curation(parsed.curation().withCorrections(set, found)).build();
  }

  /**
   * {@code fresh}, a new reading of an article's text, with what the user added to {@code earlier}:
   * its tags and note, and its corrections, made again over the new reading.
   */
  public static Article withCurationOf(Article fresh, Article earlier) {
    Curation c = earlier.curation();
    Article uncorrected = fresh.toBuilder().curation(c.withCorrections(Map.of(), Map.of())).build();
    return corrected(uncorrected, c.set());
  }

  /** A field of {@link Curation#FIELDS} of {@code a} as text, or null when it has none. */
  public static String fieldText(Article a, String field) {
    return switch (field) {
      case "title" -> a.title();
      case "subtitle" -> a.subtitle();
      case "date" -> a.date() == null ? null : a.date().toString();
      case "agency" -> a.agency();
      case "outlet" -> a.outlet();
      case "byline" -> a.byline();
      default -> throw new IllegalArgumentException("not a field that can be set: " + field);
    };
  }

  /** {@code a} with a field of {@link Curation#FIELDS} set from text; null clears it. */
  private static Article withField(Article a, String field, String text) {
    Curation.check(field, text);
    String v = text == null || text.isBlank() ? null : text.strip();
    Article.Builder b = a.toBuilder();
    return switch (field) {
      case "title" -> b.title(Objects.requireNonNull(v, "title")).build();
      case "subtitle" -> b.subtitle(v).build();
      case "date" -> b.date(v == null ? null : LocalDate.parse(v), Article.DateFrom.GIVEN).build();
      case "agency" -> b.agencies(Article.agenciesOf(v)).build();
      case "outlet" -> b.outlet(v).build();
      case "byline" -> b.byline(v).build();
      default -> throw new IllegalArgumentException("not a field that can be set: " + field);
    };
  }
}
