package news.archive;

import java.util.Locale;

/**
 * What a search keeps to, beyond its words: one outlet, one agency, one tag, each as a whole name
 * in any case, or null for any. The filters of the web pages, each a count of its facet.
 */
public record Filter(String outlet, String agency, String tag) {

  /** No filter: every article the words find. */
  public static final Filter NONE = new Filter(null, null, null);

  public Filter {
    outlet = blankToNull(outlet);
    agency = blankToNull(agency);
    tag = blankToNull(tag) == null ? null : tag.strip().toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Whether it keeps to nothing. */
  public boolean isNone() {
    return outlet == null && agency == null && tag == null;
  }
}
