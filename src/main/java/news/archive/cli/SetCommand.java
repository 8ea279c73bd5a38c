package news.archive.cli;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import news.archive.Article;
import news.archive.Corrections;
import news.archive.Curation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive set ID FIELD=VALUE...}: correct what the parser read. */
@Command(
    name = "set",
    header = "Correct fields the parser read: date, title, byline, ...",
    mixinStandardHelpOptions = true,
    description = {
      "Correct fields of an article by hand:",
      "  archive set 1faa date=2018-09-03 title='Zarif in Damascus' byline=",
      "Fields: title, subtitle, date (YYYY-MM-DD), agency (names joined by commas), outlet,"
          + " byline. An empty value clears the field (not the title). The record keeps what"
          + " the parser found apart ('parsed') and lists the fields set by hand ('set');"
          + " corrections last through reparse and a new import of the same file. --unset"
          + " gives a field back what the parser found.",
      "The article's id does not change."
    })
@MissingArguments("give the article's id, then FIELD=VALUE for each correction")
final class SetCommand extends BaseCommand {

  @Mixin ArticleId id;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "FIELD=VALUE",
      description = "The corrections.")
  List<String> assignments;

  @Option(
      names = "--unset",
      paramLabel = "FIELD",
      split = ",",
      description = "Undo the correction of FIELD (may be repeated, or joined by commas).")
  List<String> unset;

  @Override
  public Integer call() {
    String prefix = id.prefix();
    Map<String, String> values = new LinkedHashMap<>();
    for (String a : assignments == null ? List.<String>of() : assignments) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        throw new Failure(
            ExitCode.USAGE,
            Text.quoted(a) + " is not FIELD=VALUE; the fields are " + Curation.FIELDS);
      }
      values.put(a.substring(0, eq).strip(), a.substring(eq + 1));
    }
    LinkedHashSet<String> undo = new LinkedHashSet<>(unset == null ? List.of() : unset);
    if (values.isEmpty() && undo.isEmpty()) {
      throw new Failure(ExitCode.USAGE, "nothing to set: give FIELD=VALUE, or --unset FIELD");
    }
    Article a = archive().set(prefix, values, undo);
    for (String field : values.keySet()) {
      tellField(a, field, "");
    }
    for (String field : undo) {
      tellField(a, field, " (parsed)");
    }
    return ExitCode.OK.code();
  }

  /** A line on stderr with what a field of the article holds now. */
  private void tellField(Article a, String field, String after) {
    String now = Corrections.fieldText(a, field);
    err().println(a.id() + "  " + field + ": " + (now == null ? "(none)" : now) + after);
  }
}
