package news.archive.cli;

import java.math.BigInteger;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Whole numbers on the command line ({@code --limit 20}), refused in words a user reads. */
final class WholeNumbers {
  static final ITypeConverter<Integer> INT =
      value -> (int) parse(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
  static final ITypeConverter<Long> LONG = value -> parse(value, Long.MIN_VALUE, Long.MAX_VALUE);

  private WholeNumbers() {}

  static long parse(String value, long min, long max) {
    String v = value.strip();
    if (!v.matches("[+-]?[0-9]+")) {
      throw new TypeConversionException(Text.quoted(value) + " is not a whole number");
    }
    BigInteger n = new BigInteger(v);
    if (n.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new TypeConversionException(Text.quoted(value) + " is too large: at most " + max);
    }
    if (n.compareTo(BigInteger.valueOf(min)) < 0) {
      throw new TypeConversionException(Text.quoted(value) + " is too small: at least " + min);
    }
    return n.longValue();
  }
}
