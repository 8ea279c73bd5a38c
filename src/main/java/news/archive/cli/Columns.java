package news.archive.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import news.archive.Article;
import news.archive.Hit;

/**
 * The columns {@code --fields} can choose for text, CSV and TSV output, each a field of the record
 * (or of a search hit) as text; a missing value is empty.
 */
final class Columns {

  /** What csv and tsv print when no --fields is given. */
  static final List<String> DEFAULT =
      List.of("id", "date", "title", "outlet", "agency", "byline", "words", "tags", "path");

  private static final Map<String, Function<Article, Object>> ARTICLE = articleFields();

  private static Map<String, Function<Article, Object>> articleFields() {
    Map<String, Function<Article, Object>> m = new LinkedHashMap<>();
    m.put("id", Article::id);
    m.put("date", Article::date);
    m.put("title", Article::title);
    m.put("headline", Article::headline);
    m.put("subtitle", Article::subtitle);
    m.put(
        "dateFrom",
        a -> a.dateFrom() == null ? null : a.dateFrom().name().toLowerCase(Locale.ROOT));
    m.put("agency", Article::agency);
    m.put("outlet", Article::outlet);
    m.put("byline", Article::byline);
    m.put("words", Article::words);
    m.put("readingMinutes", Article::readingMinutes);
    m.put("tags", a -> String.join(" ", a.curation().tags()));
    m.put("note", a -> a.curation().note());
    m.put("set", a -> String.join(" ", a.curation().set().keySet()));
    m.put("path", a -> a.source().path());
    m.put("absolutePath", a -> a.source().absolutePath());
    m.put("sources", a -> a.sources().size());
    m.put("format", a -> a.source().format());
    m.put("url", a -> a.source().url());
    m.put("importedAt", Article::importedAt);
    m.put("body", Article::body);
    return m;
  }

  private static final List<String> HIT_ONLY = List.of("score", "snippet");

  private final List<String> names;

  private Columns(List<String> names) {
    this.names = List.copyOf(names);
  }

  /**
   * The columns named, in order.
   *
   * @throws IllegalArgumentException naming a column that is not one, and those there are
   */
  static Columns of(List<String> names, boolean hits) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      String name = n.strip();
      if (!ARTICLE.containsKey(name) && !(hits && HIT_ONLY.contains(name))) {
        List<String> known = new ArrayList<>(ARTICLE.keySet());
        if (hits) {
          known.addAll(HIT_ONLY);
        }
        throw new IllegalArgumentException(
            "no field '" + name + "'; the fields are " + String.join(",", known));
      }
      out.add(name);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--fields names no field");
    }
    return new Columns(out);
  }

  List<String> names() {
    return names;
  }

  List<String> values(Article a) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(text(ARTICLE.get(n).apply(a)));
    }
    return out;
  }

  List<String> values(Hit h) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      Object v =
          switch (n) {
            case "score" -> h.score();
            case "snippet" -> h.snippet();
            default -> ARTICLE.get(n).apply(h.article());
          };
      out.add(text(v));
    }
    return out;
  }

  private static String text(Object v) {
    return v == null ? "" : v.toString();
  }

  /** One CSV record (RFC 4180): a value with a comma, quote or line end is quoted. */
  static String csv(List<String> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (i > 0) {
        b.append(',');
      }
      if (v.indexOf(',') >= 0
          || v.indexOf('"') >= 0
          || v.indexOf('\n') >= 0
          || v.indexOf('\r') >= 0) {
        b.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        b.append(v);
      }
    }
    return b.toString();
  }

  /** One TSV line: tabs, line ends and backslashes in values written as \t, \n, \r and \\. */
  static String tsv(List<String> values) {
    List<String> escaped = new ArrayList<>();
    for (String v : values) {
      escaped.add(
          v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
    }
    return String.join("\t", escaped);
  }
}
