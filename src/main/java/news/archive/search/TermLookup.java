package news.archive.search;

import java.io.IOException;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Exact-term lookups in an index reader: far cheaper than a query, for imports and checks. */
final class TermLookup {
  private TermLookup() {}

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
        Document doc = leaf.reader().storedFields().document(d);
        return Optional.of(
            new Lookup.Known(doc.get(Schema.ID), doc.get(Schema.SHA256), doc.get(Schema.PATH)));
      }
    }
    return Optional.empty();
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
