package dev.asgsim.core.alarm;

/**
 * The visible datapoints of one metric at one period: a primitive ring indexed by period number
 * ({@code floor(periodStart / period)}). A slot whose stored period is not the one asked for is "missing", so
 * nothing is ever cleared and nothing allocates after construction. A slot is four longs of one array (the period, the
 * value's bits, the contributors' bits, unused): a put writes one array, whose index C2 proves in bounds from the
 * mask alone (three arrays cost three array and length loads and three checks: about 10 instructions more a put).
 *
 * <p>Each datapoint may carry its <em>contributors</em>: how many instances (or load balancer targets) were averaged
 * into it — CloudWatch's SampleCount of the group aggregate. Target tracking multiplies the datapoint by it to get the
 * load behind it (aws-behaviour §1.5 "Which N").
 */
public final class MetricSeries {
  private static final int MIN_CAPACITY = 64;
  private final int periodSeconds;
  /** Slots − 1 (a power of two minus one). */
  private int mask;
  /** Slot k is {@code ring[4k]} (its period, Long.MIN_VALUE when never written), {@code ring[4k + 1]} (the value's
   * raw bits), {@code ring[4k + 2]} (the contributors' raw bits); {@code ring[4k + 3]} is unused. */
  private long[] ring;
  private static final int PERIOD = 0;
  private static final int VALUE = 1;
  private static final int CONTRIBUTORS = 2;
  private long version;
  private long newestPeriod = Long.MIN_VALUE;
  /** Period {@link #newestPeriod}'s value and contributors: what an alarm reads as its latest datapoint, without the ring. */
  private double newestValue = Double.NaN;
  private double newestContributors = Double.NaN;
  /** Bit {@code p & 63} set when period p (one of the 64 newest) has a value: lets alarms count without scanning. */
  private long present;
  private Alarm[] listeners = new Alarm[0];
  /** {@code listeners[0]} and {@code listeners[1]}, or null. */
  private Alarm firstListener;
  private Alarm secondListener;
  /**
   * The start of period {@code newestPeriod + 1}: a put there (the common case, one datapoint a period in order) is
   * {@link #putNext}, without a 64-bit division. Long.MIN_VALUE, which starts no period, before the first put.
   */
  private long nextStart = Long.MIN_VALUE;

  /** @param capacity the number of most recent periods that must stay readable (rounded up to a power of two) */
  public MetricSeries(int periodSeconds, int capacity) {
    if (periodSeconds <= 0) {
      throw new IllegalArgumentException("period must be positive: " + periodSeconds);
    }
    // at least 64 slots: the ring then remembers every period the presence bits describe
    int size = Integer.highestOneBit(Math.max(MIN_CAPACITY, capacity) - 1) << 1;
    this.periodSeconds = periodSeconds;
    this.mask = size - 1;
    this.ring = new long[4 * size];
    java.util.Arrays.fill(ring, Long.MIN_VALUE);
  }

  public int periodSeconds() {
    return periodSeconds;
  }

  /**
   * Grows the ring (before use) so that the {@code periods} most recent periods stay readable. Existing datapoints
   * are kept.
   */
  public void ensureCapacity(int periods) {
    if (periods <= capacity()) {
      return;
    }
    int size = Integer.highestOneBit(periods - 1) << 1;
    long[] next = new long[4 * size];
    java.util.Arrays.fill(next, Long.MIN_VALUE);
    for (int i = 0; i < ring.length; i += 4) {
      long p = ring[i + PERIOD];
      if (p != Long.MIN_VALUE) {
        int j = 4 * (int) (p & (size - 1));
        System.arraycopy(ring, i, next, j, 4);
      }
    }
    this.ring = next;
    this.mask = size - 1;
  }

  /** The period number that contains {@code epochSecond}. */
  public long periodOf(long epochSecond) {
    return Math.floorDiv(epochSecond, periodSeconds);
  }

  /** Makes a datapoint visible whose contributors are unknown (NaN); see {@link #put(long, double, double)}. */
  public void put(long periodStartEpochSecond, double value) {
    put(periodStartEpochSecond, value, Double.NaN);
  }

