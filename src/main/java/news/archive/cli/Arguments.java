package news.archive.cli;

/**
 * A first look at the arguments, before picocli reads them: which command they name and which
 * store. Only what is needed to prepare ahead; picocli remains the judge of what is valid.
 */
record Arguments(String command, String store, boolean help) {

  /**
   * The first argument that is neither an option nor the value of {@code --store} is the command;
   * {@code --store} may stand before or after it.
   */
  static Arguments scan(String[] args) {
    String command = null;
    String store = null;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      } else if (a.equals("--store") && i + 1 < args.length) {
        store = args[++i];
      } else if (a.startsWith("--store=")) {
        store = a.substring("--store=".length());
      } else if (a.equals("--help") || a.equals("-h")) {
        help = true;
      } else if (command == null && !a.startsWith("-")) {
        command = a;
      }
    }
    return new Arguments(command, store, help);
  }
}
