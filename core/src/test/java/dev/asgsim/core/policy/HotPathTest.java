package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine's hot path must not allocate (the JMH benchmark asks 0 B/op); a simulated year must be fast. */
class HotPathTest {
  private static final int YEAR_MINUTES = 525_600;

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  private static long runMinutes(ScalingEngine e, GroupView g, long from, long to, double value) {
    long changes = 0;
    for (long k = from; k < to; k++) {
      e.publish(0, T0 + k * 60, value);
      changes += e.evaluate(T0 + (k + 1) * 60, g).changed() ? 1 : 0;
    }
    return changes;
  }

  @Test
  @DisplayName("steady minutes (AlarmLow in ALARM, re-invoked each minute, no change) allocate nothing")
  void steadyStateAllocatesNothing() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1), Configs.cpu("c", 50, 300)))
        .build();
    FakeGroup g = new FakeGroup(1);
    runMinutes(e, g, 0, 20_000, 20); // warm up the JIT
    long before = allocated();
    long changes = runMinutes(e, g, 20_000, 120_000, 20);
    long bytes = allocated() - before;
    assertThat(changes).isZero();
    assertThat(e.alarmState(1)).hasToString("ALARM");
    assertThat(bytes).as("bytes allocated by 100 000 evaluations").isLessThan(1024);
  }

  @Test
  @DisplayName("a simulated year of minutes (525 600 publish+evaluate) is timed in CPU time; guard 5 s")
  void simulatedYear() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 2), Configs.cpu("c", 50, 300)))
        .build();
    FakeGroup g = new FakeGroup(2);
    runMinutes(e, g, 0, 2 * YEAR_MINUTES, 40); // warm up the JIT
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime(); // CPU time: the machine is shared, wall time is noise
    runMinutes(e, g, 2 * YEAR_MINUTES, 3 * YEAR_MINUTES, 40);
    long nanos = threads.getCurrentThreadCpuTime() - start;
    System.out.printf(java.util.Locale.ROOT, "simulated year: %.1f ms CPU, %.1f ns per publish+evaluate%n",
        nanos / 1e6, (double) nanos / YEAR_MINUTES);
    // a loose guard (the machine is shared): a rescan-per-minute or allocating engine would take seconds
    assertThat(nanos).isLessThan(5_000_000_000L);
  }
}
