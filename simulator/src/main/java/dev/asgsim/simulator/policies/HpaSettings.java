package dev.asgsim.simulator.policies;

import java.util.List;

/**
 * The knobs of the Kubernetes horizontal pod autoscaler, with the controller's defaults ({@code kubernetes/kubernetes}
 * {@code pkg/controller/podautoscaler/config/v1alpha1/defaults.go} and {@code pkg/apis/autoscaling/v2/defaults.go};
 * aws-behaviour §17).
 *
 * @param targetUtilizationPercent the metric target (averageUtilization of CPU)
 * @param tolerance no action while |1 - ratio| <= tolerance
 * @param scaleUp stabilisation window and rate policies for scaling up
 * @param scaleDown the same for scaling down
 * @param initialReadinessSeconds how long a new instance counts as unready after it is InService
 */
public record HpaSettings(double targetUtilizationPercent, double tolerance, Rules scaleUp, Rules scaleDown,
    int initialReadinessSeconds) {

  /** The HPA's default tolerance (defaults.go: 0.1). */
  public static final double DEFAULT_TOLERANCE = 0.1;
  /** defaults.go: scale-down stabilisation 300 s. */
  public static final int DEFAULT_SCALE_DOWN_STABILIZATION_SECONDS = 300;
  /** autoscaling/v2 defaults.go: scale-up stabilisation 0 s. */
  public static final int DEFAULT_SCALE_UP_STABILIZATION_SECONDS = 0;
  /** autoscaling/v2 defaults.go: both directions' policies use a 15 s period. */
  public static final int DEFAULT_POLICY_PERIOD_SECONDS = 15;
  /** autoscaling/v2 defaults.go: scale up by at most max(4 pods, 100 %) per period. */
  public static final int DEFAULT_SCALE_UP_PODS = 4;
  public static final int DEFAULT_SCALE_UP_PERCENT = 100;
  /** autoscaling/v2 defaults.go: scale down by at most 100 % per period. */
  public static final int DEFAULT_SCALE_DOWN_PERCENT = 100;
  /** defaults.go: initial readiness delay 30 s. */
  public static final int DEFAULT_INITIAL_READINESS_SECONDS = 30;
  /** When the config has no CPU target tracking policy to borrow a target from. */
  public static final double DEFAULT_TARGET_UTILIZATION_PERCENT = 50;

  public HpaSettings {
    if (!(targetUtilizationPercent > 0)) {
      throw new IllegalArgumentException("HPA target utilization must be above 0, not " + targetUtilizationPercent);
    }
  }

  public static HpaSettings defaults(double targetUtilizationPercent) {
    return new HpaSettings(targetUtilizationPercent, DEFAULT_TOLERANCE,
        new Rules(DEFAULT_SCALE_UP_STABILIZATION_SECONDS, Select.MAX, List.of(
            new RatePolicy(RateType.PODS, DEFAULT_SCALE_UP_PODS, DEFAULT_POLICY_PERIOD_SECONDS),
            new RatePolicy(RateType.PERCENT, DEFAULT_SCALE_UP_PERCENT, DEFAULT_POLICY_PERIOD_SECONDS))),
        new Rules(DEFAULT_SCALE_DOWN_STABILIZATION_SECONDS, Select.MAX, List.of(
            new RatePolicy(RateType.PERCENT, DEFAULT_SCALE_DOWN_PERCENT, DEFAULT_POLICY_PERIOD_SECONDS))),
        DEFAULT_INITIAL_READINESS_SECONDS);
  }

  /** {@code HPAScalingRules}: a stabilisation window, how to pick among policies, and the policies. */
  public record Rules(int stabilizationWindowSeconds, Select selectPolicy, List<RatePolicy> policies) {
    public Rules {
      policies = List.copyOf(policies);
    }

    int longestPeriod() {
      int p = 0;
      for (RatePolicy r : policies) {
        p = Math.max(p, r.periodSeconds());
      }
      return p;
    }
  }

  /** {@code HPAScalingPolicy}: change by at most {@code value} pods or percent per {@code periodSeconds}. */
  public record RatePolicy(RateType type, int value, int periodSeconds) {}

  public enum RateType { PODS, PERCENT }

  /** {@code selectPolicy}: Max (the policy allowing the biggest change, default), Min, or Disabled. */
  public enum Select { MAX, MIN, DISABLED }
}
