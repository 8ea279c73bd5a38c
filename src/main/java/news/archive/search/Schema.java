package news.archive.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import news.archive.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out in the index: which fields are searched, which are only stored so
 * that {@code list} and {@code search} can print records without opening the JSON files.
 */
final class Schema {

  /** Raised whenever the layout below changes: an index of another version is rebuilt. */
  static final String VERSION = "1";

  static final String ID = "id";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String AGENCY = "agency";
  static final String DATE = "date";
  /** Sort key: every document has one, so the field is the same across documents. */
  static final String DATE_SORT = "date_sort";
  static final String SHA256 = "sha256";
  static final String PATH = "path";

  private static final String SUBTITLE = "subtitle";
  private static final String BYLINE = "byline";
  private static final String READING_MINUTES = "readingMinutes";
  private static final String WORDS = "words";
  private static final String CAPTION = "caption";
  private static final String SOURCE_PATH = "source.path";
  private static final String SOURCE_BYTES = "source.bytes";
  private static final String IMPORTED_AT = "importedAt";

  /** Sort value of an article without a date: after every dated one when sorting newest first. */
  static final long UNDATED = Long.MIN_VALUE;

  /** Text searched by words: stored for snippets, positions kept for phrases. */
  private static final FieldType SEARCHED_TEXT = new FieldType(TextField.TYPE_STORED);

  static {
    SEARCHED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    SEARCHED_TEXT.freeze();
  }

  private Schema() {}

  /**
   * Words as readers think of them: split at Unicode word boundaries, possessive {@code 's}
   * removed, lower case, accents folded to ASCII ({@code Erdoğan} is found as {@code Erdogan}).
   */
  static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  static Document document(Article a) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    doc.add(new Field(TITLE, a.title(), SEARCHED_TEXT));
    doc.add(new Field(BODY, a.body(), SEARCHED_TEXT));
    if (a.agency() != null) {
      doc.add(new TextField(AGENCY, a.agency(), Field.Store.YES));
    }
    if (a.date() != null) {
      long day = a.date().toEpochDay();
      doc.add(new LongPoint(DATE, day));
      doc.add(new StoredField(DATE, day));
      doc.add(new NumericDocValuesField(DATE_SORT, day));
    } else {
      doc.add(new NumericDocValuesField(DATE_SORT, UNDATED));
    }
    doc.add(new StringField(SHA256, a.source().sha256(), Field.Store.YES));
    if (a.source().absolutePath() != null) {
      doc.add(new StringField(PATH, a.source().absolutePath(), Field.Store.YES));
    }
    storeIfPresent(doc, SUBTITLE, a.subtitle());
    storeIfPresent(doc, BYLINE, a.byline());
    if (a.readingMinutes() != null) {
      doc.add(new StoredField(READING_MINUTES, a.readingMinutes()));
    }
    doc.add(new StoredField(WORDS, a.words()));
    for (String caption : a.captions()) {
      doc.add(new StoredField(CAPTION, caption));
    }
    doc.add(new StoredField(SOURCE_PATH, a.source().path()));
    doc.add(new StoredField(SOURCE_BYTES, a.source().bytes()));
    doc.add(new StoredField(IMPORTED_AT, a.importedAt().toString()));
    return doc;
  }

  /** The article a document was made from, read back from its stored fields. */
  static Article article(Document doc) {
    IndexableField date = doc.getField(DATE);
    IndexableField reading = doc.getField(READING_MINUTES);
    List<String> captions = new ArrayList<>();
    for (IndexableField f : doc.getFields(CAPTION)) {
      captions.add(f.stringValue());
    }
    return new Article(
        doc.get(ID),
        doc.get(TITLE),
        doc.get(SUBTITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        doc.get(AGENCY),
        doc.get(BYLINE),
        reading == null ? null : reading.numericValue().intValue(),
        doc.getField(WORDS).numericValue().intValue(),
        captions,
        doc.get(BODY),
        new Article.Source(doc.get(SOURCE_PATH), doc.get(PATH), doc.get(SHA256),
            doc.getField(SOURCE_BYTES).numericValue().longValue()),
        Instant.parse(doc.get(IMPORTED_AT)));
  }

  private static void storeIfPresent(Document doc, String name, String value) {
    if (value != null) {
      doc.add(new StoredField(name, value));
    }
  }
}
