package dev.asgsim.aws.history;

import dev.asgsim.core.text.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
        out.write(Numbers.shortest(s.value()));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
