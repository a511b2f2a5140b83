package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Spec §1.5 "Which N" (revision 2) [I]: the target tracking formula uses the load behind the datapoint,
 * {@code L = M × N_dp}, {@code proposed = ceil(L / T)}, because M is 1–6 minutes old when it is used. AWS documents
 * the intent: "we don't add more instances than you need" (target tracking page). The decision-time reading stays
 * selectable ({@link InstanceCountSource#DECISION_TIME}, §13 Q1).
 */
class DatapointLoadTest {

  private static ScalingEngine engine(ScalingConfig c, InstanceCountSource n, MetricValueSource m) {
    return ScalingEngine.builder(c)
        .settings(EngineSettings.builder().instanceCountSource(n).metricValueSource(m).build()).build();
  }

  /**
   * The seed group's burst (issue 11 item 2): 1 instance, TT CPU 50, demand 90 % of one instance. The scale-out's
   * instance is InService 2 minutes after the decision and warm 5 minutes later (warm-up 300 s); each minute's CPU
   * of the warm instances, with their count, is visible one minute later. Returns desired per minute.
   */
  private static List<Integer> seedBurst(InstanceCountSource n) {
    ScalingEngine e = engine(Configs.config(Configs.group("g", 1, 10, 1), Configs.cpu("cpu50", 50, 300)), n,
        MetricValueSource.LATEST);
    FakeGroup g = new FakeGroup(1);
    List<Integer> desired = new ArrayList<>();
    List<Long> warmAt = new ArrayList<>(List.of(Long.MIN_VALUE)); // per instance
    double value = Double.NaN;
    int count = 0;
    for (int k = 0; k < 30; k++) {
      long now = T0 + (k + 1) * 60L;
      if (value == value) {
        e.publish(0, now - 120, value, count);
      }
      int warm = (int) warmAt.stream().filter(at -> at <= now).count();
      g.set(warmAt.size(), warm, 0, warmAt.size() - warm);
      value = 90.0 / warm;
      count = warm;
      Decision d = e.evaluate(now, g);
      for (int i = d.oldDesired(); i < d.newDesired(); i++) {
        warmAt.add(now + 120 + 300);
      }
      desired.add(e.desired());
    }
    return desired;
  }

  @Test
  @DisplayName("§1.5 'Which N' [I]: the seed's burst peaks at 2 (ceil(90 x 1 / 50)), not 1 -> 2 -> 4 when the "
      + "warm-up ends and the 90 % datapoint of one instance is multiplied by two")
  void seedBurstPeaksAtTwo() {
    assertThat(seedBurst(InstanceCountSource.DATAPOINT)).contains(2).allMatch(d -> d <= 2);
    assertThat(seedBurst(InstanceCountSource.DECISION_TIME)).as("the decision-time reading overshoots")
        .anyMatch(d -> d > 2);
  }

  @Test
  @DisplayName("§1.5 'Which N' [I]: for ALBRequestCountPerTarget N_dp is the healthy targets behind the datapoint: "
      + "150 requests per target on 8 targets is 1200 requests, ceil(1200 / 100) = 12 however many are warm now")
  void requestCountUsesTheTargetsBehindTheDatapoint() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 30, 12),
        Configs.tt("alb", "ALBRequestCountPerTarget", 100, false));
    for (InstanceCountSource n : InstanceCountSource.values()) {
      ScalingEngine e = engine(c, n, MetricValueSource.LATEST);
      for (int k = 0; k < 3; k++) {
        e.publish(0, T0 + k * 60L, 150, 8);
      }
      Decision d = e.evaluate(T0 + 180, new FakeGroup(12));
      if (n == InstanceCountSource.DATAPOINT) {
        assertThat(d.changed()).as("12 carry 1200 requests at 100 each").isFalse();
      } else {
        assertThat(d.newDesired()).as("decision time: ceil(12 x 150 / 100)").isEqualTo(18);
      }
    }
  }

  @Test
  @DisplayName("§1.5, §13 Q1 [I]: with MetricValue WindowMean the load is the mean of M x N_dp over the window: "
      + "(60 x 2 + 70 x 2 + 200 x 1) / 3 = 153.3, ceil(153.3 / 50) = 4")
  void windowMeanOfLoads() {
    ScalingEngine e = engine(Configs.config(Configs.group("g", 1, 10, 2), Configs.cpu("c", 50, 300)),
        InstanceCountSource.DATAPOINT, MetricValueSource.WINDOW_MEAN);
    double[] m = {60, 70, 200};
    int[] n = {2, 2, 1};
    Decision d = null;
    for (int k = 0; k < 3; k++) {
      e.publish(0, T0 + k * 60L, m[k], n[k]);
      d = e.evaluate(T0 + (k + 1) * 60L, new FakeGroup(2));
    }
    assertThat(d.metricValue()).isEqualTo(110.0);
    assertThat(d.newDesired()).isEqualTo(4);
  }

  @Test
  @DisplayName("§1.5 [I]: a datapoint published without its count falls back to the decision-time count "
      + "(3 warm x 80 / 50 => 5)")
  void unknownCountFallsBackToDecisionTime() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 3), Configs.cpu("c", 50, 300)))
        .build();
    for (int k = 0; k < 3; k++) {
      e.publish(0, T0 + k * 60L, 80);
    }
    assertThat(e.evaluate(T0 + 180, new FakeGroup(3)).newDesired()).isEqualTo(5);
  }
}
