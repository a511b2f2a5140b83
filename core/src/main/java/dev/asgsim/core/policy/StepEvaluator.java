package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.config.StepAdjustment;
import java.util.List;

/**
 * A step scaling policy (aws-behaviour §4): when its alarm is in ALARM, the alarm's most recent datapoints aggregated by
 * {@code MetricAggregationType} pick a step by bounds relative to the threshold — for {@code >}/{@code >=} alarms
 * {@code lower ≤ metric − threshold < upper}, for {@code <}/{@code <=} alarms {@code lower < metric − threshold ≤
 * upper} (§4.3 [D]) — and the step's adjustment is applied (§4.2).
 *
 * <p>Scale-out adds relative to the capacity that is not still warming from a scale-out: warming capacity counts as
 * already added, so a repeated breach in the same step range adds nothing and a higher step adds only the difference
 * (§2.2 item 3, §4.3 [D]). Scale-in counts the terminating instances as current capacity (§2.2-6a [D],
 * {@link Adjustments#removal}). Step policies keep responding during activities (no cooldown, §3 [D]).
 */
public final class StepEvaluator extends AwsEvaluator {
  private final Alarm alarm;
  private final AdjustmentType type;
  private final int minMagnitude;
  private final MetricAggregation aggregation;
  private final boolean upperSide;
  private final double[] lower;
  private final double[] upper;
  private final int[] adjustment;
  private final AlarmInvocation invocation;


  StepEvaluator(String name, Alarm alarm, AdjustmentType type, int minMagnitude, MetricAggregation aggregation,
      List<StepAdjustment> steps, int warmupSeconds) {
    super(name, warmupSeconds);
    this.alarm = alarm;
    this.type = type;
    this.minMagnitude = minMagnitude;
    this.aggregation = aggregation;
    this.upperSide = alarm.spec().comparisonOperator().isUpper();
    int n = steps.size();
    this.lower = new double[n];
    this.upper = new double[n];
    this.adjustment = new int[n];
    for (int i = 0; i < n; i++) {
      StepAdjustment s = steps.get(i);
      lower[i] = s.metricIntervalLowerBound() == null ? Double.NEGATIVE_INFINITY : s.metricIntervalLowerBound();
      upper[i] = s.metricIntervalUpperBound() == null ? Double.POSITIVE_INFINITY : s.metricIntervalUpperBound();
      adjustment[i] = EvaluatorFactory.required(s.scalingAdjustment(), "policy " + name, "ScalingAdjustment in step "
          + i);
    }
    this.invocation = new AlarmInvocation(alarm.spec().periodSeconds());
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    forget();
    if (!alarm.inAlarm()) {
      return alarm.state() == AlarmState.INSUFFICIENT_DATA ? held(Hold.INSUFFICIENT_DATA) : NO_PROPOSAL;
    }
    if (!invocation.tryInvoke(now)) {
      return NO_PROPOSAL;
    }
    double v = aggregate();
    if (v != v) {
      return held(Hold.MISSING_DATA);
    }
    int step = stepFor(v - alarm.threshold());
    if (step < 0) {
      return held(Hold.NO_MATCHING_STEP);
    }
    drivenBy(alarm.name(), v);
    int desired = plane.desired();
    int adj = adjustment[step];
    if (type == AdjustmentType.ExactCapacity) {
      return adj;
    }
    if (adj > 0) {
      int base = Math.max(0, desired - group.scaleOutWarming());
      return Math.max(desired, Adjustments.apply(type, base, adj, minMagnitude));
    }
    return Adjustments.removal(type, desired, group.terminating() + group.overage(), adj, minMagnitude);
  }

  /** The index of the step whose bounds contain {@code diff} (metric − threshold), or −1. */
  int stepFor(double diff) {
    for (int i = 0; i < lower.length; i++) {
      boolean in = upperSide
          ? lower[i] <= diff && diff < upper[i]
          : lower[i] < diff && diff <= upper[i];
      if (in) {
        return i;
      }
    }
    return -1;
  }

  private double aggregate() {
    switch (aggregation) {
      case Minimum: return alarm.windowMin();
      case Maximum: return alarm.windowMax();
      default: return alarm.windowMean();
    }
  }

  @Override
  public CombinationRule.Role role() {
    return CombinationRule.Role.INDEPENDENT;
  }

  @Override
  public DecisionSource source() {
    return DecisionSource.STEP;
  }

  public Alarm alarm() {
    return alarm;
  }
}
