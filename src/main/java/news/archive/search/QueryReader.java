package news.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
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
 * Reads the query language of {@code archive search} into a Lucene query.
 *
 * <pre>
 *   Idlib offensive          both words (AND is implied)
 *   "foreign minister"       a phrase; "foreign minister"~2 allows two words between
 *   Zarif OR Qassemi         either word; OR binds tighter than AND:
 *                            Zarif Damascus OR Tehran = Zarif AND (Damascus OR Tehran)
 *   -Turkey, NOT Turkey      without the word
 *   ( ... )                  grouping
 *   title:Zarif agency:AFP   one field: title, body (with standfirst and captions), agency,
 *   outlet:"Daily Star"      outlet (agency and outlet match the whole name or its words, or a
 *                            prefix* of either)
 *   byline:Doe tag:unread    the byline, word by word; a tag, whole
 *   date:2018-09             a year, month or day, or a range: date:2018-01..2018-06
 *   path:seeds/*.txt         the input's path, a glob ({@code *} any characters)
 *   Zar*  Zarrif~  Zarrif~1  a prefix; a word within 2 (or 1) edits
 * </pre>
 *
 * <p>A word matches its exact form strongly and the other forms of the word (same stem) weakly, in
 * the title twice as strongly as in the body. Anything it cannot read is a {@link QueryException}
 * whose message says what is wrong and where.
 */
final class QueryReader {

  /** More words than a person types; each costs several clauses. */
  static final int MAX_WORDS = 128;

  static final Set<String> FIELDS =
      Set.of(
          Schema.TITLE,
          Schema.BODY,
          Schema.AGENCY,
          Schema.OUTLET,
          Schema.TAG,
          Schema.BYLINE_WORDS,
          Schema.PATHS_QUERY,
          Schema.DATE);

  /** Fields that hold names, matched whole (in any case), not word by word. */
  private static final Set<String> NAME_FIELDS = Set.of(Schema.AGENCY, Schema.OUTLET, Schema.TAG);

  /** The field that holds the words of each name field's names, where there is one. */
  private static final Map<String, String> WORDS_OF =
      Map.of(Schema.AGENCY, Schema.AGENCY_WORDS, Schema.OUTLET, Schema.OUTLET_WORDS);

  /** Fields whose value is read as typed, up to a space or a closing bracket: a glob, a date. */
  private static final Set<String> RAW_FIELDS = Set.of(Schema.PATHS_QUERY, Schema.DATE);

  private static final float TITLE_WEIGHT = 2f;
  private static final float BODY_WEIGHT = 1f;
  private static final float EXACT = 2f;
  private static final int MAX_EDITS = 2;
  private static final int MAX_SLOP = 50;

  private final Analyzer analyzer;
  private final Variants variants;

  QueryReader(Analyzer analyzer, IndexReader reader) {
    this.analyzer = analyzer;
    this.variants = new Variants(reader);
  }

  /** A query and what its snippets should mark. */
  record Read(Query query, Marks marks) {}

  Read read(String text) throws QueryException, IOException {
    List<Token> tokens = new Lexer(text).tokens();
    // Counted before any work, and again after analysis, which splits phrases into words.
    atMostMaxWords(
        tokens.stream().filter(t -> t.kind() == Kind.WORD || t.kind() == Kind.PHRASE).count());
    Node root = new Parser(tokens).query();
    Marks marks = new Marks();
    Builder builder = new Builder(marks);
    Query query = builder.build(root, null, false);
    if (query == null) {
      throw new QueryException("nothing to search for: the query has no words");
    }
    atMostMaxWords(builder.words);
    return new Read(query, marks);
  }

  private static void atMostMaxWords(long words) throws QueryException {
    if (words > MAX_WORDS) {
      throw new QueryException("too many words: " + words + " (at most " + MAX_WORDS + ")");
    }
  }

  // ---- tokens

  private enum Kind {
    WORD,
    PHRASE,
    OPEN,
    CLOSE,
    AND,
    OR,
    NOT,
    MINUS,
    PLUS,
    FIELD,
    END
  }

