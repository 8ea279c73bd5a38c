package news.archive.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** +TAG and -TAG, read one way for the command line and the web form. */
class TagChangesTest {

  @Test
  void signedWordsAddAndTakeAwayAndOthersGoWhereTheFrontEndSays() {
    List<String> ids = new ArrayList<>();
    TagChanges c = TagChanges.read(List.of("1faa", "+Syria", "-unread", "e72d"), ids::add);
    assertEquals(List.of("syria"), c.add());
    assertEquals(List.of("unread"), c.remove());
    assertEquals(List.of("1faa", "e72d"), ids);
  }

  @Test
  void whereNothingElseCanBeAnUnsignedWordIsATagToAdd() {
    TagChanges c = TagChanges.read(List.of("follow-up", "-todo"), null);
    assertEquals(List.of("follow-up"), c.add());
    assertEquals(List.of("todo"), c.remove());
  }

  @Test
  void aWordThatCannotBeATagIsNamed() {
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> TagChanges.read(List.of("+a b!"), null));
    assertEquals("'a b!' cannot be a tag: " + TagChanges.RULE, e.getMessage());
  }
}
