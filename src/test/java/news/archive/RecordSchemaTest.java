package news.archive;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.archive.json.Json;
import org.junit.jupiter.api.Test;

/** The shipped schema accepts the records this version writes, and refuses what differs. */
class RecordSchemaTest {

  private static String record(Article a) {
    return new String(Json.articleBytes(a), StandardCharsets.UTF_8);
  }

  @Test
  void recordsOfEveryKindFit() {
    RecordSchema.check(record(TestArticles.full()), false);
    RecordSchema.check(
        record(TestArticles.article("00000000000000aa", "Bare", null, "Text.")), false);
    Article tagged =
        TestArticles.full().toBuilder()
            .curation(new Curation(List.of("ünread", "port/2015"), "a note", Map.of(), Map.of()))
            .build();
    Article curated = Corrections.corrected(tagged, Map.of("date", "2018-09-04", "byline", ""));
    RecordSchema.check(record(curated), false);
  }

  @Test
  void whatDiffersFromTheRecordIsRefused() {
    String good = record(TestArticles.full());
    for (String bad :
        List.of(
            good.replace("\"0123456789abcdef\"", "\"0123\""),
            good.replace("\"dateFrom\" : \"lead\"", "\"dateFrom\" : \"guessed\""),
            good.replace("\"schema\" : 2", "\"schema\" : 3"),
            good.replace("\"words\" : 4", "\"words\" : -4"),
            good.replace("\"id\" :", "\"colour\" : 1, \"id\" :"),
            good.replace("\"tags\" : [ ]", "\"tags\" : [ \"Two Words\" ]"),
            good.replace("\"format\" : \"text\"", "\"format\" : \"pdf\""))) {
      assertThrows(AssertionError.class, () -> RecordSchema.check(bad, false), bad);
    }
    assertThrows(AssertionError.class, () -> RecordSchema.check(good, true), "a hit needs a score");
  }
}
