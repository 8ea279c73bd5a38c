package news.archive.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.archive.DateRange;
import news.archive.query.Node;
import news.archive.query.QueryException;
import news.archive.query.QuerySyntax;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * A query's syntax tree ({@link QuerySyntax}) translated into a Lucene query on this index.
 *
 * <p>A word matches its exact form strongly and the other forms of the word (same stem) weakly, in
 * the title twice as strongly as in the body.
 */
final class LuceneQueries {

  /** The index field of each field a query names, where the two differ. */
  private static final Map<String, String> INDEX_FIELDS =
      Map.of(
          QuerySyntax.TITLE, Schema.TITLE,
          QuerySyntax.BODY, Schema.BODY,
          QuerySyntax.BYLINE, Schema.BYLINE_WORDS,
          QuerySyntax.AGENCY, Schema.AGENCY,
          QuerySyntax.OUTLET, Schema.OUTLET,
          QuerySyntax.TAG, Schema.TAG,
          QuerySyntax.LANG, Schema.LANGUAGE);

  /** Fields that hold names, matched whole (in any case), not word by word. */
  private static final Set<String> NAME_FIELDS =
      Set.of(Schema.AGENCY, Schema.OUTLET, Schema.TAG, Schema.LANGUAGE);

  /** The field that holds the words of each name field's names, where there is one. */
  private static final Map<String, String> WORDS_OF =
      Map.of(Schema.AGENCY, Schema.AGENCY_WORDS, Schema.OUTLET, Schema.OUTLET_WORDS);

  private static final float TITLE_WEIGHT = 2f;
  private static final float BODY_WEIGHT = 1f;
  private static final float EXACT = 2f;

  private final Analyzer analyzer;
  private final Variants variants;

  LuceneQueries(Analyzer analyzer, IndexReader reader) {
    this.analyzer = analyzer;
    this.variants = new Variants(reader);
  }

  /** A query and what its snippets should mark. */
  record Read(Query query, Marks marks) {}

  /** The Lucene query of a syntax tree. */
  Read read(Node root) throws QueryException, IOException {
    Marks marks = new Marks();
    Builder builder = new Builder(marks);
    Query query = builder.build(root, null, false);
    if (query == null) {
      throw new QueryException("nothing to search for: the query has no words");
    }
    // again, now that analysis has split phrases and hyphenated words
    QuerySyntax.atMostMaxWords(builder.words);
    return new Read(query, marks);
  }

  private final class Builder {
    private final Marks marks;
    int words;

    Builder(Marks marks) {
      this.marks = marks;
    }

    /** The query of a node, or null when it holds no searchable word. */
    Query build(Node node, String field, boolean negated) throws QueryException, IOException {
      if (node instanceof Node.Word t) {
        return term(t, field, negated);
      }
      if (node instanceof Node.Phrase p) {
        return phrase(p, field, negated);
      }
      if (node instanceof Node.Dates d) {
        words++;
        return dates(d.range());
      }
      if (node instanceof Node.Path p) {
        words++;
        return path(p.glob());
      }
      if (node instanceof Node.InField f) {
        return build(f.node(), INDEX_FIELDS.get(f.field()), negated);
      }
      if (node instanceof Node.Not n) {
        Query inner = build(n.node(), field, !negated);
        return inner == null ? null : onlyWithout(inner);
      }
      if (node instanceof Node.All a) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (Node child : a.nodes()) {
          if (child instanceof Node.Not n) {
            Query inner = build(n.node(), field, !negated);
            if (inner != null) {
              b.add(inner, Occur.MUST_NOT);
              any = true;
            }
          } else {
            Query q = build(child, field, negated);
            if (q != null) {
              b.add(q, Occur.MUST);
              positive = true;
              any = true;
            }
          }
        }
        if (!any) {
          return null;
        }
        if (!positive) {
          b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
      }
      Node.Any any = (Node.Any) node;
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      boolean added = false;
      for (Node child : any.nodes()) {
        Query q = build(child, field, negated);
        if (q != null) {
          b.add(q, Occur.SHOULD);
          added = true;
        }
      }
      return added ? b.build() : null;
    }

