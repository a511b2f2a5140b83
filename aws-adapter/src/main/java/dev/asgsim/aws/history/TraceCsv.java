package dev.asgsim.aws.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** Writes a trace as the CSV {@code asgsim simulate --load} replays: {@code timestamp,value}, ISO-8601 UTC. */
public final class TraceCsv {
  public static final String HEADER = "timestamp,value";

  private TraceCsv() {}

  public static void write(List<Sample> samples, Writer out) {
    try {
      out.write(HEADER);
      out.write('\n');
      for (Sample s : samples) {
        out.write(s.timestamp().toString());
        out.write(',');
        out.write(format(s.value()));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shortest exact decimal, never scientific notation, independent of the default locale. */
  static String format(double v) {
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
