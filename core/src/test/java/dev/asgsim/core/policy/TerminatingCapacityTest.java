package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Spec §2.2-6a [D] (target tracking and step scaling pages, "Instance warm-up"): "While scaling in, we consider
 * instances that are terminating as part of the current capacity of the group. Therefore, we don't remove more
 * instances from the Auto Scaling group than necessary." The reproductions of issue 11 item 1, at engine level.
 */
class TerminatingCapacityTest {
  /** [D] spec §3, §12: ELB deregistration delay 300 s; the instance then takes a few more seconds to terminate. */
  private static final int TERMINATING_SECONDS = 330;

  /**
   * A fleet serving {@code demand} percent of one instance: each minute's CPU (and its N_dp, the instances averaged
   * into it) becomes visible one minute later, as CloudWatch's datapoints do (spec §12 [I]); victims stay
   * terminating for {@link #TERMINATING_SECONDS}.
   */
  private static final class Fleet {
    final ScalingEngine engine;
    final FakeGroup group;
    final double demand;
    final boolean reportTerminating;
    final List<Long> victimsGoneAt = new ArrayList<>();
    final List<Long> decisions = new ArrayList<>();
    final List<Integer> desired = new ArrayList<>();
    double pendingValue = Double.NaN;
    int pendingCount;

    Fleet(ScalingEngine engine, double demand, boolean reportTerminating) {
      this.engine = engine;
      this.group = new FakeGroup(engine.desired());
      this.demand = demand;
      this.reportTerminating = reportTerminating;
    }

    void run(int minutes) {
      for (int k = 0; k < minutes; k++) {
        long now = T0 + (k + 1) * 60L;
        if (pendingValue == pendingValue) {
          engine.publish(0, now - 120, pendingValue, pendingCount);
        }
        pendingValue = demand / group.warm;
        pendingCount = group.warm;
        victimsGoneAt.removeIf(at -> at <= now);
        group.terminating(reportTerminating ? victimsGoneAt.size() : 0);
        Decision d = engine.evaluate(now, group);
        if (d.changed()) {
          decisions.add(now);
          for (int v = d.newDesired(); v < d.oldDesired(); v++) {
            victimsGoneAt.add(now + TERMINATING_SECONDS);
          }
          group.set(d.newDesired(), d.newDesired(), 0, 0);
        }
        desired.add(engine.desired());
      }
    }
  }

  private static ScalingEngine targetTracking(InstanceCountSource n) {
    return ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 4), Configs.cpu("cpu50", 50, 300)))
        .settings(EngineSettings.builder().instanceCountSource(n).build()).build();
  }

  @Test
  @DisplayName("§2.2-6a [D] desired 4, TT CPU 50, const(100): 4 -> 2 and stays (it went 4 -> 2 -> 1 -> 2)")
  void targetTrackingScalesInOnceAndStays() {
    Fleet f = new Fleet(targetTracking(InstanceCountSource.DATAPOINT), 100, true);
    f.run(45);
    // AlarmLow (< 35, 15 of 15) sees 25 % from minute 1; ceil(25 x 4 / 50) = 2
    assertThat(f.desired).startsWith(4).contains(2).doesNotContain(1, 3);
    assertThat(f.desired.get(f.desired.size() - 1)).isEqualTo(2);
    assertThat(f.decisions).hasSize(1);
  }

  @Test
  @DisplayName("§2.2-6a [D] with the decision-time reading (§13 Q1 setting) the terminating instances keep the count "
      + "at 4, so the stale 25 % datapoint proposes ceil(4 x 25 / 50) = 2, not 1")
  void decisionTimeCountsTerminatingInstances() {
    Fleet counted = new Fleet(targetTracking(InstanceCountSource.DECISION_TIME), 100, true);
    counted.run(45);
    assertThat(counted.desired).contains(2).doesNotContain(1);
    assertThat(counted.decisions).hasSize(1);

    // the same run where the group forgets its terminating instances: the second, needless scale-in of issue 11
    Fleet forgotten = new Fleet(targetTracking(InstanceCountSource.DECISION_TIME), 100, false);
    forgotten.run(45);
    assertThat(forgotten.desired).contains(1);
  }

  private static ScalingEngine stepMinusOne() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 20, 8),
        Configs.stepPolicy("in", Configs.alarm("low", "LessThanOrEqualToThreshold", 40, 3, 3, null),
            "ChangeInCapacity", null, Configs.step(null, 0.0, -1)));
    return ScalingEngine.builder(c).build();
  }

  @Test
  @DisplayName("§2.2-6a [D] step -1 while CPU <= 40 (3 of 3), 8 instances at const(80): each -1 waits until the "
      + "previous victim is gone (300 s deregistration), about 6 minutes per step, not 8 -> 1 in 7 minutes")
  void stepScaleInWaitsForThePreviousVictim() {
    Fleet f = new Fleet(stepMinusOne(), 80, true);
    f.run(30);
    assertThat(f.decisions).hasSizeGreaterThanOrEqualTo(3);
    for (int i = 1; i < f.decisions.size(); i++) {
      long gap = f.decisions.get(i) - f.decisions.get(i - 1);
      assertThat(gap).as("seconds between -1 steps").isGreaterThanOrEqualTo(TERMINATING_SECONDS).isLessThan(420);
    }
    assertThat(f.engine.desired()).isEqualTo(8 - f.decisions.size()).isGreaterThan(2);

    Fleet forgotten = new Fleet(stepMinusOne(), 80, false);
    forgotten.run(30);
    assertThat(forgotten.engine.desired()).as("without the rule: -1 every minute down to MinSize").isEqualTo(1);
  }

  @Test
  @DisplayName("§2.2-6a [D] a percent scale-in counts from current capacity including terminating instances: "
      + "-25 % of (6 + 2 terminating) = 8 - 2 = 6 is no change at desired 6")
  void percentScaleInCountsTerminating() {
    assertThat(Adjustments.removal(AdjustmentType.PercentChangeInCapacity, 6, 2, -25, 0)).isEqualTo(6);
    assertThat(Adjustments.removal(AdjustmentType.PercentChangeInCapacity, 6, 0, -25, 0)).isEqualTo(5);
    assertThat(Adjustments.removal(AdjustmentType.ChangeInCapacity, 6, 3, -1, 0)).as("never above desired")
        .isEqualTo(6);
  }
}
