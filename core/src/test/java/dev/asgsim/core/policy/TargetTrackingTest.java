package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.config.ScalingConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TargetTrackingTest {

  /** Publishes {@code value} for minutes [from, to) and evaluates at the end of each minute. */
  private static Decision run(ScalingEngine e, GroupView g, int fromMinute, int toMinute, double value) {
    Decision last = null;
    for (int k = fromMinute; k < toMinute; k++) {
      e.publish(0, T0 + k * 60L, value);
      last = e.evaluate(T0 + (k + 1) * 60L, g);
      if (last.changed()) {
        return last;
      }
    }
    return last;
  }

  private static ScalingEngine engine(int min, int max, int desired, double target) {
    ScalingConfig c = Configs.config(Configs.group("web-asg", min, max, desired), Configs.cpu("cpu50", target, 300));
    return ScalingEngine.builder(c).build();
  }

  @Test
  @DisplayName("§1.4 [O] default alarm pair: AlarmHigh > target 3 of 3 x 60 s, AlarmLow < 0.7 x target 15 of 15")
  void managedAlarmPairHasObservedShape() {
    ScalingEngine e = engine(1, 10, 1, 50);
    assertThat(e.metrics()).containsExactly(new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60));
    assertThat(e.alarmCount()).isEqualTo(2);
    assertThat(e.alarm(0).name()).startsWith("TargetTracking-web-asg-AlarmHigh-");
    assertThat(e.alarm(0).spec().evaluationPeriods()).isEqualTo(3);
    assertThat(e.alarm(0).spec().datapointsToAlarm()).isEqualTo(3);
    assertThat(e.alarm(0).threshold()).isEqualTo(50.0);
    assertThat(e.alarm(1).name()).startsWith("TargetTracking-web-asg-AlarmLow-");
    assertThat(e.alarm(1).spec().evaluationPeriods()).isEqualTo(15);
    assertThat(e.alarm(1).threshold()).isEqualTo(35.0);
    assertThat(e.alarmState(0)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
  }

  @Test
  @DisplayName("§1.5 [D] scale-out rounds up: N_eff 1 at 90 % of target 50 => 1.8 => desired 2, after 3 high points")
  void scaleOutRoundsUpAfterThreeBreachingMinutes() {
    ScalingEngine e = engine(1, 10, 1, 50);
    FakeGroup g = new FakeGroup(1);
    Decision d = run(e, g, 0, 10, 90);
    assertThat(d.changed()).isTrue();
    assertThat(d.time()).isEqualTo(T0 + 3 * 60);
    assertThat(d.oldDesired()).isEqualTo(1);
    assertThat(d.newDesired()).isEqualTo(2);
    assertThat(d.source()).isEqualTo(DecisionSource.TARGET_TRACKING);
    assertThat(d.metricValue()).isEqualTo(90.0);
    assertThat(d.warmupSeconds()).isEqualTo(300);
    assertThat(d.cause()).isEqualTo("At 2021-12-02T10:03:00Z a monitor alarm " + e.alarm(0).name()
        + " in state ALARM triggered policy cpu50 changing the desired capacity from 1 to 2.");
    assertThat(e.desired()).isEqualTo(2);
  }

  @Test
  @DisplayName("§1.5 [I] epsilon: 2 instances at exactly the target propose 2, not 3")
  void epsilonAvoidsFloatingPointArtefacts() {
    assertThat(Adjustments.ceil(2 * 50.0 / 50.0, EngineSettings.DEFAULT_CAPACITY_EPSILON)).isEqualTo(2);
    assertThat(Adjustments.ceil(3 * 0.1 / 0.1, EngineSettings.DEFAULT_CAPACITY_EPSILON)).isEqualTo(3);
    assertThat(Adjustments.ceil(1.8, EngineSettings.DEFAULT_CAPACITY_EPSILON)).isEqualTo(2);
  }

  @Test
  @DisplayName("§1.5 [D] scale-in removes fewer: 3 warm at 20 % of 50 => ceil(1.2) = 2, after 15 low points")
  void scaleInRoundsTowardMoreCapacity() {
    ScalingEngine e = engine(1, 10, 3, 50);
    FakeGroup g = new FakeGroup(3);
    Decision d = run(e, g, 0, 30, 20);
    assertThat(d.changed()).isTrue();
    assertThat(d.time()).isEqualTo(T0 + 15 * 60);
    assertThat(d.newDesired()).isEqualTo(2);
    assertThat(d.alarmName()).startsWith("TargetTracking-web-asg-AlarmLow-");
  }

  @Test
  @DisplayName("§2.2 [D] warming instances count toward desired: high alarm re-invoked, N_eff 1 at 90 % => still 2")
  void warmingCapacityCountsTowardDesired() {
    ScalingEngine e = engine(1, 10, 1, 50);
    FakeGroup g = new FakeGroup(1);
    run(e, g, 0, 3, 90);
    assertThat(e.desired()).isEqualTo(2);
    g.set(2, 1, 0, 1);
    for (int k = 3; k < 8; k++) {
      e.publish(0, T0 + k * 60L, 90);
      Decision d = e.evaluate(T0 + (k + 1) * 60L, g);
      assertThat(d.changed()).as("minute %d", k).isFalse();
      assertThat(e.alarmState(0)).isEqualTo(AlarmState.ALARM);
    }
  }

  @Test
  @DisplayName("§2.2 [D] policy scale-in is blocked while scale-out instances warm up")
  void scaleInBlockedWhileScaleOutWarms() {
    ScalingEngine e = engine(1, 10, 3, 50);
    FakeGroup g = new FakeGroup(3).set(3, 2, 0, 1);
    Decision d = run(e, g, 0, 20, 10);
    assertThat(d.changed()).isFalse();
    assertThat(e.alarmState(1)).isEqualTo(AlarmState.ALARM);
    g.set(3, 3, 0, 0);
    d = run(e, g, 20, 21, 10);
    assertThat(d.changed()).isTrue();
    assertThat(d.newDesired()).isEqualTo(1);
  }

  @Test
  @DisplayName("§1.8 [D] missing data blocks action: no datapoints => INSUFFICIENT_DATA and no change")
  void missingDataBlocksAction() {
    ScalingEngine e = engine(1, 10, 2, 50);
    FakeGroup g = new FakeGroup(0).set(2, 0, 0, 0);
    for (int k = 0; k < 30; k++) {
      Decision d = e.evaluate(T0 + (k + 1) * 60L, g);
      assertThat(d.changed()).isFalse();
    }
    assertThat(e.alarmState(0)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
    assertThat(e.alarmState(1)).isEqualTo(AlarmState.INSUFFICIENT_DATA);
  }

  @Test
  @DisplayName("§7.1 [D] clamp to Max: N_eff 4 at 100 % of 50 wants 8, Max 5 => 5")
  void scaleOutClampedToMax() {
    ScalingEngine e = engine(1, 5, 4, 50);
    Decision d = run(e, new FakeGroup(4), 0, 10, 100);
    assertThat(d.newDesired()).isEqualTo(5);
  }

  @Test
  @DisplayName("§1.7 [D] DisableScaleIn: AlarmLow in ALARM never removes instances")
  void disableScaleInNeverScalesIn() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 10, 4),
        Configs.tt("cpu", "ASGAverageCPUUtilization", 50, true));
    ScalingEngine e = ScalingEngine.builder(c).build();
    Decision d = run(e, new FakeGroup(4), 0, 40, 5);
    assertThat(d.changed()).isFalse();
    assertThat(e.alarmState(1)).isEqualTo(AlarmState.ALARM);
    assertThat(e.desired()).isEqualTo(4);
  }
}
