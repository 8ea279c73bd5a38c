package news.archive.cli;

import java.io.IOException;
import java.util.Locale;
import news.archive.Curation;
import news.archive.Listing;
import news.archive.app.Reader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code archive list}: every article, newest first. */
@Command(
    name = "list",
    header = "List the stored articles, newest first.",
    mixinStandardHelpOptions = true,
    description = {
      "List the stored articles, newest first, undated ones last.",
      "When --since or --until leave undated articles out, stderr says how many."
    })
final class ListCommand extends BaseCommand {

  enum Sort {
    date,
    title,
    imported
  }

  @Mixin DateOptions dates;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "date",
      description =
          "date (default: newest first, undated last), title (A to Z) or imported (last"
              + " imported first).")
  Sort sort;

  @Option(names = "--reverse", description = "The order turned round.")
  boolean reverse;

  @Option(names = "--tag", paramLabel = "TAG", description = "Only articles with this tag.")
  String tag;

  @Option(
      names = "--undated",
      description = "Only the articles without a date (so not with --since or --until).")
  boolean undated;

  @Option(
      names = "--collapse",
      description = "Leave out articles that nearly repeat another (see nearDuplicateOf).")
  boolean collapse;

  @Mixin Paging paging = new Paging("articles", null);

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws IOException {
    paging.check();
    String kept = null;
    if (tag != null) {
      kept = Curation.tag(tag);
      if (kept == null) {
        throw new ParameterException(
            spec.commandLine(), "--tag: " + Text.quoted(tag) + " cannot be a tag");
      }
    }
    Listing listing;
    try {
      listing =
          new Listing(
              dates.range(),
              kept,
              undated,
              Listing.Order.valueOf(sort.name().toUpperCase(Locale.ROOT)),
              reverse,
              collapse);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--undated: " + e.getMessage());
    }
    try (Reader reader = reader()) {
      try (Results results = output.results(out(), false, env().colour(), env().columns())) {
        reader.list(listing, paging.offset(), paging.limit(), output.body(false), results::article);
      }
      int left = reader.undatedLeftOut(listing);
      if (left > 0) {
        note(
            left
                + (left == 1 ? " undated article" : " undated articles")
                + " left out by"
                + " --since/--until (list --undated lists them)");
      }
    }
    return ExitCode.OK.code();
  }
}
