package news.archive.cli;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A size in bytes, as people write one: {@code 500000}, {@code 512K}, {@code 20M}, {@code 1G}, or
 * with the unit spelled out ({@code 20MiB}). The units are binary: K is 1024 bytes, M 1024 K, G
 * 1024 M. {@code KB} and {@code MB} are refused, since some read them as thousands.
 */
final class ByteSize implements ITypeConverter<Long> {
  private static final Pattern SIZE =
      Pattern.compile("([0-9]+)\\s*(?:([KMG])(?:iB)?)?", Pattern.CASE_INSENSITIVE);

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip());
    if (!m.matches()) {
      throw new TypeConversionException(
          Text.quoted(value)
              + " is not a size: write bytes, or a whole number with K, M or G (KiB, MiB, GiB),"
              + " for example 20M");
    }
    int shift =
        m.group(2) == null
            ? 0
            : switch (m.group(2).toUpperCase(Locale.ROOT)) {
              case "K" -> 10;
              case "M" -> 20;
              default -> 30;
            };
    BigInteger n = new BigInteger(m.group(1));
    if (n.bitLength() > 63 - shift) {
      throw new TypeConversionException(Text.quoted(value) + " is too large");
    }
    return n.longValue() << shift;
  }
}
