package news.archive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.archive.Hit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Short passages of the body around the matched words, with where those words stand. */
final class Snippets {

  /** A passage of about this many characters is cut around the best match. */
  private static final int PASSAGE_LENGTH = 160;
  private static final int MAX_PASSAGES = 2;
  private static final String GAP = " \u2026 ";

  /** A snippet's text and the ranges of its matched words, in code points. */
  record Snippet(String text, List<Hit.Mark> marks) {}

  private final Highlighter highlighter;

  Snippets(IndexSearcher searcher, Analyzer analyzer) {
    this.highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
        .withMaxNoHighlightPassages(1)
        .withFormatter(new Formatter()));
  }

  /** Snippets of the body of each document, in the order of {@code docIds}. */
  List<Snippet> of(Query query, int[] docIds) throws IOException {
    Object[] found = highlighter.bodies(query, docIds);
    List<Snippet> out = new ArrayList<>(docIds.length);
    for (Object o : found) {
      out.add(o instanceof Snippet s ? s : new Snippet("", List.of()));
    }
    return out;
  }

  /** Opens the protected call that returns the formatter's objects rather than strings. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    Object[] bodies(Query query, int[] docIds) throws IOException {
      int[] passages = new int[] {MAX_PASSAGES};
      Map<String, Object[]> map = highlightFieldsAsObjects(
          new String[] {Schema.BODY}, query, docIds, passages);
      return map.get(Schema.BODY);
    }
  }

  /** Joins passages with an ellipsis, folds runs of white space, and records the matches. */
  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<int[]> ranges = new ArrayList<>();
      int previousEnd = -1;
      for (Passage p : passages) {
        if (text.length() > 0) {
          text.append(p.getStartOffset() <= previousEnd ? " " : GAP);
        } else if (!content.substring(0, p.getStartOffset()).isBlank()) {
          text.append("\u2026 ");
        }
        int[] at = appendFolded(text, content, p.getStartOffset(), p.getEndOffset());
        int lastEnd = -1;
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          if (start < lastEnd) {
            continue;
          }
          ranges.add(new int[] {at[start - p.getStartOffset()], at[end - p.getStartOffset()]});
          lastEnd = end;
        }
        previousEnd = p.getEndOffset();
      }
      if (previousEnd >= 0 && !content.substring(previousEnd).isBlank()) {
        text.append(" \u2026");
      }
      List<Hit.Mark> marks = new ArrayList<>();
      for (int[] r : ranges) {
        marks.add(new Hit.Mark(text.codePointCount(0, r[0]), text.codePointCount(0, r[1])));
      }
      return new Snippet(text.toString(), marks);
    }

    /**
     * Appends content[start, end) with each run of white space made one space and the ends
     * trimmed. Returns where each content offset in [start, end] landed in {@code out}.
     */
    private static int[] appendFolded(StringBuilder out, String content, int start, int end) {
      int[] at = new int[end - start + 1];
      boolean pendingSpace = false;
      boolean any = false;
      for (int i = start; i < end; i++) {
        char c = content.charAt(i);
        if (Character.isWhitespace(c)) {
          pendingSpace = any;
          // Only a match's end can fall on white space: it ends where the text so far ends.
          at[i - start] = out.length();
          continue;
        }
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        at[i - start] = out.length();
        out.append(c);
        any = true;
      }
      at[end - start] = out.length();
      return at;
    }
  }
}
