package news.archive;

import java.util.List;
import java.util.Objects;

/**
 * One search result: the article, its relevance score, and a snippet of the body around the matched
 * words.
 *
 * @param marks where the matched words stand in {@code snippet}, in order
 */
public record Hit(Article article, float score, String snippet, List<Mark> marks) {

  /** How search hits are ordered. */
  public enum Order {
    /** Best match first. */
    RELEVANCE,
    /** Newest first, undated last; equal dates best match first. */
    DATE
  }

  public Hit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(snippet, "snippet");
    marks = List.copyOf(marks);
  }

  /**
   * A matched word in a snippet, as a range of Unicode code points (as Python and jq count string
   * positions): {@code start} inclusive, {@code end} exclusive.
   */
  public record Mark(int start, int end) {
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad mark range " + start + ".." + end);
      }
    }
  }
}
