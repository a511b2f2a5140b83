package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.StepAdjustment;
import dev.asgsim.core.text.Numbers;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PutScalingPolicy: names, quotas and the member matrix per policy type (spec §9.6, §9.11 items 8, 10, 11). */
final class PolicyRules {
  /** Spec §7.9 [D]. */
  static final int MAX_POLICIES = 50;
  static final int MAX_STEPS = 20;
  static final List<String> ADJUSTMENT_TYPES =
      List.of("ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity");
  static final List<String> AGGREGATION_TYPES = List.of("Minimum", "Maximum", "Average");

  private static final Set<PolicyType> SIMPLE = EnumSet.of(PolicyType.SimpleScaling);
  private static final Set<PolicyType> STEP = EnumSet.of(PolicyType.StepScaling);
  private static final Set<PolicyType> STEP_SIMPLE = EnumSet.of(PolicyType.StepScaling, PolicyType.SimpleScaling);
  private static final Set<PolicyType> TT_STEP = EnumSet.of(PolicyType.TargetTrackingScaling, PolicyType.StepScaling);
  private static final Set<PolicyType> TT = EnumSet.of(PolicyType.TargetTrackingScaling);
  private static final Set<PolicyType> PREDICTIVE = EnumSet.of(PolicyType.PredictiveScaling);

  private PolicyRules() {}

  static void check(List<ScalingPolicy> policies, AutoScalingGroup group, Findings f) {
    if (policies.size() > MAX_POLICIES) {
      f.error("policy-quota", "ScalingPolicies", policies.size() + " scaling policies; at most " + MAX_POLICIES
          + " per group (spec §7.9)", "remove policies");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      String path = "ScalingPolicies[" + i + "]";
      if (p == null) {
        f.error("policy-empty", path, "an empty scaling policy (spec §9.6)", "remove the empty list item");
        continue;
      }
      if (!Checks.xmlString(p.policyName(), 255)) {
        f.error("policy-name", path + ".PolicyName", "PolicyName is required, 1-255 characters (spec §9.6)",
            "name the policy");
      } else if (!names.add(p.policyName())) {
        f.error("policy-name-duplicate", path + ".PolicyName", "policy " + p.policyName() + " is defined twice; "
            + "AWS would update the first with the second (spec §9.6)", "give each policy its own name");
      }
      PolicyType type = p.type();
      if (type == null) {
        List<String> known = Arrays.stream(PolicyType.values()).map(Enum::name).toList();
        f.error("policy-type", path + ".PolicyType", "PolicyType " + p.policyType() + " is not one of "
                + Checks.oneOf(known) + Checks.didYouMean(p.policyType(), known) + " (spec §9.6)",
            "write one of the four types (SimpleScaling when absent)");
        continue;
      }
      matrix(p, type, path, f);
      switch (type) {
        case StepScaling -> step(p, path, f);
        case TargetTrackingScaling -> {
          if (p.targetTrackingConfiguration() != null) {
            TargetTrackingRules.check(p.targetTrackingConfiguration(), group,
                path + ".TargetTrackingConfiguration", f);
          }
        }
        case PredictiveScaling -> {
          if (p.predictiveScalingConfiguration() != null) {
            PredictiveRules.check(p.predictiveScalingConfiguration(), path + ".PredictiveScalingConfiguration", f);
          }
        }
        default -> { }
      }
      if (STEP_SIMPLE.contains(type) && p.alarm() != null) {
        AlarmRules.check(p.alarm(), path + ".Alarm", f);
      }
    }
    PredictiveRules.checkAll(policies, f);
  }

