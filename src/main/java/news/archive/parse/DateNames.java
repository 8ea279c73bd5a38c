package news.archive.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of dates in the languages {@link Dates} reads: months and weekdays, whole and
 * abbreviated. The patterns that put them together are {@link Dates}'s.
 */
final class DateNames {

  /**
   * Month names and their usual abbreviations in English, German, French, Spanish, Italian,
   * Portuguese, Dutch and Czech (whose dates use the genitive: {@code 3. září 2018}), with and
   * without accents. Each row is a month, its names set apart by spaces; a name shared by two
   * languages means the same month.
   */
  private static final String[] MONTH_NAMES = {
    "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari ledna leden led",
    "february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari"
        + " února unora únor ún",
    "march mar märz maerz mär mrz mars marzo março marco maart mrt března brezna březen bře",
    "april apr avril avr abril abr aprile dubna duben dub",
    "may mai mayo maggio mag maio mei května kvetna květen kvě",
    "june jun juni juin junio giugno giu junho června cervna červen čvn",
    "july jul juli juillet juil julio luglio lug julho července cervence červenec čvc",
    "august aug août aout agosto ago augustus srpna srpen srp",
    "september sep sept septembre septiembre setiembre settembre set setembro září zari zář",
    "october oct oktober okt octobre octubre ottobre ott outubro out října rijna říjen říj",
    "november nov novembre noviembre novembro listopadu listopad lis",
    "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro"
        + " prosince prosinec pro",
  };

  private static final Map<String, Integer> MONTHS = monthTable();

  /** The English names, the only ones written before the day ({@code September 3, 2018}). */
  static final String MONTH_EN =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

  static final String WEEKDAY_EN =
      "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun";

  /**
   * A weekday before a date written day first, in any of the languages: whole names, or
   * abbreviations closed by a dot or comma ({@code Fr, 15.05.2020}, {@code sam. 3 mars 2018}), and
   * French and Spanish {@code le}/{@code el} after it ({@code lundi le 3 septembre}).
   */
  static final String WEEKDAY_ANY =
      // the look-ahead, a word followed by a number, spares the names' alternation most words
      "(?:(?<![\\p{L}-])(?=[\\p{L}-]{2,14}[.,]{0,2}\\s+(?:(?:le|el|den|der)\\s+)?\\d)(?:(?:"
          + WEEKDAY_EN
          + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
          + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
          + "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
          + "|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi"
          + "|sabato|domenica"
          + "|segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira"
          + "|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
          + "|pondělí|pondeli|úterý|utery|středa|streda|čtvrtek|ctvrtek|pátek|patek|sobota|neděle"
          + "|nedele)\\.?,?|(?:mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|lu|ma|ju|vi"
          + "|gio|ven|sab|dom|seg|ter|qua|qui|sex|zo|wo|vr|za|po|út|st|čt|pá|ne)[.,])\\s+"
          + "(?:(?:le|el|den|der)\\s+)?)?";

  /** The month a name stands for, or 0 when it names none. */
  static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  private static Map<String, Integer> monthTable() {
    Map<String, Integer> table = new HashMap<>();
    for (int m = 0; m < MONTH_NAMES.length; m++) {
      for (String name : MONTH_NAMES[m].split(" ", -1)) {
        Integer before = table.put(name, m + 1);
        if (before != null && before != m + 1) {
          throw new IllegalStateException(name + " names two months");
        }
      }
    }
    return Map.copyOf(table);
  }

  private DateNames() {}
}
