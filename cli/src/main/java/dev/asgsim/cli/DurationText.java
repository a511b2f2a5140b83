package dev.asgsim.cli;

import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.load.LoadSpecException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a --duration when the command line is read, with the load grammar's own duration rule, so that
 * {@code --duration 7x} is reported as a bad duration of that option rather than as a bad load spec.
 */
final class DurationText implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    try {
      LoadSpec.parseDurationSeconds(value);
      return value;
    } catch (LoadSpecException e) {
      // The grammar's first line says what is wrong ("bad duration at column 1: ... too long: at most 3650d");
      // its caret lines point into the option's text, which picocli already quotes.
      String why = e.getMessage().lines().findFirst().orElse("").replaceFirst("^bad duration at column \\d+: ", "");
      throw new TypeConversionException("'" + value + "' is not a duration asgsim accepts (" + why + "): give a "
          + "number and a unit, like 90s, 10m, 2h or 7d, at most 3650d");
    }
  }
}
