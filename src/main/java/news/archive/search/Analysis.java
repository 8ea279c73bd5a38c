package news.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How text becomes searchable words: split at Unicode word boundaries, a possessive {@code 's}
 * removed, lower-cased and folded to ASCII ({@code Erdoğan} is indexed as {@code erdogan}).
 *
 * <p>Words are indexed as they are, not stemmed: other forms of a query word are found at query
 * time in the index's own word list (see {@link Variants}), which keeps the index small and lets an
 * exact match rank above another form of the word.
 */
final class Analysis {

  /** Fields with several values (standfirst, captions, body) keep phrases within one value. */
  private static final int VALUE_GAP = 100;

  private Analysis() {}

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

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
      }
    };
  }

  /** A word of analyzed text and where it stands in the text. */
  record Word(String text, int start, int end) {}

  /** The words of {@code text}, in order, with their character offsets. */
  static List<Word> words(Analyzer analyzer, String field, String text) {
    List<Word> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return words;
  }
}
