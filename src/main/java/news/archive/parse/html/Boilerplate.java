package news.archive.parse.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the markup itself says an element is: page furniture (menus, share buttons, comments, cookie
 * banners, related links) or the article. Pages name their blocks for their own style sheets, and
 * the names are much the same from site to site; tags and ARIA roles say it outright.
 */
final class Boilerplate {

  /** Elements that hold no text a reader sees: code, controls, embedded objects, the head. */
  static final Set<String> NO_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "link",
          "meta",
          "head",
          "dialog");

  /** Elements that never hold article text: those, and the page's own furniture by tag. */
  static final Set<String> NEVER_TEXT =
      union(NO_TEXT, Set.of("nav", "aside", "footer", "menu", "form"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "dialog",
          "alertdialog",
          "search",
          "menu",
          "menubar",
          "toolbar",
          "tablist");

  /**
   * Words naming what is never the article's wrapper, however much text it holds: a long comment
   * thread is still comments.
   */
  private static final Set<String> NEVER_ARTICLE_WORDS =
      Set.of(
          "comment",
          "comments",
          "commentlist",
          "disqus",
          "respond",
          "replies",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "newsletter",
          "related",
          "recommended",
          "recommendations",
          "outbrain",
          "taboola");

  /**
   * Words of class and id names (whole words of the name) that mark furniture whatever else the
   * name says: a {@code comment-body} is a comment.
   */
  private static final Set<String> FURNITURE_WORDS =
      union(
          NEVER_ARTICLE_WORDS,
          Set.of(
              "share",
              "sharing",
              "sharebar",
              "social",
              "socials",
              "subscribe",
              "subscription",
              "signup",
              "promo",
              "promoted",
              "sponsor",
              "sponsored",
              "advert",
              "advertisement",
              "ad",
              "ads",
              "adsense",
              "dfp",
              "popup",
              "modal",
              "sidebar",
              "breadcrumb",
              "breadcrumbs",
              "menu",
              "navbar",
              "navigation",
              "footer",
              "masthead",
              "login",
              "toolbar",
              "pagination",
              "pager",
              "trending",
              "paywall"));

  /** Words that mark furniture only when the name does not also name the article. */
  private static final Set<String> WEAK_FURNITURE_WORDS =
      Set.of(
          "nav",
          "more",
          "banner",
          "overlay",
          "rss",
          "popular",
          "skip",
          "print",
          "tools",
          "utility",
          "hidden",
          "visually",
          "screenreader",
          "offscreen",
          "tags",
          "topics",
          "bio",
          "meta");

  /** Words that mark the article itself. */
  private static final Set<String> ARTICLE_WORDS =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "blog",
          "column",
          "hentry",
          "prose");

  private static final int MAX_NAME_WORDS = 4;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
  private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private Boilerplate() {}

  /** Hidden from readers: the {@code hidden} attribute, {@code aria-hidden}, an inline style. */
  static boolean isHidden(Element e) {
    return e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || (e.hasAttr("style")
            && HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find());
  }

  /** Page furniture by tag, role or name. */
  static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
      return false;
    }
    if (NEVER_TEXT.contains(tag)) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (FURNITURE_ROLES.contains(role)) {
      return true;
    }
    return isFurnitureName(e.className() + " " + e.id());
  }

  /** An element named for what is never the article (see {@link #NEVER_ARTICLE_WORDS}). */
  static boolean isNeverArticle(Element e) {
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return false; // the page's own classes name its features (f_comment_nofollow_on)
    }
    for (String word : words(e.className() + " " + e.id())) {
      if (NEVER_ARTICLE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A class or id naming furniture. */
  static boolean isFurnitureName(String names) {
    boolean weak = false;
    boolean article = false;
    for (String word : words(names)) {
      if (FURNITURE_WORDS.contains(word)) {
        return true;
      }
      weak |= WEAK_FURNITURE_WORDS.contains(word);
      article |= ARTICLE_WORDS.contains(word);
    }
    return weak && !article;
  }

  /** Score adjustment for a block's name: article names up, furniture names down. */
  static int nameWeight(Element e) {
    String names = e.className() + " " + e.id();
    int weight = 0;
    if (isFurnitureName(names)) {
      weight = -25;
    } else {
      for (String word : words(names)) {
        if (ARTICLE_WORDS.contains(word)) {
          weight = 25;
          break;
        }
      }
    }
    String prop = e.attr("itemprop");
    if (prop.equalsIgnoreCase("articleBody") || prop.equalsIgnoreCase("text")) {
      weight += 25;
    }
    return weight;
  }

  /**
   * The words of class names and an id. A name of more than {@link #MAX_NAME_WORDS} words is left
   * out: it is a heading made into an anchor ({@code id="sharing-with-a-single-developer"}), not a
   * name a designer gave a kind of block.
   */
  private static List<String> words(String names) {
    List<String> words = new ArrayList<>();
    for (String name : SPACES.split(names.strip(), -1)) {
      String[] parts =
          WORD_SPLIT.split(CAMEL.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT), -1);
      if (parts.length <= MAX_NAME_WORDS) {
        words.addAll(Arrays.asList(parts));
      }
    }
    return words;
  }
}