    private Query onlyWithout(Query q) {
      return new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), Occur.MUST)
          .add(q, Occur.MUST_NOT)
          .build();
    }

    private Query term(Node.Word t, String field, boolean negated)
        throws QueryException, IOException {
      if (field != null && NAME_FIELDS.contains(field)) {
        words++;
        String name = t.text().toLowerCase(Locale.ROOT);
        Query whole =
            t.prefix()
                ? new PrefixQuery(new Term(field, name))
                : new TermQuery(new Term(field, name));
        return orAWord(field, whole, t.text(), t.prefix());
      }
      if (t.prefix() || t.edits() >= 0) {
        String normal = analyzer.normalize(Schema.BODY, t.text()).utf8ToString();
        if (normal.isEmpty() || !hasLetterOrDigit(normal)) {
          throw new QueryException(
              "no word before the " + (t.prefix() ? "*" : "~") + " at character " + t.at());
        }
        words++;
        if (!negated && !Schema.TITLE.equals(field)) {
          // the body is searched (a field of body, or none given): mark it in snippets
          if (t.prefix()) {
            marks.prefixes.add(normal);
          } else {
            marks.fuzzy.add(new Marks.Fuzzy(normal, t.edits()));
          }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : fields(field)) {
          Term term = new Term(f, normal);
          Query q =
              t.prefix() ? new PrefixQuery(term) : new FuzzyQuery(term, t.edits(), 0, 50, true);
          b.add(new BoostQuery(q, weight(f)), Occur.SHOULD);
        }
        return b.build();
      }
      List<Analysis.Word> ws = Analysis.words(analyzer, Schema.BODY, t.text());
      if (ws.isEmpty()) {
        return null;
      }
      // A word the analyzer splits (al-Assad) is searched as a phrase.
      return ws.size() == 1 ? word(ws.get(0), field, negated) : phrase(ws, 0, field, negated);
    }

    private Query phrase(Node.Phrase t, String field, boolean negated) throws IOException {
      if (field != null && NAME_FIELDS.contains(field)) {
        words++;
        Query whole = new TermQuery(new Term(field, t.text().strip().toLowerCase(Locale.ROOT)));
        return orAWord(field, whole, t.text(), false);
      }
      List<Analysis.Word> ws = Analysis.words(analyzer, Schema.BODY, t.text());
      if (ws.isEmpty()) {
        return null;
      }
      return ws.size() == 1
          ? word(ws.get(0), field, negated)
          : phrase(ws, t.slop(), field, negated);
    }

    /**
     * One word: the exact form strongly, all forms with its stem (the exact one included) as one
     * synonym term, weakly.
     */
    private Query word(Analysis.Word w, String field, boolean negated) throws IOException {
      words++;
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String f : fields(field)) {
        Set<String> forms = variants.of(f, w.text());
        mark(f, w, forms, negated);
        float weight = weight(f);
        b.add(new BoostQuery(new TermQuery(new Term(f, w.text())), EXACT * weight), Occur.SHOULD);
        if (!forms.isEmpty() && !forms.equals(Set.of(w.text()))) {
          b.add(new BoostQuery(synonyms(f, w, forms), weight), Occur.SHOULD);
        }
        for (String language : variants.languages()) {
          Query inLanguage = formsIn(f, w, language, negated);
          if (inLanguage != null) {
            b.add(new BoostQuery(inLanguage, weight), Occur.SHOULD);
          }
        }
      }
      return b.build();
    }

    /** The word and its other forms, scored as one term. */
    private static Query synonyms(String f, Analysis.Word w, Set<String> forms) {
      SynonymQuery.Builder synonyms = new SynonymQuery.Builder(f);
      synonyms.addTerm(new Term(f, w.text()));
      for (String form : forms) {
        if (!form.equals(w.text())) {
          synonyms.addTerm(new Term(f, form));
        }
      }
      return synonyms.build();
    }

    /**
     * The forms of a word by the stemmer of {@code language}, in the articles of that language
     * alone; null when there are none but the word.
     */
    private Query formsIn(String f, Analysis.Word w, String language, boolean negated)
        throws IOException {
      Set<String> forms = variants.of(f, w.text(), language);
      if (forms.isEmpty() || forms.equals(Set.of(w.text()))) {
        return null;
      }
      mark(f, w, forms, negated);
      return new BooleanQuery.Builder()
          .add(synonyms(f, w, forms), Occur.MUST)
          .add(new TermQuery(new Term(Schema.LANGUAGE, language)), Occur.FILTER)
          .build();
    }

    /** Words in order: the exact phrase strongly, the phrase of their forms weakly. */
    private Query phrase(List<Analysis.Word> ws, int slop, String field, boolean negated)
        throws IOException {
      words += ws.size();
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String f : fields(field)) {
        float weight = weight(f);
        PhraseQuery.Builder exact = new PhraseQuery.Builder().setSlop(slop);
        MultiPhraseQuery.Builder forms = new MultiPhraseQuery.Builder().setSlop(slop);
        boolean other = false;
        for (Analysis.Word w : ws) {
          exact.add(new Term(f, w.text()));
          Set<String> all = new TreeSet<>(variants.of(f, w.text()));
          mark(f, w, all, negated);
          all.add(w.text());
          other |= all.size() > 1;
          forms.add(all.stream().map(t -> new Term(f, t)).toArray(Term[]::new));
        }
        b.add(new BoostQuery(exact.build(), EXACT * weight), Occur.SHOULD);
        if (other) {
          b.add(new BoostQuery(forms.build(), weight), Occur.SHOULD);
        }
      }
      return b.build();
    }

    /** Body words a snippet should mark: the query word and its forms, unless negated. */
    private void mark(String field, Analysis.Word w, Set<String> forms, boolean negated) {
      if (!negated && Schema.BODY.equals(field)) {
        marks.words.add(w.text());
        marks.words.addAll(forms);
      }
    }

    /**
     * A name field's query that also finds the name's words, as other text fields do: {@code
     * outlet:guardian} and {@code outlet:"guardian news"} find The Guardian News, {@code
     * outlet:"the guardian"} finds it whole. Tags are names only.
     */
    private Query orAWord(String field, Query whole, String typed, boolean prefix) {
      String words = WORDS_OF.get(field);
      if (words == null) {
        return whole;
      }
      Query inWords;
      if (prefix) {
        String normal = analyzer.normalize(Schema.BODY, typed).utf8ToString();
        if (normal.isEmpty()) {
          return whole;
        }
        inWords = new PrefixQuery(new Term(words, normal));
      } else {
        List<Analysis.Word> ws = Analysis.words(analyzer, Schema.BODY, typed);
        if (ws.isEmpty()) {
          return whole;
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Analysis.Word w : ws) {
          phrase.add(new Term(words, w.text()));
        }
        inWords =
            ws.size() == 1 ? new TermQuery(new Term(words, ws.get(0).text())) : phrase.build();
      }
      return new BooleanQuery.Builder()
          .add(new BoostQuery(whole, EXACT), Occur.SHOULD)
          .add(inWords, Occur.SHOULD)
          .build();
    }

    /** The articles dated in the range. */
    private static Query dates(DateRange range) {
      long from = range.since() == null ? Long.MIN_VALUE + 1 : range.since().toEpochDay();
      long to = range.until() == null ? Long.MAX_VALUE : range.until().toEpochDay();
      return LongPoint.newRangeQuery(Schema.DATE, from, to);
    }

    /**
     * Inputs whose path matches a glob ({@code *} any characters, {@code ?} one): the path as given
     * at import or the absolute one, whole, or from a folder's name on.
     */
    private static Query path(String glob) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new WildcardQuery(new Term(Schema.PATHS, glob)), Occur.SHOULD);
      if (!glob.startsWith("/") && !glob.startsWith("*")) {
        b.add(new WildcardQuery(new Term(Schema.PATHS, "*/" + glob)), Occur.SHOULD);
      }
      return b.build();
    }

    private List<String> fields(String field) {
      return field == null ? List.of(Schema.TITLE, Schema.BODY) : List.of(field);
    }

    private float weight(String field) {
      return Schema.TITLE.equals(field) ? TITLE_WEIGHT : BODY_WEIGHT;
    }
  }

  private static boolean hasLetterOrDigit(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
