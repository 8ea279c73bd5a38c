package news.archive.parse.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * The metadata a page declares about itself: {@code <meta>} names and properties (OpenGraph, {@code
 * article:*}, Dublin Core, the names news systems use), schema.org JSON-LD objects of the article
 * kinds, {@code <title>}, the canonical link.
 */
final class PageMeta {

  /** schema.org types that describe the page's article. */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle",
          "report",
          "webpage",
          "itempage",
          "medicalwebpage",
          "creativework",
          "posting");

  private static final Pattern SAVED_FROM =
      Pattern.compile("saved from url=\\(\\d+\\)(\\S+)", Pattern.CASE_INSENSITIVE);

  private static final Pattern ESCAPED =
      Pattern.compile("&(?:#\\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");

  /** How many JSON objects of a page are looked at, at most. */
  private static final int MAX_OBJECTS = 2000;

  private final Map<String, String> metas = new LinkedHashMap<>();
  private final List<Map<String, Object>> articles = new ArrayList<>();

  /** JSON-LD objects by their {@code @id}: a publisher is often only a reference to one. */
  private final Map<String, Map<String, Object>> byId = new HashMap<>();

  final String titleTag;
  final String canonical;

  /**
   * The language the page declares, as written ({@code de-DE}, {@code fr_FR}), or null: the article
   * object's {@code inLanguage} first, then {@code og:locale}, a {@code content-language} meta, and
   * last {@code <html lang>}, which templates keep whatever the article.
   */
  final String language;

  private PageMeta(Document doc) {
    // Some tools that save pages write a meta's content as value=.
    for (Element meta : doc.select("meta[content], meta[value]")) {
      String content = clean(meta.hasAttr("content") ? meta.attr("content") : meta.attr("value"));
      if (content.isEmpty()) {
        continue;
      }
      for (String key : List.of("property", "name", "itemprop", "http-equiv")) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          metas.putIfAbsent(name, content);
        }
      }
    }
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      JsonLd.read(script.data()).ifPresent(this::collectArticles);
    }
    // Whole-page types last, so that an article object beats the page that holds it.
    articles.sort((a, b) -> Boolean.compare(isPageType(a), isPageType(b)));
    Element title = doc.selectFirst("title");
    titleTag = title == null ? null : blankToNull(clean(title.text()));
    Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
    String url = link != null ? link.absUrl("href") : "";
    if (url.isEmpty() && link != null) {
      url = link.attr("href");
    }
    if (url.isEmpty()) {
      url = meta("og:url").orElseGet(() -> savedFrom(doc));
    }
    canonical = blankToNull(url);
    Element html = doc.selectFirst("html[lang]");
    language =
        article("inLanguage")
            .or(() -> meta("og:locale", "content-language", "dc.language", "language"))
            .orElse(html == null ? null : blankToNull(html.attr("lang")));
  }

  /**
   * The address a browser saved the page from, which it writes in a comment at the top: {@code <!--
   * saved from url=(0042)https://... -->}.
   */
  private static String savedFrom(Document doc) {
    for (Node node : doc.childNodes()) {
      if (node instanceof Comment c) {
        Matcher m = SAVED_FROM.matcher(c.getData());
        if (m.find()) {
          return m.group(1);
        }
      } else if (node instanceof Element) {
        break;
      }
    }
    return "";
  }

  static PageMeta of(Document doc) {
    return new PageMeta(doc);
  }

  /** The first of these meta names or properties the page gives (names in lower case). */
  Optional<String> meta(String... names) {
    for (String n : names) {
      String v = metas.get(n);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The meta names and properties of the page, in page order (in lower case). */
  List<String> names() {
    return List.copyOf(metas.keySet());
  }

  /** All of these meta names or properties the page gives, in this order. */
  List<String> metas(String... names) {
    List<String> values = new ArrayList<>();
    for (String n : names) {
      String v = metas.get(n);
      if (v != null) {
        values.add(v);
      }
    }
    return values;
  }

  /** The first string the article objects give for one of these keys. */
  Optional<String> article(String... keys) {
    for (Map<String, Object> a : articles) {
      for (String k : keys) {
        String v = text(a.get(k));
        if (v != null) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /** The names of the article objects' authors ({@code author}, then {@code creator}). */
  List<String> authors() {
    for (Map<String, Object> a : articles) {
      for (String k : List.of("author", "creator")) {
        List<String> names = names(a.get(k));
        if (!names.isEmpty()) {
          return names;
        }
      }
    }
    return List.of();
  }

  /** The name of the article objects' publisher. */
  Optional<String> publisher() {
    for (Map<String, Object> a : articles) {
      List<String> names = names(a.get("publisher"));
      if (!names.isEmpty()) {
        return Optional.of(names.get(0));
      }
    }
    return Optional.empty();
  }

  /** Whether the page says it is an article: OpenGraph type, JSON-LD, a publication time. */
  boolean declaresArticle() {
    return meta("og:type").filter(t -> t.toLowerCase(Locale.ROOT).contains("article")).isPresent()
        || hasArticleObject()
        || meta("article:published_time").isPresent();
  }

  boolean hasArticleObject() {
    for (Map<String, Object> a : articles) {
      if (!isPageType(a)) {
        return true;
      }
    }
    return false;
  }

  private void collectArticles(List<Object> values) {
    Deque<Object> todo = new ArrayDeque<>(values);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_OBJECTS) {
      Object v = todo.poll();
      if (v instanceof List<?> list) {
        todo.addAll(list);
      } else if (v instanceof Map<?, ?> raw) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) raw;
        if (isArticleType(map)) {
          articles.add(map);
        }
        if (map.get("@id") instanceof String id && map.size() > 1) {
          byId.putIfAbsent(id, map);
        }
        for (String nested :
            List.of("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")) {
          Object inner = map.get(nested);
          if (inner instanceof Map || inner instanceof List) {
            todo.add(inner);
          }
        }
      }
    }
  }

  private static boolean isArticleType(Map<String, Object> map) {
    for (String type : types(map)) {
      if (ARTICLE_TYPES.contains(type)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPageType(Map<String, Object> map) {
    for (String type : types(map)) {
      if (!type.endsWith("page") && !type.equals("creativework")) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> types(Map<String, Object> map) {
    Set<String> types = new LinkedHashSet<>();
    Object t = map.get("@type");
    for (Object o : t instanceof List<?> l ? l : List.of(t == null ? "" : t)) {
      if (o instanceof String s) {
        String name = s.substring(s.lastIndexOf('/') + 1);
        types.add(name.substring(name.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT));
      }
    }
    return types;
  }

  /** A plain value as text: a string, a number, or the {@code @value} or name of an object. */
  private static String text(Object v) {
    if (v instanceof String s) {
      return blankToNull(clean(s));
    }
    if (v instanceof List<?> list && !list.isEmpty()) {
      return text(list.get(0));
    }
    if (v instanceof Map<?, ?> map) {
      Object inner = map.get("@value");
      return inner instanceof String ? text(inner) : text(map.get("name"));
    }
    return null;
  }

  /**
   * Names of people or organisations: strings, objects with a name, references to such objects,
   * lists of these.
   */
  private List<String> names(Object v) {
    List<String> names = new ArrayList<>();
    for (Object o : v instanceof List<?> l ? l : List.of(v == null ? "" : v)) {
      if (o instanceof Map<?, ?> m && m.get("name") == null && m.get("@id") instanceof String id) {
        o = byId.getOrDefault(id, Map.of());
      }
      String name = o instanceof Map<?, ?> m ? text(m.get("name")) : text(o);
      if (name != null && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Metadata as text: white space collapsed, and entities that a page escaped twice (so that they
   * read as an entity, an ampersand and a number, not as the character) read once more.
   */
  private static String clean(String s) {
    String text = ESCAPED.matcher(s).find() ? Parser.unescapeEntities(s, false) : s;
    return Reading.collapse(text);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
