package news.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.archive.search.Lookup.Placed;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What story grouping asks of the index, read from terms and doc values alone: no stored document
 * is opened, so a lookup costs a few term seeks and the articles it finds.
 */
final class StoryLookup {

  /**
   * A feature in more than this many articles of one segment, looked up in any date, is too common
   * to tell which event: walking its articles would cost more than it finds.
   */
  private static final int MAX_ANY_DAY = 2000;

  private StoryLookup() {}

  static List<Placed> neighbours(IndexReader reader, StoryVector vector, Long day)
      throws IOException {
    long[] wanted = vector.wantedTerms(day);
    BytesRef[] terms = new BytesRef[wanted.length];
    Arrays.sort(wanted);
    for (int i = 0; i < wanted.length; i++) {
      terms[i] = Schema.keyTerm(wanted[i]);
    }
    Arrays.sort(terms);
    List<Placed> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms postings = leaf.reader().terms(Schema.STORY_KEY);
      if (postings == null) {
        continue;
      }
      TermsEnum te = postings.iterator();
      int[] docs = new int[16];
      int n = 0;
      PostingsEnum pe = null;
      for (BytesRef term : terms) {
        if (!te.seekExact(term) || (day == null && te.docFreq() > MAX_ANY_DAY)) {
          continue;
        }
        pe = te.postings(pe, PostingsEnum.NONE);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
          if (n == docs.length) {
            docs = Arrays.copyOf(docs, n * 2);
          }
          docs[n++] = d;
        }
      }
      if (n > 0) {
        Arrays.sort(docs, 0, n);
        read(leaf.reader(), docs, n, out);
      }
    }
    return out;
  }

  /** The placed articles among these documents (sorted, perhaps repeated), added to {@code out}. */
  private static void read(LeafReader reader, int[] docs, int n, List<Placed> out)
      throws IOException {
    Bits live = reader.getLiveDocs();
    SortedDocValues ids = reader.getSortedDocValues(Schema.ID);
    SortedDocValues stories = reader.getSortedDocValues(Schema.STORY);
    NumericDocValues days = reader.getNumericDocValues(Schema.DATE_SORT);
    BinaryDocValues vectors = reader.getBinaryDocValues(Schema.STORY_VECTOR);
    if (ids == null || stories == null || vectors == null) {
      return;
    }
    int last = -1;
    for (int i = 0; i < n; i++) {
      int d = docs[i];
      if (d == last || (live != null && !live.get(d))) {
        continue;
      }
      last = d;
      Placed p = placed(d, ids, stories, days, vectors);
      if (p != null) {
        out.add(p);
      }
    }
  }

  /** The document as a placed article, or null when it is in no story; documents in order. */
  private static Placed placed(
      int d,
      SortedDocValues ids,
      SortedDocValues stories,
      NumericDocValues days,
      BinaryDocValues vectors)
      throws IOException {
    if (!stories.advanceExact(d) || !vectors.advanceExact(d) || !ids.advanceExact(d)) {
      return null;
    }
    Long day = null;
    if (days != null && days.advanceExact(d) && days.longValue() != Schema.UNDATED) {
      day = days.longValue();
    }
    BytesRef v = vectors.binaryValue();
    return new Placed(
        ids.lookupOrd(ids.ordValue()).utf8ToString(),
        stories.lookupOrd(stories.ordValue()).utf8ToString(),
        day,
        StoryVector.of(v.bytes, v.offset, v.length));
  }

  /** How many live articles are in the story, counted up to {@code atMost}. */
  static int size(IndexReader reader, String story, int atMost) throws IOException {
    BytesRef term = new BytesRef(story);
    int count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.STORY);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          if (++count >= atMost) {
            return count;
          }
        }
      }
    }
    return count;
  }

  /**
   * Every live article that has a story vector, whether or not it is in a story yet: what a
   * regrouping starts from. Its story is null when it is in none.
   */
  static List<Placed> all(IndexReader reader) throws IOException {
    List<Placed> out = new ArrayList<>(reader.numDocs());
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      SortedDocValues ids = r.getSortedDocValues(Schema.ID);
      SortedDocValues stories = r.getSortedDocValues(Schema.STORY);
      NumericDocValues days = r.getNumericDocValues(Schema.DATE_SORT);
      BinaryDocValues vectors = r.getBinaryDocValues(Schema.STORY_VECTOR);
      if (ids == null || vectors == null) {
        continue;
      }
      for (int d = vectors.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = vectors.nextDoc()) {
        if ((live != null && !live.get(d)) || !ids.advanceExact(d)) {
          continue;
        }
        String story =
            stories != null && stories.advanceExact(d)
                ? stories.lookupOrd(stories.ordValue()).utf8ToString()
                : null;
        Long day = null;
        if (days != null && days.advanceExact(d) && days.longValue() != Schema.UNDATED) {
          day = days.longValue();
        }
        BytesRef v = vectors.binaryValue();
        out.add(
            new Placed(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                story,
                day,
                StoryVector.of(v.bytes, v.offset, v.length)));
      }
    }
    return out;
  }
}
