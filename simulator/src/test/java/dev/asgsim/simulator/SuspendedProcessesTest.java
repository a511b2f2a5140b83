package dev.asgsim.simulator;

import static dev.asgsim.simulator.CreditAndBehaviourTest.run;
import static dev.asgsim.simulator.CreditAndBehaviourTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.core.policy.Hold;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 13: {@code SuspendedProcesses} (aws-behaviour §7.8 [D], suspend/resume page: "Launch, Terminate,
 * AddToLoadBalancer, AlarmNotification, AZRebalance, HealthCheck, InstanceRefresh, ReplaceUnhealthy,
 * ScheduledActions"), each suspended for the whole run. The seed under a 30-minute burst scales 1 → 2 → 1.
 */
class SuspendedProcessesTest {
  private static final String BURST = "step(20, 90@10m, 20@40m)";

  private static SimulationResult burst(String... suspended) throws Exception {
    return run(seed(g -> g.suspendedProcesses(List.of(suspended)), s -> s), BURST, 90);
  }

  private static int max(int minutes, java.util.function.IntUnaryOperator column) {
    return IntStream.range(0, minutes).map(column).max().orElseThrow();
  }

  @Test
  @DisplayName("§7.8: nothing suspended, the burst scales 1 → 2 → 1 (the baseline of the tests below)")
  void baseline() throws Exception {
    SimulationResult r = burst();
    assertThat(r.decisions()).extracting(ScalingDecision::newDesired).containsExactly(2, 1);
    assertThat(r.scores().instancesLaunched()).isEqualTo(1);
    assertThat(r.scores().instancesTerminated()).isEqualTo(1);
  }

  @Test
  @DisplayName("§7.8 Launch suspended: desired still changes, no instance launches")
  void launch() throws Exception {
    SimulationResult r = burst("Launch");
    assertThat(r.decisions()).extracting(ScalingDecision::newDesired).startsWith(2);
    assertThat(r.scores().instancesLaunched()).isZero();
    Timeline t = r.timeline().orElseThrow();
    assertThat(max(90, t::inService)).isEqualTo(1);
    assertThat(r.notes()).anyMatch(n -> n.contains("Launch is suspended"));
  }

  @Test
  @DisplayName("§7.8 Terminate suspended: the scale-in lowers desired, but no instance terminates")
  void terminate() throws Exception {
    SimulationResult r = burst("Terminate");
    assertThat(r.decisions()).extracting(ScalingDecision::newDesired).containsExactly(2, 1);
    assertThat(r.scores().instancesTerminated()).isZero();
    assertThat(r.timeline().orElseThrow().inService(89)).isEqualTo(2);
  }

  @Test
  @DisplayName("§7.8 AlarmNotification suspended \"suspends all dynamic policies\": alarms change state, nothing scales")
  void alarmNotification() throws Exception {
    SimulationResult r = burst("AlarmNotification");
    assertThat(r.decisions()).isEmpty();
    Timeline t = r.timeline().orElseThrow();
    assertThat(IntStream.range(0, 90).map(t::alarmHigh).distinct().count()).as("AlarmHigh changes state")
        .isGreaterThanOrEqualTo(2);
    assertThat(r.scores().instancesLaunched()).isZero();
    // issue 17 item 3: the whole run is one "not scaled" record naming the suspension, and no policy proposed
    assertThat(r.notScaled()).singleElement().satisfies(n -> {
      assertThat(n.reason()).isEqualTo(Hold.SUSPENDED);
      assertThat(n.minutes()).isEqualTo(90);
    });
    assertThat(IntStream.range(0, 90).map(m -> t.proposed(0, m)).distinct().toArray())
        .containsExactly(Timeline.NO_PROPOSAL);
  }

  @Test
  @DisplayName("§7.8 ScheduledActions suspended: an action due during the run does not run")
  void scheduledActions() throws Exception {
    UnaryOperator<AutoScalingGroup.Builder> none = g -> g;
    long start = Simulation.DEFAULT_START.getEpochSecond();
    ScheduledAction due = ScheduledAction.builder().scheduledActionName("up").desiredCapacity(3)
        .startTime(Instant.ofEpochSecond(start + 20 * 60)).build();
    ScalingConfig on = seed(none, s -> s).toBuilder().scheduledActions(List.of(due)).build();
    assertThat(run(on, "const(20)", 60).decisions()).anyMatch(d -> d.source() == DecisionSource.SCHEDULED);
    ScalingConfig off = on.toBuilder().autoScalingGroup(on.autoScalingGroup().toBuilder()
        .suspendedProcesses(List.of("ScheduledActions")).build()).build();
    assertThat(run(off, "const(20)", 60).decisions()).noneMatch(d -> d.source() == DecisionSource.SCHEDULED);
  }

  @Test
  @DisplayName("§7.8 HealthCheck and ReplaceUnhealthy suspended: an app slower than the grace period is not replaced")
  void healthCheckAndReplaceUnhealthy() throws Exception {
    UnaryOperator<dev.asgsim.core.config.SimulationSettings.Builder> slow = s -> s.appStartSeconds(900);
    SimulationResult loops = run(seed(g -> g.maxSize(3), slow), "const(90)", 120);
    assertThat(loops.activities()).anyMatch(a -> a.cause().contains("health check"));
    for (String process : List.of("HealthCheck", "ReplaceUnhealthy")) {
      SimulationResult r = run(seed(g -> g.maxSize(3).suspendedProcesses(List.of(process)), slow), "const(90)", 120);
      assertThat(r.activities()).as(process).noneMatch(a -> a.cause().contains("health check"));
    }
  }

  @Test
  @DisplayName("§7.8 AddToLoadBalancer suspended: the scale-out's instance is InService but never serves; its idle CPU "
      + "still counts in the group's average")
  void addToLoadBalancer() throws Exception {
    SimulationResult r = burst("AddToLoadBalancer");
    Timeline t = r.timeline().orElseThrow();
    assertThat(max(90, t::inService)).isEqualTo(2);
    assertThat(max(90, t::serving)).isEqualTo(1);
    assertThat(r.scores().unservedPercent()).isGreaterThan(burst().scores().unservedPercent());
  }

  @Test
  @DisplayName("§7.8 AZRebalance suspended: no effect (the simulator does not rebalance zones), and the notes say so")
  void azRebalance() throws Exception {
    SimulationResult r = burst("AZRebalance");
    assertThat(r.scores()).isEqualTo(burst().scores());
    assertThat(r.notes()).anyMatch(n -> n.contains("AZRebalance") && n.contains("no effect"));
  }
}
