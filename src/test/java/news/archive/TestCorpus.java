package news.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Generated articles for tests that need many: a headline, a date line, paragraphs. */
public final class TestCorpus {
  /** Appears in every generated article, to count them with a search. */
  public static final String EVERY = "archivetest";

  private static final String[] WORDS =
      ("the of and to in minister said talks on government"
              + " city council harbour trade week officials report police forces agreement rain market"
              + " election border aid convoy bank rates")
          .split(" ");

  private TestCorpus() {}

  /**
   * Writes n articles into folder, in subfolders of 500; the same n and seed give the same files.
   */
  public static Path write(Path folder, int n, long seed) throws IOException {
    Random rnd = new Random(seed);
    for (int i = 0; i < n; i++) {
      Path sub = Files.createDirectories(folder.resolve(String.format("%03d", i / 500)));
      StringBuilder text = new StringBuilder();
      text.append("Story ")
          .append(seed)
          .append('-')
          .append(i)
          .append(' ')
          .append(words(rnd, 5))
          .append("\n\nPublished ")
          .append(1 + i % 28)
          .append(" March 2019\n\n");
      for (int p = 0; p < 4; p++) {
        text.append(Character.toUpperCase(WORDS[rnd.nextInt(WORDS.length)].charAt(0)))
            .append(words(rnd, 40 + rnd.nextInt(40)))
            .append(' ')
            .append(EVERY)
            .append(".\n\n");
      }
      Files.writeString(sub.resolve(String.format("%05d.txt", i)), text.toString());
    }
    return folder;
  }

  private static String words(Random rnd, int n) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      b.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
    }
    return b.toString();
  }
}
