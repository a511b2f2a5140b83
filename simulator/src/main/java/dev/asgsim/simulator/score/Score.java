package dev.asgsim.simulator.score;

import dev.asgsim.core.io.DidYouMean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The score catalogue: every score of a run defined once — its name in sweep files and tables ({@code Cost}), its
 * member in {@code summary.json} ({@code cost}), its unit, which way is better, and how it is read from a run's
 * {@link Scores}. {@code summary.json}, {@code results.csv}, the sweep's JSON and recommendation and the sweep file's
 * {@code Slo}/{@code Objective} checks all iterate this enum; the declaration order is the order of every file.
 *
 * <p>Adding a score: add its component to {@link Scores} (filled by {@link ScoreAccumulator}) and one constant here.
 * Definitions of the elasticity metrics are on {@link Scores}.
 */
public enum Score {
  MINUTES("minutes", "min", Better.NEITHER, Use.INPUT, true, Scores::minutes),
  INSTANCE_HOURS("instanceHours", "instance-hours", Better.LOWER, Use.RESULT, false, Scores::instanceHours),
  PRICE_PER_HOUR("pricePerHour", "USD per instance-hour", Better.NEITHER, Use.INPUT, false, Scores::pricePerHour),
  INSTANCE_COST("instanceCost", "USD", Better.LOWER, Use.RESULT, false, Scores::instanceCost),
  SURPLUS_CREDIT_COST("surplusCreditCost", "USD", Better.LOWER, Use.RESULT, false, Scores::surplusCreditCost),
  WARM_POOL_COST("warmPoolCost", "USD", Better.LOWER, Use.RESULT, false, Scores::warmPoolCost),
  /** CloudWatch's price of detailed monitoring's metrics over the billed instance-hours (aws-behaviour §8.1); 0 on basic. */
  MONITORING_COST("monitoringCost", "USD", Better.LOWER, Use.RESULT, false, Scores::monitoringCost),
  COST("cost", "USD", Better.LOWER, Use.RESULT, false, Scores::cost),
  TOTAL_DEMAND("totalDemand", "CPU-%-minutes of one instance", Better.NEITHER, Use.RESULT, false,
      Scores::totalDemand),
  UNSERVED_DEMAND("unservedDemand", "CPU-%-minutes of one instance", Better.LOWER, Use.RESULT, false,
      Scores::unservedDemand),
  UNSERVED_PERCENT("unservedPercent", "% of demand", Better.LOWER, Use.RESULT, false, Scores::unservedPercent),
  MINUTES_WITH_UNSERVED("minutesWithUnserved", "min", Better.LOWER, Use.RESULT, true, Scores::minutesWithUnserved),
  CPU_THRESHOLD_PERCENT("cpuThresholdPercent", "% CPU", Better.NEITHER, Use.INPUT, false,
      Scores::cpuThresholdPercent),
  MINUTES_CPU_ABOVE_THRESHOLD("minutesCpuAboveThreshold", "min", Better.LOWER, Use.RESULT, true,
      Scores::minutesCpuAboveThreshold),
  /** Derived for SLOs written per day (minutes above the CPU threshold per simulated day); sweeps only. */
  MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY("minutesCpuAboveThresholdPerDay", "min per day", Better.LOWER, Use.DERIVED,
      false, s -> s.minutes() == 0 ? 0 : s.minutesCpuAboveThreshold() * 1440.0 / s.minutes()),
  /** Counted like desired: capacity units in a weighted or DesiredCapacityType group (aws-behaviour §7.11). */
  MEAN_SERVING("meanServing", "instances or capacity units", Better.NEITHER, Use.RESULT, false, Scores::meanServing),
  MEAN_CPU("meanCpu", "% CPU", Better.HIGHER, Use.RESULT, false, Scores::meanCpu),
  THETA_U("thetaU", "%", Better.LOWER, Use.RESULT, false, Scores::thetaU),
  THETA_O("thetaO", "%", Better.LOWER, Use.RESULT, false, Scores::thetaO),
  TAU_U("tauU", "%", Better.LOWER, Use.RESULT, false, Scores::tauU),
  TAU_O("tauO", "%", Better.LOWER, Use.RESULT, false, Scores::tauO),
  INSTABILITY("instability", "%", Better.LOWER, Use.RESULT, false, Scores::instability),
  INSTABILITY_K("instabilityK", "%", Better.LOWER, Use.RESULT, false, Scores::instabilityK),
  INSTABILITY_K_PRIME("instabilityKPrime", "%", Better.LOWER, Use.RESULT, false, Scores::instabilityKPrime),
  /** Supply changes minus demand changes per hour: 0 is ideal, either sign is a fault, so neither way is better. */
  JITTER_PER_HOUR("jitterPerHour", "changes per hour", Better.NEITHER, Use.RESULT, false, Scores::jitterPerHour),
  SCALE_OUT_ACTIVITIES("scaleOutActivities", "activities", Better.NEITHER, Use.RESULT, true,
      Scores::scaleOutActivities),
  SCALE_IN_ACTIVITIES("scaleInActivities", "activities", Better.NEITHER, Use.RESULT, true,
      Scores::scaleInActivities),
  INSTANCES_LAUNCHED("instancesLaunched", "instances", Better.NEITHER, Use.RESULT, true, Scores::instancesLaunched),
  INSTANCES_TERMINATED("instancesTerminated", "instances", Better.NEITHER, Use.RESULT, true,
      Scores::instancesTerminated),
  DEMAND_RISES("demandRises", "rises", Better.NEITHER, Use.RESULT, true, Scores::demandRises),
  DEMAND_RISES_NEVER_MET("demandRisesNeverMet", "rises", Better.LOWER, Use.RESULT, true,
      Scores::demandRisesNeverMet),
  MEAN_MINUTES_TO_DESIRED("meanMinutesToDesired", "min", Better.LOWER, Use.RESULT, false,
      Scores::meanMinutesToDesired),
  MAX_MINUTES_TO_DESIRED("maxMinutesToDesired", "min", Better.LOWER, Use.RESULT, false,
      Scores::maxMinutesToDesired),
  MEAN_MINUTES_TO_CAPACITY("meanMinutesToCapacity", "min", Better.LOWER, Use.RESULT, false,
      Scores::meanMinutesToCapacity),
  MAX_MINUTES_TO_CAPACITY("maxMinutesToCapacity", "min", Better.LOWER, Use.RESULT, false,
      Scores::maxMinutesToCapacity),
  /** Rises of demand above supply that caused no scale-out: they have no reaction time (issue 17 item 8). */
  DEMAND_RISES_NOT_SCALED("demandRisesNotScaled", "rises", Better.NEITHER, Use.RESULT, true,
      Scores::demandRisesNotScaled),
  /** The split of {@link #INSTANCE_HOURS} and {@link #INSTANCE_COST} by purchase option (aws-behaviour §7.11). */
  ON_DEMAND_INSTANCE_HOURS("onDemandInstanceHours", "instance-hours", Better.NEITHER, Use.RESULT, false,
      Scores::onDemandInstanceHours),
  SPOT_INSTANCE_HOURS("spotInstanceHours", "instance-hours", Better.NEITHER, Use.RESULT, false,
      Scores::spotInstanceHours),
  SPOT_PRICE_PER_HOUR("spotPricePerHour", "USD per instance-hour", Better.NEITHER, Use.INPUT, false,
      Scores::spotPricePerHour),
  ON_DEMAND_INSTANCE_COST("onDemandInstanceCost", "USD", Better.LOWER, Use.RESULT, false,
      Scores::onDemandInstanceCost),
  SPOT_INSTANCE_COST("spotInstanceCost", "USD", Better.LOWER, Use.RESULT, false, Scores::spotInstanceCost),
  /** Spot instances EC2 interrupted (aws-behaviour §7.7); 0 without an interruption rate. */
  SPOT_INTERRUPTIONS("spotInterruptions", "instances", Better.LOWER, Use.RESULT, true, Scores::spotInterruptions),
  /** Replacements Capacity Rebalancing launched on a rebalance recommendation (aws-behaviour §7.7). */
  CAPACITY_REBALANCE_LAUNCHES("capacityRebalanceLaunches", "instances", Better.NEITHER, Use.RESULT, true,
      Scores::capacityRebalanceLaunches),
  /** Minutes with unserved demand after a Spot interruption, until desired capacity serves again (aws-behaviour §7.7). */
  UNSERVED_MINUTES_AFTER_INTERRUPTION("unservedMinutesAfterInterruption", "min", Better.LOWER, Use.RESULT, true,
      Scores::unservedMinutesAfterInterruption);

