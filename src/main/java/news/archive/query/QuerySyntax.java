package news.archive.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.archive.query.Lexer.Kind;
import news.archive.query.Lexer.Token;

/**
 * The archive's query language, read into a syntax tree ({@link Node}) that knows no index:
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
 *   lang:de                  the language, by its ISO 639-1 code
 *   date:2018-09             a year, month or day, or a range: date:2018-01..2018-06
 *   path:seeds/*.txt         the input's path, a glob ({@code *} any characters)
 *   Zar*  Zarrif~  Zarrif~1  a prefix; a word within 2 (or 1) edits
 * </pre>
 *
 * <p>Anything it cannot read is a {@link QueryException} whose message says what is wrong and
 * where.
 */
public final class QuerySyntax {

  /** More words than a person types; each costs several clauses. */
  public static final int MAX_WORDS = 128;

  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String BYLINE = "byline";
  public static final String AGENCY = "agency";
  public static final String OUTLET = "outlet";
  public static final String TAG = "tag";
  public static final String LANG = "lang";
  public static final String DATE = "date";
  public static final String PATH = "path";

  /** The fields a {@link Node.InField} names. */
  public static final Set<String> TEXT_FIELDS =
      Set.of(TITLE, BODY, BYLINE, AGENCY, OUTLET, TAG, LANG);

  /** Fields that hold names, matched whole (in any case), not word by word. */
  public static final Set<String> NAME_FIELDS = Set.of(AGENCY, OUTLET, TAG, LANG);

  /** Every field a query may name. */
  static final Set<String> FIELDS =
      Set.of(TITLE, BODY, BYLINE, AGENCY, OUTLET, TAG, LANG, DATE, PATH);

  /** Fields whose value is read as typed, up to a space or a closing bracket: a glob, a date. */
  static final Set<String> RAW_FIELDS = Set.of(PATH, DATE);

  private QuerySyntax() {}

  /**
   * The syntax tree of a query.
   *
   * @throws QueryException when it cannot be read, or has more than {@link #MAX_WORDS} words
   */
  public static Node parse(String text) throws QueryException {
    List<Token> tokens = new Lexer(text).tokens();
    // Counted before any work; an engine counts again after analysis, which splits phrases.
    atMostMaxWords(
        tokens.stream().filter(t -> t.kind() == Kind.WORD || t.kind() == Kind.PHRASE).count());
    return values(new Parser(tokens).query());
  }

  /** Fails when a query has more than {@link #MAX_WORDS} words. */
  public static void atMostMaxWords(long words) throws QueryException {
    if (words > MAX_WORDS) {
      throw new QueryException("too many words: " + words + " (at most " + MAX_WORDS + ")");
    }
  }

  /** The tree with each {@code date:} and {@code path:} value read, in the order they stand. */
  private static Node values(Node node) throws QueryException {
    if (node instanceof Node.InField f && RAW_FIELDS.contains(f.field())) {
      String value;
      int at;
      if (f.node() instanceof Node.Word w) {
        value = w.text();
        at = w.at();
      } else {
        Node.Phrase p = (Node.Phrase) f.node();
        value = p.text();
        at = p.at();
      }
      return f.field().equals(DATE)
          ? new Node.Dates(DateValue.range(value, at))
          : new Node.Path(value);
    }
    if (node instanceof Node.InField f) {
      return new Node.InField(f.field(), values(f.node()));
    }
    if (node instanceof Node.Not n) {
      return new Node.Not(values(n.node()));
    }
    if (node instanceof Node.All a) {
      return new Node.All(values(a.nodes()));
    }
    if (node instanceof Node.Any a) {
      return new Node.Any(values(a.nodes()));
    }
    return node;
  }

  private static List<Node> values(List<Node> nodes) throws QueryException {
    List<Node> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      out.add(values(n));
    }
    return out;
  }
}
