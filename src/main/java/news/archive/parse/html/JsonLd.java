package news.archive.parse.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the JSON of a page's {@code <script type="application/ld+json">} blocks into maps, lists,
 * strings, numbers and booleans.
 *
 * <p>Lenient where pages are careless and the meaning is still plain: a comma before a closing
 * bracket, raw line breaks and tabs inside strings, an HTML comment or CDATA marker around the
 * block, several values one after another. Anything else, or nesting deeper than {@link
 * #MAX_DEPTH}, makes the block unreadable and it is ignored: metadata is a hint, never a reason to
 * refuse a page.
 */
final class JsonLd {

  static final int MAX_DEPTH = 64;

  private final String s;
  private int i;
  private int depth;

  private JsonLd(String s) {
    this.s = s;
  }

  /** The values of one script block (usually one), or empty when it is not readable JSON. */
  static Optional<List<Object>> read(String script) {
    String text = unwrap(script);
    JsonLd reader = new JsonLd(text);
    List<Object> values = new ArrayList<>();
    try {
      reader.space();
      while (reader.i < text.length()) {
        values.add(reader.value());
        reader.space();
        if (reader.i < text.length() && text.charAt(reader.i) == ';') {
          reader.i++;
          reader.space();
        }
      }
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
    return Optional.of(values);
  }

  private static String unwrap(String script) {
    String t = script.strip();
    for (String[] marks :
        new String[][] {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}}) {
      if (t.startsWith(marks[0])) {
        t = t.substring(marks[0].length());
        if (t.strip().endsWith(marks[1])) {
          t = t.strip();
          t = t.substring(0, t.length() - marks[1].length());
        }
        t = t.strip();
      }
    }
    return t;
  }

  private Object value() {
    space();
    if (i >= s.length()) {
      throw fail();
    }
    return switch (s.charAt(i)) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      default -> literal();
    };
  }

  private Map<String, Object> object() {
    enter();
    i++;
    Map<String, Object> map = new LinkedHashMap<>();
    while (!closed('}')) {
      if (peek() != '"') {
        throw fail();
      }
      String key = string();
      space();
      if (peek() != ':') {
        throw fail();
      }
      i++;
      Object v = value();
      map.putIfAbsent(key, v);
      separated('}');
    }
    return map;
  }

  private List<Object> array() {
    enter();
    i++;
    List<Object> list = new ArrayList<>();
    while (!closed(']')) {
      list.add(value());
      separated(']');
    }
    return list;
  }

  /**
   * Whether the object or array ends here, at {@code close} after any space: then past it, a level
   * up.
   */
  private boolean closed(char close) {
    space();
    if (peek() != close) {
      return false;
    }
    i++;
    depth--;
    return true;
  }

  /** Past the comma after a member; fails unless one follows or {@code close} ends the list. */
  private void separated(char close) {
    space();
    char c = peek();
    if (c == ',') {
      i++;
    } else if (c != close) {
      throw fail();
    }
  }

  private String string() {
    i++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw fail();
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= s.length()) {
        throw fail();
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw fail();
          }
          try {
            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          } catch (NumberFormatException x) {
            throw fail();
          }
          i += 4;
        }
        default -> out.append(e); // \" \\ \/ and escapes JSON does not define, taken as the char
      }
    }
  }

  /** A number, true, false or null: the run of characters up to the next delimiter. */
  private Object literal() {
    int start = i;
    while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    String word = s.substring(start, i);
    return switch (word) {
      case "true" -> true;
      case "false" -> false;
      case "null" -> null;
      default -> number(word);
    };
  }

  private Double number(String word) {
    try {
      return Double.valueOf(word);
    } catch (NumberFormatException e) {
      throw fail();
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw fail();
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw fail();
    }
    return s.charAt(i);
  }

  private void space() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\ufeff') {
        i++;
      } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else {
        return;
      }
    }
  }

  private static IllegalStateException fail() {
    return new IllegalStateException("not JSON");
  }
}
