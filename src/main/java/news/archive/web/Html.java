package news.archive.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTML made as text, every value escaped on its way in: the pages are built from a {@code Html}
 * whose {@link #text} escapes all it is given and whose {@link #raw} takes only markup written in
 * this package. An article whose title is {@code <script>} shows as those characters.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(8192);

  /** Markup of this package's own, never a value from a record or a request. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** A value, escaped for text and for a quoted attribute alike. */
  Html text(String value) {
    escape(value, out);
    return this;
  }

  Html text(long value) {
    out.append(value);
    return this;
  }

  /** An element with text: {@code <tag class="cls">text</tag>}, the class left out when null. */
  Html element(String tag, String cls, String value) {
    out.append('<').append(tag);
    if (cls != null) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>');
    text(value);
    out.append("</").append(tag).append('>');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Appends the value with {@code & < > " '} as character references. */
  static void escape(String value, StringBuilder out) {
    if (value == null) {
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // control characters other than line ends have no place in a page
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** A path with a query string of the parameters that have a value, in the order given. */
  static String query(String path, Map<String, String> params) {
    StringBuilder b = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      if (e.getValue() == null || e.getValue().isEmpty()) {
        continue;
      }
      b.append(sep)
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
      sep = '&';
    }
    return b.toString();
  }
}
