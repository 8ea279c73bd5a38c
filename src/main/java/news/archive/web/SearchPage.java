package news.archive.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.Facets;
import news.archive.Hit;
import news.archive.Listing;
import news.archive.app.BadQueryException;
import news.archive.app.Reader;

/**
 * {@code /} and {@code /search}: the hits of a query with their count, the facets that narrow it,
 * the histogram of its months, pages of twenty; with no query, the newest articles. The part that
 * changes as one types ({@code #results}) is also served alone, for the page's script to put in.
 */
final class SearchPage {
  private SearchPage() {}

  /** Hits on a page. */
  static final int PAGE = 20;

  /** Names shown for each facet. */
  private static final int FACET_NAMES = 12;

  /** The results part: what {@code /search?...&fragment=1} answers with. */
  static String results(Reader reader, SearchForm form) {
    Html h = new Html();
    h.raw("<div id=\"results\">");
    if (!form.asks()) {
      newest(h, reader, form);
    } else {
      try {
        Reader.Query query = reader.query(form.q(), form.dates(), form.collapse(), form.filter());
        found(h, reader, query, form);
      } catch (BadQueryException e) {
        problem(h, form.q(), e);
      }
    }
    h.raw("</div>");
    return h.toString();
  }

  private static void newest(Html h, Reader reader, SearchForm form) {
    List<Article> page = new ArrayList<>();
    reader.list(Listing.ALL, form.offset(), PAGE, BodyText.OPENING, page::add);
    int total = reader.size();
    h.raw("<p class=\"count\">").text(total).raw(total == 1 ? " article" : " articles");
    h.raw(" in the archive, newest first</p><ol class=\"items\">");
    for (Article a : page) {
      Items.withLead(h, a);
    }
    h.raw("</ol>");
    pages(h, form, total);
  }

  private static void found(Html h, Reader reader, Reader.Query query, SearchForm form) {
    Facets facets = reader.facets(query);
    List<Hit> hits = new ArrayList<>();
    reader.search(
        query,
        form.byDate() ? Hit.Order.DATE : Hit.Order.RELEVANCE,
        form.offset(),
        PAGE,
        BodyText.OPENING,
        hits::add);
    int total = facets.matches();
    h.raw("<p class=\"count\" id=\"count\">");
    if (total == 0) {
      h.raw("No article matches");
    } else {
      h.text(total).raw(total == 1 ? " article matches" : " articles match");
    }
    h.raw("</p>");
    active(h, form);
    h.raw("<div class=\"columns\"><section class=\"found\">");
    h.raw(Histogram.svg(facets, form));
    h.raw("<ol class=\"items hits\">");
    for (Hit hit : hits) {
      Items.hit(h, hit);
    }
    h.raw("</ol>");
    pages(h, form, total);
    h.raw("</section><aside class=\"facets\">");
    refine(h, form);
    facet(h, form, "Outlet", "outlet", facets.byOutlet());
    facet(h, form, "Agency", "agency", facets.byAgency());
    facet(h, form, "Tag", "tag", facets.byTag());
    h.raw("</aside></div>");
  }

  /** A query that cannot be read: the message, and the query with a mark under the place. */
  private static void problem(Html h, String q, BadQueryException e) {
    h.raw("<div class=\"problem\" role=\"alert\" id=\"problem\"><p>Cannot read the query: ")
        .text(e.getMessage())
        .raw("</p>");
    if (e.position() > 0 && e.position() <= q.length() + 1) {
      h.raw("<pre><code>")
          .text(q)
          .raw("\n")
          .text(" ".repeat(e.position() - 1))
          .raw("<span class=\"caret\">^</span></code></pre>");
    }
    h.raw("</div>");
  }

  /** The filters and dates in force, each with a link that drops it. */
  private static void active(Html h, SearchForm form) {
    List<String[]> on = new ArrayList<>();
    if (form.outlet() != null) {
      on.add(new String[] {"outlet", "Outlet: " + form.outlet()});
    }
    if (form.agency() != null) {
      on.add(new String[] {"agency", "Agency: " + form.agency()});
    }
    if (form.tag() != null) {
      on.add(new String[] {"tag", "Tag: " + form.tag()});
    }
    if (form.since() != null) {
      on.add(new String[] {"since", "From " + form.since()});
    }
    if (form.until() != null) {
      on.add(new String[] {"until", "Until " + form.until()});
    }
    if (on.isEmpty()) {
      return;
    }
    h.raw("<ul class=\"active\">");
    for (String[] f : on) {
      h.raw("<li>").text(f[1]).raw(" <a href=\"").text(form.with(f[0], null));
      h.raw("\" aria-label=\"Remove this filter\">\u00d7</a></li>");
    }
    h.raw("</ul>");
  }

