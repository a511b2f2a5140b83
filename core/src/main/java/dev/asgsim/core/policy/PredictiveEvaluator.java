// Over 400 lines because one predictive policy's cycle (the hourly history ring, the re-forecast every 6 hours and the
// hours of it computed when read, the floor kept over the applying hours, the raised max) shares its rings and clocks;
// the forecasters live apart.
package dev.asgsim.core.policy;

import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.InferredCapacity;

/**
 * A {@code PredictiveScaling} policy (aws-behaviour §5.2): keeps the last min(14 d, available) of hourly load, forecasts the
 * next 48 hours every 6 hours once it has 24 hours, and in {@code ForecastAndScale} proposes the forecast capacity of
 * the hour starting within {@code SchedulingBufferTime} as a floor on desired ({@link CombinationRule.Role#FLOOR}:
 * scale-out only, combined with the dynamic policies by maximum). In {@code ForecastOnly} it forecasts and proposes
 * nothing. The caller feeds one load observation per minute ({@link ScalingEngine#observeLoad}).
 *
 * <p>Allocation-free after construction: the history is a ring written once an hour and laid out for the forecaster every
 * 6 hours; the floor that applies is recomputed only when the applying hour or the forecast changes.
 */
public final class PredictiveEvaluator extends AwsEvaluator {
  /** [D] aws-behaviour §5.2: uses up to the previous 14 days. */
  public static final int HISTORY_HOURS = 14 * 24;
  /** [D] aws-behaviour §5.2: an hourly forecast for the next 48 hours. */
  public static final int HORIZON_HOURS = 48;
  /** [D] aws-behaviour §5.2: needs at least 24 hours of metric history. */
  public static final int MIN_HISTORY_HOURS = 24;
  /** [D] aws-behaviour §5.2 (current docs): re-forecasts every 6 hours. */
  public static final int REFORECAST_HOURS = 6;
  /**
   * The hours of a forecast a run reads before the next one replaces it: the hours starting at the origin and the 5
   * after it (the recorder's rows), and the 6th, whose capacity applies from SchedulingBufferTime (under an hour) before
   * it starts. The forecaster is asked for these ({@link Forecaster#forecastLoad(double[], int, long, double[], int)});
   * the rest of the 48 when something reads them.
   */
  static final int READ_HOURS = REFORECAST_HOURS + 1;
  /** [D] aws-behaviour §5.2: SchedulingBufferTime defaults to 300 seconds. */
  public static final int DEFAULT_SCHEDULING_BUFFER_SECONDS =
      PredictiveScalingConfiguration.DEFAULT_SCHEDULING_BUFFER_TIME;
  private static final long HOUR = 3600;

  /** What the policy's load metric counts, so the hourly value has AWS's statistic. */
  public enum LoadMetric {
    /** ASGTotalCPUUtilization: the hourly mean of the group's summed CPU. */
    TOTAL_CPU,
    /** ALBTargetGroupRequestCount: the hourly sum of requests. */
    REQUEST_COUNT;

    /**
     * The load a predictive metric specification forecasts in the simulator's model (aws-behaviour §5.2, §12.2), or
     * null for network and customized metrics, which the model has no load for.
     */
    public static LoadMetric of(PredictiveScalingConfiguration.MetricSpecification s) {
      String pair = s.predefinedMetricPairSpecification() == null ? null
          : s.predefinedMetricPairSpecification().predefinedMetricType();
      String load = s.predefinedLoadMetricSpecification() == null ? null
          : s.predefinedLoadMetricSpecification().predefinedMetricType();
      String scaling = s.predefinedScalingMetricSpecification() == null ? null
          : s.predefinedScalingMetricSpecification().predefinedMetricType();
      if ("ASGCPUUtilization".equals(pair)
          || ("ASGTotalCPUUtilization".equals(load) && "ASGAverageCPUUtilization".equals(scaling))) {
        return TOTAL_CPU;
      }
      if ("ALBRequestCount".equals(pair)
          || ("ALBTargetGroupRequestCount".equals(load) && "ALBRequestCountPerTarget".equals(scaling))) {
        return REQUEST_COUNT;
      }
      return null;
    }
  }

  private final double target;
  private final boolean scale;
  private final int bufferSeconds;
  private final int maxCapacityBuffer; // percent; negative = HonorMaxCapacity
  private final LoadMetric loadMetric;
  private final Forecaster forecaster;

