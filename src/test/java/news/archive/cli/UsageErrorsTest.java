package news.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Usage errors of every command, found by walking the commands' own models: each is one sentence of
 * ours, never picocli's wording, and a mistyped option gets the nearest names.
 */
class UsageErrorsTest {

  /** Phrases of picocli's messages that must never reach a user. */
  private static final List<String> PICOCLI =
      List.of(
          "positional parameter",
          "is not a long",
          "is not an int",
          "Invalid value for option",
          "Missing required",
          "were specified",
          "requires at least",
          "Unknown option",
          "Unmatched argument",
          "Expected parameter",
          "should be specified",
          "cannot convert",
          "expected one of",
          "Unknown subcommand",
          "Possible solutions");

  private static final Pattern SUGGESTION =
      Pattern.compile(
          "archive: unknown option '([^']+)'; did you mean ('[^']+'(?: or '[^']+')*)\\?");

  @TempDir Path tmp;

  private Cli cli;

  @BeforeEach
  void emptyStore() {
    cli = new Cli(tmp.resolve("store"));
  }

  /** Every command's model, the root's first, as the real command line builds them. */
  private static List<CommandSpec> commands() {
    Environment env =
        new Environment(
            Map.of(),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            Clock.systemUTC(),
            false,
            false);
    CommandLine root = ArchiveCommand.newCommandLine(env);
    List<CommandSpec> all = new ArrayList<>(List.of(root.getCommandSpec()));
    for (CommandLine sub : root.getSubcommands().values()) {
      all.add(sub.getCommandSpec());
    }
    return all;
  }

  /** The words that run a command: none for the root. */
  private static List<String> words(CommandSpec spec, String... args) {
    List<String> words = new ArrayList<>();
    if (spec.parent() != null) {
      words.add(spec.name());
    }
    words.addAll(List.of(args));
    return words;
  }

  /** A mistyped name: one letter left out, from the middle, that is no name of the command. */
  private static String typo(String name, Collection<String> names) {
    String bare = name.substring(2);
    for (int k = 0; k < bare.length(); k++) {
      int i = (bare.length() / 2 + k) % bare.length();
      String typo = "--" + bare.substring(0, i) + bare.substring(i + 1);
      if (typo.length() > 2 && !names.contains(typo)) {
        return typo;
      }
    }
    throw new AssertionError("no typo of " + name);
  }

  private Cli.Result usageError(List<String> args) {
    Cli.Result r = cli.run(args.toArray(String[]::new));
    String shown = String.join(" ", args);
    assertEquals(ExitCode.USAGE.code(), r.code(), shown + "\n" + r);
    assertEquals("", r.out(), shown);
    List<String> lines = r.errLines();
    assertEquals(2, lines.size(), "a sentence and a hint: " + shown + "\n" + r.err());
    assertTrue(lines.get(0).startsWith("archive: "), shown + ": " + r.err());
    assertTrue(lines.get(1).matches("Try 'archive( \\S+)? --help' for more\\."), r.err());
    for (String phrase : PICOCLI) {
      assertFalse(lines.get(0).contains(phrase), shown + " says picocli's words: " + lines.get(0));
    }
    return r;
  }

  @Test
  void aTypoOfEveryOptionOfEveryCommandGetsTheOptionSuggested() {
    int tried = 0;
    for (CommandSpec spec : commands()) {
      if (spec.helpCommand()) {
        continue; // picocli's help prints help whatever follows it
      }
      for (OptionSpec o : spec.options()) {
        for (String name : o.names()) {
          if (!name.startsWith("--")) {
            continue;
          }
          String typo = typo(name, spec.optionsMap().keySet());
          Cli.Result r = usageError(words(spec, typo));
          String line = r.errLines().get(0);
          Matcher m = SUGGESTION.matcher(line);
          assertTrue(m.matches(), typo + " in " + spec.qualifiedName() + ": " + line);
          assertEquals(typo, m.group(1));
          assertTrue(m.group(2).contains("'" + name + "'"), typo + " for " + name + ": " + line);
          tried++;
        }
      }
    }
    assertTrue(tried > 60, "every option of every command: " + tried);
  }

  @Test
  void theTypoOfTheIssueIsToldAsTheOthersAre() {
    Cli.Result r = usageError(List.of("search", "cocoa", "--limt", "3"));
    assertEquals("archive: unknown option '--limt'; did you mean '--limit'?", r.errLines().get(0));
    r = usageError(List.of("list", "--sicne", "2018-01-01"));
    assertEquals("archive: unknown option '--sicne'; did you mean '--since'?", r.errLines().get(0));
    r = usageError(List.of("tag", "3a08", "+x", "--hepl"));
    assertEquals("archive: unknown option '--hepl'; did you mean '--help'?", r.errLines().get(0));
    r = usageError(List.of("show", "--jsno"));
    assertEquals(
        "archive: unknown option '--jsno'; did you mean '--json'?",
        r.errLines().get(0),
        "the typo, not the missing id, which it may have hidden");
    r = usageError(List.of("serch", "Idlib"));
    assertEquals("archive: unknown command 'serch'; did you mean 'search'?", r.errLines().get(0));
    r = usageError(List.of("help", "serch"));
    assertEquals("archive: unknown command 'serch'; did you mean 'search'?", r.errLines().get(0));
  }

