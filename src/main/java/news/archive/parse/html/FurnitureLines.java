package news.archive.parse.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of site furniture that stand in the article's block as blocks of their own: an
 * advertisement's label, a share button's text, a pointer to another story, a newsletter's sign-up.
 * Only a block that is such a line and nothing more is furniture: a sentence that uses the words is
 * the article's.
 */
final class FurnitureLines {

  /** Whole lines, in lower case, without the punctuation around them. */
  private static final Set<String> LINES =
      Set.of(
          // an advertisement's label
          "advertisement",
          "advertisements",
          "advertising",
          "advert",
          "sponsored",
          "sponsored content",
          "skip advertisement",
          "anzeige",
          "werbung",
          "publicité",
          "publicite",
          "publicidad",
          "publicidade",
          "pubblicità",
          "pubblicita",
          "advertentie",
          "reclame",
          "reklama",
          "inzerce",
          "広告",
          "スポンサーリンク",
          "inread invented by teads",
          // sharing
          "share",
          "share this",
          "share this article",
          "share this story",
          "share this page",
          "share on facebook",
          "share on twitter",
          "share via email",
          "teilen",
          "artikel teilen",
          "diesen artikel teilen",
          "partager",
          "partager cet article",
          "compartir",
          "compartir este artículo",
          "condividi",
          "condividi articolo",
          "partilhar",
          "compartilhar",
          "compartilhe",
          "delen",
          "deel dit artikel",
          "sdílet",
          "sdílejte",
          // a player's or a panel's controls
          "close",
          "close panel",
          "full screen",
          "autoplay",
          "view photos",
          "buy photo",
          "schließen",
          "fermer",
          "cerrar",
          "chiudi",
          "fechar",
          "sluiten",
          "zavřít",
          "閉じる",
          // a byline's tooltip
          "opinion writer",
          "opinion columnist",
          // pointers to more
          "read more",
          "read next",
          "continue reading",
          "continue reading below",
          "continue reading the main story",
          "story continues below",
          "article continues below",
          "advertisement continue reading below",
          "lesen sie auch",
          "lesen sie mehr",
          "weiterlesen",
          "mehr zum thema",
          "lire aussi",
          "à lire aussi",
          "lire la suite",
          "lee también",
          "lea también",
          "leer más",
          "seguir leyendo",
          "leggi anche",
          "continua a leggere",
          "leia mais",
          "leia também",
          "continua depois da publicidade",
          "lees ook",
          "lees meer",
          "čtěte také",
          "přečtěte si také",
          "続きを読む",
          "関連記事");

  /**
   * Openings of a pointer to another story ({@code Read more: ...}, {@code Lire aussi | ...}): the
   * line is furniture when a separator follows the words.
   */
  private static final Pattern POINTER =
      Pattern.compile(
          "(?iu)^(?:read more|read also|related|see also|more on this|lesen sie auch|lesen sie"
              + " mehr|mehr zum thema|lire aussi|à lire aussi|voir aussi|lee también|lea"
              + " también|leer más|ver también|leggi anche|leia também|leia mais|veja também|lees"
              + " ook|lees meer|čtěte také|přečtěte si také|související)\\s*[:|»›→–—-]");

  /**
   * Openings of a newsletter's or a subscription's call, which is furniture when it is short: a
   * call, not a paragraph about subscriptions.
   */
  private static final Pattern CALL =
      Pattern.compile(
          "(?iu)^(?:sign up|subscribe|newsletter|get our newsletter|abonnieren|jetzt abonnieren"
              + "|melden sie sich|newsletter abonnieren|inscrivez-vous|abonnez-vous|suscríbete"
              + "|suscribete|iscriviti|assine|inscreva-se|meld je aan|abonneer|přihlaste se"
              + "|odebírejte)\\b");

  /** A call longer than this is a paragraph, maybe one about newsletters. */
  private static final int MAX_CALL_WORDS = 14;

  /** A pointer longer than this is a paragraph. */
  private static final int MAX_POINTER_WORDS = 25;

  private static final Pattern AROUND = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private FurnitureLines() {}

  /** Whether a block of text is one line of site furniture and nothing more. */
  static boolean isFurniture(String block) {
    if (block.indexOf('\n') >= 0 || moreWordsThan(block, MAX_POINTER_WORDS)) {
      return false; // a list, a table, preformatted text; a paragraph
    }
    String line = AROUND.matcher(block.strip()).replaceAll("").toLowerCase(Locale.ROOT);
    line = SPACES.matcher(line).replaceAll(" ");
    if (line.isEmpty()) {
      return false;
    }
    if (LINES.contains(line)) {
      return true;
    }
    int words = SPACES.split(line, -1).length;
    return (words <= MAX_POINTER_WORDS && POINTER.matcher(block.strip()).find())
        || (words <= MAX_CALL_WORDS && CALL.matcher(line).find());
  }

  /** Whether the text has more than {@code most} words, counted only as far as needed. */
  private static boolean moreWordsThan(String text, int most) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words > most) {
        return true;
      }
      inWord = !space;
    }
    return false;
  }
}
