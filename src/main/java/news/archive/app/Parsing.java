package news.archive.app;

import java.time.Instant;
import news.archive.Article;
import news.archive.parse.ArticleParser;
import news.archive.parse.Languages;
import news.archive.parse.ParseException;
import news.archive.parse.ParsedArticle;
import news.archive.parse.html.HtmlParser;

/** The parser an input needs: the web page parser for pages, the text parser for the rest. */
final class Parsing implements Importer.Parser {

  private final ArticleParser text = new ArticleParser();
  private final HtmlParser html = new HtmlParser();

  /** A parser for an import or a reparse: the language profiles start loading beside its setup. */
  Parsing() {
    Languages.preload();
  }

  @Override
  public ParsedArticle parse(byte[] bytes, Article.Source source, Instant importedAt)
      throws ParseException {
    String name = source.absolutePath() != null ? source.absolutePath() : source.path();
    return HtmlParser.isPage(name, bytes)
        ? html.parse(bytes, source, importedAt)
        : text.parse(bytes, source, importedAt);
  }
}
