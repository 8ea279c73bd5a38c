package news.archive.search;

import java.io.IOException;
import java.util.Set;
import news.archive.Article;
import news.archive.BodyText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFields;

/**
 * Reads a document's stored fields without the parts a caller does not want. The body is the last
 * stored field (see {@link Schema#BODY}): a read that does not want it stops there, and Lucene then
 * never decompresses it, which is what keeps an 8 MB article as cheap to list as a short one.
 */
final class StoredReads {
  private StoredReads() {}

  /** The article of document {@code doc}, with its whole body or only the body's opening. */
  static Article article(StoredFields stored, int doc, BodyText body) throws IOException {
    if (body == BodyText.WHOLE) {
      return Schema.article(stored.document(doc));
    }
    Opening visitor = new Opening();
    stored.document(doc, visitor);
    return Schema.article(visitor.getDocument());
  }

  /** Only the named fields of document {@code doc}; past the body when it is not one of them. */
  static Document fields(StoredFields stored, int doc, Set<String> names) throws IOException {
    Only visitor = new Only(names);
    stored.document(doc, visitor);
    return visitor.getDocument();
  }

  /** Every field but the body, which a long body's opening stands for; a short body is read. */
  private static final class Opening extends DocumentStoredFieldVisitor {
    private boolean sawOpening;

    @Override
    public Status needsField(FieldInfo field) {
      if (field.name.equals(Schema.BODY_OPENING)) {
        sawOpening = true;
      } else if (field.name.equals(Schema.BODY) && sawOpening) {
        return Status.STOP;
      }
      return Status.YES;
    }
  }

  private static final class Only extends DocumentStoredFieldVisitor {
    private final Set<String> names;

    Only(Set<String> names) {
      this.names = names;
    }

    @Override
    public Status needsField(FieldInfo field) {
      if (names.contains(field.name)) {
        return Status.YES;
      }
      return field.name.equals(Schema.BODY) ? Status.STOP : Status.NO;
    }
  }
}
