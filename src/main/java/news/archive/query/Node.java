package news.archive.query;

import java.util.List;
import news.archive.DateRange;

/**
 * A query as its syntax gives it, before any index sees it: what an engine translates into its own
 * queries. Positions are 1-based characters of the query's text, for messages.
 */
public sealed interface Node {

  /**
   * A word as typed: with {@code prefix} it ended in {@code *}; {@code edits} is its fuzzy distance
   * ({@code ~}, {@code ~1}), -1 when it is not fuzzy.
   */
  record Word(String text, int at, boolean prefix, int edits) implements Node {}

  /** Words in quotes, with {@code slop} other words allowed between them ({@code "..."~2}). */
  record Phrase(String text, int at, int slop) implements Node {}

  /** Without what the node matches ({@code -word}, {@code NOT word}). */
  record Not(Node node) implements Node {}

  /** All of the nodes (words side by side, {@code AND}). */
  record All(List<Node> nodes) implements Node {
    public All {
      nodes = List.copyOf(nodes);
    }
  }

  /** Any of the nodes ({@code OR}). */
  record Any(List<Node> nodes) implements Node {
    public Any {
      nodes = List.copyOf(nodes);
    }
  }

  /** The node within one field ({@code title:Zarif}): one of {@link QuerySyntax#TEXT_FIELDS}. */
  record InField(String field, Node node) implements Node {}

  /** {@code date:}: the articles dated in the range (open ends are null). */
  record Dates(DateRange range) implements Node {}

  /** {@code path:}: the inputs whose path matches the glob. */
  record Path(String glob) implements Node {}
}
