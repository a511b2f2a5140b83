package dev.asgsim.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.PolicyEvaluator;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.score.Scores;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepListener;
import dev.asgsim.simulator.sweep.SweepResult;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what their comments say only if their setups put the engine and the simulator where they
 * claim: these tests check each setup (cheaply; no benchmark runs here).
 */
class FixturesTest {

  @Test
  @DisplayName("TargetTrackingDecision 'high': AlarmHigh in ALARM, the policy asks for more than MaxSize, desired stays 10")
  void targetTrackingHigh() {
    TargetTrackingDecision b = new TargetTrackingDecision();
    b.scenario = "high";
    b.setUp();
    WarmEngine w = engineOf(b);
    ScalingEngine e = w.engine;
    assertThat(e.alarmState(0)).isEqualTo(AlarmState.ALARM);
    PolicyEvaluator p = e.policy(0);
    // §1.5 [I]: ceil(10 × 90 / 50) = 18 > MaxSize 10, clamped away.
    assertThat(p.propose(w.now(), w.group, e)).isEqualTo(18);
    assertThat(w.nextMinute().changed()).isFalse();
    assertThat(e.desired()).isEqualTo(10);
  }

  @Test
  @DisplayName("TargetTrackingDecision 'low' and 'ok': AlarmLow in ALARM at MinSize; both alarms OK at 48 %")
  void targetTrackingLowAndOk() {
    TargetTrackingDecision low = new TargetTrackingDecision();
    low.scenario = "low";
    low.setUp();
    assertThat(engineOf(low).engine.alarmState(1)).isEqualTo(AlarmState.ALARM);
    assertThat(engineOf(low).engine.desired()).isEqualTo(1);
    TargetTrackingDecision ok = new TargetTrackingDecision();
    ok.scenario = "ok";
    ok.setUp();
    assertThat(engineOf(ok).engine.alarmState(0)).isEqualTo(AlarmState.OK);
    assertThat(engineOf(ok).engine.alarmState(1)).isEqualTo(AlarmState.OK);
  }

  @Test
  @DisplayName("StepScalingDecision 'out': the 2-of-3 alarm is in ALARM and +50 % of 12 (18) is clamped to MaxSize 12")
  void stepOut() {
    StepScalingDecision b = new StepScalingDecision();
    b.scenario = "out";
    b.setUp();
    WarmEngine w = b.warm;
    assertThat(w.engine.alarmState(0)).isEqualTo(AlarmState.ALARM);
    assertThat(w.engine.policy(0).propose(w.now() + 60, w.group, w.engine)).isEqualTo(18);
    assertThat(w.nextMinute().changed()).isFalse();
  }

  @Test
  @DisplayName("MultiPolicyDecision: four policies, two metrics; 'split' has the request-count AlarmLow in ALARM, no change")
  void multiPolicySplit() {
    MultiPolicyDecision b = new MultiPolicyDecision();
    b.scenario = "split";
    b.setUp();
    WarmEngine w = b.warm;
    ScalingEngine e = w.engine;
    assertThat(e.policyCount()).isEqualTo(4);
    assertThat(e.metrics()).extracting(m -> m.kind())
        .containsExactlyInAnyOrder(MetricKind.CPU, MetricKind.ALB_REQUEST_COUNT_PER_TARGET);
    int lowAlarms = 0;
    for (int i = 0; i < e.alarmCount(); i++) {
      if (e.alarm(i).name().contains("AlarmLow") && e.alarmState(i) == AlarmState.ALARM) {
        lowAlarms++;
      }
    }
    assertThat(lowAlarms).as("AlarmLow alarms in ALARM").isEqualTo(1);
    assertThat(w.nextMinute().changed()).isFalse();
    assertThat(e.desired()).isEqualTo(4);
  }

  @Test
  @DisplayName("AlarmUpdate: the datapoints straddle the threshold, so the state keeps changing")
  void alarmUpdateFlips() {
    AlarmUpdate b = new AlarmUpdate();
    b.shape = "2of3";
    b.setUp();
    int changes = 0;
    Object before = null;
    for (int i = 0; i < 1_000; i++) {
      Object s = b.update();
      changes += s != before ? 1 : 0;
      before = s;
    }
    assertThat(changes).isGreaterThan(100);
  }

