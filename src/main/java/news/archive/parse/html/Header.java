package news.archive.parse.html;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.archive.Article;
import news.archive.parse.Outlets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's header as the page gives it: title, outlet, standfirst, byline and date, each from
 * the page's metadata where it has them, else from the visible headline and the lines under it.
 *
 * @param title the headline without a site's name
 * @param headline the page's {@code <title>} when the title differs from it, else null
 * @param span the days the page's article can be dated
 */
record Header(
    String title,
    String headline,
    String outlet,
    String description,
    String byline,
    Optional<Dated> date,
    DateSpan span) {

  /** A date and where it was found. */
  record Dated(LocalDate date, Article.DateFrom from) {}

  private static final int MAX_TITLE = 250;

  /**
   * Reads the header; call before the page's furniture is removed.
   *
   * @param readAt when the page was read: no article on it is dated later
   */
  static Header of(Document doc, PageMeta meta, Instant readAt) {
    String site =
        meta.meta("og:site_name", "application-name", "al:android:app_name")
            .or(meta::publisher)
            .map(Header::siteName)
            .filter(name -> !Outlets.isSection(name))
            .orElse(null);
    Titles.Title t = Titles.of(meta, visibleHeadline(doc), site);
    String title = t.title();
    if (title != null && title.length() > MAX_TITLE) {
      title = title.substring(0, MAX_TITLE).strip();
    }
    String outlet = site != null ? site : t.site();
    String tag = meta.titleTag;
    String headline = tag != null && title != null && !tag.equals(title) ? tag : null;
    List<String> descriptions =
        new ArrayList<>(meta.metas("description", "og:description", "twitter:description"));
    meta.article("description").ifPresent(descriptions::add);
    String description = Descriptions.choose(descriptions);
    HeaderZone zone = HeaderZone.of(doc);
    DateSpan span = DateSpan.of(doc, readAt);
    return new Header(
        title,
        headline,
        outlet,
        description,
        Bylines.of(doc, meta, site, zone.after()),
        PageDates.of(doc, meta, zone, span),
        span);
  }

  /** A site's name as pages give it; one given as an address is its host, without www. */
  private static String siteName(String name) {
    Matcher m = ADDRESS.matcher(name.strip());
    return m.matches() ? m.group(1) : name;
  }

  private static final Pattern ADDRESS =
      Pattern.compile("(?i)https?://(?:www\\.)?([^/:?#\\s]+)[^\\s]*");

  /** The page's own headline: the first {@code <h1>} of the article, else of the page. */
  private static String visibleHeadline(Document doc) {
    Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline]");
    if (h1 == null) {
      h1 = doc.selectFirst("h1");
    }
    return h1 == null ? null : PageMeta.blankToNull(Reading.collapse(h1.text()));
  }

  /** Text compared without case, punctuation and white space. */
  static String key(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
