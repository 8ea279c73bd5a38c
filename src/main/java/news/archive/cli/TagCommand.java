package news.archive.cli;

import java.util.ArrayList;
import java.util.List;
import news.archive.Article;
import news.archive.app.TagChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code archive tag ID... +TAG -TAG}: add and remove tags. */
@Command(
    name = "tag",
    header = "Add and remove tags: +TAG -TAG.",
    mixinStandardHelpOptions = true,
    description = {
      "Add tags to articles (+TAG) and take tags away (-TAG), in any order with the ids:",
      "  archive tag 1faa 2b3c +syria +follow-up -unread",
      "Tags are kept in lower case: letters, digits and _ . / -, at most 64 characters."
          + " Search for them with tag:NAME; list them with list --tag NAME.",
      "Prints the articles' tags as they are now on stderr."
    })
@MissingArguments("give at least one id and one +TAG or -TAG")
final class TagCommand extends BaseCommand {

  @Parameters(arity = "2..*", paramLabel = "ID|+TAG|-TAG", description = "Ids and tag changes.")
  List<String> args;

  @Override
  public Integer call() {
    for (String a : args) {
      if (a.startsWith("--") && a.length() > 2) {
        // no tag starts with a dash: this was meant as an option
        throw new UnmatchedArgumentException(spec.commandLine(), List.of(a));
      }
    }
    List<String> ids = new ArrayList<>();
    TagChanges changes = TagChanges.read(args, a -> ids.add(Ids.prefix(spec, a)));
    if (ids.isEmpty()) {
      throw new Failure(ExitCode.USAGE, "no article given: " + missingArguments());
    }
    if (changes.isEmpty()) {
      throw new Failure(ExitCode.USAGE, "no tag given: " + missingArguments());
    }
    for (Article a : archive().tag(ids, changes.add(), changes.remove())) {
      err().println(a.id() + "  " + String.join(" ", a.curation().tags()));
    }
    return ExitCode.OK.code();
  }
}
