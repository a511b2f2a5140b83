package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.config.WarmPoolSettings;
import dev.asgsim.simulator.event.InstanceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarmPoolTest {
  private static final LifecycleHookSpecification APP = new LifecycleHookSpecification("app",
      LifecycleHookSpecification.LAUNCHING, 600, "ABANDON", null, null, null);

  private static Group group(WarmPoolConfiguration w, int maxSize, Map<String, HookTiming> timings) {
    return group(w, maxSize, timings, false);
  }

  private static Group group(WarmPoolConfiguration w, int maxSize, Map<String, HookTiming> timings, boolean protect) {
    SimulationSettings s = SimulationSettings.builder().lifecycleHooks(timings).build();
    AutoScalingGroup g = AutoScalingGroup.builder().autoScalingGroupName("g").minSize(1).maxSize(maxSize)
        .warmPoolConfiguration(w).lifecycleHookSpecificationList(timings.isEmpty() ? null : List.of(APP)).build();
    LifecycleHooks hooks = LifecycleHooks.of(g.lifecycleHookSpecificationList(), s);
    return new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, protect, 0), 1, hooks,
        WarmPool.of(g, s, hooks));
  }

  private static long inServiceAt(Group g, long from, long to, int desired) {
    long[] at = {-1};
    for (long t = from; t <= to; t += 1) {
      g.advance(t, desired, (e, ev, s, n, az, r) -> {
        if (ev == InstanceEvent.IN_SERVICE && at[0] < 0) {
          at[0] = e;
        }
      }, GroupTest.sink());
    }
    return at[0];
  }

  @Test
  @DisplayName("§7.6 [D] pool size max(MinSize, P - desired): desired 6, max 10 ⇒ 4; MaxGroupPreparedCapacity 8 ⇒ 2; "
      + "desired above P ⇒ 0 unless MinSize")
  void sizeRule() {
    assertThat(WarmPool.targetSize(0, 10, 6)).isEqualTo(4);
    assertThat(WarmPool.targetSize(0, 8, 6)).isEqualTo(2);
    assertThat(WarmPool.targetSize(0, 8, 9)).isZero();
    assertThat(WarmPool.targetSize(2, 8, 9)).isEqualTo(2);
    Group g = group(new WarmPoolConfiguration(null, null, null, null), 10, Map.of());
    g.start(0, 6, GroupListener.NONE);
    g.advance(0, 6, GroupListener.NONE, GroupTest.sink());
    assertThat(g.pool().size()).isEqualTo(4);
    Group prepared = group(new WarmPoolConfiguration(null, 8, null, null), 10, Map.of());
    prepared.start(0, 6, GroupListener.NONE);
    prepared.advance(0, 6, GroupListener.NONE, GroupTest.sink());
    assertThat(prepared.pool().size()).isEqualTo(2);
  }

  @Test
  @DisplayName("§7.6 [D] \"the launch hook runs twice for pooled instances\": filling takes the 75 s launch plus the "
      + "240 s hook in Warmed:Pending:Wait; a scale-out then starts it in 36 s (Stopped) and the hook runs again")
  void hookRunsTwice() {
    Group g = group(new WarmPoolConfiguration(null, null, "Stopped", null), 3,
        Map.of("app", new HookTiming(240, null, "CONTINUE", null, null)));
    g.start(0, 1, GroupListener.NONE);
    g.advance(0, 1, GroupListener.NONE, GroupTest.sink());
    assertThat(g.pool().size()).isEqualTo(2);
    assertThat(g.pool().warmed(314)).isZero();
    assertThat(g.pool().warmed(315)).isEqualTo(2);
    g.advance(400, 1, GroupListener.NONE, GroupTest.sink());
    g.launch(400, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(inServiceAt(g, 401, 1000, 2)).isEqualTo(400 + 36 + 240);
    // The pool refills behind the scale-out: P - desired = 3 - 2 = 1 (it was 2, one left).
    assertThat(g.pool().size()).isEqualTo(1);
  }

  @Test
  @DisplayName("§7.6 warm start well under a minute when the hook's second run finds the work done "
      + "(WarmStartHoldSeconds 5): 36 + 5 s instead of 75 + 240 s cold; a depleted pool launches cold")
  void warmStartAgainstCold() {
    Map<String, HookTiming> t = Map.of("app", new HookTiming(240, null, null, null, null, 5));
    Group g = group(new WarmPoolConfiguration(null, null, "Stopped", null), 2, t);
    g.start(0, 1, GroupListener.NONE);
    g.fillPool(0, 1);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(inServiceAt(g, 0, 100, 2)).isEqualTo(41);
    Group empty = group(new WarmPoolConfiguration(null, null, "Stopped", null), 2, t);
    empty.start(0, 1, GroupListener.NONE);
    empty.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(inServiceAt(empty, 0, 400, 2)).isEqualTo(75 + 240);
  }

  @Test
  @DisplayName("§7.6 [D] ReuseOnScaleIn sends a scaled-in instance back to the pool instead of terminating it")
  void reuseOnScaleIn() {
    Group g = group(new WarmPoolConfiguration(0, 2, "Stopped",
        new WarmPoolConfiguration.InstanceReusePolicy(true)), 4, Map.of());
    g.start(0, 2, GroupListener.NONE);
    g.advance(0, 2, GroupListener.NONE, GroupTest.sink());
    assertThat(g.pool().size()).isZero(); // P 2 - desired 2
    g.scaleIn(100, 1, GroupTest.sink());
    g.advance(101, 1, GroupListener.NONE, GroupTest.sink());
    assertThat(g.pool().size()).isEqualTo(1);
    assertThat(g.pool().launchedIntoPool()).isZero(); // it came back, nothing was launched into the pool
  }

  @Test
  @DisplayName("§7.6 [D] ReuseOnScaleIn sends back a cohort taken whole too: its last instance terminates in its own "
      + "slot, the others split off")
  void reuseOnScaleInOfAWholeCohort() {
    Group g = group(new WarmPoolConfiguration(0, 3, "Stopped",
        new WarmPoolConfiguration.InstanceReusePolicy(true)), 4, Map.of());
    g.start(0, 3, GroupListener.NONE);
    g.advance(0, 3, GroupListener.NONE, GroupTest.sink());
    assertThat(g.pool().size()).isZero(); // P 3 - desired 3
    assertThat(g.cohortCount()).as("one launch, one cohort").isEqualTo(1);
    assertThat(g.scaleIn(100, 3, GroupTest.sink())).isEqualTo(3);
    g.advance(101, 0, GroupListener.NONE, GroupTest.sink());
    assertThat(g.pool().size()).isEqualTo(3);
    assertThat(g.pool().launchedIntoPool()).isZero(); // they came back, nothing was launched into the pool
  }

  @Test
  @DisplayName("§7.4, §7.6 [D] ReuseOnScaleIn with every instance protected from scale-in: \"its desired capacity is "
      + "decremented. However, the Auto Scaling group can't terminate the required number of instances\", so none "
      + "returns to the pool, and the pool keeps \"the difference between the group's maximum capacity and its "
      + "desired capacity\": P 4 - desired 1 = 3, as without ReuseOnScaleIn")
  void protectedInstancesDoNotReturnToThePool() {
    for (boolean reuse : new boolean[] {true, false}) {
      Group g = group(new WarmPoolConfiguration(0, 4, "Stopped", new WarmPoolConfiguration.InstanceReusePolicy(reuse)),
          10, Map.of(), true);
      g.start(0, 3, GroupListener.NONE);
      g.advance(0, 3, GroupListener.NONE, GroupTest.sink());
      assertThat(g.pool().size()).as("P 4 - desired 3").isEqualTo(1);
      int launched = g.pool().launchedIntoPool();
      assertThat(g.scaleIn(100, 2, GroupTest.sink())).as("units scaled in").isZero();
      assertThat(GroupTest.victims).isEmpty();
      g.advance(101, 1, GroupListener.NONE, GroupTest.sink());
      g.advance(2000, 1, GroupListener.NONE, GroupTest.sink());
      assertThat(g.nonTerminating()).as("the protected instances stay in service").isEqualTo(3);
      assertThat(g.pool().size()).as("reuse " + reuse).isEqualTo(3);
      assertThat(g.pool().launchedIntoPool() - launched).as("reuse " + reuse).isEqualTo(2);
    }
  }

  @Test
  @DisplayName("§7.6 [D] cost: a Stopped pool pays EBS only (4 x 8 GiB x 0.08 USD per GiB-month for an hour); a "
      + "Running pool pays the instance price")
  void cost() {
    Group stopped = group(new WarmPoolConfiguration(null, null, "Stopped", null), 10, Map.of());
    stopped.start(0, 6, GroupListener.NONE);
    stopped.fillPool(0, 6);
    stopped.finish(3600);
    assertThat(stopped.pool().cost(0.0116)).isCloseTo(4 * 8 * 0.08 / 730, within(1e-12));
    Group running = group(new WarmPoolConfiguration(null, null, "Running", null), 10, Map.of());
    running.start(0, 6, GroupListener.NONE);
    running.fillPool(0, 6);
    running.finish(3600);
    assertThat(running.pool().cost(0.0116)).isCloseTo(4 * 0.0116, within(1e-12));
  }

  private static final LifecycleHookSpecification DRAIN = new LifecycleHookSpecification("drain",
      LifecycleHookSpecification.TERMINATING, 300, "CONTINUE", null, null, null);

  /** A group in {@code azs} with the launch hook "app" (240 s), the terminate hook "drain" (60 s) and {@code ws}. */
  private static Group hooked(WarmPoolConfiguration w, int maxSize, List<String> azs, WarmPoolSettings ws) {
    SimulationSettings s = SimulationSettings.builder().warmPool(ws).lifecycleHooks(Map.of(
        "app", new HookTiming(240, null, "CONTINUE", null, null), "drain", new HookTiming(60, null, null, null, null)))
        .build();
    AutoScalingGroup g = AutoScalingGroup.builder().autoScalingGroupName("g").minSize(1).maxSize(maxSize)
        .warmPoolConfiguration(w).lifecycleHookSpecificationList(List.of(APP, DRAIN)).build();
    LifecycleHooks hooks = LifecycleHooks.of(g.lifecycleHookSpecificationList(), s);
    return new Group(GroupTest.params(azs, List.of("Default"), false, 0, 0, false, 0), 1, hooks,
        WarmPool.of(g, s, hooks));
  }

  /** Instance events as (time, event, seq, az). */
  private record Ev(long t, InstanceEvent e, int seq, int az) {}

  private static List<Ev> advance(Group g, long from, long to, int desired) {
    List<Ev> events = new ArrayList<>();
    for (long t = from; t <= to; t++) {
      g.advance(t, desired, (at, e, seq, n, az, r) -> events.add(new Ev(at, e, seq, az)), GroupTest.sink());
    }
    return events;
  }

  private static List<Ev> of(List<Ev> events, InstanceEvent e) {
    return events.stream().filter(x -> x.e() == e).toList();
  }

  @Test
  @DisplayName("§7.6 [D] \"While there is no health check grace period for warm pool instances, Amazon EC2 Auto "
      + "Scaling doesn't start checking instance health until the lifecycle hook finishes\"; \"When an instance is "
      + "found to be unhealthy, Amazon EC2 Auto Scaling automatically deletes the unhealthy instance and creates a new "
      + "one to replace it\"")
  void unhealthyPoolInstancesAreReplaced() {
    // 288 failures per instance-day: one every 5 minutes on average, terminated 120 s after the failed check.
    Group g = hooked(new WarmPoolConfiguration(null, null, "Stopped", null), 4, List.of("a"),
        new WarmPoolSettings(null, null, null, null, null, null, 288.0, 120));
    g.start(0, 1, GroupListener.NONE);
    List<Ev> events = advance(g, 0, 6 * 3600, 1);
    List<Ev> unhealthy = of(events, InstanceEvent.MARKED_UNHEALTHY);
    assertThat(unhealthy).hasSizeGreaterThan(5);
    for (Ev u : unhealthy) {
      // Checked only in the pool state, after the 75 s boot and the 240 s hook in Warmed:Pending:Wait.
      long warmed = of(events, InstanceEvent.WARMED).stream().filter(w -> w.seq() == u.seq()).findFirst()
          .orElseThrow().t();
      assertThat(u.t()).isGreaterThan(warmed);
      if (u.t() + 120 > 6 * 3600) {
        continue; // the run ends before its termination
      }
      Ev out = of(events, InstanceEvent.WARMED_TERMINATING).stream().filter(w -> w.seq() == u.seq()).findFirst()
          .orElseThrow();
      assertThat(out.t()).isEqualTo(u.t() + 120);
    }
    // Each one replaced: launched into the pool beyond the first 3, and the pool held at MaxSize 4 - desired 1.
    assertThat(g.pool().launchedIntoPool()).isGreaterThanOrEqualTo(3 + unhealthy.size() - 1);
    assertThat(g.pool().size()).isEqualTo(3);
    // Without the setting (AWS publishes no failure rate) nothing fails.
    Group quiet = hooked(new WarmPoolConfiguration(null, null, "Stopped", null), 4, List.of("a"), null);
    quiet.start(0, 1, GroupListener.NONE);
    assertThat(of(advance(quiet, 0, 6 * 3600, 1), InstanceEvent.MARKED_UNHEALTHY)).isEmpty();
  }

  @Test
  @DisplayName("the pool's next clock after each second is its next Warmed, Warmed:Terminating or Warmed:Terminated "
      + "event, over 6 hours of pool instances failing and being replaced")
  void nextEventAfterIsThePoolsNextClock() {
    Group g = hooked(new WarmPoolConfiguration(null, null, "Stopped", null), 4, List.of("a"),
        new WarmPoolSettings(null, null, null, null, null, null, 288.0, 120));
    g.start(0, 1, GroupListener.NONE);
    long end = 6 * 3600;
    long[] next = new long[(int) end + 1];
    List<Ev> events = new ArrayList<>();
    for (long t = 0; t <= end; t++) {
      events.addAll(advance(g, t, t, 1));
      next[(int) t] = g.pool().nextEventAfter(t);
    }
    long[] clocks = events.stream().filter(e -> e.e() == InstanceEvent.WARMED
        || e.e() == InstanceEvent.WARMED_TERMINATING || e.e() == InstanceEvent.WARMED_TERMINATED)
        .mapToLong(Ev::t).sorted().toArray();
    assertThat(clocks).hasSizeGreaterThan(150);
    int k = 0;
    int checked = 0;
    for (long t = 0; t <= end; t++) {
      while (k < clocks.length && clocks[k] <= t) {
        k++;
      }
      if (k < clocks.length) {
        assertThat(next[(int) t]).as("at %d s", t).isEqualTo(clocks[k]);
        checked++;
      } else {
        assertThat(next[(int) t]).as("at %d s, after the last event", t).isGreaterThan(end);
      }
    }
    assertThat(checked).isGreaterThan(20_000);
  }

  @Test
  @DisplayName("§6.4, §6.5 [D] a shrinking pool terminates its instances through Warmed:Terminating and the "
      + "terminate hook's Warmed:Terminating:Wait (60 s here), billed until Warmed:Terminated; newest first from the "
      + "AZ with the most")
  void poolShrinksThroughTerminatingWait() {
    Group g = hooked(new WarmPoolConfiguration(null, null, "Stopped", null), 5, List.of("a", "b"), null);
    g.start(0, 1, GroupListener.NONE);
    advance(g, 0, 10, 1);
    assertThat(g.pool().size()).isEqualTo(4);
    assertThat(g.pool().inAz(0)).isEqualTo(2);
    assertThat(g.pool().inAz(1)).isEqualTo(2);
    // Desired 1 -> 3 before any pool instance is warmed: both launch cold, and the pool's target falls to 2.
    g.launch(20, 2, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(g.lastWarmStarts()).isZero();
    List<Ev> events = new ArrayList<>(advance(g, 20, 50, 3));
    // Within the wait both count as waiting in hooks (the timeline's hook_wait), not as pool instances.
    assertThat(g.waitingInHooks()).isEqualTo(2);
    assertThat(g.pool().size()).isEqualTo(2);
    assertThat(g.pool().terminating()).isEqualTo(2);
    events.addAll(advance(g, 51, 200, 3));
    List<Ev> out = of(events, InstanceEvent.WARMED_TERMINATING);
    assertThat(out).hasSize(2).allSatisfy(e -> assertThat(e.t()).isEqualTo(20));
    assertThat(out).extracting(Ev::az).containsExactlyInAnyOrder(0, 1);
    assertThat(of(events, InstanceEvent.WARMED_TERMINATING_WAIT)).hasSize(2);
    assertThat(of(events, InstanceEvent.WARMED_TERMINATED)).hasSize(2).allSatisfy(e -> assertThat(e.t()).isEqualTo(80));
    assertThat(g.pool().size()).isEqualTo(2);
    assertThat(g.pool().terminating()).isZero();
  }

  @Test
  @DisplayName("§7.6, §7.2 [D] pooled instances keep their id and Availability Zone: the pool fills its emptiest AZs, "
      + "a warm start puts capacity back in the AZ its instance was in (the group's emptiest that has one)")
  void warmStartsKeepTheirAz() {
    Group g = hooked(new WarmPoolConfiguration(null, null, "Stopped", null), 5, List.of("a", "b"), null);
    g.start(0, 1, GroupListener.NONE); // i-0 in a
    List<Ev> filled = advance(g, 0, 400, 1);
    List<Ev> into = of(filled, InstanceEvent.WARMED_PENDING);
    assertThat(into).extracting(Ev::az).containsExactly(0, 1, 0, 1);
    g.launch(401, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    List<Ev> started = advance(g, 401, 1000, 2);
    Ev launched = of(started, InstanceEvent.LAUNCHED).get(0);
    // The group has 1 in a, 0 in b: the warmed instance in b starts, with the id it had in the pool.
    assertThat(launched.az()).isEqualTo(1);
    assertThat(into).filteredOn(e -> e.az() == 1).extracting(Ev::seq).contains(launched.seq());
    assertThat(of(started, InstanceEvent.IN_SERVICE)).extracting(Ev::seq).contains(launched.seq());
  }
}
