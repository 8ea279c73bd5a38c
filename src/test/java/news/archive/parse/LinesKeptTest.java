package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.archive.Article;
import news.archive.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is silently dropped: every non-blank line of an input ends up in some field of the
 * article (a repeated headline counts as kept in the title).
 */
class LinesKeptTest {

  static Stream<String> inputs() {
    List<String> names = new ArrayList<>(Fixtures.parseFixtures());
    names.add("seed:" + Fixtures.SEED_0);
    names.add("seed:" + Fixtures.SEED_1);
    return names.stream();
  }

  private static byte[] bytes(String name) {
    return name.startsWith("seed:") ? Fixtures.seed(name.substring(5)) : Fixtures.resource(name);
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyLineOfTheInputIsInSomeField(String name) throws ParseException {
    byte[] bytes = bytes(name);
    Article article = Parsing.article(bytes);
    List<String> lost = lostLines(new String(bytes, StandardCharsets.UTF_8), article);
    assertTrue(lost.isEmpty(), name + ": lines in no field: " + lost);
  }

  @Test
  void theCheckFindsALineThatIsMissing() throws ParseException {
    String text = "Title\n\nFirst paragraph.\n\nSecond paragraph.\n";
    Article article = Parsing.article(text);
    Article withoutSecond = article.toBuilder().words(2).body("First paragraph.").build();
    assertTrue(lostLines(text, article).isEmpty());
    assertTrue(lostLines(text, withoutSecond).contains("Second paragraph."));
  }

  /** The non-blank lines of {@code text} that no field of {@code a} accounts for. */
  static List<String> lostLines(String text, Article a) {
    String body = Lines.collapse(a.body());
    Dates.DayOrder order = Dates.dayOrder(text);
    List<String> lost = new ArrayList<>();
    for (String raw : Normalizer.lines(text)) {
      String line = Lines.collapse(raw);
      if (line.isEmpty() || isKept(raw, line, a, body, order)) {
        continue;
      }
      lost.add(line);
    }
    return lost;
  }

  private static boolean isKept(
      String raw, String line, Article a, String body, Dates.DayOrder order) {
    if (body.contains(line)
        || contains(a.title(), line)
        || contains(a.headline(), line)
        || contains(a.subtitle(), line)) {
      return true;
    }
    if (a.captions().stream().anyMatch(c -> c.contains(line))) {
      return true;
    }
    // numeric dates read in the order the text settles, as the parser reads them
    if (Dates.ofDateLine(raw, order).filter(d -> d.equals(a.date())).isPresent()
        || Lines.readingMinutes(raw).filter(m -> m.equals(a.readingMinutes())).isPresent()
        || Lines.byline(raw).filter(b -> b.equals(a.byline())).isPresent()
        || Agencies.signOff(raw).filter(g -> a.agencies().containsAll(g)).isPresent()) {
      return true;
    }
    Optional<String> by = Lines.byline(raw);
    Optional<Agencies.Trailer> agencyBy = by.flatMap(Agencies::inByline);
    if (agencyBy.isPresent()
        && a.agencies().containsAll(agencyBy.get().agencies())
        && (agencyBy.get().text().isEmpty() || agencyBy.get().text().equals(a.byline()))) {
      return true; // a byline naming the agency: the name in byline, the agency credited
    }
    Optional<Agencies.Trailer> credit = Agencies.credit(raw);
    if (credit.isPresent()
        && a.agencies().containsAll(credit.get().agencies())
        && body.contains(Lines.collapse(credit.get().text()))) {
      return true; // a credit line is the agency's sign-off
    }
    Optional<Agencies.Trailer> trailer = Agencies.trailing(raw);
    if (trailer.isPresent()
        && a.agencies().containsAll(trailer.get().agencies())
        && body.contains(Lines.collapse(trailer.get().text()))) {
      return true;
    }
    Optional<Dates.Leading> leading = Dates.leading(line);
    return leading.isPresent()
        && leading.get().date().equals(a.date())
        && body.contains(line.substring(leading.get().end()).strip());
  }

  private static boolean contains(String field, String line) {
    return field != null && field.contains(line);
  }
}