  /** Which way a score is better; an objective is minimised, so it cannot be a better-is-higher score. */
  public enum Better { LOWER, HIGHER, NEITHER }

  /**
   * Where a score appears: an INPUT echoes a setting back (in {@code summary.json} only, not a sweep result), a
   * RESULT everywhere, a DERIVED score only in sweeps (computed from other scores).
   */
  public enum Use { INPUT, RESULT, DERIVED }

  private static final List<Score> SWEPT = Arrays.stream(values()).filter(s -> s.use != Use.INPUT).toList();
  private static final List<Score> SUMMARY = Arrays.stream(values()).filter(s -> s.use != Use.DERIVED).toList();
  private static final Map<String, Score> BY_NAME = SWEPT.stream()
      .collect(Collectors.toUnmodifiableMap(Score::scoreName, Function.identity()));

  private final String jsonName;
  private final String scoreName;
  private final String unit;
  private final Better better;
  private final Use use;
  private final boolean whole;
  private final ToDoubleFunction<Scores> accessor;

  Score(String jsonName, String unit, Better better, Use use, boolean whole, ToDoubleFunction<Scores> accessor) {
    this.jsonName = jsonName;
    this.scoreName = jsonName.substring(0, 1).toUpperCase(Locale.ROOT) + jsonName.substring(1);
    this.unit = unit;
    this.better = better;
    this.use = use;
    this.whole = whole;
    this.accessor = accessor;
  }

