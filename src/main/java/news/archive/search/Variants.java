package news.archive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The forms of a word that the index holds: the indexed words with the same English stem
 * (Snowball's Porter2 stemmer), so that {@code offensives} finds {@code offensive} and {@code
 * talks} finds {@code talked}.
 *
 * <p>Articles in another language that Snowball stems ({@link #STEMMERS}) have their own forms:
 * {@code Wahlen} finds {@code Wahl} in German articles ({@link #of(String, String, String)}); the
 * archive's English forms are found as before.
 *
 * <p>The stemmer only removes endings and rewrites the last letter of what remains ({@code y} to
 * {@code i}, a dropped {@code e}), so every word with a given stem starts with the stem less its
 * last letter; only indexed words with that beginning are stemmed and compared.
 */
final class Variants {

  /** The stemmer rewrites at most this many letters at the end of a stem. */
  private static final int REWRITTEN = 1;

  private static final int MIN_PREFIX = 2;

  /** Bounds the work for a very short stem in a very large index. */
  private static final int MAX_SCANNED = 50_000;

  /** The languages besides English whose words have their own forms, by ISO 639-1 code. */
  static final Map<String, Supplier<SnowballStemmer>> STEMMERS =
      Map.of(
          "de", GermanStemmer::new,
          "fr", FrenchStemmer::new,
          "es", SpanishStemmer::new,
          "it", ItalianStemmer::new,
          "pt", PortugueseStemmer::new,
          "nl", DutchStemmer::new);

  private static final String ENGLISH = "en";

  private final IndexReader reader;
  private final Map<String, SnowballStemmer> stemmers = new HashMap<>();
  private final Map<String, Set<String>> cache = new HashMap<>();
  private List<String> languages;

  Variants(IndexReader reader) {
    this.reader = reader;
    stemmers.put(ENGLISH, new EnglishStemmer());
  }

  String stem(String word) {
    return stem(ENGLISH, word);
  }

  private String stem(String language, String word) {
    SnowballStemmer stemmer = stemmers.computeIfAbsent(language, l -> STEMMERS.get(l).get());
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * The languages of {@link #STEMMERS} that articles of the index are in, in code order: none in an
   * archive of English alone, which then searches as it did before languages were told.
   */
  List<String> languages() throws IOException {
    if (languages == null) {
      Set<String> found = new TreeSet<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Schema.LANGUAGE);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String code = t.utf8ToString();
          if (STEMMERS.containsKey(code)) {
            found.add(code);
          }
        }
      }
      languages = List.copyOf(found);
    }
    return languages;
  }

  /**
   * Indexed words of {@code field} with the same English stem as {@code word}, the word itself
   * included.
   */
  Set<String> of(String field, String word) throws IOException {
    return of(field, word, ENGLISH);
  }

  /**
   * Indexed words of {@code field} with the same stem as {@code word} in {@code language} (a key of
   * {@link #STEMMERS}, or {@code en}), the word itself included. The words come from articles in
   * any language; the caller keeps those of articles in this one.
   */
  Set<String> of(String field, String word, String language) throws IOException {
    String key = field + '\u0000' + language + '\u0000' + word;
    Set<String> known = cache.get(key);
    if (known != null) {
      return known;
    }
    String stem = stem(language, word);
    String prefix =
        stem.substring(0, Math.min(stem.length(), Math.max(MIN_PREFIX, stem.length() - REWRITTEN)));
    if (!word.startsWith(prefix)) {
      prefix = commonPrefix(word, prefix);
    }
    Set<String> forms = new TreeSet<>();
    BytesRef start = new BytesRef(prefix);
    int scanned = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (te.seekCeil(start) == TermsEnum.SeekStatus.END) {
        continue;
      }
      for (BytesRef t = te.term(); t != null && StringHelper.startsWith(t, start); t = te.next()) {
        if (++scanned > MAX_SCANNED) {
          break;
        }
        String candidate = t.utf8ToString();
        if (!forms.contains(candidate) && stem(language, candidate).equals(stem)) {
          forms.add(candidate);
        }
      }
    }
    cache.put(key, forms);
    return forms;
  }

  private static String commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return a.substring(0, n);
  }
}
