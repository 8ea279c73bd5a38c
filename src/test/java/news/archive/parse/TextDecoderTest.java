package news.archive.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void utf8IsReadAsIs() throws ParseException {
    TextDecoder.Decoded d = TextDecoder.decode("Erdo\u011fan".getBytes(StandardCharsets.UTF_8));
    assertEquals("Erdo\u011fan", d.text());
    assertFalse(d.fallback());
  }

  @Test
  void utf8ByteOrderMarkIsDropped() throws ParseException {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertEquals("hi", TextDecoder.decode(bytes).text());
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() throws ParseException {
    byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0x93, 'q', (byte) 0x94};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals("caf\u00e9 \u201cq\u201d", d.text());
    assertTrue(d.fallback());
  }

  @Test
  void utf16IsRecognisedWithoutAByteOrderMark() throws ParseException {
    String text = "A headline\n\nA body of text.\n";
    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE)).text());
    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE)).text());
  }

  @Test
  void nulBytesOrControlCharactersMeanBinary() {
    assertTrue(
        assertThrows(
                ParseException.class,
                () -> TextDecoder.decode(new byte[] {'a', 0, 0, 0, 'b', 1, 2, 3}))
            .getMessage()
            .startsWith("binary data"));
    byte[] noise = new byte[200];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 2 == 0 ? 'x' : 0x07);
    }
    assertTrue(
        assertThrows(ParseException.class, () -> TextDecoder.decode(noise))
            .getMessage()
            .startsWith("binary data"));
  }
}
