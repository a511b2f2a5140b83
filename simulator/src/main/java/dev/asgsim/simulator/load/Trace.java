package dev.asgsim.simulator.load;

import java.util.List;

/**
 * A recorded series as read from a CSV file: strictly increasing offsets in seconds from the first sample, one value
 * each, and what the reader had to do to get there (repeated timestamps merged, gaps found).
 *
 * @param source           file name, for messages
 * @param initialCapacity  the group's GroupDesiredCapacity at the first row, from the optional third column that
 *                         {@code asgsim history} writes; NaN when the file has none (aws-behaviour §12.1)
 * @param startEpochSecond the first timestamp (UTC; zone-less timestamps are read as UTC), or null for offset files
 */
public record Trace(String source, Long startEpochSecond, long[] offsets, double[] values, List<String> notes,
    double initialCapacity) {

  public Trace {
    notes = List.copyOf(notes);
  }

  /** A trace without a capacity column. */
  public Trace(String source, Long startEpochSecond, long[] offsets, double[] values, List<String> notes) {
    this(source, startEpochSecond, offsets, values, notes, Double.NaN);
  }

  public int size() {
    return offsets.length;
  }

  /** The median step between samples in seconds (60 for a single sample). */
  public long typicalStepSeconds() {
    if (offsets.length < 2) {
      return 60;
    }
    long[] steps = new long[offsets.length - 1];
    for (int i = 1; i < offsets.length; i++) {
      steps[i - 1] = offsets[i] - offsets[i - 1];
    }
    java.util.Arrays.sort(steps);
    return steps[steps.length / 2];
  }
}
