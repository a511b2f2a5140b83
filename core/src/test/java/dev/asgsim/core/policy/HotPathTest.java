package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine's hot path must not allocate (the JMH benchmark asks 0 B/op; speed is measured there, not here). */
class HotPathTest {
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  private static long runMinutes(ScalingEngine e, GroupView g, long from, long to, double value) {
    long changes = 0;
    for (long k = from; k < to; k++) {
      e.publish(0, T0 + k * 60, value, g.warm()); // with N_dp, as the simulator publishes (spec §1.5 "Which N")
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
    // One allocation per call would be >= 1.6 MB; the JIT's own bookkeeping can add a few hundred bytes.
    assertThat(bytes).as("bytes allocated by 100 000 evaluations").isLessThan(64 * 1024);
  }
}
