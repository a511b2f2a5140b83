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
    BandSums sums = sums();
    for (int m = 0; m < minutes; m++) {
      sums.add(columnOf(m), f.applyAsDouble(m));
    }
    return sums.band();
  }

  /** An empty {@link BandSums} for these columns: a band fed minute by minute, in order. */
  BandSums sums() {
    return new BandSums(count);
  }

  /**
   * A band being accumulated minute by minute (in minute order, so each column's mean sums its minutes in the same
   * order as {@link #band}): a streaming run's chart costs the columns' memory, not the run's.
   */
  static final class BandSums {
    private final double[] lo;
    private final double[] sum;
    private final double[] hi;
    private final int[] n;

    private BandSums(int count) {
      lo = new double[count];
      sum = new double[count];
      hi = new double[count];
      n = new int[count];
      java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
      java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    }

    void add(int column, double v) {
      if (!Double.isNaN(v)) {
        lo[column] = Math.min(lo[column], v);
        hi[column] = Math.max(hi[column], v);
        sum[column] += v;
        n[column]++;
      }
    }

    Band band() {
      double[] l = new double[n.length];
      double[] mean = new double[n.length];
      double[] h = new double[n.length];
      for (int c = 0; c < n.length; c++) {
        l[c] = n[c] == 0 ? Double.NaN : lo[c];
        mean[c] = n[c] == 0 ? Double.NaN : sum[c] / n[c];
        h[c] = n[c] == 0 ? Double.NaN : hi[c];
      }
      return new Band(l, mean, h);
    }
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
