package news.archive.json;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import news.archive.Article;
import news.archive.Hit;
import news.archive.Story;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapping of the archive: the stored files, the {@code --json} output and the web
 * API's objects use the same fields (see {@link ArticleJson}). This package is the only one that
 * knows Jackson.
 */
public final class Json {

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          // Keep the record's field order: id and title first, body and source last.
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          // Files written by a newer version may carry fields this one does not know.
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();
  private static final ObjectWriter PRETTY =
      MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectWriter COMPACT = MAPPER.writer();

  private Json() {}

  /** The version of the record's layout that this version writes, in each record's "schema". */
  public static final int LAYOUT = ArticleJson.SCHEMA;

  /**
   * The layout version of a record's bytes: its "schema", or 1 when it has none or is no record.
   */
  public static int layout(byte[] bytes) {
    // A file this version wrote ends with its layout: read only the tail of the bytes.
    String tail =
        new String(
            bytes,
            Math.max(0, bytes.length - CURRENT_TAIL.length),
            Math.min(bytes.length, CURRENT_TAIL.length),
            StandardCharsets.UTF_8);
    if (tail.equals(new String(CURRENT_TAIL, StandardCharsets.UTF_8))) {
      return LAYOUT;
    }
    try {
      JsonNode schema = MAPPER.readTree(bytes).get("schema");
      return schema != null && schema.isInt() ? schema.intValue() : 1;
    } catch (JacksonException e) {
      return 1;
    }
  }

  /** How every file this version writes ends. */
  private static final byte[] CURRENT_TAIL =
      ("\"schema\" : " + ArticleJson.SCHEMA + "\n}\n").getBytes(StandardCharsets.UTF_8);

  /** The bytes of an article's file: pretty-printed UTF-8 with a final newline. */
  public static byte[] articleBytes(Article article) {
    byte[] json = PRETTY.writeValueAsBytes(ArticleJson.of(article));
    byte[] out = Arrays.copyOf(json, json.length + 1);
    out[json.length] = '\n';
    return out;
  }

  /**
   * Reads an article file.
   *
   * @throws IllegalArgumentException when the bytes are not an article record; the message says
   *     what is wrong
   */
  public static Article readArticle(byte[] bytes) {
    Article article;
    try {
      ArticleJson json = MAPPER.readValue(bytes, ArticleJson.class);
      if (json == null) {
        throw new IllegalArgumentException("the file holds JSON null, not an article");
      }
      article = json.article();
    } catch (JacksonException e) {
      throw new IllegalArgumentException(oneLine(e.getOriginalMessage()), e);
    } catch (NullPointerException e) {
      // The record's constructor refuses a missing required field.
      throw new IllegalArgumentException("missing field " + e.getMessage(), e);
    }
    return article;
  }

