package dev.asgsim.simulator;

import static dev.asgsim.simulator.QuietKernelGroupsTest.simulation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link QuietKernel} on large fleets (issue 15 item 4): random runs of the seed example as {@link QuietKernelTest}
 * makes them (each minute's datapoint held a minute, random alarm pairs and extra range, scale-in on or off), with
 * MaxSize 200–1 500 and a load to fill it, so that the group holds many serving cohorts (more than the shared pass
 * sums inline, {@code ServingSums.MANY}) with shared credit balances (a burstable type in unlimited mode,
 * aws-behaviour §8.1 [D]) or without (standard mode, fixed performance). Each run, also cut short at random minutes,
 * gives exactly the run of the per-minute stretch and of the plain loop: the same scores, decisions and notes, and
 * with activities recorded the same victims, bit for bit ({@link QuietKernelGroupsTest#simulation} builds the runs).
 */
class QuietKernelFleetTest {
  @Test
  void theKernelsChunksGiveThePerMinuteStretchesRunOnLargeFleets() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_23L);
    long answered = 0;
    long minutes = 0;
    long sharedAnswered = 0;
    long sharedMinutes = 0;
    int compared = 0;
    for (int i = 0; i < 12; i++) {
      RandomRuns.Case c = large(random, i % 4 != 3);
      boolean activities = (i & 1) == 1;
      int full = c.load().minutes();
      int[] lengths = {full, 1 + random.nextInt(full), 1 + random.nextInt(full)};
      for (int length : lengths) {
        RandomRuns.Case cut = c.firstMinutes(length);
        Run kernelRun = new Run(simulation(cut, false, false, activities));
        SimulationResult kernel = kernelRun.run();
        String what = c.what() + ", first " + length + " minutes";
        RandomRuns.assertSameRun(what, new Run(simulation(cut, false, true, activities)).run(), kernel);
        if (length == full) {
          RandomRuns.assertSameRun(what + ", plain", new Run(simulation(cut, true, true, activities)).run(), kernel);
          answered += kernelRun.kernelMinutes();
          minutes += full;
          if (c.burstableUnlimited()) {
            sharedAnswered += kernelRun.kernelMinutes();
            sharedMinutes += full;
          }
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(12 * 3);
    assertThat(answered).as("minutes run by the kernel").isGreaterThan(minutes / 3);
    assertThat(sharedMinutes).as("minutes of runs with shared balances").isGreaterThan(minutes / 2);
    assertThat(sharedAnswered).as("minutes run by the kernel with shared balances").isGreaterThan(sharedMinutes / 3);
  }

  /** A random run of the seed example at MaxSize 200–1 500 under a load that fills it, burstable unlimited if asked. */
  private static RandomRuns.Case large(SplittableRandom random, boolean unlimited) throws Exception {
    RandomRuns.Case c = QuietKernelTest.answering(random, RandomRuns.next(random, 0));
    int min = 1 + random.nextInt(20);
    int max = 200 + random.nextInt(1300);
    var sim = c.config().simulation().toBuilder();
    if (unlimited) {
      sim.creditSpecification("unlimited").instanceType(random.nextBoolean() ? "t3.micro" : "t2.nano");
    }
    var config = c.config().toBuilder().autoScalingGroup(c.config().autoScalingGroup().toBuilder().minSize(min)
        .desiredCapacity(min).maxSize(max).build()).simulation(sim.build()).build();
    LoadSeries load = LoadSpec.parse(RandomRuns.randomLoad(random, max)).render(c.load().minutes(),
        random.nextLong());
    return new RandomRuns.Case(c.example(), min, max, config, load, c.seed());
  }
}