  /** Which member each type takes (spec §9.6): forbidden members, then required ones. */
  private static void matrix(ScalingPolicy p, PolicyType type, String path, Findings f) {
    only(p.adjustmentType() != null, "AdjustmentType", STEP_SIMPLE, type, path, f);
    only(p.minAdjustmentMagnitude() != null, "MinAdjustmentMagnitude", STEP_SIMPLE, type, path, f);
    only(p.minAdjustmentStep() != null, "MinAdjustmentStep", STEP_SIMPLE, type, path, f);
    only(p.scalingAdjustment() != null, "ScalingAdjustment", SIMPLE, type, path, f);
    only(p.cooldown() != null, "Cooldown", SIMPLE, type, path, f);
    only(p.metricAggregationType() != null, "MetricAggregationType", STEP, type, path, f);
    only(p.stepAdjustments() != null, "StepAdjustments", STEP, type, path, f);
    only(p.estimatedInstanceWarmup() != null, "EstimatedInstanceWarmup", TT_STEP, type, path, f);
    only(p.targetTrackingConfiguration() != null, "TargetTrackingConfiguration", TT, type, path, f);
    only(p.predictiveScalingConfiguration() != null, "PredictiveScalingConfiguration", PREDICTIVE, type, path, f);
    if (p.alarm() != null && !STEP_SIMPLE.contains(type)) {
      f.error("policy-member", path + ".Alarm", "Alarm belongs to step and simple policies; AWS creates and owns "
              + "the alarms of a " + type + " policy (spec §1.1, §4.1)", "remove Alarm from this policy");
    }

    if (STEP_SIMPLE.contains(type)) {
      if (p.adjustmentType() == null) {
        f.error("policy-member-missing", path, type + " needs AdjustmentType (spec §9.6)",
            "add AdjustmentType: ChangeInCapacity, ExactCapacity or PercentChangeInCapacity");
      } else if (!ADJUSTMENT_TYPES.contains(p.adjustmentType())) {
        f.error("adjustment-type", path + ".AdjustmentType", "AdjustmentType " + p.adjustmentType()
                + " is not one of " + Checks.oneOf(ADJUSTMENT_TYPES)
                + Checks.didYouMean(p.adjustmentType(), ADJUSTMENT_TYPES) + " (spec §4.2)",
            "use one of the three adjustment types");
      }
      Integer magnitude = p.effectiveMinAdjustmentMagnitude();
      if (magnitude != null && !"PercentChangeInCapacity".equals(p.adjustmentType())) {
        f.error("min-adjustment-magnitude", path + (p.minAdjustmentMagnitude() != null ? ".MinAdjustmentMagnitude"
                : ".MinAdjustmentStep"), "MinAdjustmentMagnitude only applies with PercentChangeInCapacity "
                + "(spec §4.2)", "remove it, or use AdjustmentType: PercentChangeInCapacity");
      } else if (magnitude != null && magnitude < 1) {
        f.error("min-adjustment-magnitude", path + ".MinAdjustmentMagnitude", "MinAdjustmentMagnitude must be "
            + "at least 1 (spec §4.2)", "use 1 or more instances");
      }
      if (p.alarm() == null) {
        f.error("alarm-missing", path, type + " is triggered by a CloudWatch alarm the user owns, and this policy "
                + "has none (spec §4.1)",
            "add Alarm: with Namespace, MetricName, Statistic, Period, EvaluationPeriods, Threshold, "
                + "ComparisonOperator (see examples/step-scaling.yaml)");
      }
    }
    if (type == PolicyType.SimpleScaling) {
      if (p.scalingAdjustment() == null) {
        f.error("policy-member-missing", path, "SimpleScaling needs ScalingAdjustment (spec §9.6)",
            "add ScalingAdjustment, e.g. 1 to add one instance");
      } else if ("ExactCapacity".equals(p.adjustmentType()) && p.scalingAdjustment() < 0) {
        f.error("exact-capacity-negative", path + ".ScalingAdjustment", "with ExactCapacity the adjustment is the "
            + "new capacity and cannot be negative (spec §4.2)", "use 0 or more");
      }
      if (p.cooldown() != null && p.cooldown() < 0) {
        f.error("negative-seconds", path + ".Cooldown", "Cooldown cannot be negative (spec §3)",
            "use 0 or more seconds, or leave it out for the group's DefaultCooldown");
      }
    }
    if (type == PolicyType.StepScaling && (p.stepAdjustments() == null || p.stepAdjustments().isEmpty())) {
      f.error("policy-member-missing", path, "StepScaling needs StepAdjustments (spec §9.6)",
          "add StepAdjustments with MetricIntervalLowerBound/UpperBound and ScalingAdjustment");
    }
    if (type == PolicyType.TargetTrackingScaling && p.targetTrackingConfiguration() == null) {
      f.error("policy-member-missing", path, "TargetTrackingScaling needs TargetTrackingConfiguration (spec §9.6)",
          "add TargetTrackingConfiguration with a metric and TargetValue");
    }
    if (type == PolicyType.PredictiveScaling && p.predictiveScalingConfiguration() == null) {
      f.error("policy-member-missing", path, "PredictiveScaling needs PredictiveScalingConfiguration (spec §9.6)",
          "add PredictiveScalingConfiguration with one MetricSpecification");
    }
    if (p.metricAggregationType() != null && !AGGREGATION_TYPES.contains(p.metricAggregationType())) {
      f.error("metric-aggregation-type", path + ".MetricAggregationType", "MetricAggregationType "
              + p.metricAggregationType() + " is not one of " + Checks.oneOf(AGGREGATION_TYPES) + " (spec §4.3)",
          "write Minimum, Maximum or Average (the default)");
    }
    if (p.estimatedInstanceWarmup() != null && p.estimatedInstanceWarmup() < 0) {
      f.error("negative-seconds", path + ".EstimatedInstanceWarmup", "EstimatedInstanceWarmup cannot be negative "
          + "(spec §2.1)", "use 0 or more seconds");
    }
  }

