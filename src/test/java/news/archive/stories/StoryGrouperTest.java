package news.archive.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import news.archive.stories.StoryIndex.Placed;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

  private static StoryVector nepal(String extra) {
    return StoryVector.of(
        "Nepal earthquake in Jumla",
        String.format(
            "A magnitude 6.4 earthquake struck the Jumla district of Nepal on Tuesday, killing 31"
                + " people, officials in Kathmandu said. Rescuers searched collapsed houses in"
                + " Sinja and Tatopani as aftershocks shook the hills. Spokesman Ram Prasad"
                + " Adhikari said %s.",
            extra));
  }

  private static StoryVector peru(String extra) {
    return StoryVector.of(
        "Peru earthquake near Cabanaconde",
        String.format(
            "A magnitude 5.9 earthquake struck near Cabanaconde in the Arequipa region of Peru,"
                + " killing four people, officials in Lima said. Rescuers searched collapsed"
                + " houses in Maca and the Colca valley. Civil defence official Carlos Meneses"
                + " said %s.",
            extra));
  }

  @Test
  void reportsOfOneEventJoinItsStoryAndAnotherEventOfTheSameKindStartsItsOwn() throws IOException {
    StoryGrouper g = new StoryGrouper(StoryGrouper.NOTHING);
    assertEquals("a1", g.place("a1", nepal("the toll would rise"), 100L));
    assertEquals("a1", g.place("a2", nepal("teams had reached Sinja"), 101L));
    assertEquals("b1", g.place("b1", peru("roads were blocked"), 102L));
    assertEquals("b1", g.place("b2", peru("the church in Maca was damaged"), 103L));
  }

  @Test
  void theSameWordsMoreThanAWeekApartAreAnotherEvent() throws IOException {
    StoryGrouper g = new StoryGrouper(StoryGrouper.NOTHING);
    g.place("a1", nepal("the toll would rise"), 100L);
    assertEquals("a2", g.place("a2", nepal("teams had reached Sinja"), 100L + 30));
    assertEquals("a1", g.place("a3", nepal("aid had arrived"), 100L + StoryVector.DAYS));
  }

  @Test
  void inABusyWeekAnArticleStillFindsItsEventAmongManyThatShareACommonWord() throws IOException {
    StoryGrouper g = new StoryGrouper(StoryGrouper.NOTHING);
    assertEquals("n1", g.place("n1", nepal("the toll would rise"), 100L));
    // far more than CANDIDATES articles of the same days that share its heaviest word
    Random random = new Random(7);
    for (int i = 0; i < 10 * StoryGrouper.CANDIDATES; i++) {
      String town = "Town" + i;
      String body =
          "The council of "
              + town
              + " voted on Tuesday to fund a study of earthquake insurance for "
              + (100 + random.nextInt(900))
              + " public buildings, after a long debate about the budget, the schools and the"
              + " price of the new fire station that "
              + town
              + " has wanted for years.";
      g.place("q" + i, StoryVector.of(town + " debates earthquake insurance", body), 101L);
    }
    assertEquals("n1", g.place("n2", nepal("teams had reached Sinja"), 102L));
  }

  @Test
  void theCandidatesKeptAreAllThoseThatShareMostNeverFewerThanTheBest() {
    // histogram[k]: how many candidates share k features
    assertEquals(1, StoryIndex.fewestShared(new int[] {0, 10, 5, 2, 0}, 32));
    assertEquals(2, StoryIndex.fewestShared(new int[] {0, 40, 30, 2, 0}, 32));
    assertEquals(3, StoryIndex.fewestShared(new int[] {0, 40, 30, 2, 0}, 20));
    assertEquals(1, StoryIndex.fewestShared(new int[] {0, 40, 30, 2, 0}, 100));
    // the best are kept even when they alone are more than asked for
    assertEquals(3, StoryIndex.fewestShared(new int[] {0, 40, 30, 50, 0}, 32));
    assertEquals(1, StoryIndex.fewestShared(new int[] {0, 0, 0, 0, 0}, 32));
  }

  @Test
  void anArticleTooShortToCompareIsInNoStory() throws IOException {
    StoryGrouper g = new StoryGrouper(StoryGrouper.NOTHING);
    assertNull(g.place("x", null, 100L));
  }

  @Test
  void aRegroupingIsTheSameWhateverTheOrderOfItsInput() throws IOException {
    List<Placed> all = new ArrayList<>();
    String[] extras = {"the toll would rise", "teams had reached Sinja", "aid had arrived"};
    for (int i = 0; i < extras.length; i++) {
      all.add(new Placed("n" + i, null, 100L + i, nepal(extras[i])));
      all.add(new Placed("p" + i, null, 102L + i, peru(extras[i])));
    }
    Map<String, String> first = Regrouper.regroup(all);
    List<Placed> shuffled = new ArrayList<>(all);
    Collections.shuffle(shuffled, new Random(7));
    assertEquals(first, Regrouper.regroup(shuffled));
    assertEquals(first.get("n0"), first.get("n2"));
    assertEquals(first.get("p0"), first.get("p2"));
    assertNotEquals(first.get("n0"), first.get("p0"));
  }

  @Test
  void aRegroupedStoryKeepsTheIdMostOfItsArticlesHad() throws IOException {
    List<Placed> all = new ArrayList<>();
    all.add(new Placed("n1", "zz", 101L, nepal("teams had reached Sinja")));
    all.add(new Placed("n2", "zz", 102L, nepal("aid had arrived")));
    all.add(new Placed("n0", "n0", 100L, nepal("the toll would rise")));
    Map<String, String> after = Regrouper.regroup(all);
    assertEquals("zz", after.get("n0"));
    assertEquals(1, Regrouper.changed(all, after));
  }
}
