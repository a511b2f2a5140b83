package dev.asgsim.simulator.policies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden numbers from the Kubernetes HPA controller (replica_calculator_test.go cases, and the behaviour rules of
 * horizontal.go worked through by hand); aws-behaviour §17 "Kubernetes HPA".
 */
class HpaControllerTest {
  private static HpaController hpa(double target) {
    return new HpaController(HpaSettings.defaults(target));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // name, current, ready, unready, utilization, target, expected
      "TestReplicaCalcScaleUp: 3 pods at 50 % for 30 % => 5, 3, 3, 0, 50, 30, 5",
      "TestReplicaCalcScaleDown: 5 pods at 28 % for 50 % => 3, 5, 5, 0, 28, 50, 3",
      "TestReplicaCalcScaleUpUnreadyLessScale: unready pod counts 0 % => 4, 3, 2, 1, 60, 30, 4",
      "TestReplicaCalcScaleDownIgnoresUnreadyPods: 3 ready at 30 % for 50 % => 2, 5, 3, 2, 30, 50, 2",
      "TestReplicaCalcTolerance: 92 % for 100 % is within 0.1 => 3, 3, 3, 0, 92, 100, 3",
  })
  @DisplayName("aws-behaviour §17 HPA replica calculator: desired = ceil(ready × utilization / target)")
  void replicaCalculatorGoldenCases(String name, int current, int ready, int unready, double utilization,
      double target, int expected) {
    assertThat(hpa(target).replicasForUtilization(current, ready, unready, utilization)).isEqualTo(expected);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA tolerance 0.1 in float64: 45 % and 54 % hold at target 50, 55 % scales (1 - 1.1 = -0.10000000000000009)")
  void toleranceBoundaryAsTheControllerComputesIt() {
    HpaController c = hpa(50);
    assertThat(c.replicasForUtilization(4, 4, 0, 45)).isEqualTo(4);
    assertThat(c.replicasForUtilization(4, 4, 0, 54)).isEqualTo(4);
    assertThat(c.replicasForUtilization(4, 4, 0, 55)).isEqualTo(5);
    assertThat(c.replicasForUtilization(4, 4, 0, 44)).isEqualTo(4); // ratio 0.88: ceil(3.52) = 4
    assertThat(c.replicasForUtilization(10, 10, 0, 44)).isEqualTo(9);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA utilization is an integer percent, truncated: 55.9 % counts as 55 %")
  void utilizationIsTruncated() {
    assertThat(hpa(50).replicasForUtilization(4, 4, 0, 54.99)).isEqualTo(4);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA unready pods at 0 % can cancel a scale-up: flip of direction => no change")
  void unreadyDampingThatFlipsDirectionMeansNoChange() {
    // 1 ready at 80 % for 50 %: ratio 1.6; with 2 unready at 0 %: floor(80/3) = 26 %, ratio 0.52 < 1 => no change.
    assertThat(hpa(50).replicasForUtilization(3, 1, 2, 80)).isEqualTo(3);
    // No ready pod: no metrics, no action.
    assertThat(hpa(50).replicasForUtilization(3, 0, 3, Double.NaN)).isEqualTo(3);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA scale-down stabilization: max recommendation of the last 300 s (strictly after now - 300)")
  void scaleDownStabilizationTakesTheMaxInTheWindow() {
    HpaController c = hpa(50);
    // current 10 throughout; proposals from utilization: 50 % => 10, 25 % => 5, 20 % => 4, 30 % => 6, 15 % => 3.
    assertThat(c.reconcile(0, 10, 10, 0, 50, 1, 20)).isEqualTo(10);
    assertThat(c.reconcile(60, 10, 10, 0, 25, 1, 20)).isEqualTo(10);
    assertThat(c.reconcile(120, 10, 10, 0, 20, 1, 20)).isEqualTo(10);
    assertThat(c.reconcile(180, 10, 10, 0, 30, 1, 20)).isEqualTo(10);
    assertThat(c.reconcile(240, 10, 10, 0, 15, 1, 20)).isEqualTo(10);
    // At 299 the t=0 recommendation (10) is still inside the window.
    assertThat(c.reconcile(299, 10, 10, 0, 15, 1, 20)).isEqualTo(10);
    // At 300 it is not (0 is not after 300 - 300): the max of 5, 4, 6, 3, 3, 3 is 6.
    assertThat(c.reconcile(300, 10, 10, 0, 15, 1, 20)).isEqualTo(6);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA a new controller's window starts with the current count: no scale-down on its first look")
  void firstLookDoesNotScaleDown() {
    HpaController c = hpa(50);
    assertThat(c.reconcile(0, 10, 10, 0, 10, 1, 20)).isEqualTo(10);
    assertThat(c.reconcile(301, 10, 10, 0, 10, 1, 20)).isEqualTo(2);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA scale-up window 0 takes the newest proposal: no delay on the way up")
  void scaleUpIsNotStabilized() {
    HpaController c = hpa(50);
    assertThat(c.reconcile(0, 4, 4, 0, 25, 1, 20)).isEqualTo(4); // down, held by the window
    assertThat(c.reconcile(15, 4, 4, 0, 75, 1, 20)).isEqualTo(6); // ceil(1.5 × 4)
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA scale-up rate: max(4 pods, 100 %) per 15 s")
  void scaleUpRateLimit() {
    HpaController c = hpa(10);
    // 1 pod at 100 % for 10 %: wants 10; limit max(1 + 4, ceil(1 × 2)) = 5.
    assertThat(c.reconcile(0, 1, 1, 0, 100, 1, 50)).isEqualTo(5);
    c.recordScale(0, 1, 5);
    // 10 s later the +4 is inside the period: period start = 5 - 4 = 1, limit 5 => stays 5.
    assertThat(c.reconcile(10, 5, 5, 0, 100, 1, 50)).isEqualTo(5);
    // 15 s later it is not (0 is not after 15 - 15): limit max(5 + 4, 10) = 10; wants 50 => 10.
    assertThat(c.reconcile(15, 5, 5, 0, 100, 1, 50)).isEqualTo(10);
    c.recordScale(15, 5, 10);
    // From 10: max(14, 20) = 20.
    assertThat(c.reconcile(30, 10, 10, 0, 100, 1, 50)).isEqualTo(20);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA scale-down rate: 100 % per 15 s, and never below minReplicas")
  void scaleDownRateAndMin() {
    HpaSettings s = HpaSettings.defaults(50);
    HpaSettings noWindow = new HpaSettings(50, s.tolerance(), s.scaleUp(),
        new HpaSettings.Rules(0, HpaSettings.Select.MAX, s.scaleDown().policies()), s.initialReadinessSeconds());
    HpaController c = new HpaController(noWindow);
    assertThat(c.reconcile(0, 10, 10, 0, 1, 2, 20)).isEqualTo(2); // wants ceil(0.02 × 10) = 1; min 2
    HpaController pods = new HpaController(new HpaSettings(50, s.tolerance(), s.scaleUp(),
        new HpaSettings.Rules(0, HpaSettings.Select.MAX, java.util.List.of(
            new HpaSettings.RatePolicy(HpaSettings.RateType.PODS, 2, 60))), s.initialReadinessSeconds()));
    assertThat(pods.reconcile(0, 10, 10, 0, 1, 1, 20)).isEqualTo(8);
    pods.recordScale(0, 10, 8);
    assertThat(pods.reconcile(30, 8, 8, 0, 1, 1, 20)).isEqualTo(8); // 2 removed within 60 s: period start 10, limit 8
    assertThat(pods.reconcile(60, 8, 8, 0, 1, 1, 20)).isEqualTo(6);
  }

  @Test
  @DisplayName("aws-behaviour §17 HPA outside [min, max] goes to the bound; scaled to zero stays off")
  void boundsAndZero() {
    assertThat(hpa(50).reconcile(0, 25, 25, 0, 50, 1, 20)).isEqualTo(20);
    assertThat(hpa(50).reconcile(0, 0, 0, 0, Double.NaN, 1, 20)).isEqualTo(0);
  }
}
