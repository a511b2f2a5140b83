package dev.asgsim.core.alarm;

/**
 * One CloudWatch metric alarm evaluated with CloudWatch's documented rules (spec §8.4 [D]).
 *
 * <p>At an evaluation instant {@code now} the newest period considered is the one that started before {@code now}
 * ({@code floor((now - 1) / Period)}); the alarm looks back over an <em>evaluation range</em> of
 * {@code EvaluationPeriods + extraRange} periods (CloudWatch "fetches more points than N", e.g. 5 for N = 3; the
 * extra is {@link #DEFAULT_EXTRA_EVALUATION_RANGE} [I]). Then:
 * <ul>
 *   <li>at least N real points in the range: the most recent N real points decide, {@code TreatMissingData} is
 *       irrelevant: ALARM when at least M breach, else OK;</li>
 *   <li>no real point: {@code missing} ⇒ INSUFFICIENT_DATA, {@code ignore} ⇒ keep the state, {@code breaching} ⇒
 *       ALARM, {@code notBreaching} ⇒ OK;</li>
 *   <li>some real points: {@code breaching}/{@code notBreaching} fill the N − real missing slots and decide;
 *       {@code missing}/{@code ignore}: ALARM if M real points breach; with {@code missing}, the premature-alarm rule
 *       (the oldest breaching point is at least M periods old and every newer real point breaches ⇒ ALARM, e.g.
 *       {@code - - X - -} for 3 of 3, but not {@code - - - X -}); OK when M breaches are impossible even if every
 *       missing slot breached; otherwise the state is kept [I] (CloudWatch "does not consider missing points when
 *       evaluating whether to change state").</li>
 * </ul>
 * The premature rule is applied to {@code missing} only, as CloudWatch's own table keeps the state for {@code ignore}.
 *
 * <p>Not thread-safe; one engine owns it. Reading the state after {@link #evaluate} costs a field load; the scan runs
 * only when the window slid or the series changed, and stops after N real points. In the common case — the last
 * window's N real points were consecutive periods (after any still-missing newest periods, which the publish delay
 * causes), the clock moved one period and exactly one real datapoint arrived, for the period after them — the
 * window slides in O(1) instead (one breach flag out, one in); the window's mean, min and max are then computed
 * when first asked for, from the alarm's own copy of the window, in the scan's order (same bits as the scan).
 */
public final class Alarm {
  /** [I] spec §8.4: CloudWatch's evaluation range is "more than N" (5 for N = 3); we use N + 2. */
  public static final int DEFAULT_EXTRA_EVALUATION_RANGE = 2;

  private final AlarmSpec spec;
  private final MetricSeries series;
  private final int n;
  private final int m;
  private final int range;
  private final double threshold;
  private final ComparisonOperator op;
  private final TreatMissingData missing;

  private AlarmState state = AlarmState.INSUFFICIENT_DATA;
  private long cachedNewest = Long.MIN_VALUE;
  private long cachedVersion = -1;
  private long lastChange = Long.MIN_VALUE;
  private double latest = Double.NaN;
  private double mean = Double.NaN;
  private double min = Double.NaN;
  private double max = Double.NaN;

  // The sliding window (see the class comment): valid while `dense`, indexed by period & windowMask.
  private final double[] window;
  private final boolean[] breaching;
  private final int windowMask;
  private boolean dense;
  private long denseTop; // while dense: the newest period of the window's N consecutive real points
  private int denseBreaches;
  private boolean statsValid = true;
  boolean slide = true; // tests turn it off to compare against the full scan
  long slides; // how often the window slid (tests)

  public Alarm(AlarmSpec spec, MetricSeries series) {
    this(spec, series, DEFAULT_EXTRA_EVALUATION_RANGE);
  }

  public Alarm(AlarmSpec spec, MetricSeries series, int extraEvaluationRange) {
    if (series.periodSeconds() != spec.periodSeconds()) {
      throw new IllegalArgumentException("alarm " + spec.name() + ": period " + spec.periodSeconds()
          + " s does not match its metric's period " + series.periodSeconds() + " s");
    }
    if (extraEvaluationRange < 0) {
      throw new IllegalArgumentException("extra evaluation range must be >= 0: " + extraEvaluationRange);
    }
    this.spec = spec;
    this.series = series;
    this.n = spec.evaluationPeriods();
    this.m = spec.datapointsToAlarm();
    this.range = n + extraEvaluationRange;
    this.threshold = spec.threshold();
    this.op = spec.comparisonOperator();
    this.missing = spec.treatMissingData();
    if (series.capacity() < range) {
      throw new IllegalArgumentException("alarm " + spec.name() + ": metric ring of " + series.capacity()
          + " periods is shorter than the evaluation range " + range);
    }
    int size = Integer.highestOneBit(Math.max(2, n) - 1) << 1;
    this.window = new double[size];
    this.breaching = new boolean[size];
    this.windowMask = size - 1;
  }