  @Test
  void aBadValueOfEveryOptionOfEveryCommandIsToldInOurWords() {
    int tried = 0;
    for (CommandSpec spec : commands()) {
      for (OptionSpec o : spec.options()) {
        String name = o.longestName();
        if (o.arity().max() == 0) {
          Cli.Result r = usageError(words(spec, name + "=yes"));
          assertEquals("archive: " + name + " takes no value, not 'yes'", r.errLines().get(0));
          tried++;
          continue;
        }
        // the option with no value after it, and before another option
        usageError(words(spec, name));
        usageError(words(spec, name, "--help"));
        String bad = badValue(o.auxiliaryTypes()[0]);
        if (bad != null) {
          Cli.Result r = usageError(words(spec, name, bad));
          assertTrue(
              r.errLines().get(0).startsWith("archive: " + name + ": '" + bad + "' is not "),
              r.err());
        }
        if (!o.isMultiValue()) {
          String good = goodValue(o.auxiliaryTypes()[0]);
          Cli.Result r = usageError(words(spec, name, good, name, good));
          assertEquals(
              "archive: " + name + " is given twice; give it once", r.errLines().get(0), r.err());
        }
        tried++;
      }
    }
    assertTrue(tried > 60, "every option of every command: " + tried);
  }

  @Test
  void tooFewAndTooManyArgumentsOfEveryCommandAreToldInOurWords() {
    for (CommandSpec spec : commands()) {
      if (spec.parent() == null) {
        usageError(List.of("--debug"));
        continue;
      }
      List<PositionalParamSpec> positionals = spec.positionalParameters();
      int needed = positionals.stream().mapToInt(p -> p.arity().min()).sum();
      if (needed > 0) {
        usageError(words(spec));
      }
      boolean bounded = positionals.stream().allMatch(p -> p.arity().max() < 100);
      if (bounded && !spec.name().equals("help")) {
        List<String> args = new ArrayList<>();
        for (PositionalParamSpec p : positionals) {
          for (int i = 0; i < p.arity().max(); i++) {
            args.add(goodValue(p.auxiliaryTypes()[0]));
          }
        }
        args.add("surplus");
        Cli.Result r = usageError(words(spec, args.toArray(String[]::new)));
        assertTrue(r.errLines().get(0).contains("'surplus'"), r.err());
      }
      for (PositionalParamSpec p : positionals) {
        String bad = badValue(p.auxiliaryTypes()[0]);
        if (bad != null) {
          Cli.Result r = usageError(words(spec, bad));
          assertTrue(
              r.errLines().get(0).startsWith("archive: " + p.paramLabel() + ": '" + bad + "'"),
              r.err());
        }
      }
    }
  }

  @Test
  void theSentencesOfTheIssue() {
    assertEquals(
        "archive: give at least one id and one +TAG or -TAG",
        usageError(List.of("tag", "3a08")).errLines().get(0));
    assertEquals(
        "archive: --limit: '3x' is not a whole number",
        usageError(List.of("search", "cocoa", "--limit", "3x")).errLines().get(0));
    assertEquals(
        "archive: --sort: 'foo' is not one of relevance, date",
        usageError(List.of("search", "cocoa", "--sort", "foo")).errLines().get(0));
    assertEquals(
        "archive: --max-bytes: '20MB' is not a size: write bytes, or a whole number with K, M or G"
            + " (KiB, MiB, GiB), for example 20M",
        usageError(List.of("import", "--max-bytes", "20MB", ".")).errLines().get(0));
    assertEquals(
        "archive: --limit: '99999999999' is too large: at most 2147483647",
        usageError(List.of("list", "--limit", "99999999999")).errLines().get(0));
    assertEquals(
        "archive: --limit needs a value (N)",
        usageError(List.of("list", "--limit")).errLines().get(0));
    assertEquals(
        "archive: similar takes one ID, not also 'b'",
        usageError(List.of("similar", "aaaa", "b")).errLines().get(0));
  }

  /** A value that the type refuses, or null when every string is one. */
  private static String badValue(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "3x";
    }
    if (type.isEnum()) {
      return "foo";
    }
    if (type == LocalDate.class) {
      return "yesterday";
    }
    return null;
  }

  /** A value that the type takes. */
  private static String goodValue(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "1";
    }
    if (type.isEnum()) {
      return ((Enum<?>) type.getEnumConstants()[0]).name();
    }
    if (type == LocalDate.class) {
      return "2018-09-03";
    }
    return "aaaa";
  }
}
