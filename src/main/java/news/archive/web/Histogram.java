package news.archive.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many articles a search finds per month, or per year over a long span, as an SVG bar chart
 * drawn on the server: no chart library, no script. Each bar links to the search within its period.
 */
final class Histogram {
  private Histogram() {}

  /** Beyond this many months, the bars are years. */
  private static final int MAX_MONTHS = 48;

  private static final int WIDTH = 600;
  private static final int HEIGHT = 80;
  private static final double MAX_STEP = 24;

  /** A period and its count. */
  private record Bar(String label, LocalDate from, LocalDate to, int count) {}

  /** The chart of these counts by month ({@code 2018-09}); empty when none is dated. */
  static String svg(Map<String, Integer> byMonth, SearchForm form) {
    if (byMonth.isEmpty()) {
      return "";
    }
    List<Bar> bars = bars(byMonth);
    int most = bars.stream().mapToInt(Bar::count).max().orElse(1);
    // a few bars stay bars, not blocks
    double step = Math.min((double) WIDTH / bars.size(), MAX_STEP);
    Html h = new Html();
    h.raw("<figure class=\"histogram\"><svg viewBox=\"0 0 ")
        .text(WIDTH)
        .raw(" ")
        .text(HEIGHT)
        .raw("\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Articles found per ")
        .raw(bars.get(0).label().length() == 4 ? "year" : "month")
        .raw("\">");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double height = b.count() == 0 ? 0 : Math.max(2, (double) HEIGHT * b.count() / most);
      h.raw("<a href=\"").text(form.within(b.from(), b.to())).raw("\">");
      h.raw("<rect x=\"")
          .raw(num(i * step))
          .raw("\" y=\"")
          .raw(num(HEIGHT - height))
          .raw("\" width=\"")
          .raw(num(Math.max(step - 1, 1)))
          .raw("\" height=\"")
          .raw(num(height))
          .raw("\"><title>")
          .text(b.label() + ": " + b.count())
          .raw("</title></rect></a>");
    }
    h.raw("</svg><figcaption><span>")
        .text(bars.get(0).label())
        .raw("</span><span>")
        .text(bars.get(bars.size() - 1).label())
        .raw("</span></figcaption></figure>");
    return h.toString();
  }

  private static String num(double x) {
    return String.format(java.util.Locale.ROOT, "%.2f", x);
  }

  /**
   * One bar for every month from the first to the last (years, over a long span), empty ones too.
   */
  private static List<Bar> bars(Map<String, Integer> byMonth) {
    List<YearMonth> months = byMonth.keySet().stream().map(YearMonth::parse).sorted().toList();
    YearMonth first = months.get(0);
    YearMonth last = months.get(months.size() - 1);
    List<Bar> out = new ArrayList<>();
    boolean byYear = first.until(last, java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTHS;
    if (byYear) {
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