  // The last HISTORY_HOURS hours as rings (written once an hour), laid out oldest first into history/historyCapacity
  // only when a forecast is made: every 6 hours, not every hour (issue 12: the year benchmark within 10 %).
  private final double[] ringLoad = new double[HISTORY_HOURS];
  private final double[] ringCapacity = new double[HISTORY_HOURS];
  private int next;
  /**
   * The history the current forecast was made from, and its length, kept until the next forecast: the hours of it
   * not written at the forecast ({@link #computed}) are asked for from the same history when read. (A forecaster with
   * no forecast at the next origin writes all of {@link #loadForecast} or none, and all of it is read as it is left.)
   */
  private final double[] history = new double[HISTORY_HOURS];
  private int historyHours;
  private final double[] historyCapacity = new double[HISTORY_HOURS];
  private int hours;
  /** The calibration's sums of the forecasts to come, kept as the hours close. */
  private final CalibrationWindows calibration = new CalibrationWindows();
  private long hour = Long.MIN_VALUE;
  private long hourEnd = Long.MIN_VALUE;
  private final HourSums sums;

  private final double[] loadForecast = new double[HORIZON_HOURS];
  /** How many of {@link #loadForecast}'s hours, from the first, the forecaster wrote for the current forecast. */
  private int computed;
  /**
   * The capacity forecast per hour, where {@link #known} has its bit: the forecaster's given capacity, or, once the hour
   * is asked for ({@link #capacityForecast}), the capacity inferred from its load with the forecast's L̂. Inferred when
   * asked, not at the forecast: the next forecast, 6 hours later, replaces all 48 hours, and the run reads 6 or 7 of
   * them (the recorder's hour, the floor's applying hour), so 48 divisions and ceilings at each of a year's 1 460
   * forecasts became 7 (benchmarks/HISTORY.md, twelfth session). An hour's inputs (its load forecast, the target, L̂)
   * change only with the next forecast, which clears the bits, so an hour inferred late has the bits it would have had
   * at the forecast. The given capacities are still asked for at the forecast: a forecaster may answer from the state
   * its latest forecast left.
   */
  private final int[] capacityForecast = new int[HORIZON_HOURS];
  /** Bit k: {@code capacityForecast[k]} holds hour k's capacity (HORIZON_HOURS ≤ 64). */
  private long known;
  private long origin = Long.MIN_VALUE;
  private double loadPerUnit = 1;

  // The capacity floor applying in [applyFrom, applyUntil) and the max it raises to: the minute loop asks every minute,
  // the answer changes only when the applying hour's capacity or the forecast changes.
  private long applyFrom = Long.MAX_VALUE;
  private long applyUntil = Long.MIN_VALUE;
  private int applyCapacity;
  private int applyRaisedMax;

  PredictiveEvaluator(String name, double target, boolean scale, int bufferSeconds, int maxCapacityBuffer,
      LoadMetric loadMetric, Forecaster forecaster, int warmupSeconds) {
    super(name, warmupSeconds);
    this.target = target;
    this.scale = scale;
    this.bufferSeconds = bufferSeconds;
    this.maxCapacityBuffer = maxCapacityBuffer;
    this.loadMetric = loadMetric;
    this.forecaster = forecaster;
    this.sums = new HourSums(loadMetric);
  }

  /** Whether {@code minuteStart} falls in the hour being accumulated ({@link #observe}); else call {@link #startHour}. */
  boolean inHour(long minuteStart) {
    return minuteStart < hourEnd && minuteStart >= hour;
  }

  /**
   * Closes the hour being accumulated (into the history) and starts the one of {@code minuteStart}; re-forecasts
   * every {@link #REFORECAST_HOURS}. Once an hour: kept apart from {@link #observe} so the minute's work stays small.
   * Returns whether it made a new forecast (then {@link #propose} and {@link #raisedMax} may answer differently in the
   * same hour).
   */
  boolean startHour(long minuteStart) {
    long h = Math.floorDiv(minuteStart, HOUR) * HOUR;
    if (hour != Long.MIN_VALUE) {
      closeHour();
    }
    hour = h;
    hourEnd = h + HOUR;
    sums.start(h);
    // the forecaster decides whether the history suffices (the built-in one needs 24 h, aws-behaviour §5.2 [D]; forecasts
    // given from AWS do not depend on the simulated history)
    if (origin == Long.MIN_VALUE || h - origin >= REFORECAST_HOURS * HOUR) {
      return forecast(h);
    }
    return false;
  }

  /**
   * One minute of the hour being accumulated ({@link #inHour}; the engine starts each hour first), observed as this
   * policy's load metric counts it ({@link HourSums#add}).
   */
  void observe(double averageCpu, int cpuReporting, int inService, double requests, int targets) {
    sums.add(averageCpu, cpuReporting, inService, requests, targets);
  }

  /** The sums of the hour being accumulated (read only: {@link #continueHour} replaces them). */
  HourSums hourSums() {
    return sums;
  }

  /**
   * The hour being accumulated continues from {@code carried}: a copy of {@link #hourSums} that the caller added the
   * hour's next minutes to, in order.
   *
   * @throws IllegalArgumentException when {@code carried} sums another hour or another load metric
   */
  void continueHour(HourSums carried) {
    if (carried.hour() != hour || carried.metric() != loadMetric) {
      throw notThisHour(carried);
    }
    sums.copy(carried);
  }

