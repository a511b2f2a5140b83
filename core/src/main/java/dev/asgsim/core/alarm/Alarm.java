package dev.asgsim.core.alarm;

// Over 400 lines because the CloudWatch alarm's evaluation (aws-behaviour §8.4) is the engine's hottest path and
// stays in one class so it remains monomorphic and allocation-free: the steady window decided at put time, the
// 64-period bit path and the general scan read the same breach bits and must select the same datapoints, and
// AlarmPropertyTest holds all three against a plain reference implementation; a run's puts (onNextRun) and the engine's
// quiet path (breachesBefore) set and read those bits here too (PutRunTest).

/**
 * One CloudWatch metric alarm evaluated with CloudWatch's documented rules (aws-behaviour §8.4 [D]).
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
 * only when the window slid or the series changed, and stops after N real points.
 */
public final class Alarm {
  /** [I] aws-behaviour §8.4: CloudWatch's evaluation range is "more than N" (5 for N = 3); we use N + 2. */
  public static final int DEFAULT_EXTRA_EVALUATION_RANGE = 2;

  private final AlarmSpec spec;
  private final MetricSeries series;
  private final int n;
  private final int m;
  private final int range;
  private final double threshold;
  private final TreatMissingData missing;

  private static final AlarmState[] STATES = AlarmState.values();
  /** 0 and 1: {@link #steady} computes the state as the sign of a subtraction. */
  private static final int OK = 0;
  private static final int ALARM = 1;
  private static final int INSUFFICIENT_DATA = AlarmState.INSUFFICIENT_DATA.ordinal();
  static {
    if (AlarmState.OK.ordinal() != OK || AlarmState.ALARM.ordinal() != ALARM) {
      throw new AssertionError("AlarmState's order changed: OK and ALARM must be 0 and 1");
    }
  }

