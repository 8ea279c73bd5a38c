package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import news.archive.Article;
import org.junit.jupiter.api.Test;

/**
 * The parser against the fidelity corpus: small articles written for the project in the layouts
 * news text comes in, each with the title, date, byline, agency and outlet it must give ({@code
 * fidelity/gold.tsv}). {@code bench/fidelity.py} prints the same table for any folder.
 */
class FidelityTest {

  private static final String FOLDER = "/fidelity/";

  private static final Map<String, Function<Article, String>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("title", Article::title);
    FIELDS.put("date", a -> a.date() == null ? "" : a.date().toString());
    FIELDS.put("byline", a -> Objects.toString(a.byline(), ""));
    FIELDS.put("agency", a -> Objects.toString(a.agency(), ""));
    FIELDS.put("outlet", a -> Objects.toString(a.outlet(), ""));
  }

  @Test
  void everyFieldOfEveryFixtureIsRight() throws Exception {
    List<String> rows = read("gold.tsv").lines().toList();
    List<String> header = List.of(rows.get(0).split("\t", -1));
    Map<String, Integer> right = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    int articles = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      Article a = Parsing.article(read(cells[0]).getBytes(StandardCharsets.UTF_8));
      articles++;
      for (Map.Entry<String, Function<Article, String>> f : FIELDS.entrySet()) {
        String expected = cells[header.indexOf(f.getKey())];
        String got = f.getValue().apply(a);
        if (expected.equals(got)) {
          right.merge(f.getKey(), 1, Integer::sum);
        } else {
          wrong.add(
              cells[0] + " " + f.getKey() + ": expected '" + expected + "', got '" + got + "'");
        }
      }
    }
    StringBuilder table = new StringBuilder("field    right of " + articles + "\n");
    for (String f : FIELDS.keySet()) {
      table.append(String.format("%-8s %d%n", f, right.getOrDefault(f, 0)));
    }
    System.out.print(table);
    assertTrue(articles >= 60, "the corpus holds at least 60 articles");
    assertEquals(List.of(), wrong, table.toString());
  }

  @Test
  void theCorpusCoversAtLeastFifteenLayouts() throws IOException {
    long layouts =
        read("gold.tsv").lines().skip(1).map(r -> r.split("\t", -1)[1]).distinct().count();
    assertTrue(layouts >= 15, layouts + " layouts");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = FidelityTest.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IOException("no fixture " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
