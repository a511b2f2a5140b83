package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The minute loop's kernel for quiet stretches ({@code Run.quietStretch}: the minutes before the group's next clock,
 * without the steps that cannot act in them) gives exactly the plain loop's run ({@link
 * Simulation.Builder#plainMinutes}): on random configs, settings and loads, every timeline column of every minute
 * (proposals, Min/Max and the reason it did not scale included), the activities, decisions, not-scaled records,
 * notes and scores are the same bits, with the timeline kept and without it.
 */
class QuietStretchTest {
  private static final List<String> EXAMPLES = List.of("fastcampus-nginx.yaml", "step-scaling.yaml",
      "alb-request-count.yaml", "scheduled-business-hours.yaml", "mixed-weights.yaml", "attribute-based.yaml",
      "warm-pool-slow-start.yaml", "spot-fleet.yaml");
  private static final List<String> TYPES = List.of("t2.nano", "t3.micro", "t3.small", "c5.large");

  @Test
  void theQuietStretchKernelGivesThePlainLoopsRunMinuteByMinute() throws Exception {
    SplittableRandom random = new SplittableRandom(20261201L);
    int runs = 0;
    int stretched = 0;
    long quietMinutes = 0;
    long minutes = 0;
    for (int i = 0; i < 40; i++) {
      String example = EXAMPLES.get(i % EXAMPLES.size());
      ScalingConfig base = ConfigReader.read(Path.of("../examples", example));
      int min = 1 + random.nextInt(3);
      int max = min + 1 + random.nextInt(12);
      var sim = base.simulation().toBuilder()
          .creditSpecification(random.nextBoolean() ? "unlimited" : "standard")
          .detailedMonitoring(random.nextInt(3) > 0)
          .evaluationOffsetSeconds(random.nextInt(60))
          .metricPublishDelaySeconds(random.nextInt(150))
          .alarmActionDelaySeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(90))
          .start(random.nextBoolean() ? "Cold" : "Steady")
          .burnInMinutes(random.nextBoolean() ? 0 : random.nextInt(300));
      if (base.autoScalingGroup().mixedInstancesPolicy() == null) {
        sim.instanceType(TYPES.get(random.nextInt(TYPES.size())));
      }
      ScalingConfig config = base.toBuilder()
          .autoScalingGroup(base.autoScalingGroup().toBuilder().minSize(min).desiredCapacity(min).maxSize(max).build())
          .simulation(sim.build())
          .build();
      LoadSeries load = LoadSpec.parse(randomLoad(random, max)).render(2 * 1440 + random.nextInt(1440),
          random.nextLong());
      long seed = random.nextLong();
      String what = String.format(Locale.ROOT, "%s (Min %d, Max %d, %s, seed %d) under %s", example, min, max,
          config.simulation(), seed, load.description());
      for (boolean record : new boolean[] {true, false}) {
        SimulationResult plain = new Run(simulation(config, load, seed, record, true)).run();
        Run kernel = new Run(simulation(config, load, seed, record, false));
        SimulationResult stretches = kernel.run();
        GeneralPathTest.assertSameRun(what + (record ? "" : ", no timeline"), plain, stretches);
        if (record) {
          quietMinutes += kernel.quietMinutes();
          minutes += load.minutes();
          stretched += kernel.quietMinutes() > 0 ? 1 : 0;
        }
      }
      runs++;
    }
    assertThat(runs).isEqualTo(40);
    assertThat(stretched).as("runs with quiet stretches").isGreaterThanOrEqualTo(20);
    assertThat(quietMinutes).as("minutes run in quiet stretches").isGreaterThan(minutes / 4);
  }

  private static String randomLoad(SplittableRandom r, int max) {
    double base = 10 + r.nextDouble() * 40 * max;
    return String.format(Locale.ROOT, "sine(%.1f, %.1f, %dh, %dh) + noise(%.1f)", base, base * r.nextDouble(),
        2 + r.nextInt(22), r.nextInt(24), r.nextDouble() * 30);
  }

  private static Simulation simulation(ScalingConfig config, LoadSeries load, long seed, boolean record,
      boolean plain) {
    return Simulation.builder(config).load(load).seed(seed).checkInvariants(true).recordTimeline(record)
        .recordActivities(record).plainMinutes(plain).build();
  }
}
