package news.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.archive.engine.Lookup;
import news.archive.stories.NearDuplicates;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Exact-term lookups in an index reader: far cheaper than a query, for imports and checks. */
final class TermLookup {
  private TermLookup() {}

  /** What a look-up tells of an article it finds. */
  private static final Set<String> KNOWN = Set.of(Schema.ID, Schema.SHA256, Schema.PATH);

  /** What a near-duplicate look-up compares. */
  private static final Set<String> NEAR_FIELDS =
      Set.of(Schema.ID, Schema.NEAR_SIGNATURE, Schema.DATE);

  /** The live document holding {@code value} in {@code field}, as a {@link Lookup.Known}. */
  static Optional<Lookup.Known> lookup(IndexReader reader, String field, String value)
      throws IOException {
    BytesRef bytes = new BytesRef(value);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(bytes)) {
        continue;
      }
      int d = firstLive(te.postings(null, PostingsEnum.NONE), leaf.reader().getLiveDocs());
      if (d >= 0) {
        Document doc = StoredReads.fields(leaf.reader().storedFields(), d, KNOWN);
        return Optional.of(
            new Lookup.Known(doc.get(Schema.ID), doc.get(Schema.SHA256), doc.get(Schema.PATH)));
      }
    }
    return Optional.empty();
  }

  /**
   * The live documents that share a band with the signature and whose signatures are at least
   * {@link NearDuplicates#THRESHOLD} alike, most alike first, then by id.
   */
  static List<Lookup.Near> near(IndexReader reader, NearDuplicates.Signature signature)
      throws IOException {
    Map<String, Lookup.Near> found = new HashMap<>();
    List<BytesRef> bands = Schema.bandTerms(signature);
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.NEAR_BAND);
      if (terms == null) {
        continue;
      }
      // one walk over the segment's terms, in order, for all the bands
      TermsEnum te = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      Set<Integer> compared = new HashSet<>();
      StoredFields stored = leaf.reader().storedFields();
      PostingsEnum docs = null;
      for (BytesRef band : bands) {
        if (!te.seekExact(band)) {
          continue;
        }
        docs = te.postings(docs, PostingsEnum.NONE);
        for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          if ((live != null && !live.get(d)) || !compared.add(d)) {
            continue;
          }
          Document doc = StoredReads.fields(stored, d, NEAR_FIELDS);
          BytesRef sig = doc.getBinaryValue(Schema.NEAR_SIGNATURE);
          if (sig == null) {
            continue;
          }
          double s =
              signature.similarity(
                  NearDuplicates.Signature.of(
                      java.util.Arrays.copyOfRange(
                          sig.bytes, sig.offset, sig.offset + sig.length)));
          if (s >= NearDuplicates.THRESHOLD) {
            IndexableField date = doc.getField(Schema.DATE);
            String id = doc.get(Schema.ID);
            found.put(
                id, new Lookup.Near(id, s, date == null ? null : date.numericValue().longValue()));
          }
        }
      }
    }
    List<Lookup.Near> out = new ArrayList<>(found.values());
    out.sort(
        Comparator.comparingDouble(Lookup.Near::similarity)
            .reversed()
            .thenComparing(Lookup.Near::id));
    return out;
  }

  /** The first document of the postings that is not deleted, or -1. */
  static int firstLive(PostingsEnum docs, Bits live) throws IOException {
    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
      if (live == null || live.get(d)) {
        return d;
      }
    }
    return -1;
  }
}
