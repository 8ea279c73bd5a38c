package news.archive.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Shows text through a pager ({@code less}) when the reader is at a terminal, as git does; prints
 * it as it is otherwise, or when the pager cannot be started.
 */
final class Pager {
  private Pager() {}

  /**
   * @param command the pager's command line, run by {@code sh -c}, or null for none
   */
  static void show(String text, String command, PrintWriter out) {
    if (command != null && page(text, command)) {
      return;
    }
    out.print(text);
  }

  private static boolean page(String text, String command) {
    Process p;
    try {
      ProcessBuilder b = new ProcessBuilder("sh", "-c", command);
      b.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      b.redirectError(ProcessBuilder.Redirect.INHERIT);
      b.environment().putIfAbsent("LESS", "FRX");
      p = b.start();
    } catch (IOException e) {
      return false;
    }
    try (Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
      in.write(text);
    } catch (IOException e) {
      // the reader quit the pager before the end: nothing more to show
    }
    try {
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }
}
