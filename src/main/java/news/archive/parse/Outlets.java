package news.archive.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet's name that closes a headline as web pages and their copies print it: {@code Attack on
 * training camp kills three | Harbour Times}, {@code Army advances near the city - Daily Star}.
 *
 * <p>A bar sets a name apart clearly. A dash also joins the halves of headlines ({@code Hit - And -
 * Run}, {@code Court - Ordered Rehab}) and sets off who is quoted ({@code Choose hope over fear -
 * Kennedy}, {@code Abortion not a poll issue - Blair}), so a name after a dash is taken only when
 * it is an outlet's by its shape: its last word is one that outlets' names end with ({@code Times},
 * {@code News}), or it is a web address. A person's name, or any other, stays in the headline. In a
 * headline in capitals, as wires write them, a name after a dash says who is quoted ({@code ... -
 * TEHRAN RADIO}), not who published it.
 */
public final class Outlets {

  /** A short name: up to five words, the first capitalised or a digit, no sentence in it. */
  private static final Pattern NAME =
      Pattern.compile(
          "[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'\u2019-]*(?: [\\p{L}\\p{N}.&'\u2019-]+){0,4}");

  /** How the addresses of news sites end: generic endings, then countries' own. */
  private static final String SITE_ENDINGS =
      "com|net|org|gov|edu|info|io|co\\.uk|com?\\.au|co\\.[a-z]{2}"
          + "|de|fr|it|es|nl|ch|at|be|se|no|dk|fi|pl|ru|jp|cn|in|ca|ie|nz|za|br|mx|ar|us|uk|eu";

  /** A web address standing for the site: {@code nytimes.com}, {@code www.bbc.co.uk}. */
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:" + SITE_ENDINGS + ")");

  /** Words that outlets' names end with. */
  private static final Set<String> OUTLET_WORDS =
      Set.of(
          "times",
          "post",
          "news",
          "herald",
          "journal",
          "tribune",
          "guardian",
          "telegraph",
          "gazette",
          "star",
          "chronicle",
          "observer",
          "independent",
          "mail",
          "express",
          "mirror",
          "online",
          "tv",
          "radio",
          "press",
          "network",
          "magazine",
          "today",
          "standard",
          "courier",
          "weekly",
          "monitor",
          "insider",
          "wire",
          "dispatch",
          "examiner",
          "sentinel",
          "globe",
          "inquirer",
          "daily",
          "newsweek",
          "bulletin",
          "agency",
          "media");

  /** The names of the sections news sites file stories under; a section is no outlet. */
  private static final Set<String> SECTIONS =
      Set.of(
          "us",
          "uk",
          "world",
          "news",
          "home",
          "business",
          "politics",
          "sport",
          "sports",
          "markets",
          "money",
          "economy",
          "technology",
          "tech",
          "science",
          "health",
          "entertainment",
          "culture",
          "arts",
          "lifestyle",
          "travel",
          "opinion",
          "europe",
          "asia",
          "africa",
          "americas",
          "middle east",
          "local",
          "national",
          "international",
          "breaking news",
          "top news",
          "world news",
          "us news",
          "uk news",
          "latest news");

  /** Words written in lower case in a capitalised headline; they tell nothing of its style. */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
          "from", "as", "vs", "via", "into", "over", "after", "is", "are", "its");

  private static final Pattern BAR = Pattern.compile(" [|\uff5c\u00a6] ");
  private static final Pattern DASH = Pattern.compile(" [-\u2013\u2014] ");
  private static final Pattern SPACE = Pattern.compile(" ");
  private static final int MAX_NAME = 40;
  private static final int MIN_TITLE_WORDS = 2;

  /** A headline cut in two: the title and the outlet's name. */
  public record Split(String title, String outlet) {}

  private Outlets() {}

  /**
   * Whether a name is a section's ({@code U.S.}, {@code World news}, {@code Business}): pages give
   * one where their site's name is due.
   */
  public static boolean isSection(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT).replace(".", "").replace('-', ' ');
    return SECTIONS.contains(key);
  }

  /** The headline's title and outlet, if a name closes it. */
  public static Optional<Split> split(String headline) {
    Optional<Split> bar =
        last(BAR, headline).filter(s -> isName(s.outlet()) && !isSection(s.outlet()));
    if (bar.isPresent()) {
      return bar;
    }
    if (!hasLowerCase(headline)) {
      // wire style: NAME after a dash in a headline in capitals says who is quoted
      return Optional.empty();
    }
    return last(DASH, headline).filter(s -> looksLikeOutlet(s.outlet()) && !isSection(s.outlet()));
  }

  private static boolean hasLowerCase(String text) {
    return text.chars().anyMatch(Character::isLowerCase);
  }

  private static Optional<Split> last(Pattern separator, String headline) {
    Matcher m = separator.matcher(headline);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      return Optional.empty();
    }
    String title = headline.substring(0, start).strip();
    String name = headline.substring(end).strip();
    if (words(title) < MIN_TITLE_WORDS
        || name.length() > MAX_NAME
        || !(NAME.matcher(name).matches() || DOMAIN.matcher(name).matches())) {
      return Optional.empty();
    }
    return Optional.of(new Split(title, name));
  }

  /** A web address, or capitalised words ({@code The Times of India}). */
  private static boolean isName(String name) {
    return DOMAIN.matcher(name).matches() || isCapitalised(SPACE.split(name));
  }

  private static boolean looksLikeOutlet(String name) {
    if (DOMAIN.matcher(name).matches()) {
      return true;
    }
    String[] words = SPACE.split(name);
    if (!isCapitalised(words)) {
      return false;
    }
    return OUTLET_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /** Every word capitalised (or a number), but for small words inside the name. */
  private static boolean isCapitalised(String[] words) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      boolean small = i > 0 && SMALL_WORDS.contains(w);
      if (!capital && !small) {
        return false;
      }
    }
    return true;
  }

  private static int words(String text) {
    return text.isEmpty() ? 0 : SPACE.split(text).length;
  }
}
