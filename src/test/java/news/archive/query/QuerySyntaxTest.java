package news.archive.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import news.archive.DateRange;
import org.junit.jupiter.api.Test;

/** The query language read into its syntax tree, with no index in sight. */
class QuerySyntaxTest {

  private static Node.Word word(String text, int at) {
    return new Node.Word(text, at, false, -1);
  }

  @Test
  void wordsSideBySideAreAllOfThemAndOrBindsTighter() throws QueryException {
    assertEquals(
        new Node.All(
            List.of(
                word("Zarif", 1), new Node.Any(List.of(word("Damascus", 7), word("Tehran", 19))))),
        QuerySyntax.parse("Zarif Damascus OR Tehran"));
  }

  @Test
  void signsFieldsPhrasesPrefixesAndFuzzyWordsKeepWhatWasTyped() throws QueryException {
    assertEquals(
        new Node.All(
            List.of(
                new Node.Not(word("Turkey", 2)),
                new Node.InField("title", new Node.Phrase("foreign minister", 15, 2)),
                new Node.Word("Zar", 36, true, -1),
                new Node.Word("Zarrif", 41, false, 1))),
        QuerySyntax.parse("-Turkey title:\"foreign minister\"~2 Zar* Zarrif~1"));
  }

  @Test
  void dateAndPathValuesAreReadInTheTree() throws QueryException {
    assertEquals(
        new Node.All(
            List.of(
                new Node.Dates(new DateRange(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30))),
                new Node.Path("seeds/*.txt"),
                new Node.Dates(new DateRange(null, LocalDate.of(2017, 12, 31))))),
        QuerySyntax.parse("date:2018-01..2018-06 path:seeds/*.txt date:..2017"));
  }

  @Test
  void whatCannotBeReadSaysWhereInOneLine() {
    QueryException quote =
        assertThrows(QueryException.class, () -> QuerySyntax.parse("Idlib \"foreign minister"));
    assertEquals("unbalanced quote: the \" at character 7 is never closed", quote.getMessage());
    assertEquals(7, quote.position());
    QueryException date =
        assertThrows(QueryException.class, () -> QuerySyntax.parse("date:2018-09..2018-01"));
    assertEquals(
        "the range date:2018-09..2018-01 at character 6 ends before it starts", date.getMessage());
    QueryException many =
        assertThrows(QueryException.class, () -> QuerySyntax.parse("a ".repeat(200)));
    assertEquals("too many words: 200 (at most 128)", many.getMessage());
  }
}
