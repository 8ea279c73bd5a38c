package news.archive.search;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.archive.Article;
import news.archive.BodyText;
import news.archive.Curation;
import news.archive.stories.NearDuplicates;
import news.archive.stories.StoryVector;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * How an article is laid out in the index: which fields are searched, which are only stored so that
 * {@code list} and {@code search} can print records without opening the JSON files.
 */
final class Schema {

  /** Raised whenever the layout below changes: an index of another version is rebuilt. */
  static final String VERSION = "15";

  static final String ID = "id";

  /** Searched: the headline. */
  static final String TITLE = "title";

  /**
   * Searched: standfirst, captions and body, as separate values; only the body is stored, as the
   * document's last stored field, so that a read that does not want it stops before it (see {@link
   * StoredReads}).
   */
  static final String BODY = "body";

  /**
   * Stored, before the body, for a body longer than {@link BodyText#OPENING_CHARS}: its opening,
   * which is what snippets and output without the body read.
   */
  static final String BODY_OPENING = "body_opening";

  /** Searched: each agency name in lower case. */
  static final String AGENCY = "agency";

  /** Searched: the outlet's name in lower case. */
  static final String OUTLET = "outlet";

  /** Searched: the words of the outlet's name ({@code outlet:guardian} finds The Guardian). */
  static final String OUTLET_WORDS = "outlet_words";

  /** Searched: the words of each agency's name. */
  static final String AGENCY_WORDS = "agency_words";

  /** Stored: the ids an article had before (see {@link Article#aliases}). */
  private static final String ALIAS = "alias";

  static final String DATE = "date";

  /** Sort key: the title in lower case, cut to a length any title fits. */
  static final String TITLE_SORT = "title_sort";

  /** Sort key: when the article was imported, in milliseconds. */
  static final String IMPORTED_SORT = "imported_sort";

  private static final int TITLE_SORT_CHARS = 200;

  /** Sort key: every document has one, so the field is the same across documents. */
  static final String DATE_SORT = "date_sort";

  static final String SHA256 = "sha256";

  /** The absolute path of the input the article was read from: what an import looks up. */
  static final String PATH = "path";

  /** Searched: every input's path, as given and absolute, for {@code path:} globs. */
  static final String PATHS = "paths";

  /** What a query calls {@link #PATHS}. */
  static final String PATHS_QUERY = "path";

  /** Searched and stored: the ISO 639-1 code of the article's language, when it has one. */
  static final String LANGUAGE = "language";

  /** Searched and stored: each tag, in lower case. */
  static final String TAG = "tag";

  /** Searched: the byline, word by word. */
  static final String BYLINE_WORDS = "byline";

  /** Searched: the bands of the body's MinHash signature (see {@link NearDuplicates}). */
  static final String NEAR_BAND = "near_band";

  /** Stored: the body's MinHash signature. */
  static final String NEAR_SIGNATURE = "near_signature";

  /** Stored and searched: the article this one nearly repeats. */
  static final String NEAR_OF = "near_of";

  /** Searched: "1" on every article that nearly repeats another, for {@code --collapse}. */
  static final String NEAR = "near";

  /** Searched, stored, and doc values for counting: the story the article is in. */
  static final String STORY = "story";

  /** Searched: the terms by which the articles to compare with for a story are found. */
  static final String STORY_KEY = "story_key";

  /** Doc values: the article's {@link StoryVector}. */
  static final String STORY_VECTOR = "story_vector";

  private static final String NOTE = "note";
  private static final String SET = "set";
  private static final String PARSED = "parsed";

  /** Inputs after the first (see {@link Article#sources}), one value each, fields split by NUL. */
  private static final String MORE_SOURCES = "more_sources";

  /** Doc values for counting the articles a search finds, by name as written. */
  static final String OUTLET_FACET = "outlet_facet";

  static final String AGENCY_FACET = "agency_facet";
  static final String TAG_FACET = "tag_facet";

  static final String AGENCY_STORED = "agency_name";
  static final String OUTLET_STORED = "outlet_name";
  private static final String HEADLINE = "headline";
  private static final String DATE_FROM = "dateFrom";
  private static final String SUBTITLE = "subtitle";
  private static final String BYLINE = "byline_text";
  private static final String READING_MINUTES = "readingMinutes";

  /** Stored, and a doc value for the sum {@code stats} gives. */
  static final String WORDS = "words";

  private static final String CAPTION = "caption";
  private static final String SOURCE_PATH = "source_path";
  private static final String SOURCE_BYTES = "source_bytes";
  private static final String SOURCE_FORMAT = "source_format";
  private static final String SOURCE_URL = "source_url";
  private static final String IMPORTED_AT = "importedAt";

  /** Splits what one stored value holds: no text of an article has it. */
  private static final char SEP = '\u0000';

  /** Sort value of an article without a date: after every dated one when sorting newest first. */
  static final long UNDATED = Long.MIN_VALUE;

  /** Text searched by words, positions kept for phrases. */
  private static final FieldType STORED_TEXT = textType(true);

  private static final FieldType UNSTORED_TEXT = textType(false);

