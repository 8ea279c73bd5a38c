package news.archive.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line are ISO dates: {@code 2018-09-03}. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          Text.quoted(value) + " is not a date; write it as YYYY-MM-DD, for example 2018-09-03");
    }
  }
}
