package news.archive.parse.html;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.parse.ParseException;
import news.archive.parse.TextDecoder;

/**
 * Turns the bytes of a saved page into text, the way browsers settle a page's encoding: a
 * byte-order mark first, then the charset the page declares near its start ({@code <meta charset>},
 * the HTTP-equivalent {@code Content-Type} meta, an XML declaration), then UTF-8 when the bytes are
 * valid UTF-8, else windows-1252.
 *
 * <p>Two declarations are not believed. A page that declares a legacy encoding but whose bytes are
 * valid UTF-8 with non-ASCII characters was saved as UTF-8 (browsers save pages that way without
 * touching the meta), and reading it as declared would make mojibake. A page that declares UTF-8
 * but is not valid UTF-8 is read as windows-1252, with a warning.
 */
final class PageDecoder {

  /** Browsers look for the declaration in the first 1024 bytes; saved pages put more before it. */
  private static final int PRESCAN_BYTES = 8192;

  private static final Pattern DECLARED =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)"
              + "|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)",
          Pattern.CASE_INSENSITIVE);

  /** Names that mean windows-1252 in every browser (WHATWG Encoding, "labels"). */
  private static final List<String> LATIN1 =
      List.of("iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "x-cp1252");

  record Decoded(String text, List<String> warnings) {}

  private PageDecoder() {}

  static Decoded decode(byte[] bytes) throws ParseException {
    if (bytes.length == 0) {
      throw new ParseException("empty file");
    }
    Optional<String> declared =
        TextDecoder.hasByteOrderMark(bytes) ? Optional.empty() : declared(bytes);
    Optional<Charset> charset = declared.flatMap(PageDecoder::charset);
    if (charset.isEmpty() || isUnicode(charset.get())) {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      List<String> warnings =
          declared.isPresent() && charset.isEmpty()
              ? List.of("unknown charset '" + declared.get() + "'; read as " + d.charset().name())
              : d.fallback() ? List.of("not valid UTF-8; read as windows-1252") : List.of();
      return new Decoded(d.text(), warnings);
    }
    if (!isAscii(bytes) && TextDecoder.isUtf8(bytes, 0)) {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      return new Decoded(
          d.text(), List.of("declares " + declared.get() + " but is UTF-8; read as UTF-8"));
    }
    // Checks for binary data as for any text, then reads the bytes as the page says.
    TextDecoder.decode(bytes);
    return new Decoded(new String(bytes, charset.get()), List.of());
  }

  private static Optional<String> declared(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
  }

  private static Optional<Charset> charset(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (LATIN1.contains(n)) {
      return Optional.of(Charset.forName("windows-1252"));
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A page in UTF-16 cannot declare so in ASCII; a meta that says UTF-16 means UTF-8. */
  private static boolean isUnicode(Charset c) {
    return c.name().startsWith("UTF-");
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }
}