  /**
   * One token. {@code at} is its 1-based character position; for words, {@code prefix} says it
   * ended in {@code *} and {@code edits} is its fuzzy distance (-1 when it is not fuzzy); for
   * phrases, {@code edits} is the slop.
   */
  private record Token(Kind kind, String text, int at, boolean prefix, int edits) {
    static Token of(Kind kind, String text, int at) {
      return new Token(kind, text, at, false, -1);
    }

    String describe() {
      return switch (kind) {
        case END -> "the end of the query";
        case PHRASE -> "\"" + text + "\"";
        case FIELD -> text + ":";
        default -> text;
      };
    }
  }

  private static final class Lexer {
    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    Lexer(String s) {
      this.s = s;
    }

    List<Token> tokens() throws QueryException {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '(') {
          out.add(Token.of(Kind.OPEN, "(", ++i));
        } else if (c == ')') {
          out.add(Token.of(Kind.CLOSE, ")", ++i));
        } else if (c == '"') {
          phrase();
        } else if ((c == '-' || c == '+') && startsTerm(i + 1)) {
          out.add(Token.of(c == '-' ? Kind.MINUS : Kind.PLUS, String.valueOf(c), ++i));
        } else {
          word();
        }
      }
      out.add(Token.of(Kind.END, "", s.length() + 1));
      return out;
    }

    /** A sign is an operator only when a term follows it at once: "-Turkey", not "a - b". */
    private boolean startsTerm(int at) {
      if (at >= s.length()) {
        return false;
      }
      char c = s.charAt(at);
      return !Character.isWhitespace(c) && c != ')' && c != '-' && c != '+';
    }

    private void phrase() throws QueryException {
      int open = i;
      int close = s.indexOf('"', open + 1);
      if (close < 0) {
        throw new QueryException(
            "unbalanced quote: the \" at character " + (open + 1) + " is never closed");
      }
      String text = s.substring(open + 1, close);
      i = close + 1;
      int slop = 0;
      if (i < s.length() && s.charAt(i) == '~') {
        int start = ++i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        slop = number(s.substring(start, i), 0, MAX_SLOP, open + 1, "a phrase's ~ distance");
      }
      out.add(new Token(Kind.PHRASE, text, open + 1, false, slop));
    }

    private void word() throws QueryException {
      int start = i;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
          break;
        }
        if (c == ':' && i > start && isFieldName(s.substring(start, i))) {
          field(start);
          return;
        }
        i++;
      }
      String text = s.substring(start, i);
      switch (text) {
        case "AND", "&&" -> out.add(Token.of(Kind.AND, text, start + 1));
        case "OR", "||" -> out.add(Token.of(Kind.OR, text, start + 1));
        case "NOT" -> out.add(Token.of(Kind.NOT, text, start + 1));
        default -> out.add(term(text, start + 1));
      }
    }

    private static boolean isFieldName(String name) {
      for (int k = 0; k < name.length(); k++) {
        if (!Character.isLetter(name.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    private void field(int start) throws QueryException {
      String name = s.substring(start, i);
      String field = name.toLowerCase(Locale.ROOT);
      if (!FIELDS.contains(field)) {
        throw new QueryException(
            "unknown field '"
                + name
                + ":' at character "
                + (start + 1)
                + " (fields are title:, body:, byline:, agency:, outlet:, tag:, date: and path:);"
                + " to search for the text, put it in quotes");
      }
      i++;
      out.add(Token.of(Kind.FIELD, field, start + 1));
      if (RAW_FIELDS.contains(field)) {
        raw(name);
      }
    }

    /** The value of a field read as typed: quoted, or up to a space or a closing bracket. */
    private void raw(String name) throws QueryException {
      int start = i;
      if (i < s.length() && s.charAt(i) == '"') {
        int close = s.indexOf('"', i + 1);
        if (close < 0) {
          throw new QueryException(
              "unbalanced quote: the \" at character " + (i + 1) + " is never closed");
        }
        out.add(new Token(Kind.PHRASE, s.substring(i + 1, close), start + 1, false, -1));
        i = close + 1;
        return;
      }
      while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != ')') {
        i++;
      }
      if (i == start) {
        throw new QueryException("no value after '" + name + ":' at character " + (start + 1));
      }
      out.add(new Token(Kind.WORD, s.substring(start, i), start + 1, false, -1));
    }

    private static Token term(String text, int at) throws QueryException {
      if (text.startsWith("*") || text.startsWith("?")) {
        throw new QueryException(
            "a word cannot start with "
                + text.charAt(0)
                + " (at character "
                + at
                + "): give at least its first letter, as in Zar*");
      }
      int edits = -1;
      String word = text;
      int tilde = word.lastIndexOf('~');
      if (tilde > 0) {
        edits = number(word.substring(tilde + 1), MAX_EDITS, MAX_EDITS, at, "a word's ~ distance");
        word = word.substring(0, tilde);
      }
      boolean prefix = false;
      if (word.endsWith("*") && edits < 0) {
        prefix = true;
        word = word.substring(0, word.length() - 1);
      }
      if (word.indexOf('*') >= 0 || word.indexOf('?') >= 0) {
        throw new QueryException("* may only end a word, as in Zar* (at character " + at + ")");
      }
      return new Token(Kind.WORD, word, at, prefix, edits);
    }

    private static int number(String digits, int none, int max, int at, String what)
        throws QueryException {
      if (digits.isEmpty()) {
        return none;
      }
      int n;
      try {
        n = Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 0 || n > max) {
        throw new QueryException(
            what + " at character " + at + " must be a number from 0 to " + max);
      }
      return n;
    }
  }

  // ---- syntax tree

  private sealed interface Node permits Word, Phrase, Not, All, Any, InField {}

  private record Word(Token token) implements Node {}

  private record Phrase(Token token) implements Node {}

  private record Not(Node node) implements Node {}

  private record All(List<Node> nodes) implements Node {}

  private record Any(List<Node> nodes) implements Node {}

  private record InField(String field, Node node) implements Node {}

  /** and := or ([AND] or)* ; or := unary (OR unary)* ; unary := (NOT|-|+) unary | primary */
  private static final class Parser {
    private final List<Token> tokens;
    private int at;

    Parser(List<Token> tokens) {
      this.tokens = tokens;
    }

    Node query() throws QueryException {
      Node node = and();
      Token t = peek();
      if (t.kind() == Kind.CLOSE) {
        throw new QueryException(
            "unbalanced parentheses: the ) at character " + t.at() + " closes nothing");
      }
      if (t.kind() != Kind.END) {
        throw new QueryException("unexpected " + t.describe() + " at character " + t.at());
      }
      return node;
    }

    private Node and() throws QueryException {
      List<Node> nodes = new ArrayList<>();
      binaryNeedsLeft();
      nodes.add(or());
      while (true) {
        Token t = peek();
        if (t.kind() == Kind.AND) {
          next();
          needsRight(t);
          nodes.add(or());
        } else if (startsOperand(t.kind())) {
          nodes.add(or());
        } else {
          break;
        }
      }
      return nodes.size() == 1 ? nodes.get(0) : new All(nodes);
    }

    private Node or() throws QueryException {
      List<Node> nodes = new ArrayList<>();
      nodes.add(unary());
      while (peek().kind() == Kind.OR) {
        Token t = next();
        needsRight(t);
        nodes.add(unary());
      }
      return nodes.size() == 1 ? nodes.get(0) : new Any(nodes);
    }

    private Node unary() throws QueryException {
      Token t = peek();
      if (t.kind() == Kind.NOT || t.kind() == Kind.MINUS) {
        next();
        needsRight(t);
        return new Not(unary());
      }
      if (t.kind() == Kind.PLUS) {
        next();
        needsRight(t);
        return unary();
      }
      return primary();
    }

    private Node primary() throws QueryException {
      Token t = next();
      return switch (t.kind()) {
        case WORD -> new Word(t);
        case PHRASE -> new Phrase(t);
        case FIELD -> {
          Token n = peek();
          if (n.kind() != Kind.WORD && n.kind() != Kind.PHRASE && n.kind() != Kind.OPEN) {
            throw new QueryException(
                t.text()
                    + ": at character "
                    + t.at()
                    + " needs a word, a phrase or a group after it");
          }
          yield new InField(t.text(), primary());
        }
        case OPEN -> {
          if (peek().kind() == Kind.CLOSE) {
            throw new QueryException("empty parentheses at character " + t.at());
          }
          Node inner = and();
          if (peek().kind() != Kind.CLOSE) {
            throw new QueryException(
                "unbalanced parentheses: the ( at character " + t.at() + " is never closed");
          }
          next();
          yield inner;
        }
        case CLOSE ->
            throw new QueryException(
                "unbalanced parentheses: the ) at character " + t.at() + " closes nothing");
        default ->
            throw new QueryException("unexpected " + t.describe() + " at character " + t.at());
      };
    }

    private void binaryNeedsLeft() throws QueryException {
      Token t = peek();
      if (t.kind() == Kind.AND || t.kind() == Kind.OR) {
        throw new QueryException(
            t.text() + " at character " + t.at() + " needs a word on each side");
      }
    }

    private void needsRight(Token operator) throws QueryException {
      Kind k = peek().kind();
      if (!startsOperand(k)) {
        String what =
            operator.kind() == Kind.AND || operator.kind() == Kind.OR
                ? " needs a word on each side"
                : " needs a word after it";
        throw new QueryException(operator.text() + " at character " + operator.at() + what);
      }
    }

    private static boolean startsOperand(Kind k) {
      return k == Kind.WORD
          || k == Kind.PHRASE
          || k == Kind.OPEN
          || k == Kind.NOT
          || k == Kind.MINUS
          || k == Kind.PLUS
          || k == Kind.FIELD;
    }

    private Token peek() {
      return tokens.get(at);
    }

    private Token next() {
      return tokens.get(at++);
    }
  }

  // ---- Lucene queries

  private final class Builder {
    private final Marks marks;
    int words;

    Builder(Marks marks) {
      this.marks = marks;
    }

    /** The query of a node, or null when it holds no searchable word. */
    Query build(Node node, String field, boolean negated) throws QueryException, IOException {
      if (node instanceof Word t) {
        return term(t.token(), field, negated);
      }
      if (node instanceof Phrase p) {
        return phrase(p.token(), field, negated);
      }
      if (node instanceof InField f) {
        return build(f.node(), f.field(), negated);
      }
      if (node instanceof Not n) {
        Query inner = build(n.node(), field, !negated);
        return inner == null ? null : onlyWithout(inner);
      }
      if (node instanceof All a) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        boolean any = false;
        for (Node child : a.nodes()) {
          if (child instanceof Not n) {
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
      Any any = (Any) node;
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

    private Query term(Token t, String field, boolean negated) throws QueryException, IOException {
      if (field != null && RAW_FIELDS.contains(field)) {
        words++;
        return Schema.DATE.equals(field) ? DateValues.query(t.text(), t.at()) : path(t.text());
      }
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

    private Query phrase(Token t, String field, boolean negated)
        throws QueryException, IOException {
      if (field != null && RAW_FIELDS.contains(field)) {
        return term(t, field, negated);
      }
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
          : phrase(ws, t.edits(), field, negated);
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
          SynonymQuery.Builder synonyms = new SynonymQuery.Builder(f);
          synonyms.addTerm(new Term(f, w.text()));
          for (String form : forms) {
            if (!form.equals(w.text())) {
              synonyms.addTerm(new Term(f, form));
            }
          }
          b.add(new BoostQuery(synonyms.build(), weight), Occur.SHOULD);
        }
      }
      return b.build();
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