  @Test
  @DisplayName("the year loads are a year long and use the seed group: diurnal 50-450 %, NAB × 5")
  void yearLoads() {
    LoadSeries diurnal = SimulateYear.year("diurnal", 1.0);
    LoadSeries nab = SimulateYear.year("nab", 1.0);
    assertThat(diurnal.minutes()).isEqualTo(525_600);
    assertThat(nab.minutes()).isEqualTo(525_600);
    double[] d = nab.toArray();
    double max = 0;
    for (double v : d) {
      max = Math.max(max, v);
    }
    assertThat(max).isBetween(450.0, 500.0); // the trace peaks at 99.74 % CPU
    // The trace is 14 days at 5 minutes: the loop repeats it exactly.
    int period = Fixtures.nabMinutes();
    assertThat(period).isBetween(14 * 1440, 14 * 1440 + 60);
    assertThat(d[20_000 + period]).isEqualTo(d[20_000]);
    assertThat(d[20_000 + period]).isNotEqualTo(d[20_000 + period + 1440]);
  }

  @Test
  @DisplayName("SimulatePredictiveYear: predictive=true adds a ForecastAndScale policy that forecasts and scales out")
  void predictiveYearForecasts() {
    var config = Fixtures.seedGroupPredictive();
    assertThat(config.policies()).extracting(p -> p.policyType())
        .containsExactly("TargetTrackingScaling", "PredictiveScaling");
    assertThat(config.policies().get(1).predictiveScalingConfiguration().mode()).isEqualTo("ForecastAndScale");
    var r = Simulation.builder(config).load(Fixtures.diurnal(7 * 1440, 1.0)).seed(Fixtures.SEED).build().run();
    assertThat(r.forecasts()).singleElement().satisfies(f ->
        assertThat(f.hours().stream().filter(h -> h.hasForecast()).count()).isGreaterThan(100));
  }

  @Test
  @DisplayName("PredictiveAb inert: the predictive policy forecasts every 6 h yet the group behaves as without it")
  void inertPredictiveChangesNothing() {
    LoadSeries week = Fixtures.diurnal(7 * 1440, 1.0);
    var without = Simulation.builder(Fixtures.seedGroup()).load(week).seed(Fixtures.SEED).build().run();
    var inert = Simulation.builder(PredictiveAb.inert()).load(week).seed(Fixtures.SEED).build().run();
    assertThat(inert.forecasts()).singleElement().satisfies(f ->
        assertThat(f.hours().stream().filter(h -> h.hasForecast()).count()).isGreaterThan(100));
    assertThat(inert.scores()).isEqualTo(without.scores());
  }

  @Test
  @DisplayName("SimulateYear/LargeFleet: demand × max/10 really moves the fleet between 1 and MaxSize")
  void fleetFollowsDemand() {
    for (int max : new int[] {10, 1000}) {
      Scores s = Simulation.builder(Fixtures.seedGroup(max))
          .load(Fixtures.diurnal(3 * Fixtures.MINUTES_PER_DAY, max / 10.0))
          .seed(Fixtures.SEED).recordTimeline(false).recordActivities(false).build().run().scores();
      assertThat(s.meanServing()).as("mean serving, max %d", max).isBetween(0.4 * max, 0.8 * max);
      assertThat(s.unservedPercent()).as("unserved %%, max %d", max).isLessThan(1.0);
      assertThat(s.scaleOutActivities()).as("scale-outs, max %d", max).isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  @DisplayName("Sweep's point runner runs the real simulator: TargetValue changes the cost, rows come back in order")
  void sweepRunsTheSimulator() {
    SweepDefinition def = new SweepDefinition(Fixtures.seedGroup(),
        List.of(Axis.member("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue",
            List.of(DoubleNode.valueOf(30), DoubleNode.valueOf(80)))),
        Sampling.GRID, List.of(new LoadCase("d", "d", null)), 1, Fixtures.SEED, null, null, null, null);
    PreRenderedPointRunner runner = new PreRenderedPointRunner(Map.of("d", Fixtures.diurnal(3 * 1440, 1.0)));
    SweepResult r = new dev.asgsim.simulator.sweep.Sweep(def, runner).run(2, SweepListener.NONE);
    assertThat(r.findings()).isEmpty();
    assertThat(r.rows()).hasSize(3);
    double cost30 = r.rows().get(1).score(Score.COST).mean();
    double cost80 = r.rows().get(2).score(Score.COST).mean();
    assertThat(cost30).isGreaterThan(cost80);
  }

  private static WarmEngine engineOf(TargetTrackingDecision b) {
    return b.warm;
  }
}