  private static void only(boolean present, String member, Set<PolicyType> allowed, PolicyType type, String path,
      Findings f) {
    if (present && !allowed.contains(type)) {
      f.error("policy-member", path + "." + member, member + " is only valid for "
              + String.join(" and ", allowed.stream().map(Enum::name).toList()) + " policies, not " + type
              + " (spec §9.6)",
          "remove " + member + " from this policy");
    }
  }

  /** Step bounds (spec §4.3 [D]). */
  private static void step(ScalingPolicy p, String path, Findings f) {
    List<StepAdjustment> steps = Checks.orEmpty(p.stepAdjustments());
    String base = path + ".StepAdjustments";
    if (steps.size() > MAX_STEPS) {
      f.error("step-quota", base, steps.size() + " step adjustments; at most " + MAX_STEPS + " (spec §4.3)",
          "merge steps");
    }
    int nullLower = 0;
    int nullUpper = 0;
    boolean negativeLower = false;
    boolean positiveUpper = false;
    boolean shapeOk = true;
    for (int i = 0; i < steps.size(); i++) {
      StepAdjustment s = steps.get(i);
      String sp = base + "[" + i + "]";
      if (s == null) {
        f.error("step-bounds", sp, "an empty step adjustment (spec §4.3)", "remove the empty list item");
        shapeOk = false;
        continue;
      }
      Double lo = s.metricIntervalLowerBound();
      Double hi = s.metricIntervalUpperBound();
      if (s.scalingAdjustment() == null) {
        f.error("step-adjustment-missing", sp, "each step needs ScalingAdjustment (spec §9.6)",
            "add ScalingAdjustment to this step");
      } else if ("ExactCapacity".equals(p.adjustmentType()) && s.scalingAdjustment() < 0) {
        f.error("exact-capacity-negative", sp + ".ScalingAdjustment", "with ExactCapacity the adjustment is the "
            + "new capacity and cannot be negative (spec §4.2)", "use 0 or more");
      }
      if (lo == null && hi == null) {
        f.error("step-bounds", sp, "a step may not leave both bounds open (spec §4.3)",
            "set MetricIntervalLowerBound or MetricIntervalUpperBound");
        shapeOk = false;
        continue;
      }
      if ((lo != null && !Double.isFinite(lo)) || (hi != null && !Double.isFinite(hi))) {
        f.error("step-bounds", sp, "step bounds must be finite numbers (spec §4.3)", "leave a bound out for infinity");
        shapeOk = false;
        continue;
      }
      if (lo != null && hi != null && hi <= lo) {
        f.error("step-bounds", sp, "MetricIntervalUpperBound " + hi + " must exceed MetricIntervalLowerBound " + lo
            + " (spec §4.3)", "swap or fix the bounds");
        shapeOk = false;
      }
      nullLower += lo == null ? 1 : 0;
      nullUpper += hi == null ? 1 : 0;
      negativeLower |= lo != null && lo < 0;
      positiveUpper |= hi != null && hi > 0;
    }
    if (nullLower > 1) {
      f.error("step-bounds", base, nullLower + " steps have no lower bound; at most one may (spec §4.3)",
          "give all steps but the lowest a MetricIntervalLowerBound");
      shapeOk = false;
    }
    if (nullUpper > 1) {
      f.error("step-bounds", base, nullUpper + " steps have no upper bound; at most one may (spec §4.3)",
          "give all steps but the highest a MetricIntervalUpperBound");
      shapeOk = false;
    }
    if (negativeLower && nullLower == 0) {
      f.error("step-bounds", base, "a lower bound is negative, so a step without a lower bound must exist "
          + "(spec §4.3)", "leave out MetricIntervalLowerBound on the lowest step");
    }
    if (positiveUpper && nullUpper == 0) {
      f.error("step-bounds", base, "an upper bound is positive, so a step without an upper bound must exist "
          + "(spec §4.3)", "leave out MetricIntervalUpperBound on the highest step");
    }
    if (shapeOk && !steps.isEmpty()) {
      gapsAndOverlaps(steps, base, f);
      if (p.alarm() != null && p.alarm().comparisonOperator() != null) {
        direction(steps, p, base, f);
      }
    }
  }