  /** Kept apart so that {@link #continueHour}, inlined into the quiet stretch's hand-over, stays small. */
  private IllegalArgumentException notThisHour(HourSums carried) {
    return new IllegalArgumentException("the sums carried are of the hour starting " + carried.hour() + " by "
        + carried.metric() + ", not of the hour being observed (" + hour + ", " + loadMetric
        + "); take them with ScalingEngine.hourSums after the hour's first minute");
  }

  private void closeHour() {
    // AWS's statistic: the hourly mean of summed CPU; the hourly sum of requests (per-minute counts × 60 / minutes)
    double scaleTo = loadMetric == LoadMetric.REQUEST_COUNT ? 60.0 : 1.0;
    int minutes = sums.minutes();
    double load = minutes == 0 ? Double.NaN : sums.load() / minutes * scaleTo;
    double cap = minutes == 0 ? Double.NaN : sums.capacity() / minutes * scaleTo;
    ringLoad[next] = load;
    ringCapacity[next] = cap;
    calibration.close(load, cap);
    next = next + 1 == HISTORY_HOURS ? 0 : next + 1;
    hours = Math.min(hours + 1, HISTORY_HOURS);
  }

  /** A ring's hours, oldest first, into {@code out}. */
  private void layOut(double[] ring, double[] out) {
    int first = Math.floorMod(next - hours, HISTORY_HOURS);
    int tail = Math.min(hours, HISTORY_HOURS - first);
    System.arraycopy(ring, first, out, 0, tail);
    System.arraycopy(ring, 0, out, tail, hours - tail);
  }

  /**
   * Recomputes the 48-hour forecast from origin {@code h} (aws-behaviour §5.2); keeps the old one if the forecaster has
   * none. Returns whether it made one.
   */
  private boolean forecast(long h) {
    layOut(ringLoad, history);
    int written = forecaster.forecastLoad(history, hours, h, loadForecast, READ_HOURS);
    if (written < 0) {
      computed = HORIZON_HOURS; // the forecast kept is read from loadForecast as the forecaster left it (Forecaster)
      return false;
    }
    historyHours = hours;
    computed = written;
    double loadSum = 0;
    double capSum = 0;
    if (calibration.window(hours)) {
      loadSum = calibration.load();
      capSum = calibration.capacity();
    } else { // the same sums, added up here (CalibrationWindows says when)
      layOut(ringCapacity, historyCapacity);
      for (int i = 0; i < hours; i++) {
        if (!Double.isNaN(history[i]) && !Double.isNaN(historyCapacity[i])) {
          loadSum += history[i];
          capSum += historyCapacity[i];
        }
      }
    }
    loadPerUnit = InferredCapacity.loadPerUnit(loadSum, capSum);
    known = 0;
    for (int k = 0; k < HORIZON_HOURS; k++) {
      double given = forecaster.givenCapacity(h + k * HOUR);
      if (!Double.isNaN(given)) {
        capacityForecast[k] = (int) Math.ceil(given);
        known |= 1L << k;
      }
    }
    origin = h;
    applyUntil = Long.MIN_VALUE; // the floor is recomputed from the new forecast
    return true;
  }

  /** The forecast capacity for the hour starting at {@code hourStart}, or -1 when there is none. */
  public int capacityForecast(long hourStart) {
    int k = index(hourStart);
    if (k < 0) {
      return -1;
    }
    if ((known & 1L << k) == 0) {
      load(k);
      capacityForecast[k] =
          Double.isNaN(loadForecast[k]) ? -1 : InferredCapacity.capacity(loadForecast[k], target, loadPerUnit);
      known |= 1L << k;
    }
    return capacityForecast[k];
  }

  /** The load forecast for the hour starting at {@code hourStart} (the load metric's hourly value), or NaN. */
  public double loadForecast(long hourStart) {
    int k = index(hourStart);
    return k < 0 ? Double.NaN : load(k);
  }

  /**
   * Hour k's load forecast, the hours the forecaster did not write at the forecast ({@link #READ_HOURS}) asked for
   * now, from the history it was made from: the same bits (the contract of
   * {@link Forecaster#forecastLoad(double[], int, long, double[], int)}).
   */
  private double load(int k) {
    if (k >= computed) {
      int written = forecaster.forecastLoad(history, historyHours, origin, loadForecast, HORIZON_HOURS);
      if (written < HORIZON_HOURS) {
        throw new IllegalStateException("forecaster " + forecaster.name() + " wrote " + written + " of the "
            + HORIZON_HOURS + " hours from " + origin + " when asked for all of them");
      }
      computed = HORIZON_HOURS;
    }
    return loadForecast[k];
  }

