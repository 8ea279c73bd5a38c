package news.archive.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a single line of news text is, when it is more than prose. */
public final class Lines {

  private static final Pattern READING_TIME =
      Pattern.compile(
          "^(?:(?:estimated\\s+)?(?:reading\\s+time|read\\s+time|time\\s+to\\s+read)\\s*[:-]?\\s*)?"
              + "(\\d{1,3})\\s*-?\\s*(?:min|mins|minute|minutes)\\.?"
              + "(?:\\s+(?:read|reading(?:\\s+time)?))?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern READING_WORDS =
      Pattern.compile("read|reading|time", Pattern.CASE_INSENSITIVE);

  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}.'\u2019-]*|al-\\p{L}+|el-\\p{L}+)";
  private static final String NAME_JOIN =
      "(?:\\s+(?:and|&|de|del|della|van|von|der|den|bin|ibn|da|di|du|la|le|al)\\s+|\\s+|,\\s*)";
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:by|BY|By)\\s+("
              + NAME_WORD
              + "(?:"
              + NAME_JOIN
              + NAME_WORD
              + "){0,7})"
              + "(?:\\s*[,|\u2013\u2014-]\\s*[\\p{L} ]{1,40})?$");
  private static final int MAX_BYLINE = 80;

  /** A name word that does not swallow a dash glued to it: {@code Beirut-} is a dateline. */
  private static final String INLINE_NAME_WORD =
      "(?:\\p{Lu}[\\p{L}.'\u2019]*(?:-\\p{L}[\\p{L}.'\u2019]*)*|al-\\p{L}+|el-\\p{L}+)";

  private static final Pattern INLINE_BYLINE =
      Pattern.compile(
          "\\s*(?:by|BY|By)\\s+("
              + INLINE_NAME_WORD
              + "(?:"
              + NAME_JOIN
              + INLINE_NAME_WORD
              + "){0,7})");

  /**
   * What may close an inline byline: the end, a separator, or a dateline place ({@code Beirut-}).
   */
  private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:$|[|,;:]|[-\u2013\u2014]\\s)");

  private static final String DASHES = "-\u2013\u2014";

  /** A trailing credit in square brackets: {@code ... on Monday [Getty]}. */
  private static final Pattern BRACKET_CREDIT =
      Pattern.compile("^.{8,}?[^.!?]\\s*\\[([\\p{Lu}\\d][^\\[\\]]{0,48})\\]$");

  private static final Pattern PHOTO_PREFIX =
      Pattern.compile(
          "^(?:photo(?:graph)?|image|picture|pic|caption)(?:\\s+credit)?\\s*[:|]\\s*\\S.*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PAREN_CREDIT =
      Pattern.compile(
          "^.{8,}\\((?:[^()]*\\b(?:photo|photograph|image|picture|getty)\\b[^()]*)\\)$",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_CAPTION = 300;

  private static final int MAX_PREFORMATTED = 110;

  private Lines() {}

  /** {@code 3 min read}, {@code Reading time: 4 minutes}. */
  static Optional<Integer> readingMinutes(String line) {
    String text = line.strip();
    Matcher m = READING_TIME.matcher(text);
    if (!m.matches() || !READING_WORDS.matcher(text).find()) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(m.group(1)));
  }

  /** {@code By Jane Doe} gives {@code Jane Doe}; a sentence that starts with "By" is no byline. */
  public static Optional<String> byline(String line) {
    return matchWhole(line, MAX_BYLINE, BYLINE)
        .map(m -> m.group().substring(m.group().indexOf(' ') + 1).strip());
  }

  /**
   * The match of {@code pattern} over the whole line, stripped; empty when the line is longer than
   * {@code max} characters (no pattern is tried on a paragraph) or does not match.
   */
  static Optional<Matcher> matchWhole(String line, int max, Pattern pattern) {
    String text = line.strip();
    if (text.length() > max) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(text);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  /** A byline inside a line, and where the text after it starts. */
  record Inline(String name, int end) {}

  /**
   * A byline inside a line at {@code from}, as scraped text prints it after a date: {@code by Jane
   * Doe and John Roe Beirut- The ministry ...}. The names must be closed by something that shows
   * where they end (the end, a separator, or a place glued to a dash, which is left out): in {@code
   * by Jane Doe The ministry said} they cannot be told from the sentence, and no byline is taken.
   */
  static Optional<Inline> inlineByline(String line, int from) {
    Matcher m = INLINE_BYLINE.matcher(line).region(from, line.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String names = m.group(1);
    int end = m.end();
    boolean gluedToDash = end < line.length() && DASHES.indexOf(line.charAt(end)) >= 0;
    if (!gluedToDash) {
      return BYLINE_END.matcher(line).region(end, line.length()).lookingAt()
          ? Optional.of(new Inline(names, end))
          : Optional.empty();
    }
    int space = names.lastIndexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    String name = names.substring(0, space).strip();
    if (name.endsWith(",")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.endsWith(" and") || name.endsWith(" &")) {
      return Optional.empty();
    }
    return Optional.of(new Inline(name, m.start(1) + space));
  }

  /**
   * A picture caption: a line closed by a bracketed credit ({@code [Getty]}), introduced by {@code
   * Photo:}, or closed by a parenthesis naming a photo or image credit.
   */
  static boolean isCaption(String line) {
    String text = line.strip();
    if (text.length() > MAX_CAPTION || text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == ']') {
      return BRACKET_CREDIT.matcher(text).matches();
    }
    return PHOTO_PREFIX.matcher(text).matches()
        || (last == ')' && PAREN_CREDIT.matcher(text).matches());
  }

  /**
   * A line laid out with spaces, as in a table: two gaps of two or more spaces, or one of three or
   * more, inside a line short enough to be a table row. Prose is reflowed; these lines keep their
   * spacing.
   */
  static boolean isPreformatted(String line) {
    int n = line.length();
    if (n > MAX_PREFORMATTED || line.indexOf("  ") < 0) {
      return false;
    }
    // Runs of spaces between two other characters that are not white space; a scan, not a
    // pattern, since every line of every input asks.
    int runs = 0;
    int i = 0;
    while (i < n) {
      if (line.charAt(i) != ' ') {
        i++;
        continue;
      }
      int start = i;
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int width = i - start;
      boolean between =
          start > 0 && !isSpace(line.charAt(start - 1)) && i < n && !isSpace(line.charAt(i));
      if (between && width >= 2 && (width >= 3 || ++runs >= 2)) {
        return true;
      }
    }
    return false;
  }

  /** What {@code \s} in a pattern matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /** Number of leading spaces, a tab counting as four. */
  static int indent(String line) {
    int width = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width += 4;
      } else {
        break;
      }
    }
    return width;
  }

  /** Whitespace runs folded to one space, ends trimmed; for normalized text (see above). */
  static String collapse(String text) {
    if (isCollapsed(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Most lines are collapsed already. Text here comes from {@link Normalizer#lines}, after which a
   * space, a tab and a line break are the only white space left, so a few searches (done by the
   * JVM's fast string routines) tell.
   */
  private static boolean isCollapsed(String text) {
    int n = text.length();
    return n == 0
        || (text.charAt(0) != ' '
            && text.charAt(n - 1) != ' '
            && text.indexOf("  ") < 0
            && text.indexOf('\t') < 0
            && text.indexOf('\n') < 0);
  }

  /** Same words, same order: compares lines after folding case and whitespace. */
  static String key(String text) {
    return collapse(text).toLowerCase(Locale.ROOT);
  }
}
