package dev.asgsim.aws.history;

import dev.asgsim.core.text.Numbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a trace as the CSV {@code asgsim simulate --load} replays: {@code timestamp,value}, ISO-8601 UTC, plus a
 * third column {@code GroupDesiredCapacity} when any sample carries the group's capacity (an empty cell where one does
 * not): a steady start then begins at the real capacity (aws-behaviour §12.1).
 */
public final class TraceCsv {
  public static final String HEADER = "timestamp,value";
  /** The optional third column: the AWS/AutoScaling metric of that name (aws-behaviour §8.3). */
  public static final String CAPACITY_COLUMN = "GroupDesiredCapacity";

  private TraceCsv() {}

  public static void write(List<Sample> samples, Writer out) {
    boolean capacity = samples.stream().anyMatch(s -> !Double.isNaN(s.desiredCapacity()));
    try {
      out.write(HEADER);
      if (capacity) {
        out.write("," + CAPACITY_COLUMN);
      }
      out.write('\n');
      for (Sample s : samples) {
        out.write(s.timestamp().toString());
        out.write(',');
        out.write(Numbers.shortest(s.value()));
        if (capacity) {
          out.write(',');
          out.write(Double.isNaN(s.desiredCapacity()) ? "" : Numbers.shortest(s.desiredCapacity()));
        }
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
