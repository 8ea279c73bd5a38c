package news.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's manual page, in roff for {@code man}, made from the same model as its {@code --help}:
 * name and header, synopsis, description, arguments, options, exit status.
 */
public final class ManPage {
  private ManPage() {}

  /** The page of {@code cl}'s command; {@code version} goes in its title line. */
  static String of(CommandLine cl, String version) {
    CommandSpec spec = cl.getCommandSpec();
    String name = spec.qualifiedName("-");
    StringBuilder b = new StringBuilder();
    b.append(".TH \"")
        .append(name.toUpperCase(Locale.ROOT))
        .append("\" 1 \"\" \"")
        .append(escape(version))
        .append("\" \"archive manual\"\n");
    b.append(".SH NAME\n").append(escape(name)).append(" \\- ");
    String[] header = spec.usageMessage().header();
    String[] description = spec.usageMessage().description();
    b.append(escape(header.length > 0 ? header[0] : description.length > 0 ? description[0] : ""))
        .append('\n');
    b.append(".SH SYNOPSIS\n.nf\n")
        .append(escape(cl.getHelp().synopsis(0).strip()))
        .append("\n.fi\n");
    if (description.length > 0) {
      b.append(".SH DESCRIPTION\n");
      for (String line : description) {
        String text = line.strip();
        if (text.isEmpty()) {
          b.append(".PP\n");
        } else if (line.startsWith("  ")) {
          b.append(".nf\n").append(escape(line)).append("\n.fi\n");
        } else {
          b.append(escape(text)).append('\n');
        }
      }
    }
    List<PositionalParamSpec> params = spec.positionalParameters();
    if (!params.isEmpty()) {
      b.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : params) {
        b.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n');
        b.append(escape(String.join(" ", p.description()))).append('\n');
      }
    }
    if (!spec.options().isEmpty()) {
      b.append(".SH OPTIONS\n");
      for (OptionSpec o : spec.options()) {
        b.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
        if (o.arity().max() > 0) {
          b.append(" ").append(escape(o.paramLabel()));
        }
        b.append('\n')
            .append(
                escape(
                    String.join(" ", o.description())
                        .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()))))
            .append('\n');
      }
    }
    if (!spec.subcommands().isEmpty()) {
      b.append(".SH COMMANDS\n");
      spec.subcommands()
          .forEach(
              (sub, c) -> {
                String[] h = c.getCommandSpec().usageMessage().header();
                b.append(".TP\n.B ").append(escape(sub)).append('\n');
                b.append(escape(h.length > 0 ? h[0] : "")).append('\n');
              });
    }
    b.append(".SH EXIT STATUS\n");
    for (ExitCode c : ExitCode.values()) {
      b.append(".TP\n.B ").append(c.code()).append('\n');
      b.append(escape(c.meaning().replace("`", ""))).append('\n');
    }
    b.append(".SH SEE ALSO\n").append("archive(1), and the project's README\n");
    return b.toString();
  }

  /** Text safe for roff: backslashes doubled, a leading dot or quote kept from being a request. */
  private static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    StringBuilder out = new StringBuilder();
    for (String line : e.split("\n", -1)) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
    }
    // roff reads bytes, not UTF-8: other characters are named by their code point
    StringBuilder ascii = new StringBuilder(out.length());
    out.codePoints()
        .forEach(
            cp -> {
              if (cp < 128) {
                ascii.append((char) cp);
              } else {
                ascii.append(String.format(Locale.ROOT, "\\[u%04X]", cp));
              }
            });
    return ascii.toString();
  }

  /** Writes the page of the root command and of every command into a folder: for the build. */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "target/man");
    Files.createDirectories(folder);
    CommandLine root =
        ArchiveCommand.newCommandLine(
            new Environment(
                System.getenv(),
                System.in,
                new PrintWriter(new java.io.StringWriter()),
                new PrintWriter(new java.io.StringWriter()),
                java.time.Clock.systemUTC(),
                false,
                false));
    String version = new ArchiveCommand.Version().getVersion()[0];
    write(folder.resolve("archive.1"), of(root, version));
    for (CommandLine sub : root.getSubcommands().values()) {
      if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        write(folder.resolve("archive-" + sub.getCommandName() + ".1"), of(sub, version));
      }
    }
  }

  private static void write(Path file, String page) throws IOException {
    Files.writeString(file, page, StandardCharsets.UTF_8);
  }
}
