package news.archive.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text file into a string: UTF-8 when they are valid UTF-8, UTF-16 when a
 * byte-order mark or the pattern of zero bytes says so, and windows-1252 otherwise (the usual
 * encoding of older saved pages and wire copy). Binary data is refused.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** How much of the input is inspected to tell text from binary data. */
  private static final int SNIFF_BYTES = 8192;

  /** Decoded text and the encoding it was read with. */
  public record Decoded(String text, Charset charset, boolean fallback) {}

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) throws ParseException {
    if (bytes.length == 0) {
      throw new ParseException("empty file");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8OrFallback(bytes, 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return utf16(bytes, 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = sniffUtf16(bytes);
    if (utf16 != null) {
      return utf16(bytes, 0, utf16);
    }
    if (indexOfZero(bytes) >= 0) {
      throw new ParseException("binary data, not text (it contains NUL bytes)");
    }
    return utf8OrFallback(bytes, 0);
  }

  private static Decoded utf8OrFallback(byte[] bytes, int offset) throws ParseException {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    Decoded decoded;
    try {
      decoded =
          new Decoded(
              strict(StandardCharsets.UTF_8).decode(in).toString(), StandardCharsets.UTF_8, false);
    } catch (CharacterCodingException e) {
      in.position(offset);
      decoded = new Decoded(WINDOWS_1252.decode(in).toString(), WINDOWS_1252, true);
    }
    rejectControlNoise(decoded.text());
    return decoded;
  }

  private static Decoded utf16(byte[] bytes, int offset, Charset charset) throws ParseException {
    if ((bytes.length - offset) % 2 != 0) {
      throw new ParseException("broken " + charset.name() + " text (odd number of bytes)");
    }
    String text;
    try {
      text =
          strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    } catch (CharacterCodingException e) {
      throw new ParseException("broken " + charset.name() + " text (" + e.getMessage() + ")");
    }
    if (text.indexOf('\0') >= 0) {
      throw new ParseException("binary data, not text (it contains NUL characters)");
    }
    rejectControlNoise(text);
    return new Decoded(text, charset, false);
  }

  /**
   * Text in UTF-16 without a byte-order mark has a zero byte in every other position while it stays
   * in the Latin range; binary data has zero bytes too, but not in that regular pattern.
   */
  private static Charset sniffUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Control characters other than tab, line ends and form feed are rare in text, common in binary.
   */
  private static void rejectControlNoise(String text) throws ParseException {
    int n = Math.min(text.length(), SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        controls++;
      }
    }
    if (controls > 0 && controls * 20 > n) {
      throw new ParseException(
          "binary data, not text (" + controls + " control characters in the first " + n + ")");
    }
  }

  /**
   * Whether the bytes, from {@code offset} on, are valid UTF-8 (all ASCII counts). Used to overrule
   * a page that declares a legacy encoding but was saved as UTF-8.
   */
  public static boolean isUtf8(byte[] bytes, int offset) {
    try {
      strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Whether the bytes start with a UTF-8 or UTF-16 byte-order mark. */
  public static boolean hasByteOrderMark(byte[] bytes) {
    return startsWith(bytes, 0xEF, 0xBB, 0xBF)
        || startsWith(bytes, 0xFF, 0xFE)
        || startsWith(bytes, 0xFE, 0xFF);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfZero(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
