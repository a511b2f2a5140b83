package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.load.LoadSeries;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The minute loop allocates nothing when nothing changes: a steady year costs no more memory than a steady day. */
class AllocationTest {
  static long allocated(Simulation s) {
    var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = mx.getThreadAllocatedBytes(id);
    s.run();
    return mx.getThreadAllocatedBytes(id) - before;
  }

  @Test
  void steadyMinutesDoNotAllocate() throws Exception {
    var config = YearRunTest.group(10, 20);
    Simulation day = Simulation.builder(config).load(LoadSeries.constant(400, 1440)).recordTimeline(false)
        .recordActivities(false).build();
    Simulation year = Simulation.builder(config).load(LoadSeries.constant(400, YearRunTest.YEAR))
        .recordTimeline(false).recordActivities(false).build();
    day.run();
    year.run();
    long perDay = allocated(day);
    long perYear = allocated(year);
    // 524 160 more minutes for less than 64 KB more: well under one byte per minute.
    assertThat(perYear - perDay).as("day %d B, year %d B", perDay, perYear).isLessThan(64 * 1024);
  }
}