  private int index(long hourStart) {
    if (origin == Long.MIN_VALUE || hourStart < origin) {
      return -1;
    }
    long k = (hourStart - origin) / HOUR;
    return k < HORIZON_HOURS ? (int) k : -1;
  }

  /** When the current forecast was made (epoch second of its origin hour), or Long.MIN_VALUE before the first. */
  public long updateTime() {
    return origin;
  }

  /** The load of the last complete hour (the load metric's hourly value), NaN before the first. */
  public double lastHourLoad() {
    return hours == 0 ? Double.NaN : ringLoad[next == 0 ? HISTORY_HOURS - 1 : next - 1];
  }

  /** Hours of load history held now (at most 14 days). */
  public int historyHours() {
    return hours;
  }

  /** The load-per-unit ratio L̂ calibrated at the last forecast (aws-behaviour §5.2). */
  public double loadPerUnit() {
    return loadPerUnit;
  }

  public LoadMetric loadMetric() {
    return loadMetric;
  }

  /** Whether the policy acts (ForecastAndScale) rather than only forecasting (ForecastOnly). */
  public boolean scales() {
    return scale;
  }

  /** Name of the forecaster (and its source for given forecasts). */
  public String forecasterName() {
    return forecaster.name();
  }

  /**
   * The hour whose capacity applies at {@code now}: capacity due at an hour start is applied SchedulingBufferTime
   * before it (aws-behaviour §5.2 [D]: "forecast at 10:00 with 300 ⇒ launch at 09:55").
   */
  long hourApplyingAt(long now) {
    return Math.floorDiv(now + bufferSeconds, HOUR) * HOUR;
  }

  @Override
  public int propose(long nowEpochSecond, GroupView group, ControlPlaneView plane) {
    return proposeAt(nowEpochSecond);
  }

  /** {@link #propose}: the floor depends on the time and the forecast only, not on the group or the control plane. */
  int proposeAt(long nowEpochSecond) {
    forget();
    if (!scale) {
      return NO_PROPOSAL;
    }
    int c = applyingCapacity(nowEpochSecond);
    return c <= 0 ? NO_PROPOSAL : c;
  }

  /**
   * {@code capacityForecast(hourApplyingAt(now))}, recomputed only when the applying hour's capacity or the forecast
   * changes: the window kept runs on over the hours after the applying one whose forecast capacity is the same (so
   * the same floor and raised max), among the hours the forecaster wrote ({@link #READ_HOURS}). The engine looks at
   * the floors once per window ({@code ScalingEngine.floorsQuiet}); a forecast whose hours keep one capacity (a night,
   * a group at its floor) is looked at once, not at every hour's SchedulingBufferTime.
   */
  private int applyingCapacity(long now) {
    if (now < applyFrom || now >= applyUntil) {
      long h = hourApplyingAt(now);
      applyFrom = h - bufferSeconds;
      applyCapacity = capacityForecast(h);
      long end = h + HOUR;
      for (int k = index(end); k >= 0 && k < computed && capacityForecast(end) == applyCapacity; k++) {
        end += HOUR;
      }
      applyUntil = end - bufferSeconds;
      applyRaisedMax = maxCapacityBuffer < 0 || applyCapacity <= 0 ? -1 : (int) Math.min(Integer.MAX_VALUE,
          (long) Math.ceil(applyCapacity * (100.0 + maxCapacityBuffer) / 100.0 - 1e-9));
    }
    return applyCapacity;
  }

  /**
   * The max size after this policy's IncreaseMaxCapacity (aws-behaviour §5.2 [D]: forecast 50, max 40, buffer 10 ⇒ effective
   * max 55; the raised max stays raised): {@code max} itself with HonorMaxCapacity, in ForecastOnly, or when the
   * forecast fits.
   */
  int raisedMax(long nowEpochSecond, int max) {
    if (!scale || maxCapacityBuffer < 0) {
      return max;
    }
    return applyingCapacity(nowEpochSecond) <= max ? max : applyRaisedMax;
  }

  /**
   * From when {@link #propose} and {@link #raisedMax} (at a given max) keep the answer they gave at the latest call,
   * until {@link #floorUntil()} or the next forecast: the applying hours' window (one hour, or more of the same
   * capacity), or always in ForecastOnly.
   */
  long floorFrom() {
    return scale ? applyFrom : Long.MIN_VALUE;
  }

  /** The end of {@link #floorFrom()}'s window (exclusive). */
  long floorUntil() {
    return scale ? applyUntil : Long.MAX_VALUE;
  }

  @Override
  public CombinationRule.Role role() {
    return CombinationRule.Role.FLOOR;
  }

  @Override
  public DecisionSource source() {
    return DecisionSource.PREDICTIVE;
  }
}
