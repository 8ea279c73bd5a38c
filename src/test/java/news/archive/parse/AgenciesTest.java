package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgenciesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Reuter        | Reuters",
        "' REUTER'     | Reuters",
        "REUTER...     | Reuters",
        "(AFP)         | AFP",
        "- Reuters     | Reuters",
        "--AFP         | AFP",
        "AFP/Reuters   | AFP, Reuters",
        "(dpa)         | dpa",
      })
  void signOffLines(String line, String agencies) {
    assertEquals(Optional.of(List.of(agencies.split(", "))), Agencies.signOff(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Reuters said", "More", "The AFP reported it", "(AFP) said"})
  void notSignOffLines(String line) {
    assertEquals(Optional.empty(), Agencies.signOff(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "of Iran in Syria.      (AFP)        | of Iran in Syria.     | AFP",
        "put a figure on it. - Reuters       | put a figure on it.   | Reuters",
        "to the new trams.--AFP              | to the new trams.     | AFP",
        "'total 55.8 (33.7).        REUTER'  | total 55.8 (33.7).    | Reuters",
        "the talks ended. \u2014 AP          | the talks ended.      | AP",
      })
  void closingMarkers(String line, String text, String agency) {
    assertEquals(Optional.of(new Agencies.Trailer(text, List.of(agency))), Agencies.trailing(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "a spokesman told Reuters",
        "according to AFP",
        "said the head of AP",
        "the Reuters-Ipsos poll",
      })
  void wordsThatNameAnAgencyAreNoMarker(String line) {
    assertEquals(Optional.empty(), Agencies.trailing(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Jane Doe, Reuters                | Jane Doe   | Reuters",
        "Jane Doe (AP)                    | Jane Doe   | AP",
        "Jane Doe, AP Business Writer     | Jane Doe   | AP",
        "Jane Doe, Associated Press       | Jane Doe   | AP",
        "Jane Doe and John Roe - AFP      | Jane Doe and John Roe | AFP",
        "Reuters                          | ''         | Reuters",
      })
  void aBylineNamesTheAgencyAfterThePerson(String byline, String name, String agency) {
    assertEquals(
        Optional.of(new Agencies.Trailer(name, List.of(agency))), Agencies.inByline(byline));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Jane Doe", "Priya Ani", "Jane Doe, Health Editor", "Ann Reuter-Smith"})
  void aBylineWithoutAnAgencyCreditsNone(String byline) {
    assertEquals(Optional.empty(), Agencies.inByline(byline));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(Reporting by Jane Doe; Editing by John Roe)                   | ''",
        "(Reporting by Jane Doe in Paris)                               | ''",
        "Reporting by Jane Doe; Editing by John Roe                     | ''",
        "(Additional reporting by Tom Okafor)                           | ''",
        "Our Standards: The Thomson Reuters Trust Principles.           | ''",
        "It closed higher. (Writing by Ahmed Khalil; Editing by Tom Okafor) | It closed higher.",
      })
  void creditLinesCreditReuters(String line, String before) {
    assertEquals(
        Optional.of(new Agencies.Trailer(before, List.of("Reuters"))), Agencies.credit(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Reporting by Jane Doe",
        "The report was edited by John Roe (Editing by nobody",
        "He praised the reporting by local papers (and by radio)",
        "(Photo by Jane Doe)",
      })
  void otherLinesAreNoCredit(String line) {
    assertEquals(Optional.empty(), Agencies.credit(line));
  }
}
