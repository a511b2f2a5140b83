package dev.asgsim.simulator.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreAccumulatorTest {
  @Test
  @DisplayName("aws-behaviour §18: θU, θO, τU, τO, instability on a hand-computed series (threshold 100 ⇒ d = ceil(D/100))")
  void elasticityMetricsByHand() {
    ScoreAccumulator a = new ScoreAccumulator(100);
    // minute:   0    1    2    3    4
    // demand: 100  250  250  150  150   => d = 1, 3, 3, 2, 2
    // supply:   1    1    2    3    2   => s
    double[] demand = {100, 250, 250, 150, 150};
    int[] serving = {1, 1, 2, 3, 2};
    int[] desired = {1, 2, 3, 3, 2};
    for (int t = 0; t < 5; t++) {
      double served = Math.min(demand[t], 100.0 * serving[t]);
      a.minute(demand[t], served, desired[t], serving[t], served / serving[t]);
    }
    Scores s = a.finish(3600, 1.0, 0, 0, 2, 1, 2, 1);
    // under: t1 (3-1)/3, t2 (3-2)/3 => θU = 100/5 · 1 = 20; over: t3 (3-2)/2 => θO = 100/5 · 0.5 = 10
    assertThat(s.thetaU()).isCloseTo(20.0, within(1e-9));
    assertThat(s.thetaO()).isCloseTo(10.0, within(1e-9));
    assertThat(s.tauU()).isCloseTo(40.0, within(1e-9));
    assertThat(s.tauO()).isCloseTo(20.0, within(1e-9));
    // Δs signs: 0, +, +, −; Δd signs: +, 0, −, 0 => differ at all 4 steps => υ = 100
    assertThat(s.instability()).isCloseTo(100.0, within(1e-9));
    // k: sgnΔs − sgnΔd > 0 at t2 (+ vs 0) and t3 (+ vs −) => 50; k′ at t1 (0 vs +) and t4 (− vs 0) => 50
    assertThat(s.instabilityK()).isCloseTo(50.0, within(1e-9));
    assertThat(s.instabilityKPrime()).isCloseTo(50.0, within(1e-9));
    // unserved: t1 150, t2 50 of 900 total
    assertThat(s.unservedPercent()).isCloseTo(100.0 * 200 / 900, within(1e-9));
    assertThat(s.minutesWithUnserved()).isEqualTo(2);
    assertThat(s.minutesCpuAboveThreshold()).isZero();
    // reaction: d rises above s at t1; desired 3 ≥ 3 at t2 (1 min); s ≥ d at t3 (2 min)
    assertThat(s.demandRises()).isEqualTo(1);
    assertThat(s.demandRisesNotScaled()).isZero();
    assertThat(s.meanMinutesToDesired()).isEqualTo(1.0);
    assertThat(s.meanMinutesToCapacity()).isEqualTo(2.0);
    assertThat(s.instanceHours()).isEqualTo(1.0);
    assertThat(s.cost()).isEqualTo(1.0);
  }

  @Test
  @DisplayName("issue 17 item 8: a rise that caused no scale-out (desired held at MaxSize 2, then demand fell back) gets "
      + "no reaction time and is counted apart")
  void risesWithoutScalingHaveNoReaction() {
    ScoreAccumulator a = new ScoreAccumulator(100);
    // demand: 150 350 350 150 | 150 250 250 => d = 2 4 4 2 | 2 3 3; serving 2 throughout; desired 2 until minute 5
    double[] demand = {150, 350, 350, 150, 150, 250, 250};
    int[] desired = {2, 2, 2, 2, 2, 3, 3};
    int[] serving = {2, 2, 2, 2, 2, 2, 3};
    for (int t = 0; t < demand.length; t++) {
      double served = Math.min(demand[t], 100.0 * serving[t]);
      a.minute(demand[t], served, desired[t], serving[t], served / serving[t]);
    }
    Scores s = a.finish(3600, 1.0, 0, 0, 1, 0, 1, 0);
    // minute 1: d 4 > s 2, desired never rises before s >= d again at minute 3 => not scaled
    // minute 5: d 3 > s 2 and desired 2 -> 3 the same minute => a reaction: desired after 0 min, capacity after 1 min
    assertThat(s.demandRisesNotScaled()).isEqualTo(1);
    assertThat(s.demandRises()).isEqualTo(1);
    assertThat(s.demandRisesNeverMet()).isZero();
    assertThat(s.meanMinutesToDesired()).isEqualTo(0.0);
    assertThat(s.meanMinutesToCapacity()).isEqualTo(1.0);

    ScoreAccumulator never = new ScoreAccumulator(100);
    never.minute(100, 100, 1, 1, 100);
    never.minute(300, 100, 1, 1, 100); // a rise at MaxSize 1 that lasts to the run's end
    Scores n = never.finish(120, 1.0, 0, 0, 0, 0, 0, 0);
    assertThat(n.demandRises()).isZero();
    assertThat(n.demandRisesNotScaled()).isEqualTo(1);
    assertThat(n.meanMinutesToDesired()).isNaN();
  }

  @Test
  @DisplayName("d_t is at least one instance and exact multiples do not round up")
  void demandInstances() {
    ScoreAccumulator a = new ScoreAccumulator(80);
    assertThat(a.demandInstances(0)).isEqualTo(1);
    assertThat(a.demandInstances(80)).isEqualTo(1);
    assertThat(a.demandInstances(80.5)).isEqualTo(2);
    assertThat(a.demandInstances(240)).isEqualTo(3);
  }

  @Test
  @DisplayName("surplus credits are billed per vCPU-hour: 120 credits at $0.05 = $0.10")
  void surplusCost() {
    ScoreAccumulator a = new ScoreAccumulator(80);
    a.minute(10, 10, 1, 1, 10);
    assertThat(a.finish(60, 0.0104, 120, 0.05, 0, 0, 0, 0).surplusCreditCost()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  @DisplayName("demand served but for rounding (1e-13) is not unserved: no 1e-16 % in a sweep's results")
  void roundingIsNotUnservedDemand() {
    ScoreAccumulator a = new ScoreAccumulator(80);
    a.minute(100, 100 - 1e-13, 2, 2, 50);
    a.minute(100, 99, 2, 2, 50);
    Scores s = a.finish(120, 1.0, 0, 0, 0, 0, 0, 0);
    assertThat(s.unservedDemand()).isEqualTo(1.0);
    assertThat(s.minutesWithUnserved()).isEqualTo(1);
    assertThat(s.unservedPercent()).isEqualTo(0.5);
  }
}
