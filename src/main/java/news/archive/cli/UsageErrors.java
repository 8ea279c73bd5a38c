package news.archive.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a usage error says: one sentence of this project's, whatever kind of error picocli found (an
 * unknown option or command, a missing or surplus argument, a value of the wrong type, an option
 * given twice or given a value it does not take). The commands' own usage errors are sentences
 * already and pass as they are.
 */
final class UsageErrors {

  private UsageErrors() {}

  /**
   * The sentence for {@code e}, without the {@code archive: } before it.
   *
   * @param args the whole command line, to find what picocli's exception does not carry
   */
  static String message(ParameterException e, String[] args) {
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (e instanceof UnmatchedArgumentException u) {
      return unmatched(u, spec);
    }
    if (e instanceof MissingParameterException m) {
      return missing(m, spec, args);
    }
    if (e instanceof OverwrittenOptionException o) {
      return name(o.getOverwritten()) + " is given twice; give it once";
    }
    if (e instanceof MaxValuesExceededException) {
      return valueNotTaken(spec, args);
    }
    if (e.getArgSpec() != null && e.getCause() != null) {
      return badValue(e.getArgSpec(), e.getValue(), e.getCause());
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.startsWith("Unknown subcommand '") && e.getValue() != null) {
      // archive help NAME
      return unknownCommand(spec, e.getValue());
    }
    if (message.equals("Missing required subcommand")) {
      return "give a command: 'archive --help' lists them";
    }
    if (e.getCause() != null) {
      return "cannot read the argument " + Text.quoted(String.valueOf(e.getValue()));
    }
    return message;
  }

  /** An unknown option, with the nearest options the command has. */
  private static String unknownOption(CommandSpec spec, String typed) {
    return "unknown option "
        + Text.quoted(typed)
        + Suggestions.sentence(Suggestions.options(spec, typed));
  }

  private static String unknownCommand(CommandSpec root, String typed) {
    return "unknown command "
        + Text.quoted(typed)
        + Suggestions.sentence(Suggestions.commands(root, typed));
  }

  private static String unmatched(UnmatchedArgumentException u, CommandSpec spec) {
    List<String> unmatched = u.getUnmatched();
    if (unmatched.isEmpty()) {
      return spec.name() + " was given an argument it does not take";
    }
    String typed = unmatched.get(0);
    if (isOptionLike(typed)) {
      return unknownOption(spec, typed);
    }
    if (spec.parent() == null) {
      return unknownCommand(spec, typed);
    }
    return tooMany(spec, typed);
  }

  private static String tooMany(CommandSpec spec, String typed) {
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (positionals.isEmpty()) {
      return spec.name() + " takes options only, not " + Text.quoted(typed);
    }
    List<String> takes = new ArrayList<>();
    for (PositionalParamSpec p : positionals) {
      takes.add(p.arity().max() == 1 ? "one " + p.paramLabel() : p.paramLabel() + "...");
    }
    return spec.name()
        + " takes "
        + String.join(" and ", takes)
        + ", not also "
        + Text.quoted(typed);
  }

  private static String missing(MissingParameterException m, CommandSpec spec, String[] args) {
    // picocli finds a missing argument before an unknown option, which is the likelier mistake
    String unknown = firstUnknownOption(spec, args);
    if (unknown != null) {
      return unknownOption(spec, unknown);
    }
    List<ArgSpec> missing = m.getMissing();
    ArgSpec first = missing.isEmpty() ? null : missing.get(0);
    if (first instanceof OptionSpec o) {
      if (given(o, args)) {
        return o.longestName() + " needs a value (" + o.paramLabel() + ")";
      }
      return "give " + o.longestName() + " " + o.paramLabel();
    }
    if (spec.userObject() instanceof BaseCommand command && command.missingArguments() != null) {
      return command.missingArguments();
    }
    return "give " + (first == null ? "the arguments" : first.paramLabel());
  }

  private static String valueNotTaken(CommandSpec spec, String[] args) {
    for (String a : args) {
      int equals = a.indexOf('=');
      if (a.startsWith("-") && equals > 0) {
        OptionSpec o = spec.optionsMap().get(a.substring(0, equals));
        if (o != null && o.arity().max() == 0) {
          return o.longestName() + " takes no value, not " + Text.quoted(a.substring(equals + 1));
        }
      }
    }
    return "an option that takes no value was given one";
  }

  private static String badValue(ArgSpec arg, String value, Throwable cause) {
    Class<?>[] types = arg.auxiliaryTypes();
    Class<?> type = types.length > 0 ? types[0] : arg.type();
    String what = name(arg) + ": " + Text.quoted(String.valueOf(value));
    if (arg.isOption() && (type == boolean.class || type == Boolean.class)) {
      // picocli reads --json=yes as a value for the switch
      return name(arg) + " takes no value, not " + Text.quoted(String.valueOf(value));
    }
    if (type.isEnum()) {
      return what
          + " is not one of "
          + String.join(
              ", ", Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
    }
    if (cause instanceof TypeConversionException) {
      return name(arg) + ": " + cause.getMessage();
    }
    return what + " is not a valid " + arg.paramLabel();
  }

  /** How the user knows an argument: an option by its longest name, a positional by its label. */
  private static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
  }

  private static boolean given(OptionSpec o, String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      for (String name : o.names()) {
        if (a.equals(name) || a.startsWith(name + "=")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The first argument that looks like an option and is none of the command's, or null. For a
   * command that reads words starting with one dash as its own ({@code search Idlib -Turkey}), only
   * words with two.
   */
  private static String firstUnknownOption(CommandSpec spec, String[] args) {
    boolean dashWords = spec.parser().unmatchedOptionsArePositionalParams();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        return null;
      }
      if (!isOptionLike(a) || (dashWords && !a.startsWith("--"))) {
        continue;
      }
      int equals = a.indexOf('=');
      OptionSpec o = spec.optionsMap().get(equals < 0 ? a : a.substring(0, equals));
      if (o == null && !a.startsWith("--")) {
        // clustered short options: -qv, or -o with its value attached
        o = spec.optionsMap().get(a.substring(0, 2));
        if (o != null) {
          continue;
        }
      }
      if (o == null) {
        return a;
      }
      if (equals < 0 && o.arity().min() > 0) {
        i += o.arity().min();
      }
    }
    return null;
  }

  /** Starts with a dash and is not a number ({@code -3}) nor a lone dash (standard input). */
  private static boolean isOptionLike(String a) {
    if (!a.startsWith("-") || a.length() < 2) {
      return false;
    }
    try {
      Double.parseDouble(a);
      return false;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