  /**
   * Makes a datapoint visible. A NaN value records the period as explicitly missing. Publishing the same period again
   * replaces the value (as CloudWatch does for Nitro instances that update a datapoint, aws-behaviour §1.9).
   *
   * @param contributors how many instances or targets were averaged into {@code value}; NaN when unknown
   */
  public void put(long periodStartEpochSecond, double value, double contributors) {
    if (periodStartEpochSecond == nextStart) {
      putNext(periodStartEpochSecond, value, contributors);
    } else {
      putAny(periodStartEpochSecond, value, contributors);
    }
  }

  /**
   * The period after the newest, the common case: kept small so that it inlines into the caller, and each alarm is
   * told through {@link Alarm#onNext}, which knows the period is the newest.
   */
  private void putNext(long start, double value, double contributors) {
    long p = newestPeriod + 1;
    // each index masked by the array's length: C2 then drops the bounds checks (slot p is ring[4p .. 4p + 3])
    long[] r = ring;
    int last = r.length - 1;
    int i = (int) p << 2;
    r[(i + PERIOD) & last] = p;
    r[(i + VALUE) & last] = Double.doubleToRawLongBits(value);
    r[(i + CONTRIBUTORS) & last] = Double.doubleToRawLongBits(contributors);
    newestPeriod = p;
    nextStart = start + periodSeconds;
    newestValue = value;
    newestContributors = contributors;
    long bit = 1L << p; // a shift uses the low 6 bits: bit p & 63, which held period p - 64's presence
    present = value == value ? present | bit : present & ~bit;
    version++;
    // the usual one or two alarms (target tracking's pair) without a loop: C2 strip-mines even a one-element loop
    Alarm a0 = firstListener;
    if (a0 != null) {
      a0.onNext(p, start, value);
      Alarm a1 = secondListener;
      if (a1 != null) {
        a1.onNext(p, start, value);
        for (int k = 2; k < listeners.length; k++) {
          listeners[k].onNext(p, start, value);
        }
      }
    }
  }

  /**
   * {@link #put(long, double, double)} of {@code count} datapoints of consecutive periods in order, the first starting
   * at {@code firstStart} and each next one a period later; the k-th is ({@code values[(first + k) & mask]},
   * {@code contributors[(first + k) & mask]}) with {@code mask} the arrays' length − 1 (a power of two: a ring). Leaves
   * the series and its alarms as the puts one by one would (the same ring, presence bits, breach bits, steady windows
   * and version), each alarm told once ({@link Alarm#onNextRun}) of the datapoints from the period after the newest:
   * an engine's deferred quiet minutes put at once (issue 15 item 2). A first datapoint after a gap is put on its own
   * ({@link #putAny}), and when it is not kept as the newest (a revision, an old period) so is every other one.
   */
  public void putRun(long firstStart, double[] values, double[] contributors, int first, int count) {
    int mask = values.length - 1;
    int from = 0;
    if (count > 0 && firstStart != nextStart) {
      put(firstStart, values[first & mask], contributors[first & mask]); // after a gap, the first, or a revision
      from = 1;
      if (nextStart != firstStart + periodSeconds) {
        for (int k = 1; k < count; k++) { // not kept as the newest: the rest one by one
          put(firstStart + (long) k * periodSeconds, values[(first + k) & mask], contributors[(first + k) & mask]);
        }
        return;
      }
    }
    if (count - from <= 0) {
      return;
    }
    // the rest as putNext would put each, the alarms told after the ring and the presence bits hold them all
    long p0 = newestPeriod + 1;
    long[] r = ring;
    int last = r.length - 1;
    long bits = present;
    for (int k = from; k < count; k++) {
      int j = (first + k) & mask;
      long p = p0 + k - from;
      double v = values[j];
      int i = (int) p << 2;
      r[(i + PERIOD) & last] = p;
      r[(i + VALUE) & last] = Double.doubleToRawLongBits(v);
      r[(i + CONTRIBUTORS) & last] = Double.doubleToRawLongBits(contributors[j]);
      long bit = 1L << p; // bit p & 63
      bits = v == v ? bits | bit : bits & ~bit;
    }
    int j = (first + count - 1) & mask;
    long lastStart = firstStart + (long) (count - 1) * periodSeconds;
    present = bits;
    newestPeriod = p0 + count - 1 - from;
    nextStart = lastStart + periodSeconds;
    newestValue = values[j];
    newestContributors = contributors[j];
    version += count - from;
    // the usual one or two alarms without a loop, as putNext
    Alarm a0 = firstListener;
    if (a0 != null) {
      a0.onNextRun(p0, lastStart, values, first + from, count - from);
      Alarm a1 = secondListener;
      if (a1 != null) {
        a1.onNextRun(p0, lastStart, values, first + from, count - from);
        for (int k = 2; k < listeners.length; k++) {
          listeners[k].onNextRun(p0, lastStart, values, first + from, count - from);
        }
      }
    }
  }

