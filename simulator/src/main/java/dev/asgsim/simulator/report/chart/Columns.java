package dev.asgsim.simulator.report.chart;

import java.util.function.IntToDoubleFunction;

/**
 * A run's minutes split into at most a fixed number of columns (one per pixel of the plot), so a chart costs the same
 * whatever the run length: column {@code c} holds minutes {@code [c·n/count, (c+1)·n/count)}. When the run has no more
 * minutes than columns, every column is one minute and nothing is aggregated.
 */
public final class Columns {
  private final int minutes;
  private final int count;
  private final long startMillis;

  private Columns(int minutes, int count, long startMillis) {
    this.minutes = minutes;
    this.count = count;
    this.startMillis = startMillis;
  }

  public static Columns of(int minutes, long startEpochSecond, int maxColumns) {
    if (minutes <= 0 || maxColumns <= 0) {
      throw new IllegalArgumentException("need minutes and columns, got " + minutes + " and " + maxColumns);
    }
    return new Columns(minutes, Math.min(minutes, maxColumns), startEpochSecond * 1000L);
  }

  public int count() {
    return count;
  }

  public int minutes() {
    return minutes;
  }

  /** Whether columns hold more than one minute (bands then show each column's minimum and maximum). */
  public boolean aggregated() {
    return count < minutes;
  }

  /** The first minute of column {@code c}; {@code first(count())} is the run's length. */
  public int first(int c) {
    return (int) ((long) c * minutes / count);
  }

  /** The column holding minute {@code m}. */
  public int columnOf(int m) {
    // the largest c with first(c) <= m, i.e. c·n < (m+1)·count
    return (int) (((long) (m + 1) * count - 1) / minutes);
  }

  /** Epoch milliseconds at the start of column {@code c} ({@code c == count()}: the run's end). */
  public long startMillis(int c) {
    return startMillis + 60_000L * first(c);
  }

  /** Minutes per column on average, for labels. */
  public double minutesPerColumn() {
    return (double) minutes / count;
  }

  /** Minimum, mean and maximum of {@code f} over each column's minutes, ignoring NaN (NaN where all are NaN). */
  public Band band(IntToDoubleFunction f) {
    double[] lo = new double[count];
    double[] mean = new double[count];
    double[] hi = new double[count];
    for (int c = 0; c < count; c++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      int k = 0;
      for (int m = first(c), end = first(c + 1); m < end; m++) {
        double v = f.applyAsDouble(m);
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
          sum += v;
          k++;
        }
      }
      lo[c] = k == 0 ? Double.NaN : min;
      mean[c] = k == 0 ? Double.NaN : sum / k;
      hi[c] = k == 0 ? Double.NaN : max;
    }
    return new Band(lo, mean, hi);
  }

  /** Per-column minimum, mean and maximum of a per-minute series. */
  public record Band(double[] lo, double[] mean, double[] hi) {
    /** The largest value of any column (0 when all are NaN). */
    public double peak() {
      double p = 0;
      for (double v : hi) {
        if (v > p) {
          p = v;
        }
      }
      return p;
    }
  }
}
