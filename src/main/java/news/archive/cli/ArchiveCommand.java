package news.archive.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import news.archive.app.BadRequestException;
import news.archive.app.NotFoundException;
import news.archive.app.StoreException;
import news.archive.app.TooShortException;
import news.archive.io.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code archive}: the root command, its global options, and how failures become exit codes. */
@Command(
    name = "archive",
    mixinStandardHelpOptions = true,
    versionProvider = ArchiveCommand.Version.class,
    description =
        "Keep news articles saved as text or web pages in a searchable archive on your disk.",
    footerHeading = "%n",
    footer = {
      "The store is --store DIR, else $ARCHIVE_HOME, else $XDG_DATA_HOME/archive,",
      "else ~/.local/share/archive.",
    })
public final class ArchiveCommand {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "The archive folder (default: $ARCHIVE_HOME, else $XDG_DATA_HOME/archive, else"
              + " ~/.local/share/archive).")
  Path store;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean debug;

  final Environment env;

  /** The search index being opened ahead of the command, or null. */
  final EarlyIndex earlyIndex;

  ArchiveCommand(Environment env, EarlyIndex earlyIndex) {
    this.env = env;
    this.earlyIndex = earlyIndex;
  }

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("import", ImportCommand::new);
    all.put("list", ListCommand::new);
    all.put("show", ShowCommand::new);
    all.put("search", SearchCommand::new);
    all.put("similar", SimilarCommand::new);
    all.put("stories", StoriesCommand::new);
    all.put("story", StoryCommand::new);
    all.put("tag", TagCommand::new);
    all.put("note", NoteCommand::new);
    all.put("set", SetCommand::new);
    all.put("rm", RmCommand::new);
    all.put("export", ExportCommand::new);
    all.put("stats", StatsCommand::new);
    all.put("reparse", ReparseCommand::new);
    all.put("reindex", ReindexCommand::new);
    all.put("check", CheckCommand::new);
    all.put("serve", ServeCommand::new);
    all.put("completion", CompletionCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return all;
  }

  /**
   * Runs the command line on the real process (its streams, variables and clock); the exit code.
   */
  public static int run(String[] args) {
    Map<String, String> variables = System.getenv();
    Arguments scanned = Arguments.scan(args);
    EarlyIndex early = EarlyIndex.start(scanned, variables);
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)),
            false);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    return newCommandLine(
            new Environment(
                variables,
                System.in,
                out,
                err,
                Clock.systemUTC(),
                Boolean.getBoolean("archive.stdout.tty"),
                Boolean.getBoolean("archive.stderr.tty")),
            scanned.command(),
            early)
        .execute(args);
  }

  /** The command line with every subcommand, on the given environment: what tests use. */
  public static CommandLine newCommandLine(Environment env) {
    return newCommandLine(env, null, null);
  }

  /**
   * The command line on the given environment. When the arguments name a subcommand, only that one
   * is built: picocli reads the annotations of every subcommand it is given, which costs more
   * start-up time than most commands take. Otherwise (help, a wrong name, no name) all are.
   *
   * @param early the search index being opened ahead of the command, or null
   */
  static CommandLine newCommandLine(Environment env, String command, EarlyIndex early) {
    ArchiveCommand root = new ArchiveCommand(env, early);
    CommandLine cl = new CommandLine(root);
    boolean one = command != null && SUBCOMMANDS.containsKey(command) && !command.equals("help");
    for (Map.Entry<String, Supplier<Object>> sub : SUBCOMMANDS.entrySet()) {
      if (!one || sub.getKey().equals(command)) {
        cl.addSubcommand(sub.getKey(), sub.getValue().get());
      }
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      Paging.describe(sub);
    }
    addExitCodes(cl);
    // picocli's own words for a bad number ("'3x' is not an int") are not ours
    cl.registerConverter(Integer.class, WholeNumbers.INT);
    cl.registerConverter(Integer.TYPE, WholeNumbers.INT);
    cl.registerConverter(Long.class, WholeNumbers.LONG);
    cl.registerConverter(Long.TYPE, WholeNumbers.LONG);
    for (CommandLine sub : cl.getSubcommands().values()) {
      // -V on a command prints what it does at the root
      sub.getCommandSpec().versionProvider(new Version());
    }
    // "archive search Idlib -Turkey", "archive export harbour -ferry": a word starting with a dash
    // is part of the query; "archive tag 1faa -unread": a tag to take away, not an option
    for (String name : List.of("search", "export", "tag")) {
      CommandLine sub = cl.getSubcommands().get(name);
      if (sub != null) {
        sub.setUnmatchedOptionsArePositionalParams(true);
      }
    }
    cl.setOut(env.out());
    cl.setErr(env.err());
    cl.setExecutionStrategy(
        parseResult -> {
          try {
            return new CommandLine.RunLast().execute(parseResult);
          } catch (Error e) {
            // Out of memory or stack: a bug too, told in one line like any other.
            return fail(e, cl.getErr(), root.debug);
          } finally {
            env.out().flush();
            env.err().flush();
          }
        });
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine sub = e.getCommandLine();
          PrintWriter err = sub.getErr();
          if (sub == cl && args.length == 0) {
            // "archive" alone: what it can do, one line a command
            sub.usage(err);
            err.flush();
            return ExitCode.USAGE.code();
          }
          err.println("archive: " + Text.printable(UsageErrors.message(e, args)));
          err.println("Try '" + sub.getCommandSpec().qualifiedName() + " --help' for more.");
          err.flush();
          return ExitCode.USAGE.code();
        });
    cl.setExecutionExceptionHandler((e, sub, parseResult) -> fail(e, sub.getErr(), root.debug));
    return cl;
  }

  /** Tells a failure in one line (with its stack trace under --debug); its exit code. */
  private static int fail(Throwable e, PrintWriter err, boolean debug) {
    if (e instanceof ClosedOutput) {
      return ExitCode.OK.code();
    }
    ExitCode code = exitCode(e);
    if (code == ExitCode.INTERNAL) {
      err.println(
          "archive: internal error: " + e + (debug ? "" : " (run again with --debug for details)"));
    } else {
      if (e instanceof NotFoundException nf) {
        for (NotFoundException.Candidate c : nf.candidates()) {
          err.println(
              c.id()
                  + "  "
                  + (c.date() == null ? "----------" : c.date())
                  + "  "
                  + (c.title() == null ? "(cannot be read)" : Text.printable(c.title())));
        }
      }
      err.println("archive: " + message(e));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return code.code();
  }

  /** What a failure means for the user, as an exit code. */
  static ExitCode exitCode(Throwable e) {
    if (e instanceof Failure f) {
      return f.exitCode();
    }
    if (e instanceof BadRequestException) {
      return ExitCode.USAGE;
    }
    if (e instanceof NotFoundException) {
      return ExitCode.NOT_FOUND;
    }
    if (e instanceof TooShortException) {
      return ExitCode.NO_MATCH;
    }
    if (e instanceof StoreException
        || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return ExitCode.STORE;
    }
    return ExitCode.INTERNAL;
  }

  private static String message(Throwable e) {
    if (e instanceof IOException io) {
      return Problems.describeWithFile(io);
    }
    if (e instanceof UncheckedIOException io) {
      return Problems.describeWithFile(io.getCause());
    }
    return e.getMessage();
  }

  /** Every command's help ends with the exit codes, from the one list in {@link ExitCode}. */
  private static void addExitCodes(CommandLine cl) {
    var usage = cl.getCommandSpec().usageMessage();
    List<String> footer = new ArrayList<>(List.of(usage.footer()));
    if (!footer.isEmpty()) {
      footer.add("");
    }
    footer.addAll(ExitCode.help());
    usage.footerHeading("%n").footer(footer.toArray(String[]::new));
    for (CommandLine sub : cl.getSubcommands().values()) {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        addExitCodes(sub);
      }
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ArchiveCommand.class.getPackage().getImplementationVersion();
      return new String[] {"archive " + (v == null ? "(development build)" : v)};
    }
  }
}
