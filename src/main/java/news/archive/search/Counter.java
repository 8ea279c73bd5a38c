package news.archive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import news.archive.Stats;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The counts of {@code stats}, from the index alone: dates and words from doc values, agencies,
 * outlets, tags and languages from the term dictionary, each name shown as one of its articles
 * writes it.
 */
final class Counter {

  private final DirectoryReader reader;

  Counter(DirectoryReader reader) {
    this.reader = reader;
  }

  Stats count(boolean byMonth) throws IOException {
    Map<String, Integer> periods = new TreeMap<>();
    int dated = 0;
    long words = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      NumericDocValues dates = r.getNumericDocValues(Schema.DATE_SORT);
      NumericDocValues counts = r.getNumericDocValues(Schema.WORDS);
      for (int d = 0; d < r.maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        if (dates != null && dates.advanceExact(d) && dates.longValue() != Schema.UNDATED) {
          dated++;
          LocalDate day = LocalDate.ofEpochDay(dates.longValue());
          String period =
              byMonth
                  ? String.format("%04d-%02d", day.getYear(), day.getMonthValue())
                  : Integer.toString(day.getYear());
          periods.merge(period, 1, Integer::sum);
        }
        if (counts != null && counts.advanceExact(d)) {
          words += counts.longValue();
        }
      }
    }
    int articles = reader.numDocs();
    return new Stats(
        articles,
        dated,
        articles - dated,
        words,
        periods,
        names(Schema.AGENCY, Schema.AGENCY_STORED),
        names(Schema.OUTLET, Schema.OUTLET_STORED),
        names(Schema.TAG, null),
        names(Schema.LANGUAGE, null),
        0);
  }

  /**
   * How many live articles hold each term of {@code field}, most first, each named as the stored
   * field {@code shown} of its first article writes it (the term itself when null).
   */
  private Map<String, Integer> names(String field, String shown) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, String> spelled = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      PostingsEnum docs = null;
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String term = t.utf8ToString();
        docs = te.postings(docs, PostingsEnum.NONE);
        int n = 0;
        int first = -1;
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          if (live == null || live.get(d)) {
            n++;
            first = first < 0 ? d : first;
          }
        }
        if (n > 0) {
          counts.merge(term, n, Integer::sum);
          if (shown != null && !spelled.containsKey(term)) {
            spelled.put(
                term,
                spelling(
                    StoredReads.fields(stored, leaf.docBase + first, java.util.Set.of(shown))
                        .getValues(shown),
                    term));
          }
        }
      }
    }
    return FacetCounter.mostFirst(counts, spelled);
  }

  /** The stored name that is the term, as written. */
  private static String spelling(String[] names, String term) {
    for (String n : names) {
      if (n.toLowerCase(java.util.Locale.ROOT).equals(term)) {
        return n;
      }
    }
    return term;
  }
}
