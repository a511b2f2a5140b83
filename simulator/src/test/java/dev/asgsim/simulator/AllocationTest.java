package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The minute loop allocates nothing when nothing changes: a steady year costs no more memory than a steady day; and
 * when the group scales, what a change allocates is its {@link ScalingDecision} (an output), not per-launch or
 * per-instance scratch (issue 15 items 2 and 4). Both compare two runs' growth, so set-up and warm-up cancel out.
 */
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

  @Test
  void scalingAllocatesItsDecisionsOnly() throws Exception {
    var config = YearRunTest.group(1, 10);
    String daily = "sine(250, 200, 24h, 14h) + noise(15)"; // 1 to 10 instances every day: ~18 changes a day
    Simulation month = Simulation.builder(config).load(LoadSpec.parse(daily).render(30 * 1440, 7)).seed(7)
        .recordTimeline(false).recordActivities(false).build();
    Simulation quarter = Simulation.builder(config).load(LoadSpec.parse(daily).render(90 * 1440, 7)).seed(7)
        .recordTimeline(false).recordActivities(false).build();
    int changes = quarter.run().decisions().size() - month.run().decisions().size();
    long bytes = allocated(quarter) - allocated(month);
    // A decision is a 10-field record (~64 B) in a growing list and its copy (~23 B): 87 B a decision here. Before
    // issue 15's change each launch's placement array, iterators at every stretch's end and a slot per instance ever
    // launched made it ~520 B. What is left does not depend on the JIT (no iterator left for escape analysis to take
    // away: a year allocates the same bytes with C1 alone as with C2), so the bound holds interpreted or compiled.
    assertThat(changes).isGreaterThan(600);
    assertThat((double) bytes / changes).as("%d B for %d more decisions", bytes, changes).isLessThan(160);
  }
}
