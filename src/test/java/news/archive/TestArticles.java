package news.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles built in code, for tests of the layers below the parser. */
public final class TestArticles {
  private TestArticles() {}

  public static Article article(String id, String title, LocalDate date, String body) {
    return Article.builder()
        .id(id)
        .title(title)
        .date(date, date == null ? null : Article.DateFrom.LINE)
        .words(body.split("\\s+").length)
        .body(body)
        .source(
            new Article.Source(
                "in/" + id + ".txt", "/abs/in/" + id + ".txt", "0".repeat(48) + id, body.length()))
        .importedAt(Instant.parse("2026-11-21T10:00:00Z"))
        .build();
  }

  public static Article full() {
    return Article.builder()
        .id("0123456789abcdef")
        .title("A title")
        .headline("A title | Harbour Times")
        .subtitle("A standfirst")
        .date(LocalDate.of(2018, 9, 3), Article.DateFrom.LEAD)
        .agencies(List.of("AFP"))
        .outlet("Harbour Times")
        .byline("Jane Doe")
        .readingMinutes(3)
        .words(4)
        .language("en")
        .captions(List.of("A caption [Getty]"))
        .body("One two.\n\nThree four.")
        .source(new Article.Source("seeds/a.txt", "/home/u/seeds/a.txt", "ab".repeat(32), 120))
        .importedAt(Instant.parse("2026-11-21T10:00:00Z"))
        .aliases(List.of("fedcba9876543210"))
        .build();
  }
}