  private static void gapsAndOverlaps(List<StepAdjustment> steps, String base, Findings f) {
    Integer[] order = new Integer[steps.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(lower(steps.get(a)), lower(steps.get(b))));
    for (int k = 1; k < order.length; k++) {
      StepAdjustment prev = steps.get(order[k - 1]);
      StepAdjustment next = steps.get(order[k]);
      double prevHi = upper(prev);
      double nextLo = lower(next);
      String sp = base + "[" + order[k] + "]";
      if (prevHi < nextLo) {
        f.error("step-bounds", sp, "a gap between " + Numbers.shortest(prevHi) + " and " + Numbers.shortest(nextLo)
            + ": no step covers it (spec §4.3)", "make each step's lower bound equal the previous step's upper bound");
      } else if (prevHi > nextLo) {
        f.error("step-bounds", sp, "steps overlap between " + Numbers.shortest(nextLo) + " and " + Numbers.shortest(prevHi) + " (spec §4.3)",
            "make each step's lower bound equal the previous step's upper bound");
      }
    }
  }

  /**
   * A step on the side of the threshold where the alarm is not in ALARM can never be chosen (spec §4.3: bounds are
   * relative to the threshold). [I]
   */
  private static void direction(List<StepAdjustment> steps, ScalingPolicy p, String base, Findings f) {
    boolean above = AlarmRules.above(p.alarm());
    for (int i = 0; i < steps.size(); i++) {
      StepAdjustment s = steps.get(i);
      if (above && s.metricIntervalUpperBound() != null && s.metricIntervalUpperBound() <= 0) {
        f.warning("step-bounds-direction", base + "[" + i + "]", "this step lies below the alarm threshold, but "
                + "the alarm (" + p.alarm().comparisonOperator() + ") only fires above it: the step never applies "
                + "(spec §4.3 [I])", "use bounds >= 0 with a GreaterThan alarm");
      } else if (!above && s.metricIntervalLowerBound() != null && s.metricIntervalLowerBound() >= 0) {
        f.warning("step-bounds-direction", base + "[" + i + "]", "this step lies above the alarm threshold, but "
                + "the alarm (" + p.alarm().comparisonOperator() + ") only fires below it: the step never applies "
                + "(spec §4.3 [I])", "use bounds <= 0 with a LessThan alarm");
      }
    }
  }

  private static double lower(StepAdjustment s) {
    return s.metricIntervalLowerBound() == null ? Double.NEGATIVE_INFINITY : s.metricIntervalLowerBound();
  }

  private static double upper(StepAdjustment s) {
    return s.metricIntervalUpperBound() == null ? Double.POSITIVE_INFINITY : s.metricIntervalUpperBound();
  }
}
