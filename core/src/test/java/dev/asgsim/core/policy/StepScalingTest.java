package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static dev.asgsim.core.policy.Configs.alarm;
import static dev.asgsim.core.policy.Configs.step;
import static dev.asgsim.core.policy.Configs.stepPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.ScalingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StepScalingTest {
  private long minute;

  private Decision tick(ScalingEngine e, GroupView g, double value) {
    for (int i = 0; i < e.metricCount(); i++) {
      e.publish(i, T0 + minute * 60, value);
    }
    minute++;
    return e.evaluate(T0 + minute * 60, g);
  }

  /** AWS's step page example: threshold 50, +10 % in [60,70), +30 % from 70, −10 % in (30,40], −30 % to 30. */
  private static ScalingEngine awsExample(int desired) {
    MetricAlarm high = alarm("high", "GreaterThanOrEqualToThreshold", 50, 1, 1, null);
    MetricAlarm low = alarm("low", "LessThanOrEqualToThreshold", 50, 1, 1, null);
    ScalingConfig c = Configs.config(Configs.group("g", 1, 20, desired),
        stepPolicy("out", high, "PercentChangeInCapacity", null,
            step(0.0, 10.0, 0), step(10.0, 20.0, 10), step(20.0, null, 30)),
        stepPolicy("in", low, "PercentChangeInCapacity", null,
            step(-10.0, 0.0, 0), step(-20.0, -10.0, -10), step(null, -20.0, -30)));
    return ScalingEngine.builder(c).build();
  }

  @Test
  @DisplayName("§4.3 [D] AWS example, threshold 50, capacity 10: 60 => 11, 70 => 14, 40 => 13, 30 => 10, 45 => same")
  void awsStepExample() {
    ScalingEngine e = awsExample(10);
    FakeGroup g = new FakeGroup(10);
    Decision d = tick(e, g, 60);
    assertThat(d.newDesired()).isEqualTo(11);
    assertThat(d.source()).isEqualTo(DecisionSource.STEP);
    assertThat(d.alarmName()).isEqualTo("high");
    assertThat(tick(e, g.set(11, 11, 0, 0), 70).newDesired()).isEqualTo(14);
    assertThat(tick(e, g.set(14, 14, 0, 0), 40).newDesired()).isEqualTo(13);
    assertThat(tick(e, g.set(13, 13, 0, 0), 30).newDesired()).isEqualTo(10);
    assertThat(tick(e, g.set(10, 10, 0, 0), 45).changed()).isFalse();
    assertThat(e.desired()).isEqualTo(10);
  }

  @Test
  @DisplayName("§4.3 [D] bounds: above the threshold lower is inclusive (60 picks [10,20)); below, upper is inclusive "
      + "(40 picks (-20,-10])")
  void boundsInclusiveExclusive() {
    ScalingEngine e = awsExample(10);
    StepEvaluator out = (StepEvaluator) e.policy(0);
    StepEvaluator in = (StepEvaluator) e.policy(1);
    assertThat(out.stepFor(10)).isEqualTo(1);
    assertThat(out.stepFor(9.999)).isEqualTo(0);
    assertThat(out.stepFor(20)).isEqualTo(2);
    assertThat(in.stepFor(-10)).isEqualTo(1);
    assertThat(in.stepFor(-20)).isEqualTo(2);
    assertThat(in.stepFor(-19.999)).isEqualTo(1);
    assertThat(in.stepFor(0)).isEqualTo(0);
  }

  @ParameterizedTest(name = "§4.2 [D] PercentChangeInCapacity {1} % of {0} => change {2}")
  @CsvSource({
      "127, 10, 12",   // 12.7 rounds down
      "5, 10, 1",      // 0.5 becomes 1
      "5, -10, -1",    // -0.5 becomes -1
      "667, -1, -6",   // -6.67 rounds toward zero
      "11, 30, 3",     // 3.3 => 3 (the §4.3 example)
      "13, -30, -3",   // -3.9 => -3
      "10, 0, 0",
  })
  void percentRounding(int current, int percent, int delta) {
    assertThat(Adjustments.percentDelta(current, percent, 0)).isEqualTo(delta);
  }

  @Test
  @DisplayName("§4.2 [D] MinAdjustmentMagnitude: 25 % of 4 = 1 with minimum 2 => +2")
  void minAdjustmentMagnitude() {
    assertThat(Adjustments.percentDelta(4, 25, 2)).isEqualTo(2);
    assertThat(Adjustments.percentDelta(4, -25, 2)).isEqualTo(-2);
    assertThat(Adjustments.percentDelta(40, 25, 2)).isEqualTo(10);
    MetricAlarm high = alarm("high", "GreaterThanThreshold", 50, 1, 1, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 20, 4),
        stepPolicy("out", high, "PercentChangeInCapacity", 2, step(0.0, null, 25)))).build();
    assertThat(tick(e, new FakeGroup(4), 80).newDesired()).isEqualTo(6);
  }

  @Test
  @DisplayName("§1.7 [D] largest capacity wins for scale-in: -3 vs -25 % of 8 => -2 wins (8 => 6)")
  void largestCapacityWinsScaleIn() {
    MetricAlarm low = alarm("low", "LessThanThreshold", 30, 1, 1, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 20, 8),
        stepPolicy("minus3", low, "ChangeInCapacity", null, step(null, 0.0, -3)),
        stepPolicy("minus25pct", low, "PercentChangeInCapacity", null, step(null, 0.0, -25)))).build();
    Decision d = tick(e, new FakeGroup(8), 10);
    assertThat(d.newDesired()).isEqualTo(6);
    assertThat(d.policyName()).isEqualTo("minus25pct");
  }

  @Test
  @DisplayName("§7.1 [D] clamp: +3 at (max 3, current 2) adds 1; -2 at (min 2, current 3) removes 1")
  void clampToMinAndMax() {
    MetricAlarm high = alarm("high", "GreaterThanThreshold", 50, 1, 1, null);
    ScalingEngine out = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 3, 2),
        stepPolicy("plus3", high, "ChangeInCapacity", null, step(0.0, null, 3)))).build();
    assertThat(tick(out, new FakeGroup(2), 90).newDesired()).isEqualTo(3);
    minute = 0;
    MetricAlarm low = alarm("low", "LessThanThreshold", 50, 1, 1, null);
    ScalingEngine in = ScalingEngine.builder(Configs.config(Configs.group("g", 2, 10, 3),
        stepPolicy("minus2", low, "ChangeInCapacity", null, step(null, 0.0, -2)))).build();
    assertThat(tick(in, new FakeGroup(3), 10).newDesired()).isEqualTo(2);
  }

  @Test
  @DisplayName("§4.2 [D] instance weighting: \"if the decrement is smaller than (current − desired) no action is taken "
      + "(desired 30, current 32, −1 ⇒ nothing)\"; −3 from current 32 sets 29")
  void weightedDecrementSmallerThanSurplus() {
    MetricAlarm low = alarm("low", "LessThanThreshold", 50, 1, 1, null);
    ScalingEngine minus1 = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 40, 30),
        stepPolicy("minus1", low, "ChangeInCapacity", null, step(null, 0.0, -1)))).build();
    FakeGroup g = new FakeGroup(32);
    g.overage = 2;
    Decision d = tick(minus1, g, 10);
    assertThat(d.changed()).isFalse();
    assertThat(minus1.desired()).isEqualTo(30);
    minute = 0;
    ScalingEngine minus3 = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 40, 30),
        stepPolicy("minus3", low, "ChangeInCapacity", null, step(null, 0.0, -3)))).build();
    assertThat(tick(minus3, g, 10).newDesired()).isEqualTo(29);
    minute = 0;
    g.overage = 0; // without weights the same −1 counts from desired: 30 ⇒ 29
    ScalingEngine unweighted = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 40, 30),
        stepPolicy("minus1", low, "ChangeInCapacity", null, step(null, 0.0, -1)))).build();
    assertThat(tick(unweighted, g, 10).newDesired()).isEqualTo(29);
  }

  @Test
  @DisplayName("§2.2 [D] step: one activity per step range while instances warm; a higher step adds only the difference")
  void oneActivityPerStepRangeWhileWarming() {
    MetricAlarm high = alarm("high", "GreaterThanThreshold", 50, 1, 1, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 30, 10),
        stepPolicy("out", high, "ChangeInCapacity", null, step(0.0, 20.0, 2), step(20.0, null, 3)))).build();
    FakeGroup g = new FakeGroup(10);
    assertThat(tick(e, g, 60).newDesired()).isEqualTo(12);
    g.set(10, 10, 2, 2);
    assertThat(tick(e, g, 60).changed()).isFalse();
    assertThat(tick(e, g, 65).changed()).isFalse();
    Decision d = tick(e, g, 75);
    assertThat(d.newDesired()).isEqualTo(13);
    g.set(13, 13, 0, 0);
    assertThat(tick(e, g, 60).newDesired()).isEqualTo(15);
  }

  @Test
  @DisplayName("§4.3 [D] MetricAggregationType applies to the alarm's recent datapoints (Maximum of 55, 75 => +30 step)")
  void metricAggregationType() {
    MetricAlarm high = new MetricAlarm("high", "AWS/EC2", "CPUUtilization", null, "Average", null, null, 60, 2, 1,
        50.0, "GreaterThanThreshold", null);
    ScalingConfig c = Configs.config(Configs.group("g", 1, 30, 10),
        stepPolicy("out", high, "ChangeInCapacity", null, step(0.0, 20.0, 1), step(20.0, null, 5))
            .toBuilder().metricAggregationType("Maximum").build());
    ScalingEngine e = ScalingEngine.builder(c).build();
    e.publish(0, T0, 75);
    e.publish(0, T0 + 60, 55);
    assertThat(e.evaluate(T0 + 120, new FakeGroup(10)).newDesired()).isEqualTo(15);
  }

  @Test
  @DisplayName("§4.2 [D] ExactCapacity sets desired to the adjustment")
  void exactCapacity() {
    MetricAlarm high = alarm("high", "GreaterThanThreshold", 50, 1, 1, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 30, 2),
        stepPolicy("exact", high, "ExactCapacity", null, step(0.0, null, 7)))).build();
    assertThat(tick(e, new FakeGroup(2), 90).newDesired()).isEqualTo(7);
  }

  @Test
  @DisplayName("§1.6 [D] an alarm in ALARM re-invokes step scale-in every minute (10 => 9 => 8)")
  void reinvokedEveryMinute() {
    MetricAlarm low = alarm("low", "LessThanThreshold", 30, 1, 1, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 30, 10),
        stepPolicy("in", low, "ChangeInCapacity", null, step(null, 0.0, -1)))).build();
    FakeGroup g = new FakeGroup(10);
    assertThat(tick(e, g, 10).newDesired()).isEqualTo(9);
    // a second evaluation in the same minute does not invoke again
    assertThat(e.evaluate(T0 + minute * 60 + 10, g).changed()).isFalse();
    assertThat(tick(e, g, 10).newDesired()).isEqualTo(8);
  }
}
