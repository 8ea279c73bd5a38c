package news.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.Facets;
import org.junit.jupiter.api.Test;

/** The histogram is a time axis: bars where their period is, ticks, counts, the undated apart. */
class HistogramTest {

  private static final SearchForm FORM =
      new SearchForm("Idlib", null, null, null, null, null, false, false, 0);

  /** A bar: what it says, and its left edge and width in percent of the chart. */
  private record Bar(String said, double x, double width) {
    double centre() {
      return x + width / 2;
    }
  }

  private static final Pattern BAR =
      Pattern.compile(
          "aria-label=\"([^\"]+)\"><rect x=\"([\\d.-]+)%\" y=\"[\\d.]+\" width=\"([\\d.]+)%\""
              + " height=\"[\\d.]+\"><title>([^<]+)</title>");

  private static final Pattern TICK =
      Pattern.compile("<text class=\"tick-label\"[^>]* x=\"([\\d.]+)%\"[^>]*>([^<]+)</text>");

  @Test
  void barsStandWhereTheirMonthIsWithAGapForTheMonthsWithoutArticles() {
    List<Bar> bars = bars(Histogram.svg(facets(3, "2018-06", 2, "2018-09", 1), FORM));
    assertEquals(2, bars.size(), "no bar for July and August");
    assertEquals("2018-06: 2 articles", bars.get(0).said());
    assertEquals("2018-09: 1 article", bars.get(1).said());
    // June, July, August, September: four places across the whole width, September three on
    assertEquals(75, bars.get(1).centre() - bars.get(0).centre(), 0.1);
    assertTrue(bars.get(0).x() >= 0 && bars.get(1).x() + bars.get(1).width() <= 100);
  }

  @Test
  void oneMonthIsANarrowBarWithItsLabelUnderIt() {
    String svg = Histogram.svg(facets(4, "2018-09", 4), FORM);
    List<Bar> bars = bars(svg);
    assertEquals(1, bars.size());
    assertTrue(bars.get(0).width() <= 5, "a bar, not a block: " + bars.get(0));
    assertEquals(List.of("2018-09"), ticks(svg).values().stream().toList());
    assertTrue(svg.contains("href=\"/search?q=Idlib&amp;since=2018-09-01&amp;until=2018-09-30\""));
    assertTrue(svg.contains(">4</text>"), "the count over the bar");
  }

  @Test
  void undatedHitsHaveABarApartFromTheAxis() {
    String svg = Histogram.svg(facets(3, "2018-09", 2), FORM);
    List<Bar> bars = bars(svg);
    assertEquals(2, bars.size(), svg);
    assertEquals("undated: 1 article, not on the axis", bars.get(1).said());
    assertTrue(bars.get(1).x() > bars.get(0).x() + bars.get(0).width());
    assertTrue(svg.contains(">undated</text>"));
    Matcher axis = Pattern.compile("class=\"axis\" x1=\"0%\" x2=\"([\\d.]+)%\"").matcher(svg);
    assertTrue(axis.find());
    assertTrue(Double.parseDouble(axis.group(1)) < bars.get(1).x(), "the axis ends before it");
  }

  @Test
  void onlyUndatedHitsStillHaveTheirBar() {
    String svg = Histogram.svg(facets(2), FORM);
    assertEquals(List.of("undated: 2 articles, not on the axis"), said(bars(svg)));
    assertFalse(svg.contains("class=\"axis\""), "no axis without a date");
    assertEquals("", Histogram.svg(facets(0), FORM), "nothing found, nothing drawn");
  }

  @Test
  void ticksNameRoundPeriodsInOrderAsOftenAsTheirLabelsFit() {
    Map<String, Integer> months = new LinkedHashMap<>();
    for (int m = 1; m <= 12; m++) {
      months.put(String.format("2017-%02d", m), m);
      months.put(String.format("2018-%02d", m), 1);
    }
    String svg = Histogram.svg(new Facets(90, months, Map.of(), Map.of(), Map.of()), FORM);
    Map<Double, String> ticks = ticks(svg);
    assertTrue(ticks.size() >= 2 && ticks.size() <= 8, ticks.toString());
    List<Double> at = new ArrayList<>(ticks.keySet());
    for (int i = 1; i < at.size(); i++) {
      // far enough apart for a label at a phone's width (52 px of 340)
      assertTrue(at.get(i) - at.get(i - 1) >= 15, ticks.toString());
    }
    assertTrue(ticks.containsValue("2017-01") || ticks.containsValue("2017"), ticks.toString());
    assertEquals(24, bars(svg).size());
  }

  @Test
  void overFourYearsTheBarsAreYears() {
    String svg = Histogram.svg(facets(3, "2010-03", 1, "2018-09", 2), FORM);
    assertEquals(List.of("2010: 1 article", "2018: 2 articles"), said(bars(svg)));
    assertTrue(svg.contains("since=2018-01-01&amp;until=2018-12-31"));
  }

  private static Facets facets(int matches, Object... monthsAndCounts) {
    Map<String, Integer> byMonth = new LinkedHashMap<>();
    for (int i = 0; i < monthsAndCounts.length; i += 2) {
      byMonth.put((String) monthsAndCounts[i], (Integer) monthsAndCounts[i + 1]);
    }
    return new Facets(matches, byMonth, Map.of(), Map.of(), Map.of());
  }

  private static List<Bar> bars(String svg) {
    List<Bar> out = new ArrayList<>();
    Matcher m = BAR.matcher(svg);
    while (m.find()) {
      assertEquals(m.group(1), m.group(4), "the title says what the label says");
      out.add(new Bar(m.group(1), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))));
    }
    return out;
  }

  private static List<String> said(List<Bar> bars) {
    return bars.stream().map(Bar::said).toList();
  }

  private static Map<Double, String> ticks(String svg) {
    Map<Double, String> out = new LinkedHashMap<>();
    Matcher m = TICK.matcher(svg);
    while (m.find()) {
      if (!m.group(2).equals("undated")) {
        out.put(Double.parseDouble(m.group(1)), m.group(2));
      }
    }
    return out;
  }
}
