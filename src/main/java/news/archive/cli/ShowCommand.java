package news.archive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import news.archive.Article;
import news.archive.app.Archive;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code archive show ID...}: articles, from their files. */
@Command(
    name = "show",
    header = "Print articles by id.",
    mixinStandardHelpOptions = true,
    description = {
      "Print articles, each by its id or a unique prefix of it (at least "
          + Archive.MIN_PREFIX
          + " characters), in the order given.",
      "On a terminal, the text goes through $PAGER (default: less -FRX) and long paragraphs"
          + " are wrapped to its width.",
      "--json prints one object for one id, an array for several. A prefix that fits several"
          + " articles lists them (id, date, title) on stderr and exits with 3; so does an id"
          + " that names none, and then nothing is printed."
    })
@MissingArguments("give the ids of the articles to show")
final class ShowCommand extends BaseCommand {

  @Mixin ArticleIds ids;

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    OutputOptions.Format format = output.format();
    Columns columns = output.columns(false);
    List<String> prefixes = ids.prefixes(spec);
    Archive archive = archive();
    List<Article> articles = new ArrayList<>();
    for (String prefix : prefixes) {
      articles.add(archive.show(prefix));
    }
    if (format == OutputOptions.Format.json && articles.size() == 1) {
      Json.write(articles.get(0), out());
      return ExitCode.OK.code();
    }
    if (format == OutputOptions.Format.text && columns == null) {
      StringWriter text = new StringWriter();
      PrintWriter w = new PrintWriter(text);
      Printer printer = new Printer(w, env().colour(), env().columns());
      for (int i = 0; i < articles.size(); i++) {
        if (i > 0) {
          w.println();
          w.println("-".repeat(72));
          w.println();
        }
        printer.full(articles.get(i));
      }
      w.flush();
      Pager.show(text.toString(), env().pager(), out());
      return ExitCode.OK.code();
    }
    try (Results results = output.results(out(), false, env().colour(), env().columns())) {
      articles.forEach(results::article);
    }
    return ExitCode.OK.code();
  }
}
