package dev.asgsim.simulator.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a trace as they are read: times in increasing order and their values, in growing primitive arrays.
 * Rows on a time already read (a repeated timestamp, a daylight-saving fold) are averaged into its sample.
 */
final class TraceSamples {
  private long[] times = new long[1024];
  private double[] values = new double[1024];
  private int size;
  /** How many rows each merged sample averages; only samples that received a repeat are here. */
  private final Map<Long, Integer> counts = new HashMap<>();
  /** The latest time read; while a fold replays the hour before it, rows arrive below it. */
  private boolean folding;

  int size() {
    return size;
  }

  long first() {
    return times[0];
  }

  long last() {
    return times[size - 1];
  }

  /** True while rows replay an earlier stretch of time (set by {@link #merge}, cleared by {@link #append}). */
  boolean inFold() {
    return folding;
  }

  void append(long time, double value) {
    grow();
    times[size] = time;
    values[size] = value;
    size++;
    folding = false;
  }

  /**
   * Averages a row into the sample at {@code time} (true), or inserts it in order when no row had that time yet
   * (false): the fold's replayed hour may start before the trace did.
   */
  boolean merge(long time, double value) {
    folding |= time != last();
    int i = Arrays.binarySearch(times, 0, size, time);
    if (i >= 0) {
      int n = counts.getOrDefault(time, 1);
      values[i] = (values[i] * n + value) / (n + 1);
      counts.put(time, n + 1);
      return true;
    }
    int at = -i - 1;
    grow();
    System.arraycopy(times, at, times, at + 1, size - at);
    System.arraycopy(values, at, values, at + 1, size - at);
    times[at] = time;
    values[at] = value;
    size++;
    return false;
  }

  private void grow() {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
  }

  Trace toTrace(String source, boolean clockTime, List<String> notes) {
    long start = times[0];
    long[] offsets = new long[size];
    for (int i = 0; i < size; i++) {
      offsets[i] = times[i] - start;
    }
    return new Trace(source, clockTime ? start : null, offsets, Arrays.copyOf(values, size), notes);
  }
}
