package news.archive.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What stands around a headline without being part of it: the markup of a text format ({@code #
 * Headline}), a header field's name ({@code Title: ...}), a wire's or a desk's kicker ({@code
 * UPDATE 2-...}, {@code EXCLUSIVE-...}), a line that is only a kicker or a section's label ({@code
 * EXCLUSIVE}, {@code World news}), and the clutter sites add to a page's title ({@code (Published
 * 2016)}, {@code - Full Text View}).
 *
 * <p>Kickers are a closed list of the words desks use; a word in capitals that merely opens a
 * headline ({@code ANALYSIS AND TECHNOLOGY WINS CONTRACT}) is no kicker, since a kicker is set off
 * by a dash or a colon. Every pattern here is anchored and has no nested repetition, so it runs in
 * linear time on any line.
 */
public final class Headlines {

  /** The words desks put above or before a headline. */
  private static final String KICKER_WORDS =
      "(?:UPDATE|WRAPUP|ANALYSIS|EXCLUSIVE|CORRECTED|CORRECTION|REFILE|RPT|FACTBOX|INSIGHT"
          + "|FEATURE|PREVIEW|INTERVIEW|BREAKING(?: NEWS)?|COLUMN|BRIEF|TIMELINE|NEWSMAKER"
          + "|SPECIAL REPORT|FOCUS|OBITUARY)(?: \\d{1,2})?";

  /**
   * A kicker before the headline, in capitals before a dash or a colon ({@code UPDATE 2-}, {@code
   * RPT - }, {@code EXCLUSIVE: }); kickers may follow each other ({@code CORRECTED-UPDATE 1-}). A
   * capitalised word before a colon ({@code Exclusive: ...}, {@code Breaking: ...}) is left: sites
   * write it as part of the headline as often as not.
   */
  private static final Pattern KICKER =
      Pattern.compile("^(?:" + KICKER_WORDS + " ?[-\u2013\u2014:] ?)(?=\\S)");

  /** A line that is a kicker or a section's label and nothing more. */
  private static final Pattern KICKER_LINE =
      Pattern.compile(
          "^(?:"
              + KICKER_WORDS
              + "|(?:Exclusive|Analysis|Breaking news|Breaking|Live|Opinion|Explainer)"
              + "|\\p{Lu}[\\p{L}.]{1,15}(?: \\p{Lu}[\\p{L}.]{1,15})? news)[:.!]?$");

  /** Markdown's heading mark, or the name of a header field holding the headline. */
  private static final Pattern MARKUP =
      Pattern.compile("^(?:#{1,6} +|(?i:title|headline|subject) ?: +)(?=\\S)");

  /**
   * What a site adds to the title of a page: the year of an old article ({@code (Published 2016)}),
   * or the name of the page's view ({@code - Full Text View}) before the site's name.
   */
  private static final Pattern CLUTTER =
      Pattern.compile(
          " ?\\((?:Published|Updated|Archived) (?:19|20)\\d{2}\\)$"
              + "| [-|\u2013\u2014] (?:Full Text|Full|Printer[- ]Friendly|Print|Text[- ]Only"
              + "|Mobile|Tabular) (?:View|Version)(?= [-|\u2013\u2014] |$)");

  /** The least a headline holds once what stands around it is cut: two words. */
  private static final Pattern TWO_WORDS = Pattern.compile("\\S+ +\\S+");

  private Headlines() {}

  /**
   * A headline without a markup mark, a field's name, kickers and a site's clutter. A kicker is cut
   * only when two words of headline remain after it.
   */
  public static String clean(String headline) {
    String h = headline.strip();
    Matcher markup = MARKUP.matcher(h);
    if (markup.lookingAt()) {
      h = h.substring(markup.end());
    }
    for (int i = 0; i < 3; i++) {
      Matcher kicker = KICKER.matcher(h);
      if (!kicker.lookingAt() || !TWO_WORDS.matcher(h.substring(kicker.end())).lookingAt()) {
        break;
      }
      h = h.substring(kicker.end());
    }
    return withoutClutter(h);
  }

  /** A page's title without the clutter its site adds ({@code (Published 2016)}). */
  public static String withoutClutter(String title) {
    Matcher m = CLUTTER.matcher(title);
    String out = title;
    if (m.find()) {
      out = (title.substring(0, m.start()) + title.substring(m.end())).strip();
    }
    return out.isEmpty() ? title : out;
  }

  /**
   * Whether a line is a kicker or a section's label alone: {@code EXCLUSIVE}, {@code World news}.
   */
  public static boolean isKickerLine(String line) {
    String s = line.strip();
    return s.length() <= 40 && KICKER_LINE.matcher(s).matches();
  }
}
