package news.archive.web;

/** The frame every page shares: head, the search box, the links, and the page's own part. */
final class Layout {

  private final String token;
  private final boolean write;

  /**
   * @param token the secret every form's POST carries, or null when the server only reads
   */
  Layout(String token) {
    this.token = token;
    this.write = token != null;
  }

  boolean writes() {
    return write;
  }

  /**
   * A whole page: {@code title} in the head, {@code query} in the search box, then the main part.
   */
  String page(String title, String query, String main) {
    return page(title, query, main, write);
  }

  /**
   * A page without the token: an error, which may answer a request the guard refused, such as one
   * from another site's page.
   */
  String errorPage(String title, String main) {
    return page(title, null, main, false);
  }

  private String page(String title, String query, String main, boolean withToken) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .raw("<title>")
        .text(title)
        .raw(" \u00b7 archive</title>")
        .raw("<link rel=\"stylesheet\" href=\"/assets/style.css\">")
        .raw("<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">")
        .raw("<script src=\"/assets/app.js\" defer></script>");
    if (withToken) {
      h.raw("<meta name=\"archive-token\" content=\"").text(token).raw("\">");
    }
    h.raw("</head><body><header class=\"top\"><a class=\"home\" href=\"/\">archive</a>")
        .raw("<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
        .raw("<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\"")
        .raw(" placeholder=\"Search (press /)\" aria-label=\"Search the archive\" value=\"")
        .text(query == null ? "" : query)
        .raw("\"><button type=\"submit\">Search</button></form>")
        .raw("<nav><a href=\"/stories\">Stories</a></nav></header>")
        .raw("<main id=\"main\">")
        .raw(main)
        .raw("</main><footer>")
        .raw(write ? "Changes allowed (--write)" : "Read-only")
        .raw(" \u00b7 <a href=\"/api/stats\">stats (JSON)</a></footer></body></html>\n");
    return h.toString();
  }

  /** The hidden field a form's POST carries its token in. */
  void tokenField(Html h) {
    h.raw("<input type=\"hidden\" name=\"token\" value=\"").text(token).raw("\">");
  }
}
