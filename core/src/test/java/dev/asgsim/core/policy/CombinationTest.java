package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CombinationTest {

  /** CPU policy target 50 on metric 0, ALB policy target 100 on metric 1. */
  private static ScalingEngine twoPolicies(int desired, boolean albDisableScaleIn) {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 20, desired),
        Configs.tt("cpu", "ASGAverageCPUUtilization", 50, false),
        Configs.tt("alb", "ALBRequestCountPerTarget", 100, albDisableScaleIn));
    return ScalingEngine.builder(c).build();
  }

  private static Decision minutes(ScalingEngine e, GroupView g, int count, double cpu, double alb) {
    Decision d = null;
    for (int k = 0; k < count; k++) {
      e.publish(0, T0 + k * 60L, cpu);
      e.publish(1, T0 + k * 60L, alb);
      d = e.evaluate(T0 + (k + 1) * 60L, g);
      if (d.changed()) {
        return d;
      }
    }
    return d;
  }

  @Test
  @DisplayName("§1.2 [D] predefined metrics map to their CloudWatch metrics (ALB: Sum per target)")
  void predefinedMetrics() {
    ScalingEngine e = twoPolicies(4, false);
    assertThat(e.metrics()).containsExactly(
        new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60),
        new MetricSpec(MetricKind.ALB_REQUEST_COUNT_PER_TARGET, "RequestCountPerTarget", "Sum", 60));
    assertThat(e.alarmCount()).isEqualTo(4);
  }

  @Test
  @DisplayName("§1.7 [D] any policy may scale out: ALB at 300/target of 100 on 4 => 12 while CPU is idle")
  void anyPolicyMayScaleOut() {
    Decision d = minutes(twoPolicies(4, false), new FakeGroup(4), 10, 10, 300);
    assertThat(d.newDesired()).isEqualTo(12);
    assertThat(d.policyName()).isEqualTo("alb");
  }

  @Test
  @DisplayName("§1.7 [D] scale-in only if all scale-in-enabled TT policies agree: CPU low but ALB in range => stay")
  void scaleInNeedsAllPolicies() {
    ScalingEngine e = twoPolicies(4, false);
    Decision d = minutes(e, new FakeGroup(4), 30, 10, 90);
    assertThat(d.changed()).isFalse();
    assertThat(e.desired()).isEqualTo(4);
  }

  @Test
  @DisplayName("§1.7 [D] when all agree the largest proposal wins: CPU wants 1, ALB wants ceil(4 x 50 / 100) = 2")
  void scaleInLargestProposalWins() {
    Decision d = minutes(twoPolicies(4, false), new FakeGroup(4), 30, 10, 50);
    assertThat(d.newDesired()).isEqualTo(2);
    assertThat(d.policyName()).isEqualTo("alb");
  }

  @Test
  @DisplayName("§1.7 [D] a DisableScaleIn policy has no vote: CPU alone scales in")
  void disabledPolicyDoesNotVote() {
    Decision d = minutes(twoPolicies(4, true), new FakeGroup(4), 30, 10, 90);
    assertThat(d.newDesired()).isEqualTo(1);
    assertThat(d.policyName()).isEqualTo("cpu");
  }

  @Test
  @DisplayName("§7.1 [D] across policy types the largest scale-out wins: step +3 => 5, then TT ceil(5 x 90 / 50) = 9 "
      + "beats step 5 + 3")
  void largestScaleOutAcrossTypes() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 20, 2),
        Configs.cpu("cpu", 50, 300),
        Configs.stepPolicy("step", Configs.alarm("high", "GreaterThanThreshold", 40, 1, 1, null),
            "ChangeInCapacity", null, Configs.step(0.0, null, 3)));
    ScalingEngine e = ScalingEngine.builder(c).build();
    e.publish(0, T0, 45);
    Decision d = e.evaluate(T0 + 60, new FakeGroup(2));
    assertThat(d.newDesired()).isEqualTo(5);
    assertThat(d.policyName()).isEqualTo("step");
    e.publish(0, T0 + 60, 45);
    assertThat(e.evaluate(T0 + 120, new FakeGroup(2).set(2, 2, 3, 3)).changed()).isFalse();
    e.publish(0, T0 + 120, 60);
    e.publish(0, T0 + 180, 60);
    e.publish(0, T0 + 240, 90);
    d = e.evaluate(T0 + 300, new FakeGroup(5));
    assertThat(d.newDesired()).isEqualTo(9);
    assertThat(d.policyName()).isEqualTo("cpu");
  }

  @Test
  @DisplayName("§1.7 [D] step scale-in needs no TT agreement (mixing can fight)")
  void stepScaleInIndependentOfTargetTracking() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 20, 5),
        Configs.cpu("cpu", 50, 300),
        Configs.stepPolicy("stepIn", Configs.alarm("low", "LessThanThreshold", 45, 1, 1, null),
            "ChangeInCapacity", null, Configs.step(null, 0.0, -1)));
    ScalingEngine e = ScalingEngine.builder(c).build();
    e.publish(0, T0, 40);
    Decision d = e.evaluate(T0 + 60, new FakeGroup(5));
    assertThat(d.newDesired()).isEqualTo(4);
    assertThat(d.policyName()).isEqualTo("stepIn");
  }

  /** A static fleet: always proposes a fixed size. */
  private static final class Fixed implements PluginPolicy {
    private final int size;

    Fixed(int size) {
      this.size = size;
    }

    @Override
    public String name() {
      return "fixed-" + size;
    }

    @Override
    public int propose(long now, GroupView group, ControlPlaneView plane) {
      return size;
    }
  }

  @Test
  @DisplayName("plug-in policies compete under the same combiner, clamped, scale-in blocked while scale-out warms")
  void pluginPolicy() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 6, 2));
    ScalingEngine e = ScalingEngine.builder(c).addPlugin(new Fixed(9)).build();
    Decision d = e.evaluate(T0, new FakeGroup(2));
    assertThat(d.newDesired()).isEqualTo(6);
    assertThat(d.source()).isEqualTo(DecisionSource.PLUGIN);
    assertThat(d.cause()).isEqualTo("At 2021-12-02T10:00:00Z policy fixed-9 changing the desired capacity from 2 to 6.");
    ScalingEngine in = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 6, 4))).addPlugin(new Fixed(2))
        .build();
    assertThat(in.evaluate(T0, new FakeGroup(4).set(4, 3, 0, 1)).changed()).isFalse();
    assertThat(in.evaluate(T0 + 60, new FakeGroup(4)).newDesired()).isEqualTo(2);
  }

  @Test
  @DisplayName("§2.1 [D] warm-up chain: EstimatedInstanceWarmup, else DefaultInstanceWarmup, else DefaultCooldown")
  void warmupChain() {
    AutoScalingGroup plain = Configs.group("g", 1, 10, 1);
    AutoScalingGroup withDefault = plain.toBuilder().defaultInstanceWarmup(120).defaultCooldown(200).build();
    AutoScalingGroup withCooldown = plain.toBuilder().defaultCooldown(200).build();
    ScalingPolicy estimated = Configs.cpu("p", 50, 60);
    ScalingPolicy none = Configs.cpu("p", 50, null);
    assertThat(WarmupChain.forPolicy(estimated, withDefault)).isEqualTo(60);
    assertThat(WarmupChain.forPolicy(none, withDefault)).isEqualTo(120);
    assertThat(WarmupChain.forPolicy(none, withCooldown)).isEqualTo(200);
    assertThat(WarmupChain.forPolicy(none, plain)).isEqualTo(300);
    assertThat(WarmupChain.forOther(withDefault)).isEqualTo(120);
    assertThat(WarmupChain.forOther(plain)).isEqualTo(0);
    ScalingEngine e = ScalingEngine.builder(Configs.config(withDefault, none)).build();
    for (int k = 0; k < 3; k++) {
      e.publish(0, T0 + k * 60L, 90);
    }
    assertThat(e.evaluate(T0 + 180, new FakeGroup(1)).warmupSeconds()).isEqualTo(120);
  }

  @Test
  @DisplayName("§1.3, §8.4 [D] high-resolution custom metric (Period 10): alarms use 10 s periods, evaluated every "
      + "10 s")
  void highResolutionMetric() {
    ScalingPolicy p = ScalingPolicy.builder().policyName("q").policyType("TargetTrackingScaling")
        .targetTrackingConfiguration(new dev.asgsim.core.config.TargetTrackingConfiguration(null,
            new dev.asgsim.core.config.TargetTrackingConfiguration.CustomizedMetricSpecification(
                "Backlog", "App", null, "Average", null, 10, null), 10.0, null))
        .build();
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1), p)).build();
    assertThat(e.metrics()).containsExactly(new MetricSpec(MetricKind.CUSTOM, "App/Backlog", "Average", 10));
    assertThat(e.evaluationIntervalSeconds()).isEqualTo(10);
    for (int k = 0; k < 3; k++) {
      e.publish(0, T0 + k * 10L, 30);
    }
    Decision d = e.evaluate(T0 + 30, new FakeGroup(1));
    assertThat(d.newDesired()).isEqualTo(3);
  }

  @Test
  @DisplayName("§13 Q5 [I] maxScaleInStep caps one target tracking scale-in (10 at 5 % of 50 => 1, cap 3 => 7)")
  void scaleInCap() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 10), Configs.cpu("c", 50, 300)))
        .settings(EngineSettings.builder().maxScaleInStep(3).build()).build();
    Decision d = null;
    for (int k = 0; k < 15; k++) {
      e.publish(0, T0 + k * 60L, 5);
      d = e.evaluate(T0 + (k + 1) * 60L, new FakeGroup(10));
    }
    assertThat(d.newDesired()).isEqualTo(7);
  }

  @Test
  @DisplayName("§13 Q1 [I] metricValueSource WINDOW_MEAN uses the mean of the alarm's N points")
  void windowMeanMetricSource() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 2), Configs.cpu("c", 50, 300)))
        .settings(EngineSettings.builder().metricValueSource(MetricValueSource.WINDOW_MEAN).build()).build();
    double[] v = {60, 70, 200};
    Decision d = null;
    for (int k = 0; k < 3; k++) {
      e.publish(0, T0 + k * 60L, v[k]);
      d = e.evaluate(T0 + (k + 1) * 60L, new FakeGroup(2));
    }
    assertThat(d.metricValue()).isEqualTo(110.0);
    assertThat(d.newDesired()).isEqualTo(5); // ceil(2 x 110 / 50) = 5 (latest would give 8)
  }
}
