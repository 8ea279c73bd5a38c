package news.archive.query;

import java.util.ArrayList;
import java.util.List;
import news.archive.query.Lexer.Kind;
import news.archive.query.Lexer.Token;

/**
 * The syntax tree of a query's tokens: and := or ([AND] or)* ; or := unary (OR unary)* ; unary :=
 * (NOT|-|+) unary | primary.
 */
final class Parser {
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
    return nodes.size() == 1 ? nodes.get(0) : new Node.All(nodes);
  }

  private Node or() throws QueryException {
    List<Node> nodes = new ArrayList<>();
    nodes.add(unary());
    while (peek().kind() == Kind.OR) {
      Token t = next();
      needsRight(t);
      nodes.add(unary());
    }
    return nodes.size() == 1 ? nodes.get(0) : new Node.Any(nodes);
  }

  private Node unary() throws QueryException {
    Token t = peek();
    if (t.kind() == Kind.NOT || t.kind() == Kind.MINUS) {
      next();
      needsRight(t);
      return new Node.Not(unary());
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
      case WORD -> new Node.Word(t.text(), t.at(), t.prefix(), t.edits());
      case PHRASE -> new Node.Phrase(t.text(), t.at(), t.edits());
      case FIELD -> {
        Token n = peek();
        if (n.kind() != Kind.WORD && n.kind() != Kind.PHRASE && n.kind() != Kind.OPEN) {
          throw new QueryException(
              t.text()
                  + ": at character "
                  + t.at()
                  + " needs a word, a phrase or a group after it");
        }
        yield new Node.InField(t.text(), primary());
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
      default -> throw new QueryException("unexpected " + t.describe() + " at character " + t.at());
    };
  }

  private void binaryNeedsLeft() throws QueryException {
    Token t = peek();
    if (t.kind() == Kind.AND || t.kind() == Kind.OR) {
      throw new QueryException(t.text() + " at character " + t.at() + " needs a word on each side");
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
