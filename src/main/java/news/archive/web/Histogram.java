package news.archive.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.archive.Facets;

/**
 * How many articles a search finds per month, or per year over a long span, drawn on the server as
 * an SVG time axis: no chart library, no script. Every period from the first to the last has its
 * place, so a month with nothing published is a gap; ticks name some periods, each bar says its
 * count on hover and to a screen reader, and links to the search within its period. Undated hits
 * have a bar of their own, apart from the axis.
 *
 * <p>The SVG has no {@code viewBox}: places across are percentages of its width and heights are
 * pixels, so the text is never stretched whatever the width of the page.
 */
final class Histogram {
  private Histogram() {}

  /** Beyond this many months, the bars are years. */
  private static final int MAX_MONTHS = 48;

  /** Heights in pixels: counts above the bars, bars down to the axis, tick labels below it. */
  private static final int TOP = 14;

  private static final int AXIS = 62;

  /** The lowest bar, in pixels: one article among thousands is still seen. */
  private static final double MIN_HEIGHT = 3;

  private static final int LABELS = 78;
  static final int HEIGHT = 84;

  /** The widest bar, in percent: one month alone is a bar, not a block. */
  private static final double MAX_BAR = 3.5;

  /** Where the axis ends when undated hits take the right end, in percent. */
  private static final double AXIS_END_BESIDE_UNDATED = 80;

  /** The line that sets the undated bar apart, and the bar, in percent. */
  private static final double APART = 85;

  private static final double UNDATED_AT = 92;

  /**
   * The narrowest width the chart is drawn at (a phone's), in pixels, the width of a character of
   * its labels and the room a count takes there: ticks and counts are left out rather than drawn
   * over each other.
   */
  private static final double NARROWEST = 340;

  private static final double CHAR_PX = 7;
  private static final double COUNT_PX = 24;

  /** A period and its count. */
  private record Bar(String label, LocalDate from, LocalDate to, int count) {}

  /** The chart of a search's hits by month, and of those undated; empty when nothing matches. */
  static String svg(Facets facets, SearchForm form) {
    Map<String, Integer> byMonth = facets.byMonth();
    int dated = byMonth.values().stream().mapToInt(Integer::intValue).sum();
    int undated = Math.max(0, facets.matches() - dated);
    if (dated == 0 && undated == 0) {
      return "";
    }
    List<Bar> bars = dated == 0 ? List.of() : bars(byMonth);
    boolean years = !bars.isEmpty() && bars.get(0).label().length() == 4;
    String per = years ? "year" : "month";
    int most = Math.max(undated, bars.stream().mapToInt(Bar::count).max().orElse(0));
    double end = undated > 0 ? AXIS_END_BESIDE_UNDATED : 100;
    double slot = bars.isEmpty() ? 0 : end / bars.size();
    Html h = new Html();
    h.raw("<figure class=\"histogram\"><figcaption>Articles found per ")
        .raw(per)
        .raw(dated > 0 ? "; a bar narrows the search to its " + per : "")
        .raw("</figcaption><svg class=\"timeline\" height=\"")
        .text(HEIGHT)
        .raw("\" role=\"group\" aria-label=\"Articles found per ")
        .raw(per)
        .raw("\">");
    if (!bars.isEmpty()) {
      line(h, "axis", "0%", pct(end), AXIS, AXIS);
    }
    boolean counts = slot * NARROWEST / 100 >= COUNT_PX;
    int tallest = -1;
    for (int i = 0; i < bars.size(); i++) {
      if (tallest < 0 || bars.get(i).count() > bars.get(tallest).count()) {
        tallest = i;
      }
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      if (b.count() == 0) {
        continue; // a gap: nothing to narrow the search to
      }
      String said = b.label() + ": " + articles(b.count());
      h.raw("<a class=\"bar\" href=\"")
          .text(form.within(b.from(), b.to()))
          .raw("\" aria-label=\"")
          .text(said)
          .raw("\">");
      bar(h, slot * i + slot / 2, Math.min(slot * 0.7, MAX_BAR), b.count(), most, said);
      h.raw("</a>");
      if (counts || i == tallest) {
        // where there is no room for every count, the tallest bar's gives the scale
        count(h, slot * i + slot / 2, b.count(), most);
      }
    }
    ticks(h, bars, slot, end, years);
    if (undated > 0) {
      String said = "undated: " + articles(undated) + ", not on the axis";
      if (!bars.isEmpty()) {
        line(h, "apart", pct(APART), pct(APART), TOP, AXIS);
      }
      h.raw("<g class=\"bar undated\" role=\"img\" aria-label=\"").text(said).raw("\">");
      bar(h, UNDATED_AT, MAX_BAR, undated, most, said);
      h.raw("</g>");
      count(h, UNDATED_AT, undated, most);
      text(h, "tick-label", UNDATED_AT, 100, Integer.toString(LABELS), "undated");
    }
    h.raw("</svg></figure>");
    return h.toString();
  }

