package news.archive;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;

/** The shipped JSON Schema ({@code schema/archive.schema.json}), for checking what is printed. */
public final class RecordSchema {

  private static final String ID = "https://archive.invalid/schema/";

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          b ->
              b.schemaMappers(
                  m -> m.mapPrefix(ID, Path.of("schema").toAbsolutePath().toUri().toString())));

  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static final JsonSchema ARTICLE = schema("article");
  private static final JsonSchema HIT = schema("hit");
  private static final JsonSchema STORY = schema("story");

  private RecordSchema() {}

  private static JsonSchema schema(String def) {
    return FACTORY.getSchema(SchemaLocation.of(ID + "archive.schema.json#/$defs/" + def), CONFIG);
  }

  /**
   * Checks one JSON object against the record's schema, or the hit's.
   *
   * @throws AssertionError saying what does not fit
   */
  public static void check(String json, boolean hit) {
    Set<ValidationMessage> errors = (hit ? HIT : ARTICLE).validate(json, InputFormat.JSON);
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "does not fit schema/archive.schema.json ("
              + (hit ? "hit" : "article")
              + "): "
              + errors
              + "\n"
              + json);
    }
  }

  /**
   * Checks one JSON object against the story's schema.
   *
   * @throws AssertionError saying what does not fit
   */
  public static void checkStory(String json) {
    Set<ValidationMessage> errors = STORY.validate(json, InputFormat.JSON);
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "does not fit schema/archive.schema.json (story): " + errors + "\n" + json);
    }
  }
}
