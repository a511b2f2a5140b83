package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.load.LoadSeries;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A quiet stretch that goes on past the group's clocks and past a minute that acts ({@code Run.quietStretch} with
 * {@code stepsOver}: the clock's minute run with the plain minute's two advances, the counts read again, the held
 * datapoint kept) gives exactly the run of stretches that end there ({@link Simulation.Builder#stretchesEndAtClocks})
 * and of the plain loop ({@link Simulation.Builder#plainMinutes}), without a kept timeline (the runs it is chosen for):
 * random runs of every example ({@link RandomRuns}: Min, Max, types and credit modes, monitoring, evaluation offset,
 * publish and alarm action delays, Cold and Steady starts, burn-in) and of the seed example made to hold its
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
    long kernelMinutes = 0;
    int steppingRuns = 0;
    AnsweredInAlarm inAlarm = new AnsweredInAlarm();
    for (int i = 0; i < 48; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      if (i % 2 == 1) {
        c = QuietKernelTest.answering(random, RandomRuns.next(random, 0));
      }
      int full = c.load().minutes();
      for (int length : new int[] {full, 1 + random.nextInt(full)}) {
        RandomRuns.Case cut = new RandomRuns.Case(c.example(), c.min(), c.max(), c.config(),
            new LoadSeries(Arrays.copyOf(c.load().toArray(), length), c.load().description(), List.of()), c.seed());
        String what = c.what() + ", first " + length + " minutes";
        Run steps = new Run(simulation(cut).build());
        SimulationResult stepping = steps.run();
        RandomRuns.assertSameRun(what, new Run(simulation(cut).stretchesEndAtClocks(true).build()).run(), stepping);
        RandomRuns.assertSameRun(what + ", plain", new Run(simulation(cut).plainMinutes(true).build()).run(),
            stepping);
        if (length == full) {
          stepped += steps.stepped();
          kernelMinutes += steps.kernelMinutes();
          inAlarm.add(steps);
          steppingRuns += steps.stepped() > 0 ? 1 : 0;
        }
      }
    }
    assertThat(steppingRuns).as("runs whose stretches went on past a clock").isGreaterThanOrEqualTo(20);
    assertThat(stepped).as("clocks and acting minutes stepped over").isGreaterThan(1000);
    assertThat(kernelMinutes).as("minutes run by the kernel between them").isGreaterThan(10_000);
    inAlarm.assertAtLeast(1_500, 1_000, 1_000); // rounding, MaxSize's clamp, DisableScaleIn with an alarm in ALARM
  }

  private static Simulation.Builder simulation(RandomRuns.Case c) {
    return Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(false)
        .recordActivities(false);
  }
}
