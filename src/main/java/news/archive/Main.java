package news.archive;

import java.util.logging.Level;
import java.util.logging.Logger;
import news.archive.cli.ArchiveCommand;

/** Entry point of the {@code archive} command. */
public final class Main {

  /**
   * Lucene logs notes about the JVM it runs on (memory mapping, the Vector API) through
   * java.util.logging. They are for Lucene's developers, not for the user's terminal. A strong
   * reference keeps the setting: the logging framework holds its loggers only weakly.
   */
  private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE.setLevel(Level.SEVERE);
    System.exit(ArchiveCommand.run(args));
  }
}
