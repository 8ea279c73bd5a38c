package news.archive.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tokens of a query's text: words, phrases, brackets, operators and field names. */
final class Lexer {

  /** The most words a fuzzy word's ~ allows to differ. */
  static final int MAX_EDITS = 2;

  /** The most words a phrase's ~ allows between its words. */
  static final int MAX_SLOP = 50;

  enum Kind {
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
  record Token(Kind kind, String text, int at, boolean prefix, int edits) {
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
    if (!QuerySyntax.FIELDS.contains(field)) {
      throw new QueryException(
          "unknown field '"
              + name
              + ":' at character "
              + (start + 1)
              + " (fields are title:, body:, byline:, agency:, outlet:, tag:, lang:, date: and"
              + " path:);"
              + " to search for the text, put it in quotes");
    }
    i++;
    out.add(Token.of(Kind.FIELD, field, start + 1));
    if (QuerySyntax.RAW_FIELDS.contains(field)) {
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
      throw new QueryException(what + " at character " + at + " must be a number from 0 to " + max);
    }
    return n;
  }
}
