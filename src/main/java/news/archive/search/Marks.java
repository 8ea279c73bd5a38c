package news.archive.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which words of a body a query matched, so that a snippet can mark them. */
final class Marks {

  /** A word given with {@code ~}: matches words within {@code edits} edits. */
  record Fuzzy(String word, int edits) {}

  /** Query words and the other forms of them the body field holds. */
  final Set<String> words = new HashSet<>();

  final List<String> prefixes = new ArrayList<>();
  final List<Fuzzy> fuzzy = new ArrayList<>();

  boolean isEmpty() {
    return words.isEmpty() && prefixes.isEmpty() && fuzzy.isEmpty();
  }

  /** Whether the query matched this word of the body. */
  boolean matches(Analysis.Word w) {
    String text = w.text();
    if (words.contains(text)) {
      return true;
    }
    for (String p : prefixes) {
      if (text.startsWith(p)) {
        return true;
      }
    }
    for (Fuzzy f : fuzzy) {
      if (withinEdits(text, f.word(), f.edits())) {
        return true;
      }
    }
    return false;
  }

  /** Levenshtein distance of a and b is at most max (with a cut-off, for short words). */
  static boolean withinEdits(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return false;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max) {
        return false;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()] <= max;
  }
}
