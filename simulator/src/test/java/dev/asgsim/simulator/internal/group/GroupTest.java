package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.event.InstanceEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupTest {
  static GroupParams params(List<String> azs, List<String> policies, boolean lb, int appStart, int grace,
      boolean protect, int lifetime) {
    return new GroupParams(azs, lb, lb, grace, policies, protect, lifetime, 0, 75, 0, appStart, 30, 5, 2, 60,
        lb ? 300 : 0, CreditParams.FIXED);
  }

  static final List<int[]> victims = new ArrayList<>();

  static Group.VictimSink sink() {
    victims.clear();
    return (t, seq, az, why) -> victims.add(new int[] {seq, az});
  }

  @Test
  @DisplayName("§7.2 [D]: new instances go to the AZ with the fewest instances")
  void launchesBalanceAzs() {
    Group g = new Group(params(List.of("a", "b", "c"), List.of("Default"), false, 0, 0, false, 0), 1);
    g.start(0, 4, GroupListener.NONE);
    g.launch(0, 2, LaunchReason.DESIRED_CHANGE, 0, true);
    g.advance(200, 6, GroupListener.NONE, sink());
    int[] perAz = new int[3];
    for (int i = 0; i < g.cohorts.size; i++) {
      perAz[g.cohorts.az[i]] += g.cohorts.count[i];
    }
    assertThat(perAz).containsExactly(2, 2, 2);
  }

  @Test
  @DisplayName("§6.4 [D] billing: per second from launch to termination, 60 s minimum")
  void billingHasASixtySecondMinimum() {
    Group g = new Group(params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.scaleIn(10, 1, sink());
    g.advance(100, 0, GroupListener.NONE, sink());
    assertThat(g.billedSeconds()).isEqualTo(60);
    g.launch(200, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.advance(500, 1, GroupListener.NONE, sink());
    g.finish(500);
    assertThat(g.billedSeconds()).isEqualTo(60 + 300);
  }

  @Test
  @DisplayName("§6.1 [D]: one passing ALB check after registration; §6.4: LB registration before InService")
  void newTargetNeedsOnePass() {
    Group g = new Group(params(List.of("a"), List.of("Default"), true, 30, 300, false, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 300, true);
    g.advance(74, 1, GroupListener.NONE, sink());
    assertThat(g.pending()).isEqualTo(1);
    g.advance(75, 1, GroupListener.NONE, sink());
    assertThat(g.inService()).isEqualTo(1);
    assertThat(g.serving()).isZero();
    g.advance(105, 1, GroupListener.NONE, sink());
    assertThat(g.serving()).isEqualTo(1);
    assertThat(g.warm()).isZero();
    assertThat(g.warmingScaleOut()).isEqualTo(1);
    g.advance(375, 1, GroupListener.NONE, sink());
    assertThat(g.warm()).isEqualTo(1);
    assertThat(g.warmingScaleOut()).isZero();
  }

  @Test
  @DisplayName("§6.1, §6.2 [D]: an app slower than grace fails 2 checks, is marked Unhealthy after grace and replaced")
  void slowAppIsReplacedAfterGrace() {
    Group g = new Group(params(List.of("a"), List.of("Default"), true, 600, 300, false, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    List<InstanceEvent> events = new ArrayList<>();
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    for (long t = 0; t <= 500; t += 10) {
      g.advance(t, 1, (at, e, s, n, az, r) -> events.add(e), sink());
    }
    assertThat(events).contains(InstanceEvent.LB_UNHEALTHY, InstanceEvent.MARKED_UNHEALTHY,
        InstanceEvent.TERMINATING);
    assertThat(events).doesNotContain(InstanceEvent.LB_HEALTHY);
    // InService at 75, grace ends at 375, next health sweep at 420.
    assertThat(g.nonTerminating()).isZero();
    assertThat(g.takeLaunchReason()).isEqualTo(LaunchReason.HEALTH_REPLACEMENT);
  }

  @Test
  @DisplayName("§6.3 [D]: unhealthy instances are replaced at most 10 % of desired at a time (at least one)")
  void replacementIsBatched() {
    Group g = new Group(params(List.of("a"), List.of("Default"), true, 600, 0, false, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 20, LaunchReason.DESIRED_CHANGE, 0, true);
    int[] inService = new int[1];
    g.advance(200, 20, (t, e, s, n, az, r) -> inService[0] += e == InstanceEvent.IN_SERVICE ? n : 0, sink());
    // grace 0: marked at the first sweep after 2 failed checks (75 + 60 = 135 -> 180): 2 of 20 at a time.
    assertThat(victims).hasSize(2);
    // The split-off pair is not reported InService a second time.
    assertThat(inService[0]).isEqualTo(20);
  }

  @Test
  @DisplayName("§7.5 [D]: MaxInstanceLifetime replaces one instance at a time")
  void lifetimeReplacesOneAtATime() {
    Group g = new Group(params(List.of("a"), List.of("Default"), false, 0, 0, false, 86_400), 1);
    g.start(0, 3, GroupListener.NONE);
    g.advance(86_400, 3, GroupListener.NONE, sink());
    assertThat(victims).hasSize(1);
    assertThat(g.takeLaunchReason()).isEqualTo(LaunchReason.MAX_LIFETIME);
  }

  @Test
  @DisplayName("§2.2 item 6a, §6.4 [D]: a scale-in at the last advance without deregistration delay leaves the"
      + " terminating count when terminated, not at some later event")
  void scaleInWithoutDelayLeavesTheTerminatingCount() {
    // No load balancer: nothing to deregister from, so Terminating -> Terminated at once (aws-behaviour §6.4). AWS
    // counts "instances that are terminating as part of the current capacity" (§2.2 item 6a) only while terminating.
    Group g = new Group(params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 1);
    g.start(0, 3, GroupListener.NONE);
    g.advance(600, 3, GroupListener.NONE, sink());
    g.scaleIn(600, 1, sink());
    assertThat(g.terminating()).isEqualTo(1); // selected at 600, the group's clock still stands at 600
    List<long[]> terminated = new ArrayList<>();
    g.advance(660, 2, (t, e, s, n, az, r) -> {
      if (e == InstanceEvent.TERMINATED) {
        terminated.add(new long[] {t, n});
      }
    }, sink());
    assertThat(g.terminating()).isZero();
    assertThat(g.inService()).isEqualTo(2);
    assertThat(g.terminatedTotal()).isEqualTo(1);
    assertThat(terminated).containsExactly(new long[] {600, 1});
    // Billed until terminated at 600 (aws-behaviour §6.4), not until the end of the run.
    g.advance(3600, 2, GroupListener.NONE, sink());
    g.finish(3600);
    assertThat(g.billedSeconds()).isEqualTo(2 * 3600 + 600);
  }

  @Test
  @DisplayName("§7.5 [D], §6.4: the cohort after a lifetime victim terminated in the same pass still reports its own"
      + " launch and InService")
  void cohortAfterASameAdvanceVictimKeepsItsEvents() {
    for (boolean everyCohort : new boolean[] {false, true}) {
      // No load balancer: the victim goes Terminating -> Terminated at once (aws-behaviour §6.4), in the pass that
      // detached it from its cohort (aws-behaviour §7.5 "replaces one instance at a time").
      Group g = new Group(params(List.of("a"), List.of("Default"), false, 0, 0, false, 86_400), 1);
      if (everyCohort) {
        g.generalPathOnly();
      }
      g.start(0, 3, GroupListener.NONE);
      g.advance(86_000, 3, GroupListener.NONE, sink());
      g.launch(86_100, 1, LaunchReason.DESIRED_CHANGE, 0, true);
      List<String> events = new ArrayList<>();
      g.advance(86_400, 4, (t, e, s, n, az, r) -> events.add(t + " " + e + " " + n), sink());
      assertThat(victims).as("every cohort counted: %s", everyCohort).hasSize(1);
      assertThat(events).as("every cohort counted: %s", everyCohort)
          .contains("86100 LAUNCHED 1", "86400 TERMINATED 1")
          .filteredOn(e -> e.contains("IN_SERVICE")).hasSize(1);
    }
  }
}
