package dev.asgsim.core.alarm;

/**
 * The visible datapoints of one metric at one period: a primitive ring indexed by period number
 * ({@code floor(periodStart / period)}). A slot whose stored period is not the one asked for is "missing", so
 * nothing is ever cleared and nothing allocates after construction.
 */
public final class MetricSeries {
  private final int periodSeconds;
  private int mask;
  private long[] periods;
  private double[] values;
  private long version;
  private long newestPeriod = Long.MIN_VALUE;
  private long lastPutPeriod = Long.MIN_VALUE;

  /** @param capacity the number of most recent periods that must stay readable (rounded up to a power of two) */
  public MetricSeries(int periodSeconds, int capacity) {
    if (periodSeconds <= 0) {
      throw new IllegalArgumentException("period must be positive: " + periodSeconds);
    }
    int size = Integer.highestOneBit(Math.max(2, capacity) - 1) << 1;
    this.periodSeconds = periodSeconds;
    this.mask = size - 1;
    this.periods = new long[size];
    this.values = new double[size];
    java.util.Arrays.fill(periods, Long.MIN_VALUE);
  }

  public int periodSeconds() {
    return periodSeconds;
  }

  /**
   * Grows the ring (before use) so that the {@code periods} most recent periods stay readable. Existing datapoints
   * are kept.
   */
  public void ensureCapacity(int periods) {
    if (periods <= this.periods.length) {
      return;
    }
    int size = Integer.highestOneBit(periods - 1) << 1;
    long[] np = new long[size];
    double[] nv = new double[size];
    java.util.Arrays.fill(np, Long.MIN_VALUE);
    for (int i = 0; i < this.periods.length; i++) {
      long p = this.periods[i];
      if (p != Long.MIN_VALUE) {
        int j = (int) (p & (size - 1));
        np[j] = p;
        nv[j] = values[i];
      }
    }
    this.periods = np;
    this.values = nv;
    this.mask = size - 1;
  }

  /** The period number that contains {@code epochSecond}. */
  public long periodOf(long epochSecond) {
    return Math.floorDiv(epochSecond, periodSeconds);
  }

  /**
   * Makes a datapoint visible. A NaN value records the period as explicitly missing. Publishing the same period again
   * replaces the value (as CloudWatch does for Nitro instances that update a datapoint, spec §1.9).
   */
  public void put(long periodStartEpochSecond, double value) {
    long p = Math.floorDiv(periodStartEpochSecond, periodSeconds);
    int i = (int) (p & mask);
    periods[i] = p;
    values[i] = value;
    if (p > newestPeriod) {
      newestPeriod = p;
    }
    lastPutPeriod = p;
    version++;
  }

  /** The value of period number {@code p}, or NaN when it is missing or fell out of the ring. */
  public double valueAt(long p) {
    int i = (int) (p & mask);
    return periods[i] == p ? values[i] : Double.NaN;
  }

  /** Changes on every {@link #put}: lets readers cache what they computed from the series. */
  public long version() {
    return version;
  }

  /** The period number of the latest {@link #put}, or {@code Long.MIN_VALUE}: lets an alarm slide its window. */
  public long lastPutPeriod() {
    return lastPutPeriod;
  }

  /** The newest period number ever published, or {@code Long.MIN_VALUE}. */
  public long newestPeriod() {
    return newestPeriod;
  }

  public int capacity() {
    return mask + 1;
  }
}
