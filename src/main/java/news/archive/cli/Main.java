package news.archive.cli;

/** Entry point of the {@code archive} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(ArchiveCommand.run(args));
  }
}