  /** The form for dates, order and near-duplicates, keeping the query and filters. */
  private static void refine(Html h, SearchForm form) {
    h.raw("<form class=\"refine\" action=\"/search\" method=\"get\">");
    hidden(h, "q", form.q());
    hidden(h, "outlet", form.outlet());
    hidden(h, "agency", form.agency());
    hidden(h, "tag", form.tag());
    date(h, "From", "since", form.since());
    date(h, "Until", "until", form.until());
    h.raw("<label>Order <select name=\"sort\"><option value=\"relevance\"")
        .raw(form.byDate() ? "" : " selected")
        .raw(">best match</option><option value=\"date\"")
        .raw(form.byDate() ? " selected" : "")
        .raw(">newest</option></select></label><label class=\"check\"><input type=\"checkbox\"")
        .raw(" name=\"collapse\" value=\"1\"")
        .raw(form.collapse() ? " checked" : "")
        .raw("> Hide near-duplicates</label><button type=\"submit\">Apply</button></form>");
  }

  /**
   * A date field as the rest of the archive writes dates, {@code YYYY-MM-DD}: a text field, since a
   * date field shows the browser's own format ({@code mm/dd/yyyy}); the server checks it too. No
   * numeric keyboard: on some phones it has no hyphen.
   */
  private static void date(Html h, String label, String name, LocalDate value) {
    h.raw("<label>")
        .text(label)
        .raw(" <input type=\"text\" name=\"")
        .raw(name)
        .raw("\" value=\"")
        .text(value == null ? "" : value.toString())
        .raw("\" placeholder=\"YYYY-MM-DD\" pattern=\"\\d{4}-\\d{2}-\\d{2}\"")
        .raw(" title=\"A date as YYYY-MM-DD, such as 2018-09-03\" maxlength=\"10\" size=\"10\"")
        .raw(" autocomplete=\"off\" spellcheck=\"false\"></label>");
  }

  private static void hidden(Html h, String name, String value) {
    if (value != null && !value.isEmpty()) {
      h.raw("<input type=\"hidden\" name=\"").raw(name).raw("\" value=\"").text(value).raw("\">");
    }
  }

  private static void facet(
      Html h, SearchForm form, String title, String param, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    h.raw("<section class=\"facet\"><h3>").text(title).raw("</h3><ul>");
    int shown = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (shown++ == FACET_NAMES) {
        break;
      }
      h.raw("<li><a href=\"").text(form.with(param, e.getKey())).raw("\">").text(e.getKey());
      h.raw("</a> <span class=\"n\">").text(e.getValue()).raw("</span></li>");
    }
    h.raw("</ul></section>");
  }

  /** Links to the pages before and after, and which hits these are. */
  private static void pages(Html h, SearchForm form, int total) {
    if (total <= PAGE && form.offset() == 0) {
      return;
    }
    h.raw("<nav class=\"pages\">");
    if (form.offset() > 0) {
      h.raw("<a rel=\"prev\" href=\"").text(form.at(Math.max(0, form.offset() - PAGE)));
      h.raw("\">\u2190 Previous</a> ");
    }
    int last = Math.min(total, form.offset() + PAGE);
    h.raw("<span>")
        .text(Math.min(form.offset() + 1, total))
        .raw("\u2013")
        .text(last)
        .raw(" of ")
        .text(total)
        .raw("</span>");
    if (last < total && form.offset() + PAGE <= SearchForm.MAX_OFFSET) {
      h.raw(" <a rel=\"next\" href=\"")
          .text(form.at(form.offset() + PAGE))
          .raw("\">Next \u2192</a>");
    }
    h.raw("</nav>");
  }

  /** The page's title: the query, or the archive. */
  static String title(SearchForm form) {
    return form.q().isEmpty() ? (form.asks() ? "Search" : "Newest articles") : form.q();
  }
}
