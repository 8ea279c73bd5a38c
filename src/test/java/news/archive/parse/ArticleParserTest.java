package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import news.archive.Article;
import news.archive.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {

  private static Article parse(byte[] bytes) throws ParseException {
    return Parsing.article(bytes);
  }

  private static Article parse(String text) throws ParseException {
    return Parsing.article(text);
  }

  private static Article fixture(String name) throws ParseException {
    return parse(Fixtures.resource("parse/" + name));
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.body().split("\n\n"));
  }

  @Test
  void firstSeedHasHeaderFieldsAndNineteenParagraphs() throws ParseException {
    Article a = parse(Fixtures.seed(Fixtures.SEED_0));
    assertEquals("Iran's foreign minister in Damascus as Idlib offensive looms", a.title());
    assertEquals(
        "Mohammad Javad Zarif is holding talks with Syrian officials, as the regime"
            + " prepares for a phased offensive on rebel-held Idlib.",
        a.subtitle());
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertEquals(3, a.readingMinutes());
    assertEquals(1, a.captions().size());
    assertTrue(a.captions().get(0).endsWith("[Getty]"), a.captions().get(0));
    List<String> paragraphs = paragraphs(a);
    assertEquals(19, paragraphs.size());
    assertTrue(
        paragraphs
            .get(0)
            .startsWith(
                "Iran's foreign minister Mohammad Javad Zarif arrived in Damascus on Monday"));
    assertTrue(paragraphs.get(18).endsWith("have led to war crimes investigations."));
    assertEquals(List.of(), a.agencies());
    assertFalse(a.body().contains(a.title()), "the repeated headline is not part of the body");
  }

  @Test
  void secondSeedIsUndatedAndCreditsAfpFromTheClosingMarker() throws ParseException {
    Article a = parse(Fixtures.seed(Fixtures.SEED_1));
    assertEquals("Iran's Zarif in Syria for talks ahead of Idlib offensive", a.title());
    assertNull(a.date());
    assertNull(a.subtitle());
    assertEquals(List.of("AFP"), a.agencies());
    List<String> paragraphs = paragraphs(a);
    assertEquals(9, paragraphs.size());
    assertTrue(paragraphs.get(8).endsWith("of Iran in Syria."), paragraphs.get(8));
    assertFalse(a.body().contains("\u00a0"), "no-break spaces become plain spaces");
  }

  @Test
  void bodyWordsAreCounted() throws ParseException {
    Article a = parse("Title\n\nOne two three.\n\nFour -- five, six!\n");
    assertEquals(6, a.words(), "a dash alone is no word");
  }

  @Test
  void wireCopyWithWrappedHeadlineIndentedParagraphsTableAndSignOff() throws ParseException {
    Article a = fixture("wire-wrapped.txt");
    assertEquals(
        "HARBOUR AUTHORITY APPROVES SECOND CONTAINER TERMINAL AT PORT OF VALLETTA", a.title());
    assertEquals(LocalDate.of(1991, 3, 14), a.date());
    assertEquals(List.of("Reuters"), a.agencies());
    List<String> paragraphs = paragraphs(a);
    assertEquals(4, paragraphs.size(), a.body());
    assertEquals(
        "VALLETTA, March 14 - The Malta harbour authority said it approved plans for a"
            + " second container terminal at the port, raising annual capacity by about 40 pct over"
            + " five years.",
        paragraphs.get(0));
    assertTrue(paragraphs.get(1).startsWith("The authority said construction"));
    // The table keeps its rows and columns.
    assertTrue(
        paragraphs.get(2).contains("\n Imports      212.4    198.0    176.5\n"), paragraphs.get(2));
    assertTrue(paragraphs.get(3).endsWith("since the summer."));
    assertFalse(a.body().contains("Reuter"), "the sign-off is the agency, not body text");
  }

  @Test
  void wrappedTextWithBlankLinesBylineAndDashAgency() throws ParseException {
    Article a = fixture("wrapped-blank-lines.txt");
    assertEquals("Farmers count the cost of a dry spring", a.title());
    assertEquals("Amira Haddad", a.byline());
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertEquals(List.of("Reuters"), a.agencies());
    List<String> paragraphs = paragraphs(a);
    assertEquals(3, paragraphs.size());
    assertTrue(
        paragraphs.get(1).contains("Half of my neighbours did not harvest at all."),
        "wrapped lines are joined with a space");
    assertTrue(
        paragraphs.get(2).contains("for small-holders,"),
        "a word split at its hyphen keeps the hyphen and no space: " + paragraphs.get(2));
    assertTrue(paragraphs.get(2).endsWith("Officials declined to put a figure on it."));
    assertNull(a.subtitle(), "a byline is not a standfirst");
  }

  @Test
  void publishedPrefixStandfirstPhotoCaptionAndDoubleDashAgency() throws ParseException {
    Article a = fixture("published-prefix.txt");
    assertEquals("City council votes to close the old tram depot", a.title());
    assertEquals(
        "The building, in use since 1912, will become a market hall under a plan"
            + " backed by a large majority.",
        a.subtitle());
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertEquals(List.of("Photo: The depot's main hall, photographed in 2016"), a.captions());
    assertEquals(List.of("AFP"), a.agencies());
    List<String> paragraphs = paragraphs(a);
    assertEquals(4, paragraphs.size());
    assertTrue(paragraphs.get(3).endsWith("better suited to the new trams."), paragraphs.get(3));
  }

  @Test
  void dateOpeningTheFirstParagraphIsTakenOutOfIt() throws ParseException {
    Article a = fixture("date-opening-paragraph.txt");
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertTrue(a.body().startsWith("The tourism ministry said on Monday"), a.body());
  }

  @Test
  void datelineGivesDateAndAgencyAndStaysInTheText() throws ParseException {
    Article a = fixture("dateline-agency.txt");
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertEquals(List.of("AFP"), a.agencies());
    assertTrue(a.body().startsWith("BEIRUT, Sept 3, 2018 (AFP) - A convoy"));
  }

  @Test
  void dateLineAboveTheHeadline() throws ParseException {
    Article a = fixture("leading-date.txt");
    assertEquals("Bridge reopens after repairs", a.title());
    assertEquals(LocalDate.of(2018, 9, 3), a.date());
    assertEquals(2, paragraphs(a).size());
  }

  @Test
  void oneParagraphPerLineIsNotReflowedEvenWhenLinesAreShort() throws ParseException {
    Article a = fixture("numeric-date.txt");
    assertEquals(LocalDate.of(2018, 9, 3), a.date(), "dotted dates are day.month.year");
    assertEquals(
        List.of(
            "The central library will open until 10 pm on weekdays from October, the city said on"
                + " Monday.",
            "Students had petitioned for longer hours during the examination season."),
        paragraphs(a));
  }

  @Test
  void textWithoutADateGetsNoDate() throws ParseException {
    Article a = parse("Talks resume\n\nNegotiators met again on Monday, 3 September.\n");
    assertNull(a.date(), "a day without a year is not a date");
  }

  @Test
  void lineEndsByteOrderMarkAndOddSpacesDoNotChangeTheArticle() throws ParseException {
    String lf = new String(Fixtures.seed(Fixtures.SEED_0), StandardCharsets.UTF_8);
    Article base = parse(lf);
    List<String> variants =
        List.of(
            lf.replace("\n", "\r\n"),
            lf.replace("\n", "\r"),
            "\ufeff" + lf,
            lf.replace("\n", "   \n"),
            lf.replace(" ", "\u00a0"));
    for (String v : variants) {
      Article a = parse(v);
      assertEquals(base.title(), a.title());
      assertEquals(base.subtitle(), a.subtitle());
      assertEquals(base.date(), a.date());
      assertEquals(base.captions(), a.captions());
      assertEquals(base.body(), a.body());
      assertEquals(base.id(), a.id(), "same text, same id");
      assertNotEquals(base.source().sha256(), a.source().sha256(), "other bytes, other hash");
    }
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws ParseException {
    byte[] bytes =
        "Caf\u00e9 owners protest \u201cunfair\u201d rent rises\n\nThe owners of 30 caf\u00e9s marched on Monday.\n"
            .getBytes(Charset.forName("windows-1252"));
    ParsedArticle parsed = Parsing.parsed(bytes);
    Article a = parsed.article();
    assertEquals("Caf\u00e9 owners protest \u201cunfair\u201d rent rises", a.title());
    assertTrue(a.body().contains("30 caf\u00e9s"));
    assertEquals(List.of("not valid UTF-8; read as windows-1252"), parsed.warnings());
  }

  @Test
  void validUtf8HasNoWarning() throws ParseException {
    assertEquals(List.of(), Parsing.parsed(Fixtures.seed(Fixtures.SEED_0)).warnings());
  }

  @Test
  void utf16WithAndWithoutByteOrderMark() throws ParseException {
    String text = "Erdo\u011fan meets Putin\n\nThe two leaders met in Sochi on Monday.\n";
    for (Charset cs :
        List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Article a = parse(text.getBytes(cs));
      assertEquals("Erdo\u011fan meets Putin", a.title(), cs.name());
      assertEquals("The two leaders met in Sochi on Monday.", a.body(), cs.name());
    }
    ByteArrayOutputStream le = new ByteArrayOutputStream();
    le.write(0xFF);
    le.write(0xFE);
    le.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
    assertEquals("Erdo\u011fan meets Putin", parse(le.toByteArray()).title());
  }

  @Test
  void emptyFileIsRefused() {
    ParseException e = assertThrows(ParseException.class, () -> parse(new byte[0]));
    assertEquals("empty file", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n\n\n", "   \n\t\n", "\r\n\r\n"})
  void onlyBlankLinesIsRefused(String text) {
    ParseException e = assertThrows(ParseException.class, () -> parse(text));
    assertTrue(e.getMessage().startsWith("no text"), e.getMessage());
  }

  @Test
  void binaryDataIsRefused() {
    byte[] png = {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      1,
      0,
      0,
      0,
      1,
      0,
      8,
      6,
      0,
      0,
      0
    };
    ParseException e = assertThrows(ParseException.class, () -> parse(png));
    assertTrue(e.getMessage().startsWith("binary data"), e.getMessage());
  }

  @Test
  void headlineWithoutBodyIsRefused() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> parse("FED SETS OVERNIGHT REPURCHASES\n\n8-APR-1987 11:40:18.25\n\n"));
    assertTrue(e.getMessage().startsWith("no body"), e.getMessage());
  }

  @Test
  void bodyWithoutHeadlineIsRefused() {
    String paragraph = "The ministry said on Monday that it would ".repeat(8) + "act.";
    ParseException e = assertThrows(ParseException.class, () -> parse(paragraph + "\n"));
    assertTrue(e.getMessage().startsWith("no headline"), e.getMessage());
  }

  @Test
  void differentTextGetsADifferentId() throws ParseException {
    Article a = parse("Title\n\nFirst version of the text.\n");
    Article b = parse("Title\n\nSecond version of the text.\n");
    assertNotEquals(a.id(), b.id());
    assertTrue(a.id().matches("[0-9a-f]{16}"), a.id());
  }

  @Test
  void anUpdatesDateLineDeepInTheBodyIsNoPublicationDate() throws ParseException {
    String text =
        """
        Council approves budget

        The council approved the budget on Monday.

        Its members argued for four hours before they voted.

        %s%s 4 May 2018

        The vote was close.
        """;
    String more = "More was said.\n\n".repeat(8);
    assertNull(parse(text.formatted(more, "Updated")).date());
    assertEquals(LocalDate.of(2018, 5, 4), parse(text.formatted(more, "Published")).date());
    assertEquals(
        LocalDate.of(2018, 5, 4),
        parse(text.formatted("", "Updated")).date(),
        "an update's date in the opening lines, when nothing else dates the article");
  }

  @Test
  void aTextGetsTheLanguageItIsWrittenIn() throws ParseException {
    assertEquals("en", parse(Fixtures.seed(Fixtures.SEED_0)).language());
    assertEquals("de", parse(Fixtures.resource("languages/german.txt")).language());
    assertEquals("ja", parse(Fixtures.resource("languages/japanese.txt")).language());
  }

  @Test
  void aTextInALanguageTheArchiveDoesNotKnowGetsNone() throws ParseException {
    assertNull(parse(Fixtures.resource("languages/swedish.txt")).language());
  }
}
