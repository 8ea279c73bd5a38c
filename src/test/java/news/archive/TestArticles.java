package news.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Articles built in code, for tests of the layers below the parser. */
public final class TestArticles {
  private TestArticles() {}

  public static Article article(String id, String title, LocalDate date, String body) {
    return new Article(
        id,
        title,
        null,
        null,
        date,
        date == null ? null : Article.DateFrom.LINE,
        List.of(),
        null,
        null,
        null,
        body.split("\\s+").length,
        List.of(),
        body,
        new Article.Source(
            "in/" + id + ".txt", "/abs/in/" + id + ".txt", "0".repeat(48) + id, body.length()),
        Instant.parse("2026-11-21T10:00:00Z"),
        List.of());
  }

  public static Article full() {
    return new Article(
        "0123456789abcdef",
        "A title",
        "A title | Harbour Times",
        "A standfirst",
        LocalDate.of(2018, 9, 3),
        Article.DateFrom.LEAD,
        List.of("AFP"),
        "Harbour Times",
        "Jane Doe",
        3,
        4,
        List.of("A caption [Getty]"),
        "One two.\n\nThree four.",
        new Article.Source("seeds/a.txt", "/home/u/seeds/a.txt", "ab".repeat(32), 120),
        Instant.parse("2026-11-21T10:00:00Z"),
        List.of("fedcba9876543210"));
  }
}
