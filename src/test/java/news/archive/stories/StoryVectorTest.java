package news.archive.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryVectorTest {

  private static final String QUAKE_A =
      "A magnitude 6.4 earthquake struck the Jumla district of Nepal early on Tuesday, killing at"
          + " least 31 people, officials in Kathmandu said. Rescuers searched collapsed houses in"
          + " the villages of Sinja and Tatopani as aftershocks shook the hills through the day.";
  private static final String QUAKE_A_REWRITE =
      "Rescuers in Nepal's Jumla district dug through collapsed houses in Sinja and Tatopani on"
          + " Tuesday after a 6.4 magnitude earthquake killed 31 people, according to officials"
          + " in Kathmandu, while aftershocks kept villagers outdoors.";
  private static final String QUAKE_B =
      "A magnitude 5.9 earthquake struck near Cabanaconde in the Arequipa region of Peru on"
          + " Saturday, killing at least four people, officials in Lima said. Rescuers searched"
          + " collapsed houses in the Colca valley as aftershocks shook the villages.";

  @Test
  void theSameEventInOtherWordsIsFarMoreAlikeThanAnotherEventOfTheSameKind() {
    StoryVector a = StoryVector.of("Earthquake kills 31 in Nepal", QUAKE_A);
    StoryVector rewrite = StoryVector.of("Nepal quake: 31 dead in Jumla", QUAKE_A_REWRITE);
    StoryVector b = StoryVector.of("Earthquake kills four in Peru", QUAKE_B);
    double same = a.cosine(rewrite);
    double other = a.cosine(b);
    assertTrue(same > 0.5, "same event: " + same);
    assertTrue(other < same / 2, "other event: " + other + " against " + same);
  }

  @Test
  void aVectorIsWhollyLikeItselfAndSurvivesItsBytes() {
    StoryVector a = StoryVector.of("Earthquake kills 31 in Nepal", QUAKE_A);
    assertEquals(1.0, a.cosine(a), 1e-6);
    byte[] bytes = a.bytes();
    StoryVector back = StoryVector.of(bytes, 0, bytes.length);
    assertEquals(1.0, a.cosine(back), 1e-6);
  }

  @Test
  void aOneLineBodyIsTooShortToCompare() {
    assertNull(StoryVector.of("Brief", "Port closed today."));
    assertNotNull(StoryVector.of("Earthquake", QUAKE_A));
  }

  @Test
  void namesWeighMoreThanWordsAndYearsAndFunctionWordsNothing() {
    String body =
        "the the the the officials officials officials said that Sinja was hit in 2025 and the"
            + " officials of the district met on Monday while the rain fell and fell and fell on"
            + " the officials and the roads of the district";
    StoryVector v = StoryVector.of("Report", body);
    StoryVector sinja = StoryVector.of("Sinja", "Sinja " + filler());
    StoryVector officials = StoryVector.of("Officials", "officials " + filler());
    StoryVector year = StoryVector.of("Year", "2025 " + filler());
    assertTrue(v.cosine(year) < 1e-9, "a year is no feature");
    assertTrue(v.cosine(sinja) > 0 && v.cosine(officials) > 0, "both are features of the report");
  }

  private static String filler() {
    return "zulu yankee xray whiskey victor uniform tango sierra romeo quebec papa oscar november"
        + " mike lima kilo juliet india hotel golf foxtrot echo delta charlie bravo alpha";
  }

  @Test
  void datedArticlesAreFoundInTheirSpanAndTheSpansBesideIt() {
    StoryVector a = StoryVector.of("Earthquake kills 31 in Nepal", QUAKE_A);
    long day = 20_000;
    java.util.Set<Long> posted = new java.util.HashSet<>();
    for (long t : a.postedTerms(day)) {
      posted.add(t);
    }
    for (long d = day - StoryVector.DAYS; d <= day + StoryVector.DAYS; d++) {
      boolean found = false;
      for (long t : a.wantedTerms(d)) {
        found |= posted.contains(t);
      }
      assertTrue(found, "within " + StoryVector.DAYS + " days: " + (d - day));
    }
    boolean undatedFinds = false;
    for (long t : a.wantedTerms(null)) {
      undatedFinds |= posted.contains(t);
    }
    assertTrue(undatedFinds, "an undated article is compared with dated ones");
    boolean farFinds = false;
    for (long t : a.wantedTerms(day + 3 * (StoryVector.DAYS + 1))) {
      farFinds |= posted.contains(t);
    }
    assertTrue(!farFinds, "three spans away is not looked at");
  }
}
