package news.archive.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.archive.BodyText;
import news.archive.Hit;
import org.apache.lucene.analysis.Analyzer;

/**
 * Snippets: the best passage or two of a body, with the words the query matched marked.
 *
 * <p>The body is cut into sentences; a sentence scores by how many different query words it holds,
 * then by how many matches. The best one or two, in text order, make the snippet; a long sentence
 * is cut to a window around its first match. A body without a match (the title matched) gives its
 * opening. Only the body's opening ({@link BodyText#opening}) is looked at, so a snippet of an 8 MB
 * text costs what one of a page does.
 */
final class Snippets {

  /** Passages are cut to about this many characters. */
  static final int PASSAGE = 160;

  private static final int MAX_PASSAGES = 2;
  private static final String GAP = " \u2026 ";
  private static final String ELLIPSIS = "\u2026";

  /** A snippet's text and the ranges of its matched words, in code points. */
  record Snippet(String text, List<Hit.Mark> marks) {}

  private final Analyzer analyzer;
  private final Marks marks;

  Snippets(Analyzer analyzer, Marks marks) {
    this.analyzer = analyzer;
    this.marks = marks;
  }

  Snippet of(String whole) {
    String body = BodyText.opening(whole);
    List<int[]> matches = new ArrayList<>();
    if (!marks.isEmpty()) {
      for (Analysis.Word w : Analysis.words(analyzer, Schema.BODY, body)) {
        if (marks.matches(w)) {
          matches.add(new int[] {w.start(), w.end()});
        }
      }
    }
    List<int[]> sentences = sentences(body);
    List<int[]> chosen = choose(sentences, matches, body);
    return render(body, chosen, matches);
  }

  /** Sentence spans: ends at . ! ? (with closing quotes) before white space, or at a blank line. */
  static List<int[]> sentences(String body) {
    List<int[]> out = new ArrayList<>();
    int start = skipSpace(body, 0);
    int n = body.length();
    for (int i = start; i < n; i++) {
      char c = body.charAt(i);
      boolean end = false;
      int after = i + 1;
      if (c == '.' || c == '!' || c == '?') {
        while (after < n && "\"'\u201d\u2019)".indexOf(body.charAt(after)) >= 0) {
          after++;
        }
        end = after == n || Character.isWhitespace(body.charAt(after));
      } else if (c == '\n' && i + 1 < n && body.charAt(i + 1) == '\n') {
        end = true;
        after = i;
      }
      if (end) {
        if (after > start) {
          out.add(new int[] {start, after});
        }
        start = skipSpace(body, after);
        i = start - 1;
      }
    }
    if (start < n) {
      out.add(new int[] {start, trimEnd(body, n)});
    }
    return out;
  }

  private List<int[]> choose(List<int[]> sentences, List<int[]> matches, String body) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    if (matches.isEmpty()) {
      return List.of(window(sentences.get(0), null, body));
    }
    int[] score = new int[sentences.size()];
    // sentences and matches are both in text order: one walk over each
    int first = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int[] span = sentences.get(s);
      while (first < matches.size() && matches.get(first)[0] < span[0]) {
        first++;
      }
      Set<String> distinct = new HashSet<>();
      int count = 0;
      for (int m = first; m < matches.size() && matches.get(m)[0] < span[1]; m++) {
        int[] match = matches.get(m);
        if (match[1] <= span[1]) {
          count++;
          distinct.add(body.substring(match[0], match[1]).toLowerCase(Locale.ROOT));
        }
      }
      score[s] = count == 0 ? 0 : distinct.size() * 1000 + count;
    }
    List<Integer> best = new ArrayList<>();
    for (int k = 0; k < MAX_PASSAGES; k++) {
      int top = -1;
      for (int s = 0; s < score.length; s++) {
        if (score[s] > 0 && !best.contains(s) && (top < 0 || score[s] > score[top])) {
          top = s;
        }
      }
      if (top >= 0) {
        best.add(top);
      }
    }
    if (best.isEmpty()) {
      return List.of(window(sentences.get(0), null, body));
    }
    best.sort(null);
    List<int[]> out = new ArrayList<>();
    for (int s : best) {
      out.add(window(sentences.get(s), firstMatchIn(sentences.get(s), matches), body));
    }
    return out;
  }

  private static int[] firstMatchIn(int[] span, List<int[]> matches) {
    for (int[] m : matches) {
      if (m[0] >= span[0] && m[1] <= span[1]) {
        return m;
      }
    }
    return null;
  }

  /** The span, or a window of about PASSAGE characters of it around the match, cut at spaces. */
  private static int[] window(int[] span, int[] match, String body) {
    if (span[1] - span[0] <= PASSAGE) {
      return span;
    }
    int center = match == null ? span[0] : (match[0] + match[1]) / 2;
    int from = Math.max(span[0], center - PASSAGE / 3);
    int to = Math.min(span[1], from + PASSAGE);
    from = Math.max(span[0], Math.min(from, to - PASSAGE));
    if (from > span[0]) {
      int space = body.indexOf(' ', from);
      if (space > 0 && space < (match == null ? to : match[0])) {
        from = space + 1;
      }
    }
    if (to < span[1]) {
      int space = body.lastIndexOf(' ', to);
      if (space > from && (match == null || space >= match[1])) {
        to = space;
      }
    }
    return new int[] {from, to};
  }

  /** The passages joined with ellipses, white space folded, marks mapped to code points. */
  private static Snippet render(String body, List<int[]> passages, List<int[]> matches) {
    StringBuilder text = new StringBuilder();
    List<int[]> ranges = new ArrayList<>();
    int previousEnd = -1;
    for (int[] p : passages) {
      if (text.length() > 0) {
        text.append(body.substring(previousEnd, p[0]).isBlank() ? " " : GAP);
      } else if (!body.substring(0, p[0]).isBlank()) {
        text.append(ELLIPSIS).append(' ');
      }
      int[] at = appendFolded(text, body, p[0], p[1]);
      for (int[] m : matches) {
        if (m[0] >= p[0] && m[1] <= p[1]) {
          ranges.add(new int[] {at[m[0] - p[0]], at[m[1] - p[0]]});
        }
      }
      previousEnd = p[1];
    }
    if (previousEnd >= 0 && !body.substring(previousEnd).isBlank()) {
      text.append(' ').append(ELLIPSIS);
    }
    List<Hit.Mark> out = new ArrayList<>();
    for (int[] r : ranges) {
      out.add(new Hit.Mark(text.codePointCount(0, r[0]), text.codePointCount(0, r[1])));
    }
    return new Snippet(text.toString(), out);
  }

  /**
   * Appends body[start, end) with each run of white space made one space. Returns where each offset
   * in [start, end] landed in {@code out}; an offset on white space maps to the end of the text
   * before it, which is where a match that ends there ends.
   */
  private static int[] appendFolded(StringBuilder out, String body, int start, int end) {
    int[] at = new int[end - start + 1];
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = body.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = true;
        at[i - start] = out.length();
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      at[i - start] = out.length();
      out.append(c);
    }
    at[end - start] = out.length();
    return at;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int end) {
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