  /**
   * Whether the text is a JSON object with an {@code id}: a line that means to be an article
   * record, right or wrong, as opposed to other JSON or none.
   */
  public static boolean isObjectWithId(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node != null && node.isObject() && node.has("id");
    } catch (JacksonException e) {
      return false;
    }
  }

  private static String oneLine(String message) {
    return message == null ? "not valid JSON" : message.replaceAll("\\s*\\R\\s*", " ");
  }

  /** How a sequence of records is printed. */
  public enum Layout {
    /** One pretty-printed JSON array. */
    ARRAY,
    /** One compact JSON object per line (NDJSON). */
    LINES,
    /**
     * The bulk format of OpenSearch and Elasticsearch: before each record, an action line that
     * indexes it under its id.
     */
    BULK
  }

  /** Any value of the shared model (such as {@link news.archive.Stats}), pretty-printed. */
  public static void writeValue(Object value, Writer out) throws IOException {
    out.write(PRETTY.writeValueAsString(value));
    out.write('\n');
  }

  /** One story, pretty-printed, with its articles as their files hold them. */
  public static void write(Story story, Writer out) throws IOException {
    out.write(PRETTY.writeValueAsString(storyNode(story)));
    out.write('\n');
  }

  private static ObjectNode hitNode(Hit hit) {
    ObjectNode node = MAPPER.valueToTree(ArticleJson.of(hit.article()));
    node.put("score", hit.score());
    node.put("snippet", hit.snippet());
    node.set("marks", MAPPER.valueToTree(hit.marks()));
    return node;
  }

  private static ObjectNode storyNode(Story story) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", story.id());
    node.put("label", story.label());
    node.put("size", story.size());
    node.put("first", story.first() == null ? null : story.first().toString());
    node.put("last", story.last() == null ? null : story.last().toString());
    if (story.hits() != null) {
      node.put("hits", story.hits());
    }
    if (!story.articles().isEmpty()) {
      ArrayNode articles = node.putArray("articles");
      for (Article a : story.articles()) {
        articles.add(MAPPER.valueToTree(ArticleJson.of(a)));
      }
    }
    return node;
  }

  /**
   * An article as {@code --json} prints it, as a value to put into a larger one (a map, a list)
   * written by {@link #compact}: what the web API answers with.
   */
  public static Object value(Article article) {
    return ArticleJson.of(article);
  }

  /** A hit as {@code search --json} prints it, as a value (see {@link #value(Article)}). */
  public static Object value(Hit hit) {
    return hitNode(hit);
  }

  /** A story as {@code story --json} prints it, as a value (see {@link #value(Article)}). */
  public static Object value(Story story) {
    return storyNode(story);
  }

  /** The names of the record's fields, in the order they are written. */
  public static final List<String> ARTICLE_FIELDS =
      Arrays.stream(ArticleJson.class.getRecordComponents()).map(RecordComponent::getName).toList();

  /** The fields a search hit adds to its record. */
  public static final List<String> HIT_FIELDS = List.of("score", "snippet", "marks");

  /**
   * A value of {@link #value(Article)} or {@link #value(Hit)} with only the fields named, in the
   * order they are written, for a script that asks for a few fields of many records.
   */
  public static Object only(Object value, Collection<String> fields) {
    ObjectNode node = MAPPER.valueToTree(value);
    node.retain(fields);
    return node;
  }

  /**
   * Any value of the shared model, or maps and lists of them and of the values above, as compact
   * UTF-8 JSON.
   */
  public static byte[] compact(Object value) {
    return COMPACT.writeValueAsBytes(value);
  }

  /** One article, pretty-printed exactly as in its file. */
  public static void write(Article article, Writer out) throws IOException {
    out.write(new String(articleBytes(article), StandardCharsets.UTF_8));
  }

  /**
   * Writes records one at a time, so that a long listing streams. Closing it ends the array and
   * flushes, but leaves {@code out} open.
   */
  public static final class Output implements AutoCloseable {
    private final Writer out;
    private final Layout layout;
    private final SequenceWriter sequence;
    private int written;

    public Output(Writer out, Layout layout) {
      this.out = out;
      this.layout = layout;
      Writer keepOpen = new KeepOpen(out);
      this.sequence =
          layout == Layout.ARRAY
              ? PRETTY.writeValuesAsArray(keepOpen)
              : COMPACT.withRootValueSeparator("\n").writeValues(keepOpen);
    }

    public void article(Article article) {
      if (layout == Layout.BULK) {
        ObjectNode action = MAPPER.createObjectNode();
        action.putObject("index").put("_id", article.id());
        sequence.write(action);
      }
      sequence.write(ArticleJson.of(article));
      written++;
    }

    /** A story: its id, label, size and dates, its hit count in a search, its articles if given. */
    public void story(Story story) {
      sequence.write(storyNode(story));
      written++;
    }

    /** A hit: the article's fields, then {@code score}, {@code snippet} and {@code marks}. */
    public void hit(Hit hit) {
      sequence.write(hitNode(hit));
      written++;
    }

    @Override
    public void close() throws IOException {
      sequence.close();
      if (layout == Layout.ARRAY || written > 0) {
        out.write('\n');
      }
      out.flush();
    }
  }

  /** Jackson closes the writer when a sequence ends; standard output must stay open. */
  private static final class KeepOpen extends FilterWriter {
    KeepOpen(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