  /** The name in sweep files, {@code results.csv} and the sweep's JSON: {@code UnservedPercent}. */
  public String scoreName() {
    return scoreName;
  }

  /** The member name in {@code summary.json}: {@code unservedPercent}. */
  public String jsonName() {
    return jsonName;
  }

  public String unit() {
    return unit;
  }

  public Better better() {
    return better;
  }

  public Use use() {
    return use;
  }

  /** Whether the value is a count (written without decimals in {@code summary.json}). */
  public boolean whole() {
    return whole;
  }

  public double of(Scores scores) {
    return accessor.applyAsDouble(scores);
  }

  /** The scores a sweep records per run, in file order (results, then derived, by declaration). */
  public static List<Score> swept() {
    return SWEPT;
  }

  /** The members of {@code summary.json}'s {@code scores}, in file order. */
  public static List<Score> summarised() {
    return SUMMARY;
  }

  /**
   * The swept score named {@code name} (exact spelling); {@link IllegalArgumentException} naming the closest
   * spelling and where the list is when there is none.
   */
  public static Score named(String name) {
    Score s = name == null ? null : BY_NAME.get(name);
    if (s != null) {
      return s;
    }
    String suggestion = name == null ? null : DidYouMean.suggest(name, BY_NAME.keySet());
    throw new IllegalArgumentException("no score named '" + name + "'"
        + (suggestion == null ? "" : " (did you mean " + suggestion + "?)")
        + "; the scores are listed in simulator/README.md, section Scores");
  }

  /** Every swept score name, comma-separated, for help texts. */
  public static String sweptNames() {
    return SWEPT.stream().map(Score::scoreName).collect(Collectors.joining(", "));
  }
}
