package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "# Museum returns stolen paintings         | Museum returns stolen paintings",
        "### Museum returns stolen paintings       | Museum returns stolen paintings",
        "Title: Museum returns stolen paintings    | Museum returns stolen paintings",
        "HEADLINE: Museum returns stolen paintings | Museum returns stolen paintings",
        "UPDATE 2-Oil prices rise on supply fears  | Oil prices rise on supply fears",
        "ANALYSIS-Why the bridge vote matters      | Why the bridge vote matters",
        "EXCLUSIVE: Bank weighs rate cut           | Bank weighs rate cut",
        "RPT - OPPOSITION TO OILS TAX INTACT       | OPPOSITION TO OILS TAX INTACT",
        "CORRECTED-UPDATE 1-Bank weighs rate cut   | Bank weighs rate cut",
        "Bombing suspect arrested (Published 2016) | Bombing suspect arrested",
        "Tumour DNA study - Full Text View - ClinicalTrials.gov | Tumour DNA study - ClinicalTrials.gov",
      })
  void whatStandsAroundAHeadlineIsCut(String line, String headline) {
    assertEquals(headline, Headlines.clean(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ANALYSIS AND TECHNOLOGY WINS CONTRACTS",
        "UPDATE-Strike",
        "Update on the strike talks",
        "Analysis: prices",
        "Breaking: Houston hires a new head coach",
        "Titles: a history of the peerage",
        "#1 single of the year announced",
        "The year the rules changed (Published by order)",
        "Choose hope over fear - Kennedy",
      })
  void aHeadlineStaysWhole(String line) {
    assertEquals(line, Headlines.clean(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"EXCLUSIVE", "UPDATE 2", "ANALYSIS", "World news", "UK news", "Opinion"})
  void kickerLines(String line) {
    assertTrue(Headlines.isKickerLine(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Daily News", "Storm hits the coast", "News", "Fake news spreads fast"})
  void headlinesAreNoKickerLines(String line) {
    assertFalse(Headlines.isKickerLine(line));
  }
}
