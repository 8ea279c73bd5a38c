package news.archive.parse;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The language an article is written in, as an ISO 639-1 code: detected from its text, checked
 * against what a page declares ({@code <html lang>}, {@code og:locale}, ...).
 *
 * <p>The text is trusted over the declaration when the detector is sure, since templates often keep
 * {@code lang="en"} whatever the article; the declaration decides when the text is too short or the
 * detector unsure. A language outside {@link #SUPPORTED} gives none rather than the nearest
 * supported one.
 */
public final class Languages {

  /** The languages an article may be given: those the archive's readers keep, and search knows. */
  public static final Set<String> SUPPORTED =
      Set.of("en", "de", "fr", "es", "it", "pt", "nl", "cs", "ja", "zh");

  /**
   * The profiles the detector compares a text in Latin letters with: the supported languages and
   * their neighbours (Slovak beside Czech, the Nordic languages and Afrikaans beside Dutch and
   * German, Catalan, Galician and Romanian beside the Romance ones, ...), so that a text in a
   * neighbour is known as not ours instead of being taken for the nearest of ours. Fewer profiles
   * load faster than the detector's 71 (each takes some 20 ms).
   */
  private static final List<String> PROFILES =
      List.of(
          "en", "de", "fr", "es", "it", "pt", "nl", "cs", "sk", "pl", "hu", "ro", "ca", "gl", "sv",
          "da", "af", "fi", "tr", "id");

  /** How much prose the detector reads: more costs time and does not change its answer. */
  private static final int SAMPLE = 400;

  /** Fewer words than this are too few to tell a language by (an ideograph counts a half). */
  private static final int MIN_WORDS = 12;

  /**
   * Below this share of words among a text's tokens, the text is a table (figures, tickers) more
   * than prose, and the detector reads it as any language.
   */
  private static final double MIN_PROSE = 0.6;

  /**
   * The share of kana among the ideographs and kana of a Japanese text: far above any Chinese one
   * (none), far below any Japanese one (a third or more).
   */
  private static final double KANA_SHARE = 0.05;

  /** The detector's probability from which its answer overrides what the page declares. */
  private static final double SURE = 0.9;

  private Languages() {}

  /**
   * The language of an article's text (title and body), or null when it cannot be told or is not
   * supported.
   *
   * @param declared what the page says its language is ({@code de}, {@code de-AT}, {@code de_DE}),
   *     or null: used when the text does not tell
   */
  public static String of(String text, String declared) {
    String fallback = code(declared);
    Sample sample = Sample.of(text);
    if (sample.words() < MIN_WORDS || sample.words() < MIN_PROSE * sample.tokens()) {
      return fallback;
    }
    int letters = sample.latin() + sample.ideographs() + sample.kana() + sample.other();
    if (2 * (sample.ideographs() + sample.kana()) > letters) {
      // Japanese writes its particles and endings in kana; Chinese has none.
      return KANA_SHARE * (sample.ideographs() + sample.kana()) <= sample.kana() ? "ja" : "zh";
    }
    if (2 * sample.latin() <= letters) {
      return null;
    }
    List<DetectedLanguage> found = Detector.INSTANCE.getProbabilities(sample.latinWords());
    if (found.isEmpty() || found.get(0).getProbability() < SURE) {
      return fallback;
    }
    return code(found.get(0).getLocale().getLanguage());
  }

  /**
   * The supported ISO 639-1 code a language tag names ({@code pt-BR}, {@code de_DE}, {@code EN}),
   * or null.
   */
  public static String code(String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < t.length() && t.charAt(end) >= 'a' && t.charAt(end) <= 'z') {
      end++;
    }
    String primary = t.substring(0, end);
    return SUPPORTED.contains(primary) ? primary : null;
  }

  /**
   * The words of a text that tell its language, from its first {@link #SAMPLE} characters of them:
   * runs of letters (an apostrophe or a hyphen inside allowed), without the all-capital ones
   * (acronyms, tickers, a wire's upper-case headline) and those with figures.
   *
   * @param words how many, an ideograph or a kana counting a half (those scripts write words
   *     without spaces)
   * @param tokens how many runs of letters or figures were read to find them
   * @param latinWords the words in Latin letters, for the detector
   * @param latin the letters of the words by script: Latin, Chinese ideographs, kana, any other
   */
  record Sample(
      double words, int tokens, String latinWords, int latin, int ideographs, int kana, int other) {

    static Sample of(String text) {
      StringBuilder latinWords = new StringBuilder();
      double words = 0;
      int tokens = 0;
      int[] scripts = new int[4];
      int read = 0;
      int i = 0;
      int n = text.length();
      while (i < n && read < SAMPLE) {
        while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        int start = i;
        boolean digit = false;
        boolean lower = false;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || joins(text, i))) {
          char c = text.charAt(i);
          digit |= Character.isDigit(c);
          lower |= Character.isLetter(c) && !Character.isUpperCase(c);
          i++;
        }
        if (start == i) {
          break;
        }
        tokens++;
        if (digit || !(lower || i - start == 1)) {
          continue;
        }
        read += i - start;
        int[] counts = new int[4];
        for (int k = start; k < i; k++) {
          counts[script(text.charAt(k))]++;
        }
        for (int k = 0; k < 4; k++) {
          scripts[k] += counts[k];
        }
        int east = counts[IDEOGRAPH] + counts[KANA];
        words += east > 0 ? (i - start) / 2.0 : 1;
        if (counts[LATIN] > 0 && east == 0) {
          latinWords.append(text, start, i).append(' ');
        }
      }
      return new Sample(
          words,
          tokens,
          latinWords.toString(),
          scripts[LATIN],
          scripts[IDEOGRAPH],
          scripts[KANA],
          scripts[OTHER]);
    }
  }

  private static final int LATIN = 0;
  private static final int IDEOGRAPH = 1;
  private static final int KANA = 2;
  private static final int OTHER = 3;

  /** Which of the scripts that matter here a letter (or an apostrophe, a hyphen) is in. */
  private static int script(char c) {
    return switch (Character.UnicodeScript.of(c)) {
      case LATIN, COMMON, INHERITED -> LATIN;
      case HAN -> IDEOGRAPH;
      case HIRAGANA, KATAKANA -> KANA;
      default -> OTHER;
    };
  }

  /** An apostrophe or a hyphen between two letters: {@code l'Etat}, {@code Baden-Württemberg}. */
  private static boolean joins(String text, int i) {
    char c = text.charAt(i);
    return (c == '\'' || c == '’' || c == '-')
        && i > 0
        && i + 1 < text.length()
        && Character.isLetter(text.charAt(i - 1))
        && Character.isLetter(text.charAt(i + 1));
  }

  /**
   * Starts loading the detector on a thread of its own, so that an import's first article does not
   * wait for it as long. Loading happens once; a search or a listing never starts it.
   */
  public static void preload() {
    Thread loader =
        new Thread(() -> Objects.requireNonNull(Detector.INSTANCE), "language-profiles");
    loader.setDaemon(true);
    loader.start();
  }

  /** The detector, loaded when a text first needs it. */
  private static final class Detector {
    static final LanguageDetector INSTANCE = load();

    private static LanguageDetector load() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(
                new LanguageProfileReader()
                    .readBuiltIn(PROFILES.stream().map(LdLocale::fromString).toList()))
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the language profiles", e);
      }
    }
  }
}