  /** The state's ordinal: evaluate stores it without a branch and without a reference store's GC barrier. */
  private int state = INSUFFICIENT_DATA;
  private long cachedNewest = Long.MIN_VALUE;
  /** Start of period {@code cachedNewest}: the next window is found without a 64-bit division. */
  private long cachedNewestStart;
  private final int period;
  private long cachedVersion = -1;
  /**
   * The instant of the last evaluation, or Long.MIN_VALUE once a datapoint was put since: an evaluation at the same
   * instant over the same data gives the same state (a kept state is kept again), so it returns at once.
   */
  private long evaluatedAt = Long.MIN_VALUE;
  private long lastChange = Long.MIN_VALUE;
  private double latest = Double.NaN;
  /** The contributors of {@link #latest}'s datapoint, kept with it: read at every target tracking proposal. */
  private double latestContributors = Double.NaN;
  private double mean = Double.NaN;
  private double loadMean = Double.NaN;
  private double min = Double.NaN;
  private double max = Double.NaN;
  /**
   * {@link #AGGREGATES_VALID} when mean/min/max belong to the current window; else the newest period of the window
   * they are to be computed for (the bit-count paths compute them only on demand, {@link #ensureAggregates}).
   */
  private long aggregatesFrom = AGGREGATES_VALID;
  private static final long AGGREGATES_VALID = Long.MAX_VALUE;
  /** Bit {@code p & 63} set when period p's datapoint breaches (meaningful only where the series has a value). */
  private long breachBits;
  /** The operator as two flags ({@link #breaches}), and as a sign and a complement ({@link #breachBit}). */
  private final boolean upper;
  private final boolean orEqual;
  private final double direction;
  private final long complement;
  /** The low N bits set (when N < 64: the presence bits then cover the N newest periods). */
  private final long lowN;
  /**
   * The steady window, decided when its newest datapoint arrives ({@link #onNext}, {@link #onPut}): the series'
   * newest period (starting at {@code steadyStart}) and its N − 1 predecessors are present, so at any instant whose
   * newest period is within the evaluation range of it — {@code now - 1 - steadyStart} in [0,
   * {@code steadyLimit}) — the most recent N real points are those N and the state is
   * {@code steadyState} (an ordinal). Every later put the alarm is told of decides it again or sets
   * {@code steadyLimit} to 0 (no instant); a put it is not told of is older than the 64 newest periods and cannot
   * change which N points are the most recent.
   */
  private long steadyStart;
  private long steadyLimit;
  private int steadyState;
  /** (range − N + 1) periods in seconds: the instants after a steady window's newest period it decides. */
  private final long steadySpan;

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
    this.period = spec.periodSeconds();
    this.threshold = spec.threshold();
    ComparisonOperator op = spec.comparisonOperator();
    this.missing = spec.treatMissingData();
    this.upper = op.isUpper();
    this.orEqual = op == ComparisonOperator.GreaterThanOrEqualToThreshold
        || op == ComparisonOperator.LessThanOrEqualToThreshold;
    this.direction = upper != orEqual ? -1.0 : 1.0;
    this.complement = orEqual ? 1 : 0;
    this.lowN = n >= 64 ? 0 : (1L << n) - 1;
    this.steadySpan = n < 64 ? (long) (range - n + 1) * period : 0; // 64 or more: no steady window (lowN is 0)
    if (series.capacity() < range) {
      throw new IllegalArgumentException("alarm " + spec.name() + ": metric ring of " + series.capacity()
          + " periods is shorter than the evaluation range " + range);
    }
    series.addListener(this);
  }

  /**
   * Period {@code period}, the period after the series' newest, was published at {@code start} (the series' bits and
   * version already updated): its breach bit, and the steady window ending at it. Branch-free on the value, which
   * straddles the threshold when the state is about to change.
   */
  void onNext(long period, long start, double value) {
    evaluatedAt = Long.MIN_VALUE;
    breachBits = (breachBits & ~(1L << period)) | (breachBit(value) << period); // bit period & 63
    steady(period, start);
  }

  /**
   * {@link #onNext} for the {@code count} periods from {@code firstPeriod}, the newest starting at {@code lastStart},
   * put in order at once ({@link MetricSeries#putRun}; the k-th's value is {@code values[(first + k) & mask]}, mask the
   * array's length − 1): each one's breach bit, and the steady window ending at the newest — what the calls one by one
   * leave, as each steady window decided before the newest is decided again by the next.
   */
  void onNextRun(long firstPeriod, long lastStart, double[] values, int first, int count) {
    evaluatedAt = Long.MIN_VALUE;
    int mask = values.length - 1;
    long bits = breachBits;
    for (int k = 0; k < count; k++) {
      long p = firstPeriod + k;
      bits = (bits & ~(1L << p)) | (breachBit(values[(first + k) & mask]) << p); // bit p & 63
    }
    breachBits = bits;
    steady(firstPeriod + count - 1, lastStart);
  }

  /**
   * The breach bits of the {@code count} periods before period {@code p} (count < 64, {@code p − 1} at most the
   * series' newest and {@code p − count} among its 64 newest), the newest first: bit k says whether period
   * {@code p − 1 − k}'s datapoint breaches; -1 when one of them has none (missing or NaN). The bits put time kept
   * ({@link #onNext}, {@link #onPut}): what {@link #breachBit} of each period's value gives.
   */
  public long breachesBefore(long p, int count) {
    long span = MetricSeries.bitRange(p - count, p - 1);
    if ((series.presentBits() & span) != span) {
      return -1;
    }
    // period p − 1 to bit 63, then reversed: period p − 1 − k at bit k
    return Long.reverse(Long.rotateLeft(breachBits, 63 - (int) ((p - 1) & 63))) & ((1L << count) - 1);
  }

  /**
   * Period {@code period}'s datapoint was published out of order, as a revision or after a gap (the series' bits and
   * version already updated): its breach bit and, when it is the newest, the steady window ending at it; any other
   * period ends the steady window (it may be one of its N, or newer than a gap the window was counted over).
   */
  void onPut(long period, double value) {
    evaluatedAt = Long.MIN_VALUE;
    breachBits = (breachBits & ~(1L << period)) | (breachBit(value) << period);
    if (period == series.newestPeriod()) {
      steady(period, period * this.period);
    } else {
      steadyLimit = 0;
    }
  }

  /**
   * A datapoint older than the 64 newest periods was put: it changes no breach bit and no steady window, but an
   * evaluation at the same instant may scan back to it.
   */
  void onOlderPut() {
    evaluatedAt = Long.MIN_VALUE;
  }

  /**
   * The steady window ending at the series' newest period {@code newest} (starting at {@code start}): when it and its
   * N − 1 predecessors are present, the most recent N real points of any window within range of it are those N —
   * {@link #fast}'s selection — and their breach count decides now.
   */
  private void steady(long newest, long start) {
    long newestN = Long.rotateLeft(lowN, (int) (newest - n + 1));
    long gaps = newestN & ~series.presentBits();
    steadyStart = start;
    steadyLimit = steadySpan & ~((gaps | -gaps) >> 63); // 0 when any of the N is missing
    steadyState = (m - 1 - Long.bitCount(breachBits & newestN)) >>> 31; // ALARM (1) when at least M breach, else OK (0)
  }

  /**
   * {@link #breaches} as 1 or 0 without a branch (the values straddle the threshold just when the state is about to
   * change, where a branch mispredicts half the time): the sign bit of {@code direction × (value − threshold)} — the
   * sign of {@code threshold − value} for {@code >} and {@code <=}, of {@code value − threshold} for {@code <} and
   * {@code >=} — complemented for the two "or equal" operators. Adding +0.0 turns the one negative zero a difference of
   * equal values can have ((−0) − (+0)) into +0.0, so equal values give the operator's answer. Exact for a finite
   * threshold (AlarmSpec requires one) and any value but NaN, whose bit is arbitrary: the alarm reads breach bits only
   * where the series has a value. AlarmTest holds it to {@link ComparisonOperator#breaches}.
   */
  public long breachBit(double value) {
    return (Double.doubleToRawLongBits((value - threshold) * direction + 0.0) >>> 63) ^ complement;
  }

  /** {@code op.breaches(value, threshold)} without the switch: the operator's two flags are fixed. NaN never breaches. */
  private boolean breaches(double value) {
    return upper ? (orEqual ? value >= threshold : value > threshold)
        : (orEqual ? value <= threshold : value < threshold);
  }

  /** Evaluates at {@code nowEpochSecond} and returns the (possibly unchanged) state. */
  public AlarmState evaluate(long nowEpochSecond) {
    advance(nowEpochSecond);
    return STATES[state];
  }

  /**
   * {@link #evaluate} without reading the state back: the engine's call every evaluation, which reads the state later
   * through {@link #inAlarm} and {@link #insufficientData} (the array load of the returned enum, and its bounds check,
   * are then not paid per alarm and minute).
   */
  public void advance(long nowEpochSecond) {
    if (nowEpochSecond == evaluatedAt) {
      return;
    }
    evaluatedAt = nowEpochSecond;
    if (Long.compareUnsigned(nowEpochSecond - 1 - steadyStart, steadyLimit) < 0) {
      // the steady window decided at its put: the newest datapoint and its N − 1 predecessors, all in the range
      latest = series.newestValue();
      latestContributors = series.newestContributors();
      aggregatesFrom = series.newestPeriod(); // the steady window's newest: no put since it was decided
      cachedVersion = -1; // the general path's cache no longer holds the state
      settle(steadyState, nowEpochSecond);
      return;
    }
    evaluateAny(nowEpochSecond);
  }

  /** The state becomes {@code next} (an ordinal) at {@code now}; without a branch on whether it changed. */
  private void settle(int next, long now) {
    int d = next ^ state;
    long changed = (d | -d) >> 31; // all ones when the state changes: a branch here mispredicts as often as it changes
    lastChange = (now & changed) | (lastChange & ~changed);
    state = next;
  }

  /** Any instant outside the steady window: the newest period by division, the bits, or the scan. */
  private void evaluateAny(long nowEpochSecond) {
    long last = nowEpochSecond - 1;
    long newest;
    long newestStart;
    if (cachedNewest != Long.MIN_VALUE && last >= cachedNewestStart && last - cachedNewestStart < 2L * period) {
      boolean same = last - cachedNewestStart < period;
      newest = same ? cachedNewest : cachedNewest + 1;
      newestStart = same ? cachedNewestStart : cachedNewestStart + period;
    } else {
      newest = Math.floorDiv(last, period);
      newestStart = newest * period;
    }
    long version = series.version();
    if (newest == cachedNewest && version == cachedVersion) {
      return;
    }
    cachedNewest = newest;
    cachedNewestStart = newestStart;
    cachedVersion = version;
    AlarmState next = range <= 64 ? fast(newest) : compute(newest);
    settle(next.ordinal(), nowEpochSecond);
  }

  /**
   * The common cases without scanning: no data, or at least N real points, read from the series' presence bits and
   * this alarm's breach bits. Partial windows (where the missing-data rules matter) take the scan.
   */
  private AlarmState fast(long newest) {
    long seriesNewest = series.newestPeriod();
    long lo = newest - range + 1;
    long hi = Math.min(newest, seriesNewest);
    if (seriesNewest == Long.MIN_VALUE || hi < lo) {
      return noData();
    }
    if (seriesNewest - lo >= 64) {
      return compute(newest); // the window is older than the bits remember
    }
    long mask = MetricSeries.bitRange(lo, hi);
    long w = series.presentBits() & mask;
    int real = Long.bitCount(w);
    if (real == 0) {
      return noData();
    }
    if (real < n) {
      return compute(newest);
    }
    int shift = 63 - (int) (hi & 63);
    long sel;
    if (real == hi - lo + 1) {
      sel = -1L << (64 - n); // every period present (the steady case): the newest N are the top N bits
    } else {
      sel = Long.rotateLeft(w, shift); // period hi at bit 63, older periods below
      for (int extra = real - n; extra > 0; extra--) {
        sel &= sel - 1; // drop the oldest real points beyond N
      }
    }
    int breach = Long.bitCount(Long.rotateLeft(breachBits & mask, shift) & sel);
    long latestPeriod = hi - Long.numberOfLeadingZeros(sel);
    if (latestPeriod == seriesNewest) { // the common case: the datapoint that just arrived
      latest = series.newestValue();
      latestContributors = series.newestContributors();
    } else {
      latest = series.valueAt(latestPeriod);
      latestContributors = series.contributorsAt(latestPeriod);
    }
    aggregatesFrom = newest;
    return breach >= m ? AlarmState.ALARM : AlarmState.OK;
  }

  private AlarmState noData() {
    latest = mean = min = max = loadMean = latestContributors = Double.NaN;
    aggregatesFrom = AGGREGATES_VALID;
    switch (missing) {
      case MISSING: return AlarmState.INSUFFICIENT_DATA;
      case IGNORE: return STATES[state];
      case BREACHING: return AlarmState.ALARM;
      default: return AlarmState.OK;
    }
  }

  private AlarmState compute(long newest) {
    int real = 0;
    int breach = 0;
    boolean newerAllBreach = true;
    boolean premature = false;
    double sum = 0;
    double loadSum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double first = Double.NaN;
    double firstContributors = Double.NaN;
    for (int k = 0; k < range && real < n; k++) {
      double v = series.valueAt(newest - k);
      if (v != v) {
        continue;
      }
      if (real == 0) {
        first = v;
        firstContributors = series.contributorsAt(newest - k);
      }
      real++;
      sum += v;
      loadSum += v * series.contributorsAt(newest - k);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
      if (breaches(v)) {
        breach++;
        if (newerAllBreach && k + 1 >= m) {
          premature = true;
        }
      } else {
        newerAllBreach = false;
      }
    }
    latest = first;
    latestContributors = firstContributors;
    aggregatesFrom = AGGREGATES_VALID;
    if (real == 0) {
      mean = min = max = loadMean = Double.NaN;
    } else {
      mean = sum / real;
      loadMean = loadSum / real;
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
        return breach + gaps < m ? AlarmState.OK : STATES[state];
      default: // IGNORE
        if (real == 0) {
          return STATES[state];
        }
        if (breach >= m) {
          return AlarmState.ALARM;
        }
        return breach + gaps < m ? AlarmState.OK : STATES[state];
    }
  }

  /**
   * The state becomes OK at {@code now}, as {@link #advance}{@code (now)} would leave it, without evaluating: the
   * engine's quiet path ({@code QuietMinutes.endAlarm}) proved that at {@code now} the newest N datapoints, one of them
   * not yet put, are present and fewer than M breach (aws-behaviour §8.4 [D]). The reads of that window ({@link
   * #latest}, the aggregates) stay those of the last evaluation until the next one, after the put.
   */
  public void settleOk(long now) {
    settle(OK, now);
    evaluatedAt = Long.MIN_VALUE;
    cachedVersion = -1;
  }

  /** The state of the last {@link #evaluate}. */
  public AlarmState state() {
    return STATES[state];
  }

  public boolean inAlarm() {
    return state == ALARM;
  }

  /** Whether the state of the last {@link #evaluate} is INSUFFICIENT_DATA (an int comparison, no enum load). */
  public boolean insufficientData() {
    return state == INSUFFICIENT_DATA;
  }

  /** The instant of the last state change, or {@code Long.MIN_VALUE}. */
  public long lastStateChange() {
    return lastChange;
  }

  /** The newest real datapoint in the window of the last evaluation, NaN if none. */
  public double latest() {
    return latest;
  }

  /**
   * The contributors behind {@link #latest()} (instances or targets averaged into it, {@link MetricSeries#put(long,
   * double, double)}), NaN if unknown or none.
   */
  public double latestContributors() {
    return latestContributors;
  }

  /**
   * Mean of value × contributors — the load behind each datapoint — over the (up to N) most recent real datapoints of
   * the last evaluation; NaN if none or if any contributor count is unknown.
   */
  public double windowLoadMean() {
    ensureAggregates();
    return loadMean;
  }

  /** Mean of the (up to N) most recent real datapoints of the last evaluation, NaN if none. */
  public double windowMean() {
    ensureAggregates();
    return mean;
  }

  /** Minimum of the (up to N) most recent real datapoints of the last evaluation, NaN if none. */
  public double windowMin() {
    ensureAggregates();
    return min;
  }

  /** Maximum of the (up to N) most recent real datapoints of the last evaluation, NaN if none. */
  public double windowMax() {
    ensureAggregates();
    return max;
  }

  private void ensureAggregates() {
    if (aggregatesFrom != AGGREGATES_VALID) {
      compute(aggregatesFrom); // same selection as the bit paths; the state it returns is already known
    }
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
