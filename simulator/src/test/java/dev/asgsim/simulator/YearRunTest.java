package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A simulated year of a 10-instance and a 1000-instance group without timeline or activities (the sweep's mode).
 * Prints thread CPU time after one warm-up run; no timing assertion (shared CI machines), JMH in benchmarks/ is the
 * reference.
 */
class YearRunTest {
  static final int YEAR = 525_600;

  static ScalingConfig group(int min, int max) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().minSize(min).desiredCapacity(min).maxSize(max).build())
        .simulation(c.simulation().toBuilder().instanceType("c5.large").build())
        .build();
  }

  static long cpuMillis(Simulation s) {
    var mx = ManagementFactory.getThreadMXBean();
    long t0 = mx.getCurrentThreadCpuTime();
    s.run();
    return (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
  }

  @Test
  void aYearOfATenAndAThousandInstanceGroup() throws Exception {
    LoadSeries ten = LoadSpec.parse("sine(500, 150, 1d, 14h) + noise(20)").render(YEAR, 1);
    LoadSeries thousand = LoadSpec.parse("sine(50000, 15000, 1d, 14h) + noise(2000)").render(YEAR, 1);
    Simulation small = Simulation.builder(group(10, 20)).load(ten).recordTimeline(false).recordActivities(false)
        .build();
    Simulation large = Simulation.builder(group(1000, 2000)).load(thousand).recordTimeline(false)
        .recordActivities(false).build();
    SimulationResult a = small.run();
    SimulationResult b = large.run();
    System.out.printf("simulated year, thread CPU after warm-up: 10 instances %d ms, 1000 instances %d ms%n",
        cpuMillis(small), cpuMillis(large));
    assertThat(a.scores().minutes()).isEqualTo(YEAR);
    assertThat(a.timeline()).isEmpty();
    assertThat(a.activities()).isEmpty();
    assertThat(a.scores().instancesLaunched()).isPositive();
    assertThat(b.scores().meanServing()).isBetween(1000.0, 2000.0);
    // Same inputs, same result: the runs share nothing.
    assertThat(small.run().scores()).isEqualTo(a.scores());
  }
}
