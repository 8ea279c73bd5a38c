package news.archive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The forms of a word that the index holds: the indexed words with the same English stem
 * (Snowball's Porter2 stemmer), so that {@code offensives} finds {@code offensive} and {@code
 * talks} finds {@code talked}.
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

  private final IndexReader reader;
  private final EnglishStemmer stemmer = new EnglishStemmer();
  private final Map<String, Set<String>> cache = new HashMap<>();

  Variants(IndexReader reader) {
    this.reader = reader;
  }

  String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /**
   * Indexed words of {@code field} with the same stem as {@code word}, the word itself included.
   */
  Set<String> of(String field, String word) throws IOException {
    String key = field + '\u0000' + word;
    Set<String> known = cache.get(key);
    if (known != null) {
      return known;
    }
    String stem = stem(word);
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
        if (!forms.contains(candidate) && stem(candidate).equals(stem)) {
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
