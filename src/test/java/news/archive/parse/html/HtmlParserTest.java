package news.archive.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import news.archive.Article;
import news.archive.Fixtures;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlParserTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  private static ParsedArticle parsed(String name, byte[] bytes) throws ParseException {
    return new HtmlParser().parse(bytes, Article.Source.of(name, null, bytes), NOW);
  }

  private static ParsedArticle parsedFixture(String name) throws ParseException {
    return parsed(name, Fixtures.resource("html/" + name));
  }

  private static Article fixture(String name) throws ParseException {
    return parsedFixture(name).article();
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.body().split("\n\n"));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Asserts that each of {@code parts} is in {@code text}, in this order. */
  private static void assertInOrder(String text, List<String> parts) {
    int from = 0;
    for (String part : parts) {
      int at = text.indexOf(part, from);
      assertTrue(at >= 0, "missing, or out of order: " + part + "\nin:\n" + text);
      from = at + part.length();
    }
  }

  // 1. JSON-LD NewsArticle

  @Test
  void jsonLdHeadlineIsTheTitle() throws ParseException {
    assertEquals(
        "Night-shift snowplough drivers win overtime dispute",
        fixture("jsonld-newsarticle.html").title());
  }

  @Test
  void jsonLdDatePublishedGivesTheLocalDayOfItsOffsetNotTheUtcDay() throws ParseException {
    Article a = fixture("jsonld-newsarticle.html");
    // 2021-03-04T23:30:00-05:00 is already 5 March in UTC.
    assertEquals(LocalDate.of(2021, 3, 4), a.date());
    assertEquals(Article.DateFrom.META, a.dateFrom());
  }

  @Test
  void jsonLdAuthorObjectGivesTheByline() throws ParseException {
    assertEquals("Marta Ilvesk", fixture("jsonld-newsarticle.html").byline());
  }

  @Test
  void jsonLdPublisherNameIsTheOutlet() throws ParseException {
    assertEquals("Lakeshore Courier", fixture("jsonld-newsarticle.html").outlet());
  }

  @Test
  void menuShareButtonsAndFooterStayOutOfTheBody() throws ParseException {
    Article a = fixture("jsonld-newsarticle.html");
    for (String furniture :
        List.of("Opinion", "Share on Facebook", "Copy link", "Privacy policy", "rights reserved")) {
      assertFalse(a.body().contains(furniture), furniture + " in:\n" + a.body());
    }
    assertTrue(a.body().startsWith("Snowplough drivers in Port Ellery"), a.body());
    assertTrue(a.body().endsWith("has been suspended."), a.body());
  }

  // 2. JSON-LD variants

  @Test
  void jsonLdGraphArticleIsReadBeforeTheWebPageThatHoldsIt() throws ParseException {
    Article a = fixture("jsonld-graph.html");
    assertEquals("County rejects quarry expansion after two-year fight", a.title());
    assertEquals(LocalDate.of(2022, 11, 7), a.date(), "the NewsArticle's date, not the WebPage's");
    assertEquals("Priya Castellane", a.byline());
  }

  @Test
  void jsonLdTopLevelListIsSearchedForTheArticle() throws ParseException {
    Article a = fixture("jsonld-list.html");
    assertEquals(LocalDate.of(2023, 8, 16), a.date());
    assertEquals("Dale Whitcombe", a.byline());
    assertEquals("Northbay Ledger", a.outlet());
  }

  @Test
  void jsonLdTypeGivenAsAListIsAnArticle() throws ParseException {
    Article a = fixture("jsonld-type-list.html");
    assertEquals(LocalDate.of(2019, 10, 22), a.date());
    assertEquals("Henrik Solvang", a.byline());
  }

  @Test
  void jsonLdListOfAuthorsIsJoinedWithCommas() throws ParseException {
    assertEquals("Tomas Reinholt, Ada Okafor", fixture("jsonld-two-authors.html").byline());
  }

  @Test
  void jsonLdWithTrailingCommasAndALineBreakInAStringIsStillRead() throws ParseException {
    Article a = fixture("jsonld-lenient.html");
    assertEquals("Airport tram line opens a year late, and over budget", a.title());
    assertEquals(LocalDate.of(2018, 5, 29), a.date());
    assertEquals("Colm Deasy", a.byline());
  }

  // 3. OpenGraph only

  @Test
  void openGraphTitleLosesTheSiteNameSuffix() throws ParseException {
    assertEquals("Library reopens after flood repairs", fixture("og-only.html").title());
  }

  @Test
  void openGraphSiteNameIsTheOutlet() throws ParseException {
    assertEquals("Westbrook Evening Post", fixture("og-only.html").outlet());
  }

  @Test
  void titleTagIsKeptAsTheHeadlineWhenTheTitleWasCutFromIt() throws ParseException {
    assertEquals(
        "Library reopens after flood repairs | Westbrook Evening Post",
        fixture("og-only.html").headline());
  }

  // 4. No metadata at all

  @Test
  void pageWithoutMetadataTakesItsTitleFromTheTitleTag() throws ParseException {
    Article a = fixture("no-meta.html");
    assertEquals("Parents' fundraiser saves village school", a.title());
  }

  @Test
  void pageWithoutMetadataTakesTheBylineFromTheByLineUnderTheHeadline() throws ParseException {
    assertEquals("Jane Roe", fixture("no-meta.html").byline());
  }

  @Test
  void pageWithoutMetadataTakesTheDateFromTheDateLineUnderTheHeadline() throws ParseException {
    Article a = fixture("no-meta.html");
    assertEquals(LocalDate.of(2019, 3, 12), a.date());
    assertEquals(Article.DateFrom.LINE, a.dateFrom());
  }

  @Test
  void bylineAndDateLinesAreNotBodyText() throws ParseException {
    Article a = fixture("no-meta.html");
    assertTrue(a.body().startsWith("Kilbrack primary school will stay open"), a.body());
    assertTrue(a.body().endsWith("again in 2022."), a.body());
  }

  // 5. Visible date against metadata

  @Test
  void visibleDateLineWinsOverAContradictingMetadataDate() throws ParseException {
    Article a = fixture("date-line-beats-meta.html");
    assertEquals(LocalDate.of(2020, 6, 5), a.date());
    assertEquals(Article.DateFrom.LINE, a.dateFrom());
  }

  // 6. Cookie banner and comments

  @Test
  void cookieBannerIsNotInTheBody() throws ParseException {
    Article a = fixture("cookie-comments.html");
    assertFalse(a.body().contains("cookies"), a.body());
    assertFalse(a.body().contains("Accept all"), a.body());
  }

  @Test
  void commentsAreNotInTheBody() throws ParseException {
    Article a = fixture("cookie-comments.html");
    for (String comment :
        List.of(
            "Absolutely ridiculous decision",
            "pushchair",
            "bike racks",
            "Coldwater",
            "ValleyResident62",
            "Comments (4)")) {
      assertFalse(a.body().contains(comment), comment + " in:\n" + a.body());
    }
  }

  @Test
  void cookieBannerInTheArticlesColumnIsNotInTheBody() throws ParseException {
    Article a = fixture("cookie-comments-one-column.html");
    assertFalse(a.body().contains("cookies"), a.body());
    assertTrue(a.body().startsWith("Kelderby's outdoor swimming pool"), a.body());
  }

  @Test
  void commentsInTheArticlesColumnAreNotInTheBody() throws ParseException {
    Article a = fixture("cookie-comments-one-column.html");
    for (String comment :
        List.of("Wonderful news", "electricity bill", "family swimming", "Maggie from Eastfield")) {
      assertFalse(a.body().contains(comment), comment + " in:\n" + a.body());
    }
  }

  @Test
  void commentsHeadingIsNotInTheBody() throws ParseException {
    Article a = fixture("cookie-comments-one-column.html");
    assertTrue(a.body().endsWith("enough to pay a second lifeguard."), a.body());
  }

  @Test
  void commenterIsNotTheByline() throws ParseException {
    assertNull(fixture("cookie-comments.html").byline(), "the article names no author");
  }

  @Test
  void articleParagraphsAreAllInTheBodyInOrder() throws ParseException {
    Article a = fixture("cookie-comments.html");
    assertInOrder(
        a.body(),
        List.of(
            "Cars will be banned from Bridge Street in the centre of Orrinford from September,",
            "Deliveries will still be allowed before 10 am,",
            "Shopkeepers were split.",
            "Work is due to start in July and to take eight weeks."));
    assertEquals(4, paragraphs(a).size(), a.body());
  }

  // 7. Gallery

  @Test
  void figureCaptionsGoToCaptionsInPageOrder() throws ParseException {
    assertEquals(
        List.of(
            "A giant paper heron, built by pupils of Kessly primary school, leads the parade along"
                + " the harbour wall.",
            "Members of the Kessly rowing club carry a lantern shaped like their first boat.",
            "Fireworks over Kessly bay close the festival."),
        fixture("gallery.html").captions());
  }

  @Test
  void figureCaptionsAreNotInTheBody() throws ParseException {
    Article a = fixture("gallery.html");
    assertFalse(a.body().contains("paper heron"), a.body());
    assertFalse(a.body().contains("rowing club"), a.body());
    assertFalse(a.body().contains("Fireworks over Kessly bay"), a.body());
    assertEquals(3, paragraphs(a).size(), a.body());
  }

  // 8. Not an article

  @Test
  void homePageOfHeadlineLinksIsRefused() {
    ParseException e =
        assertThrows(ParseException.class, () -> parsedFixture("home-page-headlines.html"));
    assertTrue(e.getMessage().startsWith("not an article"), e.getMessage());
  }

  @Test
  void homePageOfTeasersIsRefused() {
    ParseException e = assertThrows(ParseException.class, () -> parsedFixture("home-page.html"));
    assertTrue(e.getMessage().startsWith("not an article"), e.getMessage());
  }

  @Test
  void pageWithOneSentenceOfTextIsRefused() {
    ParseException e = assertThrows(ParseException.class, () -> parsedFixture("one-sentence.html"));
    assertTrue(e.getMessage().startsWith("not an article"), e.getMessage());
  }

  // 9. windows-1252 without a declared charset

  /** The fixture is kept in UTF-8 so that it reads in an editor; the page is its cp1252 bytes. */
  private static ParsedArticle windows1252Page() throws ParseException {
    String page =
        new String(Fixtures.resource("html/no-charset-windows-1252.html"), StandardCharsets.UTF_8);
    byte[] bytes = page.getBytes(Charset.forName("windows-1252"));
    return parsed("cafes.html", bytes);
  }

  @Test
  void undeclaredWindows1252IsDecoded() throws ParseException {
    Article a = windows1252Page().article();
    assertTrue(
        a.title().startsWith("Caf\u00e9 owners protest \u201cunfair\u201d rent rises"), a.title());
    assertTrue(a.body().contains("thirty caf\u00e9s"), a.body());
    assertTrue(a.body().contains("\u201cWe are not asking for charity"), a.body());
    assertTrue(a.body().contains("The mayor\u2019s office"), a.body());
  }

  @Test
  void undeclaredWindows1252IsReportedInAWarning() throws ParseException {
    assertEquals(List.of("not valid UTF-8; read as windows-1252"), windows1252Page().warnings());
  }

  // 10. A legacy charset declared, UTF-8 bytes

  @Test
  void utf8BytesUnderALatin1DeclarationAreReadAsUtf8() throws ParseException {
    Article a = fixture("declared-latin1-utf8.html");
    assertEquals("Z\u00fcrich lake ferries to run on electric power by 2030", a.title());
    assertTrue(a.body().contains("Lake Z\u00fcrich"), a.body());
    assertTrue(a.body().contains("J\u00fcrg B\u00e4nziger"), a.body());
    assertFalse(a.body().contains("Z\u00c3\u00bcrich"), "no mojibake");
    assertFalse(a.title().contains("\u00c3"), "no mojibake");
  }

  // 11. Scripts

  @Test
  void scriptTextIsNeverBodyText() throws ParseException {
    Article a = fixture("script-fake-article.html");
    assertFalse(a.body().contains("FAKE"), a.body());
    assertFalse(a.body().contains("document.write"), a.body());
    assertFalse(a.body().contains("gasworks"), a.body());
    assertFalse(a.body().contains("never sees on the page"), a.body());
    assertEquals(4, paragraphs(a).size(), a.body());
  }

  // 12. Lists and tables

  @Test
  void listItemsBecomeDashLinesOneParagraphEachAsInText() throws ParseException {
    Article a = fixture("list-table.html");
    assertTrue(
        a.body()
            .contains(
                """
                - everyone aged 65 or over

                - pregnant women

                - children aged two and three

                - carers and care home staff"""),
        a.body());
  }

  @Test
  void dataTableBecomesOneParagraphOfRowsWithSpacedBarsBetweenCells() throws ParseException {
    Article a = fixture("list-table.html");
    assertTrue(
        paragraphs(a)
            .contains(
                """
                Place  |  Day  |  Hours
                Town hall  |  Tuesday  |  9 am to 4 pm
                Leisure centre  |  Thursday  |  1 pm to 7 pm
                St Anne's church hall  |  Saturday  |  10 am to 2 pm"""),
        a.body());
  }

  @Test
  void listAndTableKeepTheirPlaceAmongTheParagraphs() throws ParseException {
    Article a = fixture("list-table.html");
    assertInOrder(
        a.body(),
        List.of(
            "free for the following groups:",
            "- everyone aged 65",
            "will open on these days:",
            "Place  |  Day  |  Hours",
            "People should bring a form of identification"));
  }

  // 13. Source

  @Test
  void canonicalLinkIsTheSourceUrlAndTheFormatIsHtml() throws ParseException {
    Article a = fixture("canonical.html");
    assertEquals(
        "https://www.marlowfentimes.example/countryside/beekeepers-best-harvest",
        a.source().url(),
        "the canonical link, not og:url with its tracking parameters");
    assertEquals("html", a.source().format());
  }

  // 14. isPage

  @ParameterizedTest
  @ValueSource(strings = {"a.html", "a.HTM", "a.xhtml", "saved/Page.Html"})
  void pageIsKnownByItsName(String name) {
    assertTrue(HtmlParser.isPage(name, utf8("Headline\n\nBody\n")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html>\n<html><head><title>T</title></head></html>",
        "<!doctype HTML><html></html>",
        "\n\n   \t<!DOCTYPE html><html></html>",
        "<html lang=\"en\"><head></head></html>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html><html></html>",
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"></html>"
      })
  void standardInputIsKnownAsAPageByItsFirstCharacters(String start) {
    assertTrue(HtmlParser.isPage("-", utf8(start)), start);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!-- saved from url=(0042)https://example.test/ -->\n<!DOCTYPE html><html></html>",
        "<?xml version=\"1.0\"?>\n<!-- generator -->\n<html></html>"
      })
  void pageAfterACommentIsAPage(String start) {
    assertTrue(HtmlParser.isPage("-", utf8(start)), start);
  }

  @Test
  void pageAfterAByteOrderMarkAndWhiteSpaceIsAPage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(0xEF);
    bytes.write(0xBB);
    bytes.write(0xBF);
    bytes.writeBytes(utf8("  \r\n<!DOCTYPE html><html><body><p>Text</p></body></html>"));
    assertTrue(HtmlParser.isPage("-", bytes.toByteArray()));
  }

  @Test
  void plainTextOnStandardInputIsNotAPage() {
    assertFalse(HtmlParser.isPage("-", utf8("Headline\n\nBody")));
  }

  // 15. Site name before the headline

  @Test
  void siteNameOpeningTheHeadlineIsCut() throws ParseException {
    Article a = fixture("site-name-first.html");
    assertEquals("Ferry strike ends", a.title());
    assertEquals("Harbour Times", a.outlet());
  }

  // Bylines checked against the page's own byline

  private static Article page(String head, String header) throws ParseException {
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Tide mill reopens</title>"
            + head
            + "</head><body><article><h1>Tide mill reopens</h1>"
            + header
            + "<p>"
            + "The restored tide mill opened to visitors on Saturday after four years of work. "
                .repeat(4)
            + "</p></article><footer><p>&copy; Estuary Media Group</p></footer></body></html>";
    return parsed("page.html", utf8(html)).article();
  }

  @Test
  void aMetaAuthorTheBylineDoesNotShowLosesToTheByline() throws ParseException {
    Article a =
        page(
            "<meta name=\"author\" content=\"Estuary Media Group\">",
            "<p class=\"byline\">By <a href=\"/people/kit-barrow\">Kit Barrow</a></p>");
    assertEquals("Kit Barrow", a.byline());
  }

  @Test
  void aMetaAuthorTheBylineShowsIsKept() throws ParseException {
    Article a =
        page(
            "<meta name=\"author\" content=\"Kit Barrow\">",
            "<p class=\"byline\">By Kit Barrow and <a href=\"/about\">staff</a></p>");
    assertEquals("Kit Barrow", a.byline());
  }

  @Test
  void anOutletInCapitalsAfterTheNameIsNotPartOfIt() throws ParseException {
    Article a = page("", "<p class=\"byline\">Kit Barrow ESTUARY DAILY NEWS</p>");
    assertEquals("Kit Barrow", a.byline());
  }

  @Test
  void aBylineThatGoesOnToDescribeTheAuthorKeepsTheName() throws ParseException {
    Article a =
        page("", "<div class=\"byline\">Kit Barrow is the paper's heritage reporter.</div>");
    assertEquals("Kit Barrow", a.byline());
  }

  @Test
  void aModificationDateIsTakenOnlyWhenThePageGivesNoOther() throws ParseException {
    String modified = "<meta property=\"article:modified_time\" content=\"2022-05-06T10:00:00Z\">";
    assertEquals("2022-05-06", page(modified, "").date().toString());
    assertEquals(
        "2021-01-02",
        page(modified + "<meta property=\"article:published_time\" content=\"2021-01-02\">", "")
            .date()
            .toString());
  }

  @Test
  void anyElementWithADatetimeDatesAPageThatHasNothingBetter() throws ParseException {
    Article a = page("", "<relative-time datetime=\"2020-07-07T12:10:51Z\">Jul 7</relative-time>");
    assertEquals("2020-07-07", a.date().toString());
  }

  private static final String PROSE =
      "The restored tide mill opened to visitors on Saturday, after four years of work, and the"
          + " wheel turned again for the first time since 1957. ";

  @Test
  void theArticleAPageMarksWinsOverTheBlockAroundItWithStoriesBeside() throws ParseException {
    String teaser =
        "<div class=\"card\"><h3>Another story</h3><p>"
            + PROSE.replace("mill", "barn").repeat(2)
            + "</p></div>";
    String html =
        "<html><head><title>Tide mill reopens</title></head><body><div class=\"main\">"
            + "<article><h1>Tide mill reopens</h1><p>"
            + PROSE.repeat(3)
            + "</p><p>"
            + PROSE.replace("Saturday", "Sunday").repeat(3)
            + "</p></article>"
            + teaser.repeat(4)
            + "</div></body></html>";
    Article a = parsed("marked.html", utf8(html)).article();
    assertTrue(a.body().contains("Sunday"), a.body());
    assertFalse(a.body().contains("barn"), "the stories beside the article: " + a.body());
  }

  @Test
  void theNextStoryLoadedBelowAnArticleIsNotPartOfIt() throws ParseException {
    String story =
        "<div class=\"story\"><h1>%s</h1><div class=\"story-body\"><p>%s</p><p>%s</p></div></div>";
    String html =
        "<html><head><title>Tide mill reopens</title></head><body><div class=\"stream\">"
            + String.format(story, "Tide mill reopens", PROSE.repeat(4), PROSE.repeat(3))
            + String.format(story, "Ferry fares rise", PROSE.replace("mill", "ferry").repeat(3), "")
            + String.format(story, "Pier closes", PROSE.replace("mill", "pier").repeat(3), "")
            + "</div></body></html>";
    Article a = parsed("stream.html", utf8(html)).article();
    assertTrue(a.body().contains("tide mill"), a.body());
    assertFalse(a.body().contains("ferry") || a.body().contains("pier"), a.body());
  }

  @Test
  void anEntityThePageEscapedTwiceInItsMetadataIsReadOnce() throws ParseException {
    Article a = page("<meta property=\"og:title\" content=\"Mill doesn&amp;#8217;t stop\">", "");
    assertEquals("Mill doesn\u2019t stop", a.title());
  }

  @Test
  void textWrittenStraightIntoABlockBesideOtherBlocksIsAParagraph() throws ParseException {
    String html =
        "<html><head><title>Tide mill reopens</title></head><body>"
            + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
            + "<div class=\"story-text\"><div class=\"media\"></div>"
            + PROSE.repeat(3)
            + "<br><br>"
            + PROSE.replace("Saturday", "Sunday").repeat(2)
            + "</div></body></html>";
    Article a = parsed("loose.html", utf8(html)).article();
    assertTrue(a.body().startsWith("The restored tide mill"), a.body());
    assertTrue(
        a.body().contains("\n\nThe restored tide mill opened to visitors on Sunday"), a.body());
  }

  @Test
  void theSitesNameIsNoAuthorEvenWhenItsFullNameCarriesATagline() throws ParseException {
    Article a =
        page(
            "<meta property=\"og:site_name\" content=\"Estuary Post | News for the coast\">"
                + "<meta name=\"author\" content=\"Estuary Post\">",
            "");
    assertNull(a.byline());
  }

  @Test
  void aJobTitleAfterTheNameAndAKindOfPieceBeforeItAreNotPartOfTheByline() throws ParseException {
    Article a = page("", "<p class=\"byline\">Analysis by Kit Barrow, Heritage Editor</p>");
    assertEquals("Kit Barrow", a.byline());
  }

  @Test
  void aSectionGivenAsTheSitesNameIsNoOutlet() throws ParseException {
    Article a =
        page(
            "<meta property=\"og:site_name\" content=\"U.S.\">"
                + "<meta property=\"og:title\" content=\"Tide mill reopens | Estuary Post\">"
                + "<meta property=\"og:url\" content=\"https://www.estuarypost.example/mill\">",
            "");
    assertEquals("Tide mill reopens", a.title());
    assertEquals("Estuary Post", a.outlet());
  }

  @Test
  void theYearASiteAddsToAnOldArticlesTitleIsNoPartOfIt() throws ParseException {
    Article a =
        page("<meta property=\"og:title\" content=\"Tide mill reopens (Published 2016)\">", "");
    assertEquals("Tide mill reopens", a.title());
  }

  @Test
  void aNameAfterADashThatTheSiteDoesNotGoByStaysInTheTitle() throws ParseException {
    Article a =
        page("<meta property=\"og:title\" content=\"Choose hope over fear - Kennedy\">", "");
    assertEquals("Choose hope over fear - Kennedy", a.title());
    assertNull(a.outlet());
  }

  @Test
  void aSiteNameGivenAsAnAddressIsItsHost() throws ParseException {
    Article a =
        page("<meta property=\"og:site_name\" content=\"https://www.estuarypost.example/\">", "");
    assertEquals("estuarypost.example", a.outlet());
  }

  @Test
  void aDayWrittenCompactInTheAddressAfterItsYearAndMonthDatesThePage() throws ParseException {
    String url =
        "<meta property=\"og:url\" content=\"https://estuary.example/2015/08/150803-mill\">";
    Article a = page(url, "");
    assertEquals("2015-08-03", a.date().toString());
    assertEquals(Article.DateFrom.URL, a.dateFrom());
    String other = url.replace("150803", "140803");
    assertNull(page(other, "").date(), "a number that disagrees with the folders is no date");
  }

  @Test
  void aSectionLabelSetOffByABarIsNotPartOfTheTitle() throws ParseException {
    String og = "<meta property=\"og:title\" content=\"%s\">";
    assertEquals(
        "Mill tours are worth it",
        page(String.format(og, "Opinion | Mill tours are worth it"), "").title());
    assertEquals(
        "The view on the mill",
        page(String.format(og, "The view on the mill | Editorial"), "").title());
    assertEquals(
        "Review - the mill at dusk",
        page(String.format(og, "Review - the mill at dusk"), "").title(),
        "only a bar sets a label apart");
  }

  @Test
  void authorsGivenAsTheAddressesOfTheirPagesAreNamedWhenThePageShowsTheName()
      throws ParseException {
    String authors =
        "<meta property=\"article:author\" content=\"https://estuary.example/profile/kit-barrow,"
            + "https://estuary.example/profile/ann-lee\">";
    assertEquals("Kit Barrow, Ann Lee", page(authors, "<p>Kit Barrow and Ann Lee</p>").byline());
    assertNull(page(authors, "<p>Our reporters</p>").byline(), "a name the page never shows");
  }

  @Test
  void classesOfThePageItselfDoNotMakeItsBylineFurniture() throws ParseException {
    String html =
        "<html><head><title>Tide mill reopens</title></head>"
            + "<body class=\"site f_comment_nofollow_on\"><article><h1>Tide mill reopens</h1>"
            + "<p class=\"info\"><a href=\"/author/kbarrow\">Kit Barrow</a></p><p>"
            + PROSE.repeat(3)
            + "</p></article></body></html>";
    assertEquals("Kit Barrow", parsed("body.html", utf8(html)).article().byline());
  }

  @Test
  void anElementNamedForTheAuthorsNameHoldsTheByline() throws ParseException {
    Article a =
        page(
            "",
            "<div class=\"author-card\"><span class=\"author-card__details__name\">Kit Barrow</span>"
                + "<span class=\"author-card__bio\">Writes about mills</span></div>");
    assertEquals("Kit Barrow", a.byline());
  }

  @Test
  void theOpenGraphArticleAuthorNameIsRead() throws ParseException {
    Article a = page("<meta name=\"og:article:author\" content=\"Kit Barrow\">", "");
    assertEquals("Kit Barrow", a.byline());
  }

  // Language

  @Test
  void germanTextUnderAnEnglishTemplateIsGerman() throws ParseException {
    assertEquals("de", fixture("lang-en-template-german-text.html").language());
  }

  @Test
  void aPageOfFiguresTakesTheLanguageItDeclares() throws ParseException {
    assertEquals("de", fixture("lang-declared-figures.html").language());
  }

  @Test
  void aPageInALanguageTheArchiveDoesNotKnowGetsNone() throws ParseException {
    assertNull(fixture("lang-unsupported.html").language());
  }
}
