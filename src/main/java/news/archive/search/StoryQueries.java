package news.archive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.archive.Article;
import news.archive.Story;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;

/** Stories as the index holds them: counted from doc values, their articles read by one term. */
final class StoryQueries {

  /** A search folded into stories looks at most this many of its best hits. */
  static final int MAX_HITS = 10_000;

  private StoryQueries() {}

  /** Every story's size and span, in no set order; labels are left null. */
  static List<Story> all(IndexReader reader) throws IOException {
    Map<String, long[]> spans = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues stories = leaf.reader().getSortedDocValues(Schema.STORY);
      if (stories == null) {
        continue;
      }
      NumericDocValues days = leaf.reader().getNumericDocValues(Schema.DATE_SORT);
      Bits live = leaf.reader().getLiveDocs();
      // per segment by ordinal first: a lookup of the story's id per story, not per article
      Map<Integer, long[]> byOrd = new HashMap<>();
      for (int d = stories.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = stories.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        long day = days != null && days.advanceExact(d) ? days.longValue() : Schema.UNDATED;
        add(byOrd.computeIfAbsent(stories.ordValue(), k -> empty()), day);
      }
      for (Map.Entry<Integer, long[]> e : byOrd.entrySet()) {
        String id = stories.lookupOrd(e.getKey()).utf8ToString();
        merge(spans.computeIfAbsent(id, k -> empty()), e.getValue());
      }
    }
    List<Story> out = new ArrayList<>(spans.size());
    spans.forEach((id, s) -> out.add(story(id, s, null)));
    return out;
  }

  /** Size, first day, last day. */
  private static long[] empty() {
    return new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE};
  }

  private static void add(long[] span, long day) {
    span[0]++;
    if (day != Schema.UNDATED) {
      span[1] = Math.min(span[1], day);
      span[2] = Math.max(span[2], day);
    }
  }

  private static void merge(long[] into, long[] other) {
    into[0] += other[0];
    into[1] = Math.min(into[1], other[1]);
    into[2] = Math.max(into[2], other[2]);
  }

  private static Story story(String id, long[] span, Integer hits) {
    boolean dated = span[1] != Long.MAX_VALUE;
    return new Story(
        id,
        null,
        (int) span[0],
        dated ? LocalDate.ofEpochDay(span[1]) : null,
        dated ? LocalDate.ofEpochDay(span[2]) : null,
        hits,
        List.of());
  }

  /** The articles of one story, in no set order. */
  static List<Article> articles(IndexSearcher searcher, String story) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.STORY, story)), Integer.MAX_VALUE);
    StoredFields stored = searcher.storedFields();
    List<Article> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(Schema.article(stored.document(sd.doc)));
    }
    return out;
  }

  /**
   * The stories of a query's best hits (at most {@link #MAX_HITS}), in the order of each story's
   * best hit, each with how many hits it holds; an article in no story stands for itself.
   */
  static Map<String, Integer> hits(IndexSearcher searcher, IndexReader reader, Query query)
      throws IOException {
    TopDocs top = searcher.search(query, MAX_HITS);
    List<LeafReaderContext> leaves = reader.leaves();
    Map<String, Integer> out = new LinkedHashMap<>();
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int d = sd.doc - leaf.docBase;
      SortedDocValues stories = leaf.reader().getSortedDocValues(Schema.STORY);
      String key;
      if (stories != null && stories.advanceExact(d)) {
        key = stories.lookupOrd(stories.ordValue()).utf8ToString();
      } else {
        SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.ID);
        ids.advanceExact(d);
        key = ids.lookupOrd(ids.ordValue()).utf8ToString();
      }
      out.merge(key, 1, Integer::sum);
    }
    return out;
  }

  /** Sizes and spans of the given stories. */
  static List<Story> spans(IndexReader reader, Map<String, Integer> hits) throws IOException {
    List<Story> out = new ArrayList<>();
    Map<String, Story> all = new HashMap<>();
    for (Story s : all(reader)) {
      all.put(s.id(), s);
    }
    hits.forEach(
        (id, n) -> {
          Story s = all.get(id);
          out.add(
              s == null
                  ? new Story(id, null, 1, null, null, n, List.of())
                  : new Story(id, null, s.size(), s.first(), s.last(), n, List.of()));
        });
    return out;
  }
}
