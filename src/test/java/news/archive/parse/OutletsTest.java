package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutletsTest {

  @Test
  void aNameAfterABarOrAnOutletsDashIsTheOutlet() {
    assertEquals(
        Optional.of(new Outlets.Split("Attack on training camp kills three", "Harbour Times")),
        Outlets.split("Attack on training camp kills three | Harbour Times"));
    assertEquals(
        Optional.of(new Outlets.Split("Army advances near the city", "Daily Star")),
        Outlets.split("Army advances near the city - Daily Star"));
    assertEquals(
        Optional.of(new Outlets.Split("Storm Hits The Coast", "Coast News")),
        Outlets.split("Storm Hits The Coast - Coast News"));
    assertEquals(
        Optional.of(new Outlets.Split("Talks resume in the capital", "news.example.com")),
        Outlets.split("Talks resume in the capital | news.example.com"));
    assertEquals(
        Optional.of(new Outlets.Split("Study of tumour DNA in lung cancer", "ClinicalTrials.gov")),
        Outlets.split("Study of tumour DNA in lung cancer - ClinicalTrials.gov"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Harbour Times",
        "| Harbour Times",
        "Lindsay Lohan Checks Into Court - Ordered Rehab",
        "Woman Killed In Queens Hit - And - Run",
        "Arson suspected in fire at Mat - Maid dairy",
        "UAE OIL MINISTER VISITS EGYPT - AGENCY",
        "Iran in Syria | the conflict explained",
        "Choose hope over fear - Kennedy",
        "Abortion not a poll issue - Blair",
        "Harbour plan 'will cost jobs' - Union Leaders",
      })
  void otherwiseTheHeadlineStaysWhole(String headline) {
    assertEquals(Optional.empty(), Outlets.split(headline));
  }

  @Test
  void glueOfAgencyCreditsIsRead() {
    assertEquals(
        Optional.of(new Agencies.Trailer("It ended on state TV.", List.of("Reuters"))),
        Agencies.trailing("It ended on state TV.-REUTERS"));
    assertEquals(
        Optional.of(new Agencies.Trailer("It was of 1986.", List.of("Reuters"))),
        Agencies.trailing("It was of 1986. REUTER"));
    assertEquals(
        Optional.empty(),
        Agencies.trailing("The figures were first published by Reuters."),
        "a sentence that ends with a name credits no one");
    assertEquals(
        Optional.empty(),
        Agencies.trailing("He said so. Reuters"),
        "after a sentence, only capitals credit");
  }
}
