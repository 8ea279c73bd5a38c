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
      })
  void dateLines(String line, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), Dates.ofDateLine(line));
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
        Dates.datelineDate("BEIRUT, Sept 3, 2018 (AFP) - A convoy arrived."));
    assertEquals(
        Optional.empty(),
        Dates.datelineDate("A convoy arrived on 3 September 2018 - officials said."),
        "a date far into the sentence is no dateline");
  }
}
