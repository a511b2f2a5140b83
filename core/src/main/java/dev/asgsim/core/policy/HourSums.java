package dev.asgsim.core.policy;

import dev.asgsim.core.policy.PredictiveEvaluator.LoadMetric;

/**
 * The running sums of the hour a predictive policy is observing (aws-behaviour §5.2), as its load metric counts a minute:
 * the load (summed CPU percent {@code averageCpu × cpuReporting}, or requests per minute), the capacity units times the
 * scaling metric ({@code inService × averageCpu}, or {@code inService × requests / targets}) for the calibration of
 * {@link dev.asgsim.core.forecast.InferredCapacity}, and how many minutes had both (NaN values are a gap). The one home
 * of a minute's terms: {@link PredictiveEvaluator} adds each observed minute here.
 *
 * <p>A caller that holds a quiet stretch's minutes (the simulator's {@code PredictiveStretch}) takes the hour's sums
 * ({@link ScalingEngine#hourSums}), adds its minutes' terms ({@link #load}, {@link #capacityTimesMetric}) to them as
 * they pass and hands them back ({@link #set}, {@link ScalingEngine#continueHour}) before anything else adds to or
 * closes the hour: the same additions in the same order, so the same doubles. Added as the minutes pass, among the
 * minute loop's other work, the additions' latency is hidden; an hour's held minutes added in one pass afterwards made
 * a chain of dependent additions, about 4 cycles each, that nothing overlapped (benchmarks/HISTORY.md, eleventh
 * session).
 */
public final class HourSums {
  private final boolean cpu;
  private long hour = Long.MIN_VALUE;
  private double load;
  private double capacity;
  private int minutes;

  /** Sums as {@code metric} counts a minute, of no hour yet. */
  public HourSums(LoadMetric metric) {
    this.cpu = metric == LoadMetric.TOTAL_CPU;
  }

  /** The load metric these sums count by. */
  public LoadMetric metric() {
    return cpu ? LoadMetric.TOTAL_CPU : LoadMetric.REQUEST_COUNT;
  }

  /** Adds one minute (the next of the hour) as the load metric counts it; a NaN term makes it a gap. */
  public void add(double averageCpu, int cpuReporting, int inService, double requests, int targets) {
    double l = load(cpu, averageCpu, cpuReporting, requests);
    double c = capacityTimesMetric(cpu, averageCpu, inService, requests, targets);
    if (!Double.isNaN(l) && !Double.isNaN(c)) {
      load += l;
      capacity += c;
      minutes++;
    }
  }

  /** A minute's load: summed CPU percent, or requests ({@code cpu}: the metric is {@link LoadMetric#TOTAL_CPU}). */
  public static double load(boolean cpu, double averageCpu, int cpuReporting, double requests) {
    return cpu ? averageCpu * cpuReporting : requests;
  }

  /** A minute's capacity units times the scaling metric; NaN for requests without a target. */
  public static double capacityTimesMetric(boolean cpu, double averageCpu, int inService, double requests,
      int targets) {
    return cpu ? inService * averageCpu : targets > 0 ? inService * requests / targets : Double.NaN;
  }

  /** The sums become these: the sums {@link ScalingEngine#hourSums} gave, with the hour's next minutes added. */
  public void set(double load, double capacity, int minutes) {
    this.load = load;
    this.capacity = capacity;
    this.minutes = minutes;
  }

  /** Empty sums of the hour starting at {@code hourStart}. */
  void start(long hourStart) {
    hour = hourStart;
    load = 0;
    capacity = 0;
    minutes = 0;
  }

  /** Becomes a copy of {@code other}, which counts by the same metric. */
  void copy(HourSums other) {
    hour = other.hour;
    load = other.load;
    capacity = other.capacity;
    minutes = other.minutes;
  }

  /** The start of the hour summed (epoch second), Long.MIN_VALUE before the first. */
  public long hour() {
    return hour;
  }

  public double load() {
    return load;
  }

  public double capacity() {
    return capacity;
  }

  public int minutes() {
    return minutes;
  }
}
