package news.archive.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * News agencies credited in the text: a sign-off line ({@code Reuter}), a marker closing the last
 * line ({@code ... in Syria. (AFP)}, {@code - Reuters}, {@code --AFP}, {@code ... on state
 * TV.-REUTERS}, {@code ... of 1986. REUTER}), or a dateline ({@code DAMASCUS (Reuters) - ...}). A
 * name is credited only when it is a known agency's and stands where a credit stands.
 */
public final class Agencies {

  /** Lower-case spelling in the text to the name the archive records. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("afp", "AFP"),
          Map.entry("ap", "AP"),
          Map.entry("reuters", "Reuters"),
          Map.entry("thomson reuters", "Reuters"),
          Map.entry("associated press", "AP"),
          Map.entry("the associated press", "AP"),
          Map.entry("agence france-presse", "AFP"),
          Map.entry("agence france presse", "AFP"),
          Map.entry("reuter", "Reuters"),
          Map.entry("dpa", "dpa"),
          Map.entry("upi", "UPI"),
          Map.entry("efe", "EFE"),
          Map.entry("ansa", "ANSA"),
          Map.entry("xinhua", "Xinhua"),
          Map.entry("pti", "PTI"),
          Map.entry("ians", "IANS"),
          Map.entry("ani", "ANI"),
          Map.entry("bloomberg", "Bloomberg"),
          Map.entry("tass", "TASS"),
          Map.entry("kyodo", "Kyodo"),
          Map.entry("yonhap", "Yonhap"),
          Map.entry("bernama", "Bernama"),
          Map.entry("irna", "IRNA"),
          Map.entry("sana", "SANA"),
          Map.entry("kuna", "KUNA"),
          Map.entry("wam", "WAM"),
          Map.entry("aap", "AAP"),
          Map.entry("mena", "MENA"),
          Map.entry("qna", "QNA"),
          Map.entry("anadolu", "Anadolu"),
          Map.entry("agencies", "agencies"));

  static final String NAME =
      "(?:"
          + String.join(
              "|", NAMES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
          + ")";

  /** One agency or several: {@code AFP/Reuters}, {@code AFP, AP}, {@code Reuters and AP}. */
  private static final String NAMES_GROUP =
      "(" + NAME + "(?:\\s*(?:/|,|&|\\band\\b)\\s*" + NAME + ")*)";

  /** The agencies' names, in any case, between what comes before and after them. */
  private static Pattern around(String before, String after) {
    return Pattern.compile(before + NAMES_GROUP + after, Pattern.CASE_INSENSITIVE);
  }

  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:/|,|&|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern SIGN_OFF = around("^[\\s(\\[\u2013\u2014-]*", "[\\s)\\].\u2026]*$");

