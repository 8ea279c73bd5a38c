package news.archive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.archive.Facets;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The counts of {@link Facets} for a query: every matching article is visited once, its month read
 * from the date's doc values and its names from theirs, counted by ordinal within each segment and
 * named only at the segment's end.
 */
final class FacetCounter {
  private FacetCounter() {}

  static Facets count(IndexSearcher searcher, Query query) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    int matches = 0;
    Map<Integer, Integer> months = new TreeMap<>();
    Names outlets = new Names();
    Names agencies = new Names();
    Names tags = new Names();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      NumericDocValues dates = r.getNumericDocValues(Schema.DATE_SORT);
      SortedDocValues outlet = r.getSortedDocValues(Schema.OUTLET_FACET);
      SortedSetDocValues agency = r.getSortedSetDocValues(Schema.AGENCY_FACET);
      SortedSetDocValues tag = r.getSortedSetDocValues(Schema.TAG_FACET);
      int[] byOutlet = outlet == null ? new int[0] : new int[outlet.getValueCount()];
      int[] byAgency = agency == null ? new int[0] : new int[(int) agency.getValueCount()];
      int[] byTag = tag == null ? new int[0] : new int[(int) tag.getValueCount()];
      DocIdSetIterator docs = scorer.iterator();
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        matches++;
        if (dates != null && dates.advanceExact(d) && dates.longValue() != Schema.UNDATED) {
          LocalDate day = LocalDate.ofEpochDay(dates.longValue());
          months.merge(day.getYear() * 100 + day.getMonthValue(), 1, Integer::sum);
        }
        if (outlet != null && outlet.advanceExact(d)) {
          byOutlet[outlet.ordValue()]++;
        }
        each(agency, d, byAgency);
        each(tag, d, byTag);
      }
      outlets.add(byOutlet, ord -> outlet.lookupOrd(ord).utf8ToString());
      agencies.add(byAgency, ord -> agency.lookupOrd(ord).utf8ToString());
      tags.add(byTag, ord -> tag.lookupOrd(ord).utf8ToString());
    }
    Map<String, Integer> byMonth = new LinkedHashMap<>();
    months.forEach((m, n) -> byMonth.put(String.format("%04d-%02d", m / 100, m % 100), n));
    return new Facets(
        matches, byMonth, outlets.mostFirst(), agencies.mostFirst(), tags.mostFirst());
  }

  private static void each(SortedSetDocValues values, int doc, int[] counts) throws IOException {
    if (values != null && values.advanceExact(doc)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        counts[(int) values.nextOrd()]++;
      }
    }
  }

  /** A segment's name for an ordinal. */
  @FunctionalInterface
  private interface Named {
    String name(int ord) throws IOException;
  }

  /** Counts by name over segments, names that differ in case as one, shown as first seen. */
  private static final class Names {
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, String> shown = new HashMap<>();

    void add(int[] byOrd, Named named) throws IOException {
      for (int ord = 0; ord < byOrd.length; ord++) {
        if (byOrd[ord] > 0) {
          String name = named.name(ord);
          String key = name.toLowerCase(Locale.ROOT);
          shown.putIfAbsent(key, name);
          counts.merge(key, byOrd[ord], Integer::sum);
        }
      }
    }

    Map<String, Integer> mostFirst() {
      return FacetCounter.mostFirst(counts, shown);
    }
  }

  /**
   * Counts by key, most first, then by key, each key named as {@code shown} writes it (the key
   * itself when it has no other name).
   */
  static Map<String, Integer> mostFirst(Map<String, Integer> counts, Map<String, String> shown) {
    List<Map.Entry<String, Integer>> all = new ArrayList<>(counts.entrySet());
    all.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : all) {
      out.put(shown.getOrDefault(e.getKey(), e.getKey()), e.getValue());
    }
    return out;
  }
}