  /** Any other put: the first, a gap, a revision, a late or out-of-order datapoint. */
  private void putAny(long periodStartEpochSecond, double value, double contributors) {
    long p = Math.floorDiv(periodStartEpochSecond, periodSeconds);
    if (newestPeriod != Long.MIN_VALUE && p <= newestPeriod - capacity()) {
      return; // older than anything an alarm reads; writing it would overwrite a newer period's slot
    }
    int i = 4 * (int) (p & mask);
    ring[i + PERIOD] = p;
    ring[i + VALUE] = Double.doubleToRawLongBits(value);
    ring[i + CONTRIBUTORS] = Double.doubleToRawLongBits(contributors);
    if (p > newestPeriod) {
      if (newestPeriod == Long.MIN_VALUE || p - newestPeriod > 64) {
        present = 0;
      } else if (p - newestPeriod > 1) {
        present &= ~bitRange(newestPeriod + 1, p - 1); // slots of skipped periods held older periods' bits
      }
      newestPeriod = p;
      nextStart = (p + 1) * periodSeconds;
    }
    if (p == newestPeriod) {
      newestValue = value;
      newestContributors = contributors;
    }
    version++;
    if (p > newestPeriod - 64) {
      long bit = 1L << (p & 63);
      if (value == value) {
        present |= bit;
      } else {
        present &= ~bit;
      }
      for (Alarm a : listeners) {
        a.onPut(p, value);
      }
    } else {
      for (Alarm a : listeners) {
        a.onOlderPut();
      }
    }
  }

  /** The bits of periods {@code lo..hi} (at most 64 of them) in the {@code p & 63} layout. */
  static long bitRange(long lo, long hi) {
    long len = hi - lo + 1;
    if (len >= 64) {
      return -1L;
    }
    return Long.rotateLeft((1L << len) - 1, (int) (lo & 63));
  }

  /** Presence bits of the 64 newest periods (bit {@code p & 63}); valid for {@code p > newestPeriod() - 64}. */
  long presentBits() {
    return present;
  }

  void addListener(Alarm a) {
    Alarm[] next = java.util.Arrays.copyOf(listeners, listeners.length + 1);
    next[listeners.length] = a;
    listeners = next;
    firstListener = next[0];
    secondListener = next.length > 1 ? next[1] : null;
  }

  /** The value of period number {@code p}, or NaN when it is missing or fell out of the ring. */
  public double valueAt(long p) {
    int i = 4 * (int) (p & mask);
    return ring[i + PERIOD] == p ? Double.longBitsToDouble(ring[i + VALUE]) : Double.NaN;
  }

  /** The contributors of period number {@code p}'s datapoint, or NaN when unknown, missing or out of the ring. */
  public double contributorsAt(long p) {
    int i = 4 * (int) (p & mask);
    return ring[i + PERIOD] == p ? Double.longBitsToDouble(ring[i + CONTRIBUTORS]) : Double.NaN;
  }

  /** {@link #valueAt} of {@link #newestPeriod()}, without the ring lookup. */
  double newestValue() {
    return newestValue;
  }

  /** {@link #contributorsAt} of {@link #newestPeriod()}, without the ring lookup. */
  double newestContributors() {
    return newestContributors;
  }

  /** Changes on every {@link #put} that is kept: lets readers cache what they computed from the series. */
  public long version() {
    return version;
  }

  /** The newest period number ever published, or {@code Long.MIN_VALUE}. */
  public long newestPeriod() {
    return newestPeriod;
  }

  public int capacity() {
    return mask + 1;
  }
}
