package news.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.archive.Article;
import news.archive.BodyText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What an article is about, as a query for the articles most like it: its most telling words, the
 * way Lucene's MoreLikeThis picks them. Each word's weight is how often the article uses it (the
 * title counting three times) times how rare it is in the archive (inverse document frequency);
 * English function words are left out; a long body is read as far as its opening. The query matches
 * those words in the title and the body of other articles, weighted, and never the article itself.
 */
final class Likeness {

  /** The words a query keeps: enough to tell a story apart, few enough to run fast. */
  static final int MAX_WORDS = 25;

  /** An article with fewer different content words than this is too short to compare. */
  static final int MIN_WORDS = 12;

  /**
   * Words in more than this share of a large archive's articles tell little and cost the most
   * (their lists of articles are the longest): left out, as MoreLikeThis's maximum document
   * frequency.
   */
  private static final double MAX_SHARE = 0.05;

  /** Below this many articles, every word's share is too rough to judge by. */
  private static final int SHARE_FROM = 1000;

  private static final int TITLE_REPEATS = 3;
  private static final int MIN_LENGTH = 3;

  /**
   * A query and the words it was made of (for snippets); the query is null for too short a text.
   */
  record Like(Query query, Marks marks) {}

  private Likeness() {}

  static Like of(Article a, Analyzer analyzer, IndexReader reader) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    count(analyzer, a.title(), TITLE_REPEATS, counts);
    if (a.subtitle() != null) {
      count(analyzer, a.subtitle(), 1, counts);
    }
    // the opening is sample enough, as MoreLikeThis reads at most its first 5,000 words
    count(analyzer, BodyText.opening(a.body()), 1, counts);
    if (counts.size() < MIN_WORDS) {
      return new Like(null, new Marks());
    }
    int n = Math.max(reader.numDocs(), 1);
    List<Map.Entry<String, Double>> weighted = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int df = reader.docFreq(new Term(Schema.BODY, e.getKey()));
      if (n >= SHARE_FROM && df > n * MAX_SHARE) {
        continue;
      }
      double idf = Math.log(1.0 + (double) n / (df + 1));
      weighted.add(Map.entry(e.getKey(), e.getValue() * idf));
    }
    // heaviest first; equal weights by the word, so the query is the same every time
    weighted.sort(
        Map.Entry.<String, Double>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey()));
    if (weighted.isEmpty()) {
      return new Like(null, new Marks());
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    Marks marks = new Marks();
    double top = weighted.get(0).getValue();
    for (Map.Entry<String, Double> e : weighted.subList(0, Math.min(MAX_WORDS, weighted.size()))) {
      float boost = (float) (e.getValue() / top);
      words.add(
          new BoostQuery(new TermQuery(new Term(Schema.BODY, e.getKey())), boost), Occur.SHOULD);
      words.add(
          new BoostQuery(new TermQuery(new Term(Schema.TITLE, e.getKey())), boost * 2),
          Occur.SHOULD);
      marks.words.add(e.getKey());
    }
    Query query =
        new BooleanQuery.Builder()
            .add(words.build(), Occur.MUST)
            .add(new TermQuery(new Term(Schema.ID, a.id())), Occur.MUST_NOT)
            .build();
    return new Like(query, marks);
  }

  private static void count(Analyzer analyzer, String text, int times, Map<String, Integer> out) {
    for (Analysis.Word w : Analysis.words(analyzer, Schema.BODY, text)) {
      String t = w.text();
      if (t.length() >= MIN_LENGTH
          && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t)
          && !isNumber(t)) {
        out.merge(t, times, Integer::sum);
      }
    }
  }

  private static boolean isNumber(String t) {
    return t.chars().allMatch(Character::isDigit);
  }
}
