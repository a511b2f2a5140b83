package dev.asgsim.simulator.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RunSeriesTest {
  static SimulationResult run(String config, String load, int minutes) throws Exception {
    return Simulation.builder(ConfigReader.read(Path.of("../examples/" + config)))
        .load(LoadSpec.parse(load).render(minutes, 1)).seed(1).build().run();
  }

  @Test
  void scheduledActionsAreCountedAndMoveMinSize() throws Exception {
    // weekday-morning sets MinSize 4 at 07:30 New York, weekday-evening MinSize 1 at 19:00 (2024-01-01 is a Monday)
    RunSeries s = new RunSeries(run("scheduled-business-hours.yaml", "const(20)", 2 * 1440), 2 * 1440);
    assertThat(Arrays.stream(s.scheduled).sum()).isGreaterThan(0);
    assertThat(Arrays.stream(s.minSize).distinct().sorted().toArray()).containsExactly(1, 4);
    assertThat(s.minSize[12 * 60 + 29]).isEqualTo(1);
    assertThat(s.minSize[12 * 60 + 31]).isEqualTo(4);
    assertThat(s.minSize[1440 - 1]).isEqualTo(4);
    assertThat(s.minSize[1440 + 1]).as("19:00 New York = 00:00 UTC: back to 1, whether or not desired changes")
        .isEqualTo(1);
  }

  @Test
  void creditStarvedT2NanoLosesServingCapacityToThrottling() throws Exception {
    RunSeries s = new RunSeries(run("fastcampus-nginx.yaml", "const(110)", 1440), 1440);
    assertThat(s.burstable).isTrue();
    assertThat(s.throttled).isTrue();
    assertThat(s.unserved).isTrue();
    int last = s.cols.count() - 1;
    // at the end every serving t2.nano runs at its 5 % baseline (aws-behaviour §8.1): 0.95 of each is lost
    assertThat(s.serving.mean()[last] - s.effective.mean()[last]).isCloseTo(0.95 * s.serving.mean()[last],
        org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void fixedPerformanceShortfallIsUnservedButNotThrottled() throws Exception {
    RunSeries s = new RunSeries(run("alb-request-count.yaml", "step(1500, 12000@20m, 1500@50m)", 120), 120);
    assertThat(s.burstable).isFalse();
    assertThat(s.unserved).isTrue();
    assertThat(s.throttled).isFalse();
    for (int c = 0; c < s.cols.count(); c++) {
      assertThat(s.effective.mean()[c]).isEqualTo(s.serving.mean()[c]);
    }
  }

  @Test
  void rowsFedInOrderLandInTheColumnsColumnsOfPutsThem() throws Exception {
    // 14 400 minutes in 1 250 columns: 11 or 12 minutes each, unevenly; the builder finds each row's column once per
    // column, the band the general way (columnOf for every minute)
    SimulationResult r = run("step-scaling.yaml", "sine(150, 120, 24h, 14h) + noise(15)", 10 * 1440);
    var t = r.timeline().orElseThrow();
    RunSeries s = new RunSeries(r, 1250);
    Columns.Band desired = s.cols.band(t::desired);
    assertThat(s.desired.lo()).containsExactly(desired.lo());
    assertThat(s.desired.mean()).containsExactly(desired.mean());
    assertThat(s.desired.hi()).containsExactly(desired.hi());
    assertThat(s.cpu.mean()).containsExactly(s.cols.band(t::cpu).mean());
  }
}
