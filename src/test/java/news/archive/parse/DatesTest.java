package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "03 September, 2018           | 2018-09-03",
        "3 September 2018             | 2018-09-03",
        "September 3, 2018            | 2018-09-03",
        "Sep 3 2018                   | 2018-09-03",
        "Sept. 3, 2018                | 2018-09-03",
        "2018-09-03                   | 2018-09-03",
        "2018/09/03                   | 2018-09-03",
        "Monday 03 September 2018     | 2018-09-03",
        "Monday, 3 September 2018     | 2018-09-03",
        "Mon Sep 3 2018               | 2018-09-03",
        "Mon Sep 3 10:30:00 2018      | 2018-09-03",
        "26-FEB-1987 15:01:01.79      | 1987-02-26",
        "27-MAR-1987 13:58:01.19 E A RM | 1987-03-27",
        "03.09.2018                   | 2018-09-03",
        "3rd of September 2018        | 2018-09-03",
        "Published 3 September 2018   | 2018-09-03",
        "Published: Sep 3, 2018       | 2018-09-03",
        "Posted on September 3, 2018  | 2018-09-03",
        "Updated 03.09.2018 10:41 GMT | 2018-09-03",
        "Date of publication: 2018-09-03 | 2018-09-03",
        "Last updated at 14:32 GMT, 3 September 2018 | 2018-09-03",
        "Last updated at 3 September 2018 | 2018-09-03",
        "published 3 sep 2018         | 2018-09-03",
        "13/09/2018                   | 2018-09-13",
        "09/13/2018                   | 2018-09-13",
        "2018-09-03T10:15:00Z         | 2018-09-03",
        // other languages, day first
        "3. September 2018            | 2018-09-03",
        "Montag, 3. September 2018    | 2018-09-03",
        "3 septembre 2018             | 2018-09-03",
        "lundi 3 septembre 2018       | 2018-09-03",
        "1er mai 2018                 | 2018-05-01",
        "3 de septiembre de 2018      | 2018-09-03",
        "3 settembre 2018             | 2018-09-03",
        "3 de setembro de 2018        | 2018-09-03",
        "3 september 2018             | 2018-09-03",
        "3 sept. 2018                 | 2018-09-03",
        "3. září 2018                 | 2018-09-03",
        "3. 9. 2018                   | 2018-09-03",
        "15. März 2019                | 2019-03-15",
        "2018年9月3日                  | 2018-09-03",
        "Fr, 15.05.2020, 07:11        | 2020-05-15",
        "Sat Nov 18 2017              | 2017-11-18",
        "Publié le 13 mars 2017       | 2017-03-13",
        "Veröffentlicht am 3. September 2018 | 2018-09-03",
        "2 A.M. FEB. 4, 2009          | 2009-02-04",
        // a byline, a name, a time, a reading time or an update beside the date
        "*By Sarah Chen, 2 March 2020* | 2020-03-02",
        "by Jane Doe July 10, 2015    | 2015-07-10",
        "September 3, 2018 / 10:15 AM / Updated 2 hours ago | 2018-09-03",
        "Jane Doe · Harbour News · Posted: Oct 14, 2022 9:27 AM ET | 2022-10-14",
        "Oct 18, 2019 · 8 min read    | 2019-10-18",
        // an update's date only when there is no other
        "Publié le 07 mai 2019 à 13h59 - Mis à jour le 08 mai 2019 à 09h03 | 2019-05-07",
        // a page's next block glued to the year
        "21.08.2013get short url      | 2013-08-21",
        "Published February 24, 2020Last updated July 21, 2022 | 2020-02-24",
      })
  void dateLines(String line, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), Dates.ofDateLine(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        // parts set apart by a bar: a byline, a name, an update beside the date
        "By AFP | 3 September 2018 # 2018-09-03",
        "Par Jean Dupont (avec Marie Roy) | 04.05.2015 à 13h36 # 2015-05-04",
        "Published: 10:32, 15 November 2022 | Updated: 11:02, 16 November 2022 # 2022-11-15",
        "Updated: 11:02, 16 November 2022 | Published: 10:32, 15 November 2022 # 2022-11-15",
      })
  void dateLinesInParts(String line, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), Dates.ofDateLine(line));
  }

  @Test
  void anUpdatesDateIsMarkedAsSuch() {
    assertTrue(Dates.dateLine("Updated 3 May 2018", Dates.DayOrder.UNKNOWN).orElseThrow().update());
    assertTrue(Dates.dateLine("2019年12月17日更新", Dates.DayOrder.UNKNOWN).orElseThrow().update());
    assertEquals(
        false,
        Dates.dateLine("Published 3 May 2018 | Updated 4 May 2018", Dates.DayOrder.UNKNOWN)
            .orElseThrow()
            .update());
  }

  @Test
  void aBylineOnADateLineIsRead() {
    assertEquals(
        "Sarah Chen",
        Dates.dateLine("*By Sarah Chen, 2 March 2020*", Dates.DayOrder.UNKNOWN)
            .orElseThrow()
            .byline());
    assertEquals(
        "Jane Doe",
        Dates.dateLine("By Jane Doe | 3 September 2018", Dates.DayOrder.UNKNOWN)
            .orElseThrow()
            .byline());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        // day and month could be either way round: never guess
        "03/09/2018",
        "03-09-2018",
        // not a calendar day
        "31 February 2018",
        "2018-13-01",
        // no year
        "3 September",
        "Monday, September 3",
        // a sentence that has a date in it is not a date line
        "3 September 2018 was the day the talks collapsed, officials said",
        "Talks resume on 3 September 2018 in Geneva and are expected to last a week",
        // years outside news history
        "3 September 0018",
        "9-APR-1987 00:00:00.00 # date added by hand as guesswork",
        // beside a date, a part that date lines do not carry
        "The talks collapse | 3 September 2018",
        "Talks end on 3 May 2018 | More news",
        // a month name written before the day is English only
        "settembre 3, 2018",
        // two dates, neither said to be an update's
        "December 10, 2021April 9, 2019 by Jane Doe",
        "3 May 2018 / 4 May 2018",
        // a calendar the rules do not read
        "平成30年9月3日",
        "1397/06/12",
      })
  void notDateLines(String line) {
    assertEquals(Optional.empty(), Dates.ofDateLine(line));
  }

  @Test
  void leadingDateNeedsAPrefixOrASeparator() {
    assertTrue(Dates.leading("3 September 2018 was a Monday.").isEmpty());
    Dates.Leading dashed = Dates.leading("3 September 2018 - The talks began.").orElseThrow();
    assertEquals(LocalDate.of(2018, 9, 3), dashed.date());
    assertEquals("The talks began.", "3 September 2018 - The talks began.".substring(dashed.end()));
    Dates.Leading prefixed = Dates.leading("Published 3 Sep 2018 The talks began.").orElseThrow();
    assertEquals(
        "The talks began.", "Published 3 Sep 2018 The talks began.".substring(prefixed.end()));
  }

  @Test
  void datelineDateIsReadBeforeTheDash() {
    assertEquals(
        Optional.of(LocalDate.of(2018, 9, 3)),
        Dates.datelineDate(
            "BEIRUT, Sept 3, 2018 (AFP) - A convoy arrived.", Dates.DayOrder.UNKNOWN));
    assertEquals(
        Optional.empty(),
        Dates.datelineDate(
            "A convoy arrived on 3 September 2018 - officials said.", Dates.DayOrder.UNKNOWN),
        "a date far into the sentence is no dateline");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12 February 2015 Dock workers stayed away.       | 2015-02-12",
        "Fri Sep 27 2013 Storm damage closes the road.    | 2013-09-27",
        "May 24 2017 16 fishermen rescued off the cape    | 2017-05-24",
        "24.08.2013 The regional council voted.           | 2013-08-24",
        "Thursday 31 July 2014 10:59 Residents said so.   | 2014-07-31",
        "April 5 2017 by Jane Doe Beirut- The ministry    | 2017-04-05",
        "Last updated at Apr 232017 The commission met.   | 2017-04-23",
        "BEIRUT 3 May 2017 The ministry said.             | 2017-05-03",
        "06-06-2016 The council met.                      | 2016-06-06",
      })
  void aFullDateOpeningTheTextIsTheDate(String paragraph, String date) {
    assertEquals(
        Optional.of(LocalDate.parse(date)),
        Dates.opening(paragraph, 0, Dates.DayOrder.UNKNOWN).map(Dates.Leading::date));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "24.13.2015 The council met.",
        "31 February 2016 The council met.",
        "May 2017 16 fishermen rescued off the cape",
        "03/04/2016 The council met.",
        "3 September 2018 was a Monday.",
        "The score was 3-1 in 2014-2016.",
        "2014-2016 The years of the drought.",
        "Call 555-2016 The line is open.",
        "Apr 12000 Troops were sent.",
      })
  void whatIsNoCertainDateGivesNone(String paragraph) {
    assertEquals(Optional.empty(), Dates.opening(paragraph, 0, Dates.DayOrder.UNKNOWN));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "BEIRUT - Reuters Sunday 10 Jul 2016 Ten groups met. | Reuters | 2016-07-10",
        "Reuters Sunday 10 Jul 2016 Ten groups met.          | Reuters | 2016-07-10",
        "NAIROBI (AFP) - 3 May 2017 The ministry said.       | AFP     | 2017-05-03",
      })
  void anAgencyBetweenThePlaceAndTheDateIsCredited(String paragraph, String agency, String date) {
    Dates.Leading opening = Dates.opening(paragraph, 0, Dates.DayOrder.UNKNOWN).orElseThrow();
    assertEquals(LocalDate.parse(date), opening.date());
    assertEquals(agency, opening.agency());
  }

  @Test
  void aWordThatOnlyStartsLikeAnAgencyIsNoCredit() {
    assertEquals(
        Optional.empty(),
        Dates.opening("Apple 10 Jul 2016 was the launch.", 0, Dates.DayOrder.UNKNOWN)
            .map(Dates.Leading::agency));
    assertEquals(
        Optional.empty(),
        Dates.opening("Reuters said on 10 Jul 2016 that", 0, Dates.DayOrder.UNKNOWN));
  }

  @Test
  void aLanguageThatWritesDatesDayFirstSettlesTheOrder() {
    assertEquals(
        Dates.DayOrder.DAY_FIRST, Dates.dayOrder("05/09/2013 Le conseil a voté le 3 mars 2013."));
    assertEquals(
        Dates.DayOrder.UNKNOWN,
        Dates.dayOrder("05/09/2013 The council voted on 3 March 2013."),
        "English writes both orders");
    assertEquals(
        Dates.DayOrder.UNKNOWN,
        Dates.dayOrder("05/09/2013 Le 3 mars 2013, and on March 4, 2013, it met."),
        "a text that also writes English dates tells nothing");
  }

  @Test
  void theArticleItselfCanSettleTheOrderOfANumericDate() {
    assertEquals(Dates.DayOrder.DAY_FIRST, Dates.dayOrder("03/04/2016 and later 15/04/2016."));
    assertEquals(Dates.DayOrder.MONTH_FIRST, Dates.dayOrder("03/04/2016 and later 04/15/2016."));
    assertEquals(Dates.DayOrder.UNKNOWN, Dates.dayOrder("15/04/2016 and 04/15/2016"));
    assertEquals(
        Optional.of(LocalDate.of(2016, 4, 3)),
        Dates.opening("03/04/2016 The council met.", 0, Dates.DayOrder.DAY_FIRST)
            .map(Dates.Leading::date));
  }
}
