package news.archive.parse.html;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.archive.Article;
import news.archive.ContentId;
import news.archive.parse.ArticleParser;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads one news article from the bytes of a saved web page.
 *
 * <p>Metadata first, text second: the title, date, byline, outlet and standfirst come from what the
 * page declares about itself ({@link PageMeta}) where it does, checked against its visible header;
 * the body is the page's main text ({@link MainText}), read as paragraphs. That text, headed by the
 * title, then goes through the text parser, so that what the metadata leaves open (a byline line, a
 * dateline, an agency's sign-off) is found by the same rules as in a text file.
 */
public final class HtmlParser {

  /** Deeper elements are flattened into their ancestor: no page nests prose that deep. */
  private static final int MAX_DEPTH = 256;

  /**
   * Markup longer than this is not parsed: its tree would not fit in the import's memory beside
   * another page's. Far above any article's page once its pictures are left out.
   */
  private static final int MAX_MARKUP = 8 << 20;

  /**
   * A page whose article text is shorter than this is not an article, unless its header dates it
   * and it has one real paragraph: a headline, a date and a paragraph make a news item.
   */
  private static final int MIN_TEXT = 200;

  private final ArticleParser text = new ArticleParser();

  public HtmlParser() {}

  /**
   * Whether an input is a web page: by its name ({@code .html}, {@code .htm}, {@code .xhtml}), or,
   * whatever its name, by its first characters ({@code <!DOCTYPE html}, {@code <html}, an XML
   * declaration or a comment before them, {@code <head>}).
   */
  public static boolean isPage(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    int i = 0;
    while (true) {
      while (i < head.length()
          && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) > 0x7e)) {
        i++; // white space, and the bytes of a byte-order mark
      }
      String rest = head.substring(i).toLowerCase(Locale.ROOT);
      if (rest.startsWith("<!doctype html")
          || rest.startsWith("<html")
          || rest.startsWith("<head")) {
        return true;
      }
      int skip =
          rest.startsWith("<?xml")
              ? end(rest, "?>")
              : rest.startsWith("<!--") ? end(rest, "-->") : -1;
      if (skip < 0) {
        return false;
      }
      i += skip;
    }
  }

  /** Where the text after {@code mark} starts, or -1. */
  private static int end(String text, String mark) {
    int at = text.indexOf(mark);
    return at < 0 ? -1 : at + mark.length();
  }

  /**
   * Parses the bytes of one web page into the article it holds.
   *
   * @throws ParseException when the page holds no article (no title, less than a paragraph of text,
   *     a page that is mostly links); its message says why in one line
   */
  public ParsedArticle parse(byte[] bytes, Article.Source source, Instant importedAt)
      throws ParseException {
    PageDecoder.Decoded decoded = PageDecoder.decode(bytes);
    String markup = Markup.withoutDataUrls(decoded.text());
    if (markup.length() > MAX_MARKUP) {
      throw new ParseException(
          "too large to read as a web page: %d characters of markup besides pictures (at most %d)"
              .formatted(markup.length(), MAX_MARKUP));
    }
    Parser parser = Parser.htmlParser();
    parser.setMaxDepth(MAX_DEPTH);
    Document doc = parser.parseInput(markup, "");
    PageMeta meta = PageMeta.of(doc);
    Header header = Header.of(doc, meta, importedAt);
    MainText.Result main = MainText.of(doc.body());
    if (main.notArticle() != null) {
      throw new ParseException("not an article: " + main.notArticle());
    }
    if (main.listing() != null && !meta.declaresArticle()) {
      throw new ParseException("not an article: " + main.listing());
    }
    int length = 0;
    for (String p : main.paragraphs()) {
      length += Prose.visibleLength(p);
    }
    if (length < MIN_TEXT && !(header.date().isPresent() && Prose.isParagraph(main.paragraphs()))) {
      throw new ParseException(
          "not an article: less than a paragraph of text (" + length + " characters)");
    }
    if (header.title() == null) {
      throw new ParseException("no title: the page has no <title>, <h1> or title metadata");
    }
    String laidOut = header.title() + "\n\n" + String.join("\n\n", main.paragraphs()) + "\n";
    Article.Source page = source.asPage(meta.canonical);
    Article t = text.parseText(laidOut, page, importedAt, meta.language).article();
    return new ParsedArticle(merge(t, header, main), decoded.warnings());
  }

  /** The text parser's reading, with what the page's metadata says put first. */
  private static Article merge(Article t, Header h, MainText.Result main) {
    String title = h.title();
    // A page marks its standfirst; what the text parser took for one is the first paragraph.
    String body = t.subtitle() == null ? t.body() : t.subtitle() + "\n\n" + t.body();
    String subtitle = h.description();
    if (subtitle != null && Header.key(body).startsWith(Header.key(subtitle))) {
      subtitle = null; // the description is the article's first words
    }
    String byline = h.byline() != null ? h.byline() : t.byline();
    String outlet = h.outlet() != null ? h.outlet() : t.outlet();
    LocalDate date = t.date();
    Article.DateFrom from = t.dateFrom();
    if (date != null && !h.span().holds(date)) {
      date = null; // a date the text gives that the page cannot have: a history's, an event's
      from = null;
    }
    if (h.date().isPresent()) {
      date = h.date().get().date();
      from = h.date().get().from();
    }
    List<String> captions = new ArrayList<>(main.captions());
    for (String c : t.captions()) {
      if (!captions.contains(c)) {
        captions.add(c);
      }
    }
    String id = ContentId.of(title, subtitle, byline, captions, body);
    return t.toBuilder()
        .id(id)
        .title(title)
        .headline(h.headline())
        .subtitle(subtitle)
        .date(date, from)
        .outlet(outlet)
        .byline(byline)
        .words(ArticleParser.countWords(body))
        .captions(captions)
        .body(body)
        .build();
  }
}
