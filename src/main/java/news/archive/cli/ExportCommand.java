package news.archive.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import news.archive.app.BadQueryException;
import news.archive.app.Reader;
import news.archive.io.Problems;
import news.archive.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code archive export [QUERY...]}: whole records, for backup and for other tools. */
@Command(
    name = "export",
    header = "Write records as ndjson (a backup), csv, tsv or OpenSearch bulk.",
    mixinStandardHelpOptions = true,
    description = {
      "Write the records of every article, or of those that match QUERY (the query language of"
          + " search), to stdout or a file, read from the index alone.",
      "ndjson (default) is a full backup: 'archive import FILE.ndjson' restores every record"
          + " as it was (ids, tags, notes, corrections, dates, sources). csv and tsv write"
          + " columns (see --fields). opensearch writes the bulk format of OpenSearch and"
          + " Elasticsearch: an action line, then the record."
    })
final class ExportCommand extends BaseCommand {

  enum Format {
    ndjson,
    csv,
    tsv,
    opensearch
  }

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Only the matching articles.")
  List<String> words;

  @Mixin DateOptions dates;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "ndjson",
      description = "ndjson (default), csv, tsv or opensearch.")
  Format format;

  @Option(
      names = "--fields",
      paramLabel = "NAMES",
      split = ",",
      description = "Columns for csv and tsv (see list --help).")
  List<String> fields;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write to FILE (written aside and renamed into place when complete) instead of stdout.")
  Path file;

  @Override
  public Integer call() throws IOException {
    Columns columns = columns();
    String query = QueryWords.join(spec, words, null);
    try (Reader reader = reader()) {
      Reader.Query prepared = null;
      if (!query.isBlank()) {
        try {
          prepared = reader.query(query, dates.range());
        } catch (BadQueryException e) {
          throw QueryWords.unreadable(query, e);
        }
      }
      if (file == null) {
        write(reader, prepared, columns, out());
        return ExitCode.OK.code();
      }
      Path target = file.toAbsolutePath();
      if (Files.isDirectory(target)) {
        throw cannotWrite("it is a folder");
      }
      Path temp;
      try {
        temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      } catch (IOException e) {
        throw cannotWrite(e);
      }
      try {
        try (PrintWriter w =
            new PrintWriter(
                new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8)))) {
          write(reader, prepared, columns, w);
          if (w.checkError()) {
            throw cannotWrite("the writing failed (is the disk full?)");
          }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw cannotWrite(e);
      } finally {
        Files.deleteIfExists(temp);
      }
    }
    return ExitCode.OK.code();
  }

  /**
   * The output file cannot be written, said of the file the user named: the file written aside is
   * ours, and naming it would only puzzle.
   */
  private Failure cannotWrite(IOException e) {
    Path folder = file.toAbsolutePath().getParent();
    Path shown = file.getParent() == null ? folder : file.getParent();
    if (!Files.exists(folder)) {
      return cannotWrite("no such folder " + Text.printable(shown.toString()));
    }
    if (!Files.isDirectory(folder)) {
      return cannotWrite(Text.printable(shown.toString()) + " is not a folder");
    }
    return cannotWrite(Problems.describe(e));
  }

  private Failure cannotWrite(String why) {
    return new Failure(
        ExitCode.STORE, "cannot write " + Text.printable(file.toString()) + ": " + why);
  }

  private void write(Reader reader, Reader.Query prepared, Columns columns, PrintWriter w)
      throws IOException {
    if (columns != null) {
      OutputOptions.Format f =
          format == Format.csv ? OutputOptions.Format.csv : OutputOptions.Format.tsv;
      try (Results results = new Results(w, f, columns, false, 0)) {
        reader.export(prepared, dates.range(), results::article);
      }
      return;
    }
    Json.Layout layout = format == Format.opensearch ? Json.Layout.BULK : Json.Layout.LINES;
    try (Json.Output json = new Json.Output(w, layout)) {
      reader.export(prepared, dates.range(), json::article);
    }
  }

  private Columns columns() {
    boolean columnar = format == Format.csv || format == Format.tsv;
    if (fields != null && !columnar) {
      throw new Failure(
          ExitCode.USAGE, "--fields chooses columns of csv and tsv, not of " + format);
    }
    if (!columnar) {
      return null;
    }
    try {
      return Columns.of(fields == null ? Columns.DEFAULT : fields, false);
    } catch (IllegalArgumentException e) {
      throw new Failure(ExitCode.USAGE, "--fields: " + e.getMessage());
    }
  }
}