  /** Evaluates at {@code nowEpochSecond} and returns the (possibly unchanged) state. */
  public AlarmState evaluate(long nowEpochSecond) {
    long newest = Math.floorDiv(nowEpochSecond - 1, spec.periodSeconds());
    long version = series.version();
    if (newest == cachedNewest && version == cachedVersion) {
      return state;
    }
    AlarmState next;
    if (slide && dense && newest == cachedNewest + 1 && version == cachedVersion + 1
        && series.lastPutPeriod() == denseTop + 1) {
      next = slide(newest);
    } else {
      next = compute(newest);
    }
    cachedNewest = newest;
    cachedVersion = version;
    if (next != state) {
      state = next;
      lastChange = nowEpochSecond;
    }
    return state;
  }

  /**
   * The clock moved one period and the only new datapoint is for the period after the window's newest real point.
   * When it is real, and the newest period (new to the range) holds nothing, the N most recent real points are again
   * N consecutive periods, as many periods back as before, so M of N decides alone (no missing-data rule applies).
   */
  private AlarmState slide(long newest) {
    long top = denseTop + 1;
    double v = series.valueAt(top);
    double atNewest = top == newest ? v : series.valueAt(newest);
    if (v != v || (top != newest && atNewest == atNewest)) {
      return compute(newest);
    }
    int out = (int) ((top - n) & windowMask);
    if (breaching[out]) {
      denseBreaches--;
    }
    int in = (int) (top & windowMask);
    boolean b = op.breaches(v, threshold);
    window[in] = v;
    breaching[in] = b;
    if (b) {
      denseBreaches++;
    }
    denseTop = top;
    latest = v;
    statsValid = false;
    slides++;
    return denseBreaches >= m ? AlarmState.ALARM : AlarmState.OK;
  }

  /** Mean, min and max of the dense window ending at {@code denseTop}, summed newest first as the scan does. */
  private void windowStats() {
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double v = window[(int) ((denseTop - k) & windowMask)];
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    mean = sum / n;
    min = lo;
    max = hi;
    statsValid = true;
  }

  private AlarmState compute(long newest) {
    statsValid = true;
    int firstK = -1;
    int lastK = -1;
    int real = 0;
    int breach = 0;
    boolean newerAllBreach = true;
    boolean premature = false;
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double first = Double.NaN;
    for (int k = 0; k < range && real < n; k++) {
      double v = series.valueAt(newest - k);
      if (v != v) {
        continue;
      }
      if (real == 0) {
        first = v;
        firstK = k;
      }
      real++;
      lastK = k;
      int slot = (int) ((newest - k) & windowMask);
      window[slot] = v;
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      boolean b = op.breaches(v, threshold);
      breaching[(int) ((newest - k) & windowMask)] = b;
      if (b) {
        breach++;
        if (newerAllBreach && k + 1 >= m) {
          premature = true;
        }
      } else {
        newerAllBreach = false;
      }
    }
    latest = first;
    dense = real == n && lastK - firstK == n - 1;
    denseTop = newest - firstK;
    denseBreaches = breach;
    if (real == 0) {
      mean = min = max = Double.NaN;
    } else {
      mean = sum / real;
      min = lo;
      max = hi;
    }
    if (real >= n) {
      return breach >= m ? AlarmState.ALARM : AlarmState.OK;
    }
    int gaps = n - real;
    switch (missing) {
      case BREACHING:
        return breach + gaps >= m ? AlarmState.ALARM : AlarmState.OK;
      case NOT_BREACHING:
        return breach >= m ? AlarmState.ALARM : AlarmState.OK;
      case MISSING:
        if (real == 0) {
          return AlarmState.INSUFFICIENT_DATA;
        }
        if (breach >= m || premature) {
          return AlarmState.ALARM;
        }
        return breach + gaps < m ? AlarmState.OK : state;
      default: // IGNORE
        if (real == 0) {
          return state;
        }
        if (breach >= m) {
          return AlarmState.ALARM;
        }
        return breach + gaps < m ? AlarmState.OK : state;
    }
  }

  /** The state of the last {@link #evaluate}. */
  public AlarmState state() {
    return state;
  }

  public boolean inAlarm() {
    return state == AlarmState.ALARM;
  }

  /** The instant of the last state change, or {@code Long.MIN_VALUE}. */
  public long lastStateChange() {
    return lastChange;
  }

  /** The newest real datapoint in the window of the last evaluation, NaN if none. */
  public double latest() {
    return latest;
  }

  /** Mean of the (up to N) most recent real datapoints of the last evaluation, NaN if none. */
  public double windowMean() {
    if (!statsValid) {
      windowStats();
    }
    return mean;
  }

  /** Minimum of the (up to N) most recent real datapoints of the last evaluation, NaN if none. */
  public double windowMin() {
    if (!statsValid) {
      windowStats();
    }
    return min;
  }

  /** Maximum of the (up to N) most recent real datapoints of the last evaluation, NaN if none. */
  public double windowMax() {
    if (!statsValid) {
      windowStats();
    }
    return max;
  }

  public AlarmSpec spec() {
    return spec;
  }

  public String name() {
    return spec.name();
  }

  public double threshold() {
    return threshold;
  }

  public MetricSeries series() {
    return series;
  }
}
