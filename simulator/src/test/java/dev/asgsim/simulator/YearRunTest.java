package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Long runs without timeline: scores only. Wall-clock numbers come from JMH in benchmarks/, not from here. */
class YearRunTest {
  static final int YEAR = 525_600;

  static ScalingConfig group(int min, int max) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().minSize(min).desiredCapacity(min).maxSize(max).build())
        .simulation(c.simulation().toBuilder().instanceType("c5.large").build())
        .build();
  }

  @Test
  void longRunsOfATenAndAThousandInstanceGroup() throws Exception {
    LoadSeries ten = LoadSpec.parse("sine(500, 150, 1d, 14h) + noise(20)").render(YEAR / 4, 1);
    LoadSeries thousand = LoadSpec.parse("sine(50000, 15000, 1d, 14h) + noise(2000)").render(YEAR / 12, 1);
    Simulation small = Simulation.builder(group(10, 20)).load(ten).recordTimeline(false).recordActivities(false)
        .build();
    Simulation large = Simulation.builder(group(1000, 2000)).load(thousand).recordTimeline(false)
        .recordActivities(false).build();
    long t0 = System.nanoTime();
    SimulationResult a = small.run();
    long t1 = System.nanoTime();
    SimulationResult b = large.run();
    long t2 = System.nanoTime();
    System.out.printf("quarter year, 10 instances: %d ms; month, 1000 instances: %d ms; decisions %d / %d%n", (t1 - t0) / 1_000_000,
        (t2 - t1) / 1_000_000, a.decisions().size(), b.decisions().size());
    assertThat(a.scores().minutes()).isEqualTo(YEAR / 4);
    assertThat(a.timeline()).isEmpty();
    assertThat(a.activities()).isEmpty();
    assertThat(a.scores().instancesLaunched()).isPositive();
  }
}
