package news.archive.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The names a mistyped command or option was most likely meant to be: those within a letter or two
 * of it (a letter left out, one too many, one wrong, two swapped), or that start with it. The one
 * place every usage error takes its suggestions from.
 */
final class Suggestions {
  private static final int MAX = 3;

  private Suggestions() {}

  /**
   * The options of {@code spec} nearest to {@code typed}, nearest first: for {@code --x}, the long
   * names; for {@code -x}, every name ({@code -limit} is near {@code --limit}).
   */
  static List<String> options(CommandSpec spec, String typed) {
    boolean dashes = typed.startsWith("--");
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      for (String name : o.names()) {
        if (!dashes || name.startsWith("--")) {
          names.add(name);
        }
      }
    }
    return nearest(bare(typed), names);
  }

  /** The visible subcommands of {@code spec} nearest to {@code typed}, nearest first. */
  static List<String> commands(CommandSpec spec, String typed) {
    List<String> names = new ArrayList<>();
    spec.subcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                names.add(name);
              }
            });
    return nearest(typed, names);
  }

  /** "; did you mean 'a' or 'b'?", or nothing when none is near. */
  static String sentence(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    return "; did you mean "
        + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList())
        + "?";
  }

  private static List<String> nearest(String typed, Collection<String> names) {
    String t = typed.toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return List.of();
    }
    // a short word has few letters to go wrong: none for one letter, one for up to five, then two
    int allowed = t.length() == 1 ? 0 : t.length() <= 5 ? 1 : 2;
    record Near(String name, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String name : names) {
      String n = bare(name).toLowerCase(Locale.ROOT);
      if (n.length() == 1 && t.length() > 1) {
        continue; // -V is no guess for -qv: a one-letter name is one letter from anything short
      }
      int d = n.startsWith(t) ? 0 : distance(t, n);
      if (d <= allowed) {
        near.add(new Near(name, d));
      }
    }
    near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
    int best = near.isEmpty() ? 0 : near.get(0).distance();
    return near.stream()
        .filter(n -> n.distance() == best)
        .map(Near::name)
        .distinct()
        .limit(MAX)
        .toList();
  }

  /** The name without its leading dashes and without a value attached ({@code --limit=3}). */
  static String bare(String name) {
    int start = 0;
    while (start < name.length() && name.charAt(start) == '-') {
      start++;
    }
    int equals = name.indexOf('=', start);
    return name.substring(start, equals < 0 ? name.length() : equals);
  }

  /**
   * The edits that turn one word into the other: letters put in, taken out or changed, and two
   * neighbours swapped (the optimal string alignment distance).
   */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
