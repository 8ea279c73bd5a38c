package news.archive.cli;

import java.time.LocalDate;
import news.archive.DateRange;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --since} and {@code --until}: a range of publication dates. */
final class DateOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Only articles dated on or after DATE (YYYY-MM-DD); leaves out undated ones.")
  LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description = "Only articles dated on or before DATE (YYYY-MM-DD); leaves out undated ones.")
  LocalDate until;

  DateRange range() {
    try {
      return new DateRange(since, until);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), "--since, --until: " + e.getMessage());
    }
  }
}
