package news.archive.parse.html;

/**
 * Trims a page's markup before it is parsed: pages saved with their pictures inside ({@code data:}
 * addresses of megabytes in {@code src} and {@code style} attributes) carry far more bytes of
 * pictures than of text, and none of it is text.
 */
final class Markup {

  /** A {@code data:} address longer than this is cut to its start. */
  private static final int MAX_DATA_URL = 256;

  private Markup() {}

  static String withoutDataUrls(String html) {
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (true) {
      int at = html.indexOf("data:", from);
      if (at < 0) {
        break;
      }
      int end = at;
      while (end < html.length() && !isEnd(html.charAt(end))) {
        end++;
      }
      if (end - at > MAX_DATA_URL) {
        if (out == null) {
          out = new StringBuilder(html.length() / 2);
        }
        out.append(html, copied, at).append("data:,");
        copied = end;
      }
      from = Math.max(end, at + 5);
    }
    if (out == null) {
      return html;
    }
    return out.append(html, copied, html.length()).toString();
  }

  private static boolean isEnd(char c) {
    return c == '"' || c == '\'' || c == ')' || c == '<' || c == '>' || Character.isWhitespace(c);
  }
}
