package dev.asgsim.core.policy;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.StepAdjustment;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Config fixtures for engine tests. */
final class Configs {
  /** 2021-12-02T10:00:00Z, the seed's day. */
  static final long T0 = Instant.parse("2021-12-02T10:00:00Z").getEpochSecond();

  private Configs() {}

  static AutoScalingGroup group(String name, int min, int max, int desired) {
    return AutoScalingGroup.builder().autoScalingGroupName(name).minSize(min).maxSize(max).desiredCapacity(desired)
        .build();
  }

  static ScalingConfig config(AutoScalingGroup g, ScalingPolicy... policies) {
    return ScalingConfig.builder().autoScalingGroup(g).scalingPolicies(Arrays.asList(policies)).build();
  }

  static ScalingConfig config(AutoScalingGroup g, List<ScheduledAction> actions, ScalingPolicy... policies) {
    return ScalingConfig.builder().autoScalingGroup(g).scalingPolicies(Arrays.asList(policies))
        .scheduledActions(actions).build();
  }

  static ScalingPolicy cpu(String name, double target, Integer warmup) {
    return ScalingPolicy.targetTracking(name, "ASGAverageCPUUtilization", target, warmup);
  }

  static ScalingPolicy tt(String name, String type, double target, boolean disableScaleIn) {
    return ScalingPolicy.builder().policyName(name).policyType(PolicyType.TargetTrackingScaling)
        .estimatedInstanceWarmup(300)
        .targetTrackingConfiguration(new TargetTrackingConfiguration(
            TargetTrackingConfiguration.PredefinedMetricSpecification.of(type), null, target, disableScaleIn))
        .build();
  }

  static ScalingPolicy predictive(String name, String pair, double target, String mode, Integer buffer,
      String breach, Integer maxCapacityBuffer) {
    String label = "ALBRequestCount".equals(pair) ? "app/lb/1/targetgroup/tg/2" : null;
    return ScalingPolicy.builder().policyName(name).policyType(PolicyType.PredictiveScaling)
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(
            new PredictiveScalingConfiguration.MetricSpecification(target,
                new PredictiveScalingConfiguration.PredefinedMetric(pair, label), null, null, null, null, null)),
            mode, buffer, breach, maxCapacityBuffer))
        .build();
  }

  static MetricAlarm alarm(String name, String op, double threshold, int n, int m, String missing) {
    return new MetricAlarm(name, "AWS/EC2", "CPUUtilization", null, "Average", null, null, 60, n, m, threshold, op,
        missing);
  }

  static StepAdjustment step(Double lower, Double upper, int adj) {
    return new StepAdjustment(lower, upper, adj);
  }

  static ScalingPolicy stepPolicy(String name, MetricAlarm alarm, String adjType, Integer minMag,
      StepAdjustment... steps) {
    return ScalingPolicy.builder().policyName(name).policyType(PolicyType.StepScaling).adjustmentType(adjType)
        .minAdjustmentMagnitude(minMag).stepAdjustments(new ArrayList<>(Arrays.asList(steps))).alarm(alarm).build();
  }

  static ScalingPolicy simplePolicy(String name, MetricAlarm alarm, String adjType, int adj, Integer cooldown) {
    return ScalingPolicy.builder().policyName(name).policyType(PolicyType.SimpleScaling).adjustmentType(adjType)
        .scalingAdjustment(adj).cooldown(cooldown).alarm(alarm).build();
  }

  /**
   * The random mix of dynamic policies the engine's property tests draw: CPU target tracking, perhaps ALB request
   * count target tracking, perhaps a step scale-out on a 2-of-N alarm, perhaps a simple scale-in with a cooldown.
   */
  static void addRandomDynamicPolicies(Random r, List<ScalingPolicy> policies) {
    policies.add(tt("cpu", "ASGAverageCPUUtilization", 20 + r.nextInt(60), r.nextInt(4) == 0));
    if (r.nextBoolean()) {
      policies.add(tt("alb", "ALBRequestCountPerTarget", 50 + r.nextInt(500), r.nextBoolean()));
    }
    if (r.nextInt(3) == 0) {
      policies.add(stepPolicy("stepOut", alarm("hi", "GreaterThanThreshold", 70, 2, 1 + r.nextInt(2),
          r.nextBoolean() ? "breaching" : null), "PercentChangeInCapacity", 1 + r.nextInt(2),
          step(0.0, 10.0, 10), step(10.0, null, 50)));
    }
    if (r.nextInt(3) == 0) {
      policies.add(simplePolicy("simpleIn", alarm("lo", "LessThanThreshold", 15, 3, 3, "notBreaching"),
          "ChangeInCapacity", -1, 60 + r.nextInt(300)));
    }
  }
}
