package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.EngineParameters;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.policy.DecisionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link QuietKernel} (a quiet stretch's answered minutes a chunk at a time) gives exactly the run of the per-minute
 * stretch ({@link Simulation.Builder#perMinuteStretches}) and of the plain loop ({@link Simulation.Builder#plainMinutes}):
 * random runs of the seed example (one target tracking policy on CPU; the example on requests per target has no
 * minute the engine answers: QuietStretchTest) that hold each
 * minute's datapoints a minute (detailed monitoring, MetricPublishDelaySeconds in (offset, offset + 60]), random alarm
 * pairs (N of N high and low, the low threshold's factor, aws-behaviour §1.4 [O]), extra evaluation range 0–3 (§8.4
 * [I]), scale-in on or off, burstable types in unlimited mode and others ({@link RandomRuns}), without a kept timeline
 * (the kernel's runs). Each run is also cut short at random minutes, so that what the outputs sum over a run (the
 * scores, the surplus credits charged at hours' ends and at the end) is compared at many minutes, not only the last:
 * the same scores, decisions and notes, bit for bit; with predictive policies also the forecast evaluations and the
 * policies' calibration.
 * The minutes the engine answers while an alarm is in ALARM (the proposal equal to desired, clamped back by MaxSize, or
 * none with DisableScaleIn: {@link AnsweredInAlarm}) have a floor per reason, and so do the minutes it answers where
 * its alarms go back to OK (a run without timeline rows: {@code ScalingEngine.answerAlarmEnds}, aws-behaviour §8.4).
 */
class QuietKernelTest {
  @Test
  void theKernelsChunksGiveThePerMinuteStretchesRun() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_15L);
    long answered = 0;
    long minutes = 0;
    int runs = 0;
    int compared = 0;
    long wasted = 0;
    long declinedFirst = 0;
    AnsweredInAlarm inAlarm = new AnsweredInAlarm();
    long alarmEnds = 0;
    for (int i = 0; i < 40; i++) {
      RandomRuns.Case c = answering(random, RandomRuns.next(random, 0));
      int full = c.load().minutes();
      List<Integer> lengths = new ArrayList<>(List.of(full));
      for (int k = 0; k < 6; k++) {
        lengths.add(1 + random.nextInt(full));
      }
      for (int length : lengths) {
        RandomRuns.Case cut = c.firstMinutes(length);
        SimulationResult perMinute = new Run(simulation(cut, false, true)).run();
        Run kernelRun = new Run(simulation(cut, false, false));
        SimulationResult kernel = kernelRun.run();
        RandomRuns.assertSameRun(c.what() + ", first " + length + " minutes", perMinute, kernel);
        if (length == full) {
          RandomRuns.assertSameRun(c.what() + ", plain", new Run(simulation(cut, true, true)).run(), kernel);
          answered += kernelRun.kernelMinutes();
          wasted += kernelRun.kernelWasted();
          declinedFirst += kernelRun.kernelDeclinedFirst();
          minutes += full;
          runs += kernelRun.kernelMinutes() > 0 ? 1 : 0;
          inAlarm.add(kernelRun);
          alarmEnds += kernelRun.answeredAlarmEnds();
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(40 * 7);
    assertThat(runs).as("runs with minutes run by the kernel").isGreaterThanOrEqualTo(15);
    assertThat(answered).as("minutes run by the kernel").isGreaterThan(minutes / 5);
    assertThat(wasted).as("minutes computed ahead and not run").isGreaterThan(0);
    // a chunk's first minute is asked with the rest (no probe before computing ahead): the engine declines it often
    assertThat(declinedFirst).as("chunks whose first minute the engine declined").isGreaterThan(10_000);
    inAlarm.assertAtLeast(1_000, 400, 5_000); // rounding, MaxSize's clamp, DisableScaleIn with an alarm in ALARM
    assertThat(alarmEnds).as("minutes answered where the alarms went back to OK").isGreaterThan(1_200);
  }

  /**
   * The same with predictive policies (aws-behaviour §5.2), whose chunks stay inside the hour the policies observe and
   * add their minutes to its sums, on the groups the kernel serves (a burstable type in unlimited mode):
   * {@link RandomRuns#predictive}'s four kinds in turn (SchedulingBufferTime then puts the floors' window's end inside
   * the hour). Two policies on two load metrics observe every minute at once: the kernel does not take those runs. Floors on: the kernel takes nearly
   * every minute the engine answers, and predictive scale-outs happen where the floors' window ends inside an hour.
   */
  @Test
  void withPredictivePoliciesTheKernelsChunksGiveThePerMinuteStretchesRun() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_12L);
    long answered = 0;
    long minutes = 0;
    long wasted = 0;
    long declinedFirst = 0;
    long engineAnswered = 0;
    int runs = 0;
    int predictiveDecisions = 0;
    int midHourFloors = 0;
    int raised = 0;
    AnsweredInAlarm inAlarmP = new AnsweredInAlarm();
    long alarmEndsP = 0;
    for (int i = 0; i < 40; i++) {
      RandomRuns.Case c = kernelsGroup(random, answering(random, RandomRuns.next(random, 0)));
      RandomRuns.PredictiveCase p = RandomRuns.predictive(random, c, i % 4);
      c = p.c();
      int buffer = p.buffer();
      boolean mixed = p.second() && p.requests();
      Supplier<Forecaster> forecaster = p.forecaster();
      String what = p.what();
      int full = c.load().minutes();
      List<Integer> lengths = new ArrayList<>(List.of(full));
      for (int k = 0; k < 3; k++) {
        lengths.add(1 + random.nextInt(full));
      }
      for (int length : lengths) {
        RandomRuns.Case cut = c.firstMinutes(length);
        String at = what + ", first " + length + " minutes";
        Run perMinuteRun = new Run(simulation(cut, false, true, forecaster));
        SimulationResult perMinute = perMinuteRun.run();
        Run kernelRun = new Run(simulation(cut, false, false, forecaster));
        SimulationResult kernel = kernelRun.run();
        RandomRuns.assertSameRun(at, perMinute, kernel);
        assertThat(kernel.forecasts()).as(at).isEqualTo(perMinute.forecasts());
        RandomRuns.assertSameCalibration(at, perMinuteRun, kernelRun);
        if (mixed) {
          assertThat(kernelRun.kernelMinutes()).as(at + ": two load metrics, every minute observed").isZero();
        }
        if (length == full) {
          Run plainRun = new Run(simulation(cut, true, true, forecaster));
          SimulationResult plain = plainRun.run();
          RandomRuns.assertSameRun(what + ", plain", plain, kernel);
          assertThat(kernel.forecasts()).as(what + ", plain").isEqualTo(plain.forecasts());
          RandomRuns.assertSameCalibration(what + ", plain", plainRun, kernelRun);
          assertThat(kernel.forecasts()).as(what).isNotEmpty();
          answered += kernelRun.kernelMinutes();
          wasted += kernelRun.kernelWasted();
          declinedFirst += kernelRun.kernelDeclinedFirst();
          minutes += full;
          runs += kernelRun.kernelMinutes() > 0 ? 1 : 0;
          engineAnswered += kernelRun.kernelMinutes() > 0 ? kernelRun.answeredMinutes() : 0;
          inAlarmP.add(kernelRun);
          alarmEndsP += kernelRun.answeredAlarmEnds();
          predictiveDecisions += (int) plain.decisions().stream()
              .filter(d -> d.source() == DecisionSource.PREDICTIVE).count();
          if (buffer > 0 && kernelRun.kernelMinutes() > 0) {
            midHourFloors += (int) plain.decisions().stream().filter(d -> d.source() == DecisionSource.PREDICTIVE
                && Math.floorMod(d.epochSecond() + buffer, 3600) < 60).count();
          }
          int max = c.max();
          raised += plain.decisions().stream().anyMatch(d -> d.maxSize() > max) ? 1 : 0;
        }
      }
    }
    assertThat(runs).as("runs with minutes run by the kernel").isGreaterThanOrEqualTo(15);
    assertThat(answered).as("minutes run by the kernel").isGreaterThan(minutes / 8);
    // all but an hour's first minutes and the chunks' first asks: the kernel takes nearly every answered minute
    assertThat(answered).as("of the answered minutes of its runs, those run by the kernel")
        .isGreaterThan(engineAnswered * 95 / 100);
    assertThat(wasted).as("minutes computed ahead and not run").isGreaterThan(0);
    assertThat(declinedFirst).as("chunks whose first minute the engine declined").isGreaterThan(10_000);
    assertThat(predictiveDecisions).as("changes of desired by a predictive policy").isGreaterThan(20);
    assertThat(midHourFloors).as("of those, at the floors' window's end inside an hour, in the kernel's runs")
        .isGreaterThan(10);
    assertThat(raised).as("runs whose MaxSize a forecast raised").isGreaterThan(0);
    inAlarmP.assertAtLeast(200, 250, 3_000);
    assertThat(alarmEndsP).as("minutes answered where the alarms went back to OK").isGreaterThan(550);
  }

  /** The case on a burstable type in unlimited mode, whose balances the kernel serves ahead ({@code Group#sumsAhead}). */
  static RandomRuns.Case kernelsGroup(SplittableRandom random, RandomRuns.Case c) {
    var sim = c.config().simulation().toBuilder().creditSpecification("unlimited")
        .instanceType(random.nextBoolean() ? "t2.nano" : "t3.micro").build();
    return new RandomRuns.Case(c.example(), c.min(), c.max(), c.config().toBuilder().simulation(sim).build(), c.load(),
        c.seed());
  }

  /** The case made to hold each minute's datapoint a minute, with a random alarm pair and extra range. */
  static RandomRuns.Case answering(SplittableRandom random, RandomRuns.Case c) {
    var sim = c.config().simulation();
    int offset = sim.effectiveEvaluationOffsetSeconds();
    var profile = new TargetTrackingAlarmProfile(1 + random.nextInt(5), 1 + random.nextInt(20),
        0.5 + random.nextDouble() * 0.45, null);
    var engine = new EngineParameters(null, null, null, null, null, random.nextInt(4), null, null, null);
    List<ScalingPolicy> policies = new ArrayList<>();
    for (ScalingPolicy p : c.config().policies()) {
      var tt = p.targetTrackingConfiguration();
      policies.add(random.nextInt(4) != 0 ? p : p.toBuilder().targetTrackingConfiguration(
          new TargetTrackingConfiguration(tt.predefinedMetricSpecification(), tt.customizedMetricSpecification(),
              tt.targetValue(), true)).build());
    }
    var config = c.config().toBuilder().scalingPolicies(policies)
        .simulation(sim.toBuilder().detailedMonitoring(true)
            .creditSpecification(random.nextInt(5) == 0 ? "standard" : "unlimited")
            .instanceType(c.config().autoScalingGroup().mixedInstancesPolicy() != null ? sim.instanceType()
                : random.nextInt(6) == 0 ? "c5.large" : random.nextBoolean() ? "t2.nano" : "t3.micro")
            .metricPublishDelaySeconds(offset + 1 + random.nextInt(60))
            .targetTrackingAlarms(profile).engine(engine).build()).build();
    return new RandomRuns.Case(c.example(), c.min(), c.max(), config, c.load(), c.seed());
  }

  private static Simulation simulation(RandomRuns.Case c, boolean plain, boolean perMinute) {
    return simulation(c, plain, perMinute, null);
  }

  private static Simulation simulation(RandomRuns.Case c, boolean plain, boolean perMinute,
      Supplier<Forecaster> forecaster) {
    Simulation.Builder b = Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(false)
        .recordActivities(false).plainMinutes(plain).perMinuteStretches(perMinute);
    return (forecaster == null ? b : b.forecaster(forecaster)).build();
  }
}
