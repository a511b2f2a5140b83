package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.EngineParameters;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.simulator.load.LoadSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
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
 * the same scores, decisions and notes, bit for bit.
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
    for (int i = 0; i < 40; i++) {
      RandomRuns.Case c = answering(random, RandomRuns.next(random, 0));
      int full = c.load().minutes();
      List<Integer> lengths = new ArrayList<>(List.of(full));
      for (int k = 0; k < 6; k++) {
        lengths.add(1 + random.nextInt(full));
      }
      for (int length : lengths) {
        RandomRuns.Case cut = new RandomRuns.Case(c.example(), c.min(), c.max(), c.config(),
            new LoadSeries(Arrays.copyOf(c.load().toArray(), length), c.load().description(), List.of()), c.seed());
        SimulationResult perMinute = new Run(simulation(cut, false, true)).run();
        Run kernelRun = new Run(simulation(cut, false, false));
        SimulationResult kernel = kernelRun.run();
        RandomRuns.assertSameRun(c.what() + ", first " + length + " minutes", perMinute, kernel);
        if (length == full) {
          RandomRuns.assertSameRun(c.what() + ", plain", new Run(simulation(cut, true, true)).run(), kernel);
          answered += kernelRun.kernelMinutes();
          wasted += kernelRun.kernelWasted();
          minutes += full;
          runs += kernelRun.kernelMinutes() > 0 ? 1 : 0;
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(40 * 7);
    assertThat(runs).as("runs with minutes run by the kernel").isGreaterThanOrEqualTo(15);
    assertThat(answered).as("minutes run by the kernel").isGreaterThan(minutes / 5);
    assertThat(wasted).as("minutes computed ahead and not run").isGreaterThan(0);
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
    return Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(false)
        .recordActivities(false).plainMinutes(plain).perMinuteStretches(perMinute).build();
  }
}