  private Schema() {}

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  static Document document(Article a) {
    return document(a, NearDuplicates.signature(a.body()), StoryVector.of(a.title(), a.body()));
  }

  /**
   * The document of an article whose body has this signature, and whose text this story vector
   * (each null when the text is too short for one).
   */
  static Document document(Article a, NearDuplicates.Signature signature, StoryVector vector) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    doc.add(new Field(TITLE, a.title(), STORED_TEXT));
    String sortTitle = a.title().toLowerCase(Locale.ROOT);
    doc.add(
        new SortedDocValuesField(
            TITLE_SORT,
            new BytesRef(sortTitle.substring(0, Math.min(sortTitle.length(), TITLE_SORT_CHARS)))));
    // to the microsecond: the articles of one import are stored microseconds apart
    doc.add(
        new NumericDocValuesField(
            IMPORTED_SORT, ChronoUnit.MICROS.between(Instant.EPOCH, a.importedAt())));
    doc.add(new Field(BODY, a.body(), UNSTORED_TEXT));
    if (a.headline() != null) {
      doc.add(new StoredField(HEADLINE, a.headline()));
    }
    if (a.outlet() != null) {
      doc.add(new StringField(OUTLET, a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
      doc.add(new Field(OUTLET_WORDS, a.outlet(), UNSTORED_TEXT));
      doc.add(new StoredField(OUTLET_STORED, a.outlet()));
      doc.add(new SortedDocValuesField(OUTLET_FACET, new BytesRef(a.outlet())));
    }
    for (String alias : a.aliases()) {
      doc.add(new StoredField(ALIAS, alias));
    }
    if (a.subtitle() != null) {
      doc.add(new Field(BODY, a.subtitle(), UNSTORED_TEXT));
      doc.add(new StoredField(SUBTITLE, a.subtitle()));
    }
    for (String caption : a.captions()) {
      doc.add(new Field(BODY, caption, UNSTORED_TEXT));
      doc.add(new StoredField(CAPTION, caption));
    }
    for (String name : a.agencies()) {
      doc.add(new StringField(AGENCY, name.toLowerCase(Locale.ROOT), Field.Store.NO));
      doc.add(new Field(AGENCY_WORDS, name, UNSTORED_TEXT));
      doc.add(new StoredField(AGENCY_STORED, name));
      doc.add(new SortedSetDocValuesField(AGENCY_FACET, new BytesRef(name)));
    }
    long sortKey = UNDATED;
    if (a.date() != null) {
      sortKey = a.date().toEpochDay();
      doc.add(new LongPoint(DATE, sortKey));
      doc.add(new StoredField(DATE, sortKey));
    }
    if (a.dateFrom() != null) {
      doc.add(new StoredField(DATE_FROM, a.dateFrom().name()));
    }
    // The same values as points and as doc values: Lucene then skips, by the points, the
    // documents a sorted page cannot hold.
    doc.add(new NumericDocValuesField(DATE_SORT, sortKey));
    doc.add(new LongPoint(DATE_SORT, sortKey));
    doc.add(new StringField(SHA256, a.source().sha256(), Field.Store.YES));
    if (a.source().absolutePath() != null) {
      doc.add(new StringField(PATH, a.source().absolutePath(), Field.Store.YES));
    }
    if (a.byline() != null) {
      doc.add(new StoredField(BYLINE, a.byline()));
      doc.add(new Field(BYLINE_WORDS, a.byline(), UNSTORED_TEXT));
    }
    if (a.language() != null) {
      doc.add(new StringField(LANGUAGE, a.language(), Field.Store.YES));
    }
    for (String tag : a.curation().tags()) {
      doc.add(new StringField(TAG, tag, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(TAG_FACET, new BytesRef(tag)));
    }
    if (a.curation().note() != null) {
      doc.add(new StoredField(NOTE, a.curation().note()));
    }
    a.curation().set().forEach((k, v) -> doc.add(new StoredField(SET, pair(k, v))));
    a.curation().parsed().forEach((k, v) -> doc.add(new StoredField(PARSED, pair(k, v))));
    for (Article.Source s : a.sources()) {
      doc.add(new StringField(PATHS, s.path(), Field.Store.NO));
      if (s.absolutePath() != null) {
        doc.add(new StringField(PATHS, s.absolutePath(), Field.Store.NO));
      }
      if (!s.equals(a.source())) {
        doc.add(new StoredField(MORE_SOURCES, source(s)));
      }
    }
    if (a.readingMinutes() != null) {
      doc.add(new StoredField(READING_MINUTES, a.readingMinutes()));
    }
    doc.add(new StoredField(WORDS, a.words()));
    doc.add(new NumericDocValuesField(WORDS, a.words()));
    doc.add(new StoredField(SOURCE_PATH, a.source().path()));
    doc.add(new StoredField(SOURCE_BYTES, a.source().bytes()));
    doc.add(new StoredField(SOURCE_FORMAT, a.source().format()));
    if (a.source().url() != null) {
      doc.add(new StoredField(SOURCE_URL, a.source().url()));
    }
    doc.add(new StoredField(IMPORTED_AT, a.importedAt().toString()));
    if (signature != null) {
      for (BytesRef band : bandTerms(signature)) {
        doc.add(new StringField(NEAR_BAND, band, Field.Store.NO));
      }
      doc.add(new StoredField(NEAR_SIGNATURE, signature.bytes()));
    }
    if (a.nearDuplicateOf() != null) {
      doc.add(new StringField(NEAR_OF, a.nearDuplicateOf(), Field.Store.YES));
      doc.add(new StringField(NEAR, "1", Field.Store.NO));
    }
    if (a.story() != null) {
      doc.add(new StringField(STORY, a.story(), Field.Store.YES));
      doc.add(new SortedDocValuesField(STORY, new BytesRef(a.story())));
    }
    if (vector != null) {
      for (long term : vector.postedTerms(a.date() == null ? null : a.date().toEpochDay())) {
        doc.add(new StringField(STORY_KEY, keyTerm(term), Field.Store.NO));
      }
      doc.add(new BinaryDocValuesField(STORY_VECTOR, new BytesRef(vector.bytes())));
    }
    String opening = BodyText.opening(a.body());
    if (opening.length() < a.body().length()) {
      doc.add(new StoredField(BODY_OPENING, opening));
    }
    // last: see BODY
    doc.add(new StoredField(BODY, a.body()));
    return doc;
  }

  /**
   * The article a document was made from, read back from its stored fields; its body is the body's
   * opening when the document was read without the body (see {@link StoredReads}).
   */
  static Article article(Document doc) {
    IndexableField date = doc.getField(DATE);
    IndexableField reading = doc.getField(READING_MINUTES);
    String dateFrom = doc.get(DATE_FROM);
    return Article.builder()
        .id(doc.get(ID))
        .title(doc.get(TITLE))
        .headline(doc.get(HEADLINE))
        .subtitle(doc.get(SUBTITLE))
        .date(
            date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
            dateFrom == null ? null : Article.DateFrom.valueOf(dateFrom))
        .agencies(values(doc, AGENCY_STORED))
        .outlet(doc.get(OUTLET_STORED))
        .byline(doc.get(BYLINE))
        .readingMinutes(reading == null ? null : reading.numericValue().intValue())
        .words(doc.getField(WORDS).numericValue().intValue())
        .language(doc.get(LANGUAGE))
        .captions(values(doc, CAPTION))
        .body(doc.get(BODY) != null ? doc.get(BODY) : doc.get(BODY_OPENING))
        .source(
            new Article.Source(
                doc.get(SOURCE_PATH),
                doc.get(PATH),
                doc.get(SHA256),
                doc.getField(SOURCE_BYTES).numericValue().longValue(),
                doc.get(SOURCE_FORMAT),
                doc.get(SOURCE_URL)))
        .importedAt(Instant.parse(doc.get(IMPORTED_AT)))
        .aliases(values(doc, ALIAS))
        .curation(
            new Curation(values(doc, TAG), doc.get(NOTE), pairs(doc, SET), pairs(doc, PARSED)))
        .sources(values(doc, MORE_SOURCES).stream().map(Schema::source).toList())
        .nearDuplicateOf(doc.get(NEAR_OF))
        .story(doc.get(STORY))
        .build();
  }

  /**
   * A signature's bands as index terms, in the order of their bytes: each key's eight bytes, its
   * sign bit flipped so that the signed order of the keys is the order of the terms.
   */
  static List<BytesRef> bandTerms(NearDuplicates.Signature signature) {
    List<BytesRef> out = new ArrayList<>();
    for (long k : signature.sortedBandKeys()) {
      out.add(new BytesRef(ByteBuffer.allocate(Long.BYTES).putLong(k ^ Long.MIN_VALUE).array()));
    }
    return out;
  }

  /** A story key as an index term: its eight bytes. */
  static BytesRef keyTerm(long term) {
    return new BytesRef(ByteBuffer.allocate(Long.BYTES).putLong(term).array());
  }

  /** A field name and a value that may be null, as one stored string. */
  private static String pair(String key, String value) {
    return value == null ? key : key + SEP + value;
  }

  private static Map<String, String> pairs(Document doc, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String p : values(doc, field)) {
      int at = p.indexOf(SEP);
      map.put(at < 0 ? p : p.substring(0, at), at < 0 ? null : p.substring(at + 1));
    }
    return map;
  }

  private static String source(Article.Source s) {
    return String.join(
        String.valueOf(SEP),
        s.path(),
        nonNull(s.absolutePath()),
        s.sha256(),
        Long.toString(s.bytes()),
        s.format(),
        nonNull(s.url()));
  }

  private static Article.Source source(String stored) {
    String[] f = stored.split(String.valueOf(SEP), -1);
    return new Article.Source(
        f[0], nullIfEmpty(f[1]), f[2], Long.parseLong(f[3]), f[4], nullIfEmpty(f[5]));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  private static List<String> values(Document doc, String field) {
    List<String> values = new ArrayList<>();
    for (IndexableField f : doc.getFields(field)) {
      values.add(f.stringValue());
    }
    return values;
  }
}
