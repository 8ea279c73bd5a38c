package news.archive.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import news.archive.Article;
import news.archive.Fixtures;
import news.archive.parse.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates of pages that declare none: what the header shows, the address, and what is refused. */
class PageDatesTest {

  private static final Instant READ = Instant.parse("2026-11-21T10:00:00Z");

  private static Article page(String name) throws ParseException {
    byte[] bytes = Fixtures.resource("html/" + name);
    return new HtmlParser().parse(bytes, Article.Source.of(name, null, bytes), READ).article();
  }

  @ParameterizedTest
  @CsvSource({
    "dates-label-en.html, 2018-09-03",
    "dates-label-de.html, 2019-03-12",
    "dates-label-fr.html, 2018-04-03",
    "dates-label-es.html, 2017-05-05",
    "dates-label-it.html, 2016-06-07",
    "dates-label-nl.html, 2015-07-09",
    "dates-label-pt.html, 2014-08-11",
    "dates-label-cs.html, 2019-09-13"
  })
  void labelledDateUnderTheHeadlineDatesThePage(String fixture, LocalDate expected)
      throws ParseException {
    assertEquals(expected, page(fixture).date());
  }

  @Test
  void dateBesideTheBylineUnderTheHeadline() throws ParseException {
    assertEquals(LocalDate.of(2021, 5, 14), page("dates-under-headline.html").date());
  }

  @Test
  void dateOverTheHeadlineInTheArticlesHeader() throws ParseException {
    Article a = page("dates-before-headline.html");
    assertEquals(LocalDate.of(2015, 4, 8), a.date());
    assertEquals(Article.DateFrom.LINE, a.dateFrom());
  }

  @Test
  void timeWithoutDatetimeIsReadFromItsText() throws ParseException {
    assertEquals(LocalDate.of(2020, 9, 21), page("dates-time-text.html").date());
  }

  @Test
  void dateInTheAddressWhenThePageShowsNone() throws ParseException {
    Article a = page("dates-in-url.html");
    assertEquals(LocalDate.of(2019, 7, 12), a.date());
    assertEquals(Article.DateFrom.URL, a.dateFrom());
  }

  @Test
  void publicationBeatsAnUpdateShownBeforeIt() throws ParseException {
    assertEquals(LocalDate.of(2019, 3, 12), page("dates-update-first.html").date());
  }

  @Test
  void commentsRelatedStoriesAndFooterDoNotDateTheArticle() throws ParseException {
    assertNull(page("dates-others-only.html").date());
  }

  @Test
  void dateAfterThePageWasReadIsRefused() throws ParseException {
    assertNull(page("dates-after-reading.html").date());
  }

  @Test
  void dateBeforeTheWebIsRefused() throws ParseException {
    assertNull(page("dates-before-web.html").date());
  }

  @Test
  void dateBeforeTheSitesFirstYearIsRefused() throws ParseException {
    assertNull(page("dates-before-site.html").date());
  }

  @Test
  void headlineDateAndOneParagraphIsAnArticle() throws ParseException {
    Article a = page("short-dated.html");
    assertEquals("Road closed after lorry fire", a.title());
    assertEquals(LocalDate.of(2022, 10, 7), a.date());
  }

  @ParameterizedTest
  @CsvSource({
    "https://x.example/2019/07/12/slug, 2019-07-12",
    "https://x.example/news/2019-07-12-slug, 2019-07-12",
    "https://x.example/news/20190712/slug, 2019-07-12",
    "https://x.example/world/2016/nov/29/slug, 2016-11-29"
  })
  void addressForms(String url, LocalDate expected) {
    assertEquals(Optional.of(expected), Timestamps.inUrl(url));
  }

  @ParameterizedTest
  @CsvSource({
    "https://x.example/story?id=20190712",
    "https://x.example/item/201907121234/slug",
    "https://x.example/2019/07/slug"
  })
  void noDateInAddress(String url) {
    assertEquals(Optional.empty(), Timestamps.inUrl(url));
  }

  /** A page dated only by the line under its headline, 5 May 2003, with this copyright line. */
  private static Article withCopyright(String line) throws ParseException {
    String html =
        "<html><head><title>Harbour dredging plan approved</title></head><body><article>"
            + "<h1>Harbour dredging plan approved</h1><p>Posted on 5 May 2003</p>"
            + "<p>The port authority approved a plan on Monday to dredge the outer harbour, after"
            + " two years of hearings in which fishermen and shipping firms argued over where the"
            + " spoil should go and who should pay for the work.</p></article>"
            + "<footer><p>"
            + line
            + "</p></footer></body></html>";
    byte[] bytes = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return new HtmlParser()
        .parse(bytes, Article.Source.of("copyright.html", null, bytes), READ)
        .article();
  }

  @Test
  void aDateBeforeTheSitesFirstCopyrightYearIsRefused() throws ParseException {
    assertEquals(
        LocalDate.of(2003, 5, 5), withCopyright("\u00a9 2001\u20132026 Harbour Times").date());
    assertNull(withCopyright("Copyright 2010-2026 Harbour Times").date());
    assertNull(withCopyright("COPYRIGHT 2010 - 2026 Harbour Times").date());
  }
}