  /**
   * A marker at the end of a line: {@code ... (AFP)}, {@code ... - Reuters}, {@code ...--AFP}, or
   * after a wide gap, {@code ... REUTER}. Searched for only in the last characters of a line.
   */
  private static final Pattern TRAILING =
      Pattern.compile(
          "(?:\\s*[(\\[]"
              + NAMES_GROUP
              + "[)\\]]"
              + "|\\s+(?:-{1,2}|\u2013|\u2014)\\s*"
              + NAMES_GROUP
              + "|--"
              + NAMES_GROUP
              + "|(?<=[.!?\"'\u201d\u2019])[-\u2013\u2014]{1,2}\\s*"
              + NAMES_GROUP
              + "|\\s{3,}"
              + NAMES_GROUP
              + ")[.\u2026]{0,3}$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A name in capitals after the sentence that closes the last line: {@code ... of 1986. REUTER}.
   * Only in capitals, since a sentence may well end with a word such as {@code Reuters}.
   */
  private static final Pattern TRAILING_CAPS = around("(?<=[.!?\"'\u201d\u2019])\\s+", "$");

  /**
   * A marker glued to a dash after a dateline place, opening a paragraph: {@code Port City AGENCY-
   * ...}, {@code Beirut NNA- ...}. The capitals name an agency or an outlet.
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "\\s*\\p{Lu}[\\p{L}.'\u2019]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019]*){0,2}\\s+(\\p{Lu}{2,10})[-\u2013\u2014]\\s");

  /** Longer than any marker: the tail of a line where one is looked for. */
  private static final int TAIL = 64;

  private static final Pattern DATELINE =
      around("^\\p{Lu}[^()\\n]{0,80}?\\(", "\\)\\s*[-\u2013\u2014:]");

  /**
   * An agency after the name in a byline: {@code Jane Doe, Reuters}, {@code Jane Doe (AP)}, {@code
   * Jane Doe, AP Business Writer}; or a byline that is only an agency's name.
   */
  private static final Pattern BYLINE_AGENCY =
      around(
          "^(.*?)(?:^|\\s*,\\s*|\\s+[|\u2013\u2014-]\\s+|\\s+for\\s+|\\s*\\()",
          "\\)?(?:\\s+(?:\\p{Lu}\\p{L}*\\s+){0,2}(?:Writer|Correspondent|Reporter))?$");

  /**
   * The credit line closing a Reuters story, in brackets ({@code (Reporting by Jane Doe; Editing by
   * John Roe)}) or as its desks write it bare ({@code Reporting by Jane Doe; Editing by John Roe}):
   * the agency's formula, so it credits Reuters.
   */
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Research)(?: and \\p{L}+)?"
              + " by [^()]{2,400}\\)\\.?"
              + "|(?:Additional )?(?:Reporting|Writing) by [^();]{2,400};"
              + " (?:Additional reporting|Writing|Editing) by [^()]{2,400}",
          Pattern.CASE_INSENSITIVE);

  /** The line under every story on Reuters' pages. */
  private static final Pattern STANDARDS =
      Pattern.compile(
          "Our Standards:? The Thomson Reuters Trust Principles\\.?", Pattern.CASE_INSENSITIVE);

  private static final int MAX_CREDIT = 600;

  /** A dateline marker: the capitals it names, and where the text after it starts. */
  record Marker(String name, int end) {}

  /** Text of a line without its closing agency marker, and the agencies it named. */
  record Trailer(String text, List<String> agencies) {}

  private Agencies() {}

  /**
   * The agencies named by a line that is nothing but a sign-off ({@code Reuter}, {@code (AFP)}).
   */
  public static Optional<List<String>> signOff(String line) {
    Matcher m = SIGN_OFF.matcher(line.strip());
    return m.matches() ? Optional.of(canonical(m.group(1))) : Optional.empty();
  }

  /** A line that ends with an agency marker, split into its text and the agency. */
  static Optional<Trailer> trailing(String line) {
    String text = line.stripTrailing();
    int from = Math.max(0, text.length() - TAIL);
    Matcher m = TRAILING.matcher(text).region(from, text.length());
    while (m.find()) {
      String before = text.substring(0, m.start());
      if (before.isBlank()) {
        return Optional.empty();
      }
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          return Optional.of(new Trailer(before.strip(), canonical(m.group(g))));
        }
      }
    }
    Matcher caps = TRAILING_CAPS.matcher(text).region(from, text.length());
    if (caps.find() && caps.group(1).equals(caps.group(1).toUpperCase(Locale.ROOT))) {
      return Optional.of(
          new Trailer(text.substring(0, caps.start()).strip(), canonical(caps.group(1))));
    }
    return Optional.empty();
  }

  /**
   * A byline that names an agency after the person ({@code Jane Doe, Reuters}): the person's name
   * (empty when the byline is only the agency's) and the agency.
   */
  static Optional<Trailer> inByline(String byline) {
    if (byline.length() > MAX_CREDIT) {
      return Optional.empty();
    }
    Matcher m = BYLINE_AGENCY.matcher(byline.strip());
    return m.matches()
        ? Optional.of(new Trailer(m.group(1).strip(), canonical(m.group(2))))
        : Optional.empty();
  }

  /**
   * A credit line ({@code (Reporting by ...; Editing by ...)}) or Reuters' standards line: alone on
   * a line (the text before it is then empty), or in brackets after the sentence that closes the
   * line.
   */
  static Optional<Trailer> credit(String line) {
    String text = line.strip();
    if (text.length() > MAX_CREDIT) {
      int open = text.lastIndexOf('(');
      if (open < 0 || text.length() - open > MAX_CREDIT) {
        return Optional.empty();
      }
    }
    if (CREDIT.matcher(text).matches() || STANDARDS.matcher(text).matches()) {
      return Optional.of(new Trailer("", List.of("Reuters")));
    }
    int open = text.lastIndexOf('(');
    if (open > 0 && text.endsWith(")")) {
      String before = text.substring(0, open).strip();
      if (!before.isEmpty()
          && Reflow.endsSentence(before)
          && CREDIT.matcher(text.substring(open)).matches()) {
        return Optional.of(new Trailer(before, List.of("Reuters")));
      }
    }
    return Optional.empty();
  }

  /** A dateline marker at {@code from}: {@code Port City AGENCY- ...}. */
  static Optional<Marker> marker(String paragraph, int from) {
    Matcher m = MARKER.matcher(paragraph).region(from, paragraph.length());
    return m.lookingAt() ? Optional.of(new Marker(m.group(1), m.end())) : Optional.empty();
  }

  /** The agency a name in the text is, if it is a known one's. */
  static Optional<String> known(String name) {
    return Optional.ofNullable(NAMES.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The agency in a dateline opening the first paragraph: {@code BEIRUT, Sept 3 (AFP) - ...}. */
  static Optional<List<String>> dateline(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    return m.lookingAt() ? Optional.of(canonical(m.group(1))) : Optional.empty();
  }

  /** The names the archive records for the names in the text, each once, in text order. */
  private static List<String> canonical(String names) {
    List<String> out = new ArrayList<>();
    for (String name : SPLIT.splitAsStream(names.strip()).toList()) {
      String canonical = NAMES.get(name.toLowerCase(Locale.ROOT));
      if (canonical != null && !out.contains(canonical)) {
        out.add(canonical);
      }
    }
    return List.copyOf(out);
  }
}
