package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.simulator.event.InstanceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LifecycleHooksTest {
  private static LifecycleHookSpecification hook(String name, String transition, int timeout, String result) {
    return new LifecycleHookSpecification(name, transition, timeout, result, null, null, null);
  }

  private static LifecycleHooks hooks(List<LifecycleHookSpecification> specs, Map<String, HookTiming> timings) {
    return LifecycleHooks.of(specs, SimulationSettings.builder().lifecycleHooks(timings).build());
  }

  private record Event(long at, InstanceEvent event, LaunchReason reason) {}

  private static List<Event> run(Group g, long until, int desired, List<LaunchReason> abandoned) {
    return run(g, 0, until, desired, abandoned);
  }

  private static List<Event> run(Group g, long from, long until, int desired, List<LaunchReason> abandoned) {
    List<Event> events = new ArrayList<>();
    for (long t = from; t <= until; t += 5) {
      g.advance(t, desired, (at, e, s, n, az, r) -> events.add(new Event(at, e, r)),
          (at, seq, az, why) -> abandoned.add(why));
    }
    return events;
  }

  private static long at(List<Event> events, InstanceEvent e) {
    return events.stream().filter(x -> x.event() == e).mapToLong(Event::at).findFirst().orElse(-1);
  }

  @Test
  @DisplayName("§6.5 [D] \"timeout 1 h, one heartbeat after 30 min ⇒ 90 min in the wait state\"")
  void heartbeatExample() {
    assertThat(LifecycleHooks.deadline(3600, 1800, 1, -1)).isEqualTo(90 * 60);
    assertThat(LifecycleHooks.deadline(3600, null, null, -1)).isEqualTo(3600);
    // A heartbeat after the timeout comes too late to restart it.
    assertThat(LifecycleHooks.deadline(3600, 4000, 1, -1)).isEqualTo(3600);
  }

  @Test
  @DisplayName("§6.5 [D] heartbeats extend the wait up to the global limit min(48 h, 100 x HeartbeatTimeout)")
  void globalLimit() {
    assertThat(LifecycleHooks.deadline(30, 10, null, -1)).isEqualTo(3000);
    assertThat(LifecycleHooks.deadline(7200, 3600, null, -1)).isEqualTo(48 * 3600);
    // Work that ends at 5000 s with a heartbeat every 1000 s: the last heartbeat before it is at 4000 s.
    assertThat(LifecycleHooks.deadline(3600, 1000, null, 5000)).isEqualTo(4000 + 3600);
  }

  @Test
  @DisplayName("§6.5 [D] a 240 s launch hook: Pending at launch, Pending:Wait after the 75 s boot, registered and "
      + "InService only when the hook completes (75 + 240 s), and the grace period starts there")
  void launchHookDelaysInServiceAndGrace() {
    LifecycleHooks h = hooks(List.of(hook("app", LifecycleHookSpecification.LAUNCHING, 600, "ABANDON")),
        Map.of("app", new HookTiming(240, null, null, null, null)));
    // App start 400 s > grace 300 s: the instance fails its checks and is marked Unhealthy after the grace period.
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), true, 400, 300, false, 0), 1, h, WarmPool.NONE);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    List<Event> events = run(g, 100, 1, new ArrayList<>());
    assertThat(g.pending()).isEqualTo(1);
    assertThat(g.pendingWait()).isEqualTo(1);
    assertThat(g.waitingInHooks()).isEqualTo(1);
    events.addAll(run(g, 105, 1200, 1, new ArrayList<>()));
    assertThat(at(events, InstanceEvent.PENDING_WAIT)).isEqualTo(75);
    assertThat(at(events, InstanceEvent.IN_SERVICE)).isEqualTo(315);
    // Grace counted from InService (315 + 300 = 615), not from launch: the next 60 s health sweep is at 660.
    assertThat(at(events, InstanceEvent.MARKED_UNHEALTHY)).isEqualTo(660);
  }

  @Test
  @DisplayName("§6.5 [D] \"ABANDON ⇒ terminate & replace\": nothing completes the hook, so after HeartbeatTimeout "
      + "DefaultResult ABANDON terminates the instance before InService and the group owes a replacement")
  void abandonOnLaunchTerminatesAndReplaces() {
    LifecycleHooks h = hooks(List.of(hook("app", LifecycleHookSpecification.LAUNCHING, 60, null)), Map.of());
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 1, h, WarmPool.NONE);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    List<LaunchReason> why = new ArrayList<>();
    List<Event> events = run(g, 300, 1, why);
    assertThat(at(events, InstanceEvent.IN_SERVICE)).isEqualTo(-1);
    assertThat(at(events, InstanceEvent.TERMINATING)).isEqualTo(75 + 60);
    assertThat(why).containsExactly(LaunchReason.HOOK_ABANDONED);
    assertThat(g.nonTerminating()).isZero(); // the minute loop launches the replacement to hold desired
    assertThat(g.billedSeconds()).isEqualTo(135);
  }

  @Test
  @DisplayName("§6.5 [D] CONTINUE on timeout: the instance goes InService after the full HeartbeatTimeout")
  void continueOnTimeout() {
    LifecycleHooks h = hooks(List.of(hook("app", LifecycleHookSpecification.LAUNCHING, 120, "CONTINUE")), Map.of());
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 1, h, WarmPool.NONE);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(at(run(g, 300, 1, new ArrayList<>()), InstanceEvent.IN_SERVICE)).isEqualTo(75 + 120);
  }

  @Test
  @DisplayName("§6.5 [D] terminate hook: deregistered first (300 s delay), then Terminating:Wait for 120 s, billed "
      + "until terminated")
  void terminateHookAfterDeregistrationProlongsBilling() {
    LifecycleHooks h = hooks(List.of(hook("drain", LifecycleHookSpecification.TERMINATING, 600, "CONTINUE")),
        Map.of("drain", new HookTiming(120, null, null, null, null)));
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), true, 0, 0, false, 0), 1, h, WarmPool.NONE);
    g.start(0, 1, GroupListener.NONE);
    g.scaleIn(1000, 1, GroupTest.sink());
    List<Event> events = run(g, 1000, 1350, 0, new ArrayList<>());
    assertThat(g.terminating()).isEqualTo(1);
    assertThat(g.terminatingWait()).isEqualTo(1);
    events.addAll(run(g, 1355, 2000, 0, new ArrayList<>()));
    assertThat(at(events, InstanceEvent.TERMINATED)).isEqualTo(1000 + 300 + 120);
    assertThat(g.billedSeconds()).isEqualTo(1420);
  }

  @Test
  @DisplayName("§6.5 hold times drawn from HoldSeconds ± HoldJitterSeconds are seeded: same seed, same draws")
  void jitterIsSeeded() {
    LifecycleHooks h = hooks(List.of(hook("app", LifecycleHookSpecification.LAUNCHING, 600, "ABANDON")),
        Map.of("app", new HookTiming(240, 60, null, null, null)));
    long[] a = new long[20];
    long[] b = new long[20];
    SplittableRandom r1 = new SplittableRandom(5);
    SplittableRandom r2 = new SplittableRandom(5);
    for (int i = 0; i < 20; i++) {
      h.drawLaunch(r1, false);
      a[i] = h.seconds;
      h.drawLaunch(r2, false);
      b[i] = h.seconds;
    }
    assertThat(a).isEqualTo(b);
    assertThat(java.util.Arrays.stream(a).min().getAsLong()).isGreaterThanOrEqualTo(180);
    assertThat(java.util.Arrays.stream(a).max().getAsLong()).isLessThanOrEqualTo(300);
    assertThat(java.util.Arrays.stream(a).distinct().count()).isGreaterThan(1);
  }
}
