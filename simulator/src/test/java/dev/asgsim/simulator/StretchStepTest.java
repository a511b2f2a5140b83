package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.policy.DecisionSource;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A quiet stretch that goes on past the group's clocks and past a minute that acts ({@code Run.quietStretch} with
 * {@code stepsOver}: the clock's minute run with the plain minute's two advances, the counts read again, the held
 * datapoint kept) gives exactly the run of stretches that end there ({@link Simulation.Builder#stretchesEndAtClocks})
 * and of the plain loop ({@link Simulation.Builder#plainMinutes}), without a timeline and (half the first test's runs)
 * with a kept one, whose count columns the stretch writes where it reads the counts again: random runs of every
 * example ({@link RandomRuns}: Min, Max, types and credit modes, monitoring, evaluation offset, publish and alarm
 * action delays, Cold and Steady starts, burn-in) and of the seed example made to hold its
 * datapoints a minute with random alarm pairs ({@link QuietKernelTest#answering}, the kernel's runs), each also cut
 * short at a random minute: the same scores, activities, decisions, not-scaled records and notes, bit for bit.
 * The minutes the engine answers while an alarm is in ALARM (the proposal equal to desired, clamped back by MaxSize, or
 * none with DisableScaleIn: {@link AnsweredInAlarm}) have a floor per reason.
 */
class StretchStepTest {
  @Test
  void stretchesGoingOnPastClocksGiveTheEndingStretchesAndThePlainLoopsRun() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_16L);
    long stepped = 0;
    long keptStepped = 0;
    long kernelMinutes = 0;
    int steppingRuns = 0;
    AnsweredInAlarm inAlarm = new AnsweredInAlarm();
    for (int i = 0; i < 48; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      if (i % 2 == 1) {
        c = QuietKernelTest.answering(random, RandomRuns.next(random, 0));
      }
      int full = c.load().minutes();
      boolean kept = i % 4 >= 2; // a kept timeline: its count columns written where the stretch reads the counts
      for (int length : new int[] {full, 1 + random.nextInt(full)}) {
        RandomRuns.Case cut = c.firstMinutes(length);
        String what = c.what() + ", first " + length + " minutes" + (kept ? ", timeline kept" : "");
        Run steps = new Run(simulation(cut).recordTimeline(kept).recordActivities(kept).build());
        SimulationResult stepping = steps.run();
        RandomRuns.assertSameRun(what, new Run(simulation(cut).recordTimeline(kept).recordActivities(kept)
            .stretchesEndAtClocks(true).build()).run(), stepping);
        RandomRuns.assertSameRun(what + ", plain", new Run(simulation(cut).recordTimeline(kept).recordActivities(kept)
            .plainMinutes(true).build()).run(), stepping);
        if (length == full) {
          keptStepped += kept ? steps.stepped() : 0;
          stepped += steps.stepped();
          kernelMinutes += steps.kernelMinutes();
          inAlarm.add(steps);
          steppingRuns += steps.stepped() > 0 ? 1 : 0;
        }
      }
    }
    assertThat(steppingRuns).as("runs whose stretches went on past a clock").isGreaterThanOrEqualTo(20);
    assertThat(stepped).as("clocks and acting minutes stepped over").isGreaterThan(1000);
    assertThat(keptStepped).as("clocks and acting minutes stepped over with the timeline kept").isGreaterThan(400);
    assertThat(kernelMinutes).as("minutes run by the kernel between them").isGreaterThan(10_000);
    inAlarm.assertAtLeast(1_500, 1_000, 1_000); // rounding, MaxSize's clamp, DisableScaleIn with an alarm in ALARM
  }

  /**
   * The same with predictive policies (aws-behaviour §5.2), whose history a stretch that goes on takes with the counts
   * and desired capacity read again ({@code PredictiveStretch.counts}: the held minutes handed over at a new desired):
   * {@link RandomRuns#predictive}'s four kinds in turn, half the runs on the kernel's groups. The same scores, records, forecast rows and
   * calibration, bit for bit. Floors: steps taken in most runs, steps with held minutes handed over at a new desired,
   * predictive changes of desired in runs that step, minutes run by the kernel.
   */
  @Test
  void withPredictivePoliciesStretchesGoingOnGiveTheEndingStretchesAndThePlainLoopsRun() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_13L);
    long stepped = 0;
    long handedOver = 0;
    long kernelMinutes = 0;
    int steppingRuns = 0;
    int predictiveDecisions = 0;
    for (int i = 0; i < 40; i++) {
      RandomRuns.Case c = i % 2 == 0 ? RandomRuns.next(random, i)
          : QuietKernelTest.kernelsGroup(random, QuietKernelTest.answering(random, RandomRuns.next(random, 0)));
      RandomRuns.PredictiveCase p = RandomRuns.predictive(random, c, (i / 2) % 4);
      c = p.c();
      Supplier<Forecaster> forecaster = p.forecaster();
      String what = p.what();
      int full = c.load().minutes();
      for (int length : new int[] {full, 1 + random.nextInt(full)}) {
        RandomRuns.Case cut = c.firstMinutes(length);
        String at = what + ", first " + length + " minutes";
        Run steps = new Run(simulation(cut, forecaster).build());
        SimulationResult stepping = steps.run();
        Run ending = new Run(simulation(cut, forecaster).stretchesEndAtClocks(true).build());
        SimulationResult ended = ending.run();
        RandomRuns.assertSameRun(at, ended, stepping);
        assertThat(stepping.forecasts()).as(at).isEqualTo(ended.forecasts());
        RandomRuns.assertSameCalibration(at, ending, steps);
        Run plainRun = new Run(simulation(cut, forecaster).plainMinutes(true).build());
        SimulationResult plain = plainRun.run();
        RandomRuns.assertSameRun(at + ", plain", plain, stepping);
        assertThat(stepping.forecasts()).as(at + ", plain").isEqualTo(plain.forecasts());
        RandomRuns.assertSameCalibration(at + ", plain", plainRun, steps);
        if (length == full) {
          assertThat(stepping.forecasts()).as(at).isNotEmpty();
          stepped += steps.stepped();
          handedOver += steps.predictiveHandOversAtNewDesired();
          kernelMinutes += steps.kernelMinutes();
          steppingRuns += steps.stepped() > 0 ? 1 : 0;
          if (steps.stepped() > 0) {
            predictiveDecisions += (int) plain.decisions().stream()
                .filter(d -> d.source() == DecisionSource.PREDICTIVE).count();
          }
        }
      }
    }
    assertThat(steppingRuns).as("runs whose stretches went on past a clock").isGreaterThanOrEqualTo(20);
    assertThat(stepped).as("clocks and acting minutes stepped over").isGreaterThan(1000);
    assertThat(handedOver).as("steps at a new desired with held minutes handed over").isGreaterThan(100);
    assertThat(predictiveDecisions).as("changes of desired by a predictive policy in runs that step").isGreaterThan(20);
    assertThat(kernelMinutes).as("minutes run by the kernel between them").isGreaterThan(10_000);
  }

  private static Simulation.Builder simulation(RandomRuns.Case c) {
    return Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(false)
        .recordActivities(false);
  }

  private static Simulation.Builder simulation(RandomRuns.Case c, Supplier<Forecaster> forecaster) {
    Simulation.Builder b = simulation(c);
    return forecaster == null ? b : b.forecaster(forecaster);
  }
}
