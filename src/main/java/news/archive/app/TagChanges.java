package news.archive.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import news.archive.Curation;

/**
 * Tags to add and take away, read the one way every front end reads them: {@code +unread} adds,
 * {@code -todo} takes away, each kept as {@link Curation#tag} keeps it.
 */
public record TagChanges(List<String> add, List<String> remove) {

  /** What a word that cannot be a tag is told. */
  static final String RULE =
      "use letters, digits and _ . / -, at most 64, starting with a letter or digit";

  public TagChanges {
    add = List.copyOf(add);
    remove = List.copyOf(remove);
  }

  /** Whether the words changed no tag. */
  public boolean isEmpty() {
    return add.isEmpty() && remove.isEmpty();
  }

  /**
   * The changes the words make. A word without a sign is no change: it is handed to {@code
   * unsigned} (the command line's ids); where a front end has nothing else such a word could be, it
   * passes null and the word is a tag to add.
   *
   * @throws BadRequestException for a word that cannot be a tag, naming it
   */
  public static TagChanges read(List<String> words, Consumer<String> unsigned) {
    List<String> add = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    for (String word : words) {
      boolean signed = word.startsWith("+") || word.startsWith("-");
      if (!signed && unsigned != null) {
        unsigned.accept(word);
        continue;
      }
      String typed = signed ? word.substring(1) : word;
      String tag = Curation.tag(typed);
      if (tag == null) {
        throw new BadRequestException("'" + typed + "' cannot be a tag: " + RULE);
      }
      (word.startsWith("-") ? remove : add).add(tag);
    }
    return new TagChanges(add, remove);
  }
}