  private static String articles(int n) {
    return n == 1 ? "1 article" : n + " articles";
  }

  /** A bar centred on {@code at} (percent), {@code width} percent wide, with its count as title. */
  private static void bar(Html h, double at, double width, int count, int most, String said) {
    double height = Math.max(MIN_HEIGHT, (double) (AXIS - TOP) * count / most);
    h.raw("<rect x=\"")
        .raw(pct(at - width / 2))
        .raw("\" y=\"")
        .raw(num(AXIS - height))
        .raw("\" width=\"")
        .raw(pct(width))
        .raw("\" height=\"")
        .raw(num(height))
        .raw("\"><title>")
        .text(said)
        .raw("</title></rect>");
  }

  private static void count(Html h, double at, int count, int most) {
    double height = Math.max(MIN_HEIGHT, (double) (AXIS - TOP) * count / most);
    text(h, "bar-count", at, 100, num(AXIS - height - 3), Integer.toString(count));
  }

  /** A line from ({@code x1}, {@code y1}) to ({@code x2}, {@code y2}); across in percent. */
  private static void line(Html h, String cls, String x1, String x2, int y1, int y2) {
    h.raw("<line class=\"")
        .raw(cls)
        .raw("\" x1=\"")
        .raw(x1)
        .raw("\" x2=\"")
        .raw(x2)
        .raw("\" y1=\"")
        .text(y1)
        .raw("\" y2=\"")
        .text(y2)
        .raw("\"/>");
  }

  /**
   * A label centred on {@code at} (percent), or put against an end of the chart when it would run
   * past it at a phone's width; hidden from screen readers, which read the bars' labels.
   */
  private static void text(Html h, String cls, double at, double end, String y, String label) {
    double half = pixels(label) / NARROWEST * 50;
    String anchor = at < half ? "start" : at > end - half ? "end" : "middle";
    double x = at < half ? 0 : at > end - half ? end : at;
    h.raw("<text class=\"")
        .raw(cls)
        .raw("\" aria-hidden=\"true\" x=\"")
        .raw(pct(x))
        .raw("\" y=\"")
        .raw(y)
        .raw("\" text-anchor=\"")
        .raw(anchor)
        .raw("\">")
        .text(label)
        .raw("</text>");
  }

  /**
   * Ticks at periods the calendar rounds to (January, a quarter; a year ending in 0 or 5), as often
   * as their labels fit at a phone's width; a label near an end of the axis keeps within it.
   */
  private static void ticks(Html h, List<Bar> bars, double slot, double end, boolean years) {
    if (bars.isEmpty()) {
      return;
    }
    int[] steps = years ? new int[] {1, 2, 5, 10, 20, 50, 100} : new int[] {1, 2, 3, 6, 12, 24};
    int step = steps[steps.length - 1];
    for (int s : steps) {
      String widest = years || s >= 12 ? "2018" : "2018-09";
      if (s * slot * NARROWEST / 100 >= pixels(widest) + 2 * CHAR_PX) {
        step = s;
        break;
      }
    }
    h.raw("<g class=\"ticks\" aria-hidden=\"true\">");
    int shown = 0;
    boolean alone = bars.size() == 1;
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int index = years ? b.from().getYear() : b.from().getMonthValue() - 1;
      if (!alone && index % step != 0) {
        continue;
      }
      double at = slot * i + slot / 2;
      String label = step >= 12 && !years ? Integer.toString(b.from().getYear()) : b.label();
      line(h, "tick", pct(at), pct(at), AXIS, AXIS + 4);
      text(h, "tick-label", at, end, Integer.toString(LABELS), label);
      shown++;
    }
    if (shown == 0) {
      // a span too short for a round period: its first is named
      Bar first = bars.get(0);
      text(h, "tick-label", 0, end, Integer.toString(LABELS), first.label());
    }
    h.raw("</g>");
  }

  /** About how wide a label is drawn, in pixels. */
  private static double pixels(String label) {
    return label.length() * CHAR_PX;
  }

  private static String pct(double x) {
    return String.format(Locale.ROOT, "%.2f%%", x);
  }

  private static String num(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  /**
   * One bar for every month from the first to the last (years, over a long span), empty ones too.
   */
  private static List<Bar> bars(Map<String, Integer> byMonth) {
    List<YearMonth> months = byMonth.keySet().stream().map(YearMonth::parse).sorted().toList();
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    List<Bar> out = new ArrayList<>();
    if (first.until(last, ChronoUnit.MONTHS) >= MAX_MONTHS) {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        int n = 0;
        for (int m = 1; m <= 12; m++) {
          n += byMonth.getOrDefault(YearMonth.of(y, m).toString(), 0);
        }
        out.add(new Bar(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), n));
      }
    } else {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        out.add(
            new Bar(
                m.toString(), m.atDay(1), m.atEndOfMonth(), byMonth.getOrDefault(m.toString(), 0)));
      }
    }
    return out;
  }
}
