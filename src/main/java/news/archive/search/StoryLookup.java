package news.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.archive.stories.StoryIndex;
import news.archive.stories.StoryIndex.Neighbour;
import news.archive.stories.StoryIndex.Placed;
import news.archive.stories.StoryVector;
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

  /** The candidates of one segment: its documents and how many wanted terms each holds. */
  private static final class Found {
    final LeafReader reader;
    final int[] docs;
    final int[] shared;
    final int n;

    Found(LeafReader reader, int[] docs, int[] shared, int n) {
      this.reader = reader;
      this.docs = docs;
      this.shared = shared;
      this.n = n;
    }
  }

  static List<Neighbour> neighbours(IndexReader reader, StoryVector vector, Long day, int atMost)
      throws IOException {
    long[] wanted = vector.wantedTerms(day);
    BytesRef[] terms = new BytesRef[wanted.length];
    for (int i = 0; i < wanted.length; i++) {
      terms[i] = Schema.keyTerm(wanted[i]);
    }
    Arrays.sort(terms);
    // a document holds a wanted term for each of the heaviest features it shares, at most once
    int[] histogram = new int[StoryVector.KEYS + 1];
    List<Found> found = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Found f = candidates(leaf.reader(), terms, day == null);
      if (f != null) {
        for (int i = 0; i < f.n; i++) {
          histogram[Math.min(f.shared[i], StoryVector.KEYS)]++;
        }
        found.add(f);
      }
    }
    int fewest = StoryIndex.fewestShared(histogram, atMost);
    List<Neighbour> out = new ArrayList<>();
    for (Found f : found) {
      read(f, fewest, out);
    }
    return out;
  }

  /** The live documents of a segment that hold any of the terms, or null for none. */
  private static Found candidates(LeafReader reader, BytesRef[] terms, boolean anyDay)
      throws IOException {
    Terms postings = reader.terms(Schema.STORY_KEY);
    if (postings == null) {
      return null;
    }
    TermsEnum te = postings.iterator();
    int[] docs = new int[16];
    int n = 0;
    PostingsEnum pe = null;
    // the terms, sorted, come in runs of one span each (the span is the first half of a term): one
    // seek to the span's first term tells whether the segment holds any article of that span
    for (int i = 0; i < terms.length; ) {
      int run = spanRun(terms, i);
      if (holdsSpan(te, terms[i])) {
        for (int j = i; j < run; j++) {
          BytesRef term = terms[j];
          if (!te.seekExact(term) || (anyDay && te.docFreq() > MAX_ANY_DAY)) {
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
      }
      i = run;
    }
    if (n == 0) {
      return null;
    }
    Arrays.sort(docs, 0, n);
    // runs of the same document: one candidate each, sharing as many terms as the run is long
    Bits live = reader.getLiveDocs();
    int[] unique = new int[n];
    int[] shared = new int[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m > 0 && unique[m - 1] == docs[i]) {
        shared[m - 1]++;
      } else if (live == null || live.get(docs[i])) {
        unique[m] = docs[i];
        shared[m++] = 1;
      }
    }
    return new Found(reader, unique, shared, m);
  }

  /** Where the run of terms of the same span as {@code terms[from]} ends. */
  private static int spanRun(BytesRef[] terms, int from) {
    int to = from + 1;
    while (to < terms.length && sameSpan(terms[from], terms[to])) {
      to++;
    }
    return to;
  }

  private static boolean sameSpan(BytesRef a, BytesRef b) {
    return Arrays.equals(
        a.bytes, a.offset, a.offset + SPAN_BYTES, b.bytes, b.offset, b.offset + SPAN_BYTES);
  }

  /** The bytes of a term that name its span. */
  private static final int SPAN_BYTES = Integer.BYTES;

  /** Whether the segment holds a term of the span of {@code term}. */
  private static boolean holdsSpan(TermsEnum te, BytesRef term) throws IOException {
    BytesRef first =
        new BytesRef(Arrays.copyOfRange(term.bytes, term.offset, term.offset + term.length));
    Arrays.fill(first.bytes, SPAN_BYTES, first.length, (byte) 0);
    return te.seekCeil(first) != TermsEnum.SeekStatus.END && sameSpan(te.term(), term);
  }

  /** The placed articles among a segment's candidates that share enough, added to {@code out}. */
  private static void read(Found f, int fewest, List<Neighbour> out) throws IOException {
    LeafReader reader = f.reader;
    SortedDocValues stories = reader.getSortedDocValues(Schema.STORY);
    NumericDocValues days = reader.getNumericDocValues(Schema.DATE_SORT);
    BinaryDocValues vectors = reader.getBinaryDocValues(Schema.STORY_VECTOR);
    if (stories == null || vectors == null) {
      return;
    }
    // the stories' names, read once each: several candidates are often of one story
    Map<Integer, String> names = new HashMap<>();
    for (int i = 0; i < f.n; i++) {
      int d = f.docs[i];
      if (f.shared[i] < fewest || !stories.advanceExact(d) || !vectors.advanceExact(d)) {
        continue;
      }
      Long day = null;
      if (days != null && days.advanceExact(d) && days.longValue() != Schema.UNDATED) {
        day = days.longValue();
      }
      int ord = stories.ordValue();
      String story = names.get(ord);
      if (story == null) {
        story = stories.lookupOrd(ord).utf8ToString();
        names.put(ord, story);
      }
      BytesRef v = vectors.binaryValue();
      out.add(new Neighbour(story, day, StoryVector.of(v.bytes, v.offset, v.length), f.shared[i]));
    }
  }

  /** How many articles of the index hold each of the story key terms. */
  static int[] counts(IndexReader reader, long[] terms) throws IOException {
    int[] out = new int[terms.length];
    BytesRef[] keys = new BytesRef[terms.length];
    for (int i = 0; i < terms.length; i++) {
      keys[i] = Schema.keyTerm(terms[i]);
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms postings = leaf.reader().terms(Schema.STORY_KEY);
      if (postings == null) {
        continue;
      }
      TermsEnum te = postings.iterator();
      for (int i = 0; i < keys.length; i++) {
        if (te.seekExact(keys[i])) {
          out[i] += te.docFreq();
        }
      }
    }
    return out;
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
