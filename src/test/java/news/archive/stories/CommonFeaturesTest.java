package news.archive.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.archive.stories.StoryIndex.Placed;
import org.junit.jupiter.api.Test;

class CommonFeaturesTest {

  /** The companies of the fixture: name, ticker, city. */
  private static List<String[]> companies() throws IOException {
    return resource("companies.tsv").lines().map(l -> l.split("\t")).toList();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = CommonFeaturesTest.class.getResourceAsStream("/templates/" + name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A wire's earnings report: the template's words, the company's name and its own numbers. */
  private static StoryVector report(String[] company, int k) {
    int shr = 11 + 7 * k;
    int net = 1_300_000 + 91_373 * k;
    int revs = 40 + 3 * k;
    String body =
        String.format(
            "%s, March 18 - Shr %d cts vs %d cts%n    Net %,d vs %,d%n    Revs %d.%d mln vs %d.%d"
                + " mln%n    Avg shrs %,d vs %,d%n    Year%n    Shr %d cts vs %d cts%n    Net %,d"
                + " vs %,d%n    Revs %d.%d mln vs %d.%d mln%n    Avg shrs %,d vs %,d%n",
            company[2],
            shr,
            shr - 5,
            net,
            net - 211_417,
            revs,
            k % 10,
            revs - 2,
            (k + 3) % 10,
            3_372_970 + 17_011 * k,
            3_301_400 + 13_093 * k,
            shr * 3,
            shr * 2 + 1,
            net * 3 + 17,
            net * 2 + 29,
            revs * 4,
            (k + 5) % 10,
            revs * 3,
            (k + 7) % 10,
            3_383_651 + 19_001 * k,
            3_318_594 + 12_007 * k);
    return StoryVector.of(company[0] + " <" + company[1] + "> 4TH QTR NET", body);
  }

  private static StoryVector article(String name) throws IOException {
    String text = resource(name);
    int end = text.indexOf('\n');
    return StoryVector.of(text.substring(0, end), text.substring(end + 1));
  }

  /** Forty earnings reports of one week and, among them, two reports of a refinery fire. */
  private static List<Placed> week() throws IOException {
    List<String[]> companies = companies();
    List<Placed> out = new ArrayList<>();
    for (int k = 0; k < companies.size(); k++) {
      out.add(new Placed("r" + k, null, 100L + k % 5, report(companies.get(k), k)));
      if (k == companies.size() - 4) {
        out.add(new Placed("fire1", null, 102L, article("refinery-fire-1.txt")));
      }
    }
    out.add(new Placed("fire2", null, 103L, article("refinery-fire-2.txt")));
    return out;
  }

  @Test
  void theTemplateAloneMakesTwoReportsAsAlikeAsOneEventsReports() throws IOException {
    List<String[]> companies = companies();
    assertTrue(companies.size() > 1 + CommonFeatures.FEWEST, "more reports than the fewest common");
    assertTrue(
        report(companies.get(0), 0).cosine(report(companies.get(1), 1)) > StoryGrouper.THRESHOLD);
  }

  @Test
  void placedAsTheyComeTheReportsOfATemplateStopGroupingOnceItIsCommon() throws IOException {
    StoryGrouper g = new StoryGrouper(StoryGrouper.NOTHING);
    Map<String, String> stories = new HashMap<>();
    for (Placed p : week()) {
      stories.put(p.id(), g.place(p.id(), p.vector(), p.day()));
    }
    assertEquals("fire1", stories.get("fire1"));
    assertEquals("fire1", stories.get("fire2"));
    // the first ones, placed before the template's words are common, may group; the rest do not
    int n = companies().size();
    int reports = reportStories(stories).size();
    assertTrue(reports >= n - CommonFeatures.FEWEST, reports + " stories of " + n + " reports");
    assertTrue(reports > 1);
  }

  private static Set<String> reportStories(Map<String, String> stories) {
    Set<String> out = new HashSet<>();
    stories.forEach(
        (id, story) -> {
          if (id.startsWith("r")) {
            out.add(story);
          }
        });
    return out;
  }

  @Test
  void regroupedEveryReportOfATemplateStandsAloneAndOneEventsReportsStayTogether()
      throws IOException {
    Map<String, String> stories = Regrouper.group(week());
    Set<String> reports = reportStories(stories);
    assertEquals(companies().size(), reports.size());
    assertEquals(stories.get("fire1"), stories.get("fire2"));
    assertFalse(reports.contains(stories.get("fire1")));
  }

  @Test
  void inASmallArchiveNoFeatureIsCommon() throws IOException {
    StoryVector fire = article("refinery-fire-1.txt");
    int[] counts = new int[fire.countedTerms(null).length];
    // every article of a window of 32 holds every feature: one event's reports can fill a week
    java.util.Arrays.fill(counts, CommonFeatures.FEWEST);
    assertEquals(0, CommonFeatures.of(fire, null, counts).length);
    java.util.Arrays.fill(counts, CommonFeatures.FEWEST + 1);
    // every feature is weighed, the light ones as the heavy: a template's word may be either
    assertEquals(
        fire.bytes().length / (Long.BYTES + Float.BYTES),
        CommonFeatures.of(fire, null, counts).length);
  }
}
