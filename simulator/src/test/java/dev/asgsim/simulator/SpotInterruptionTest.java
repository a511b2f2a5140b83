package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spot interruptions and Capacity Rebalancing over whole runs (aws-behaviour §7.7). */
class SpotInterruptionTest {
  /** A hazard high enough that a two-hour run of 7 Spot instances sees several recommendations. */
  private static final double RATE = 1.0;
  private static final int LEAD = 600;

  @Test
  @DisplayName("§7.7 without Capacity Rebalancing: \"Before interrupting an instance, Amazon EC2 always gives both an EC2 "
      + "instance rebalance recommendation and a Spot two-minute instance interruption notice\"; the instance is "
      + "interrupted 120 s after the notice and only then, \"after ... their health check fails\", replaced")
  void withoutCapacityRebalancingTheInstanceIsReplacedAfterItsInterruption() throws Exception {
    Events e = new Events();
    SimulationResult r = run(config(false, RATE, LEAD, 10), 1, e);
    assertThat(r.scores().spotInterruptions()).isPositive();
    assertThat(r.scores().capacityRebalanceLaunches()).isZero();
    assertThat(e.recommended).isNotEmpty();
    for (var rec : e.recommended.entrySet()) {
      Long interrupted = e.interrupted.get(rec.getKey());
      if (interrupted != null) {
        assertThat(interrupted).isEqualTo(rec.getValue() + LEAD + SpotSettings.INTERRUPTION_NOTICE_SECONDS);
      }
    }
    List<Activity> taken = r.activities().stream().filter(a -> a.cause().endsWith(
        "an instance was taken out of service in response to an EC2 health check indicating it has been terminated "
            + "or stopped.")).toList();
    assertThat(taken).hasSize(r.scores().spotInterruptions());
    for (Activity a : taken) {
      // Taken out at the first health check after the interruption, not before.
      assertThat(a.startTime().getEpochSecond()).isGreaterThanOrEqualTo(e.interrupted.get(a.instanceId()));
      // The group holds desired: a replacement launches at that health check (aws-behaviour §7.1).
      assertThat(r.activities()).anyMatch(l -> l.kind() == Activity.Kind.LAUNCH
          && l.startTime().equals(a.startTime()));
    }
  }

  @Test
  @DisplayName("§7.7 with Capacity Rebalancing: on the recommendation it launches a replacement and \"waits until the "
      + "new instance passes its health check before it terminates the previous instance\"")
  void capacityRebalancingLaunchesBeforeTerminating() throws Exception {
    Events e = new Events();
    SimulationResult r = run(config(true, RATE, LEAD, 10), 1, e);
    assertThat(r.scores().capacityRebalanceLaunches()).isPositive();
    List<Activity> launches = r.activities().stream().filter(a -> a.cause().contains(
        "an instance was launched in response to an EC2 instance rebalance recommendation")).toList();
    List<Activity> old = r.activities().stream().filter(a -> a.cause().contains(
        "an instance was taken out of service in response to an EC2 instance rebalance recommendation")).toList();
    assertThat(launches).hasSize(r.scores().capacityRebalanceLaunches());
    assertThat(old).isNotEmpty().hasSizeLessThanOrEqualTo(launches.size());
    for (Activity term : old) {
      long rec = e.recommended.get(term.instanceId());
      long goes = term.startTime().getEpochSecond();
      // A replacement launched after the old one's recommendation (waiting, if need be, for room over MaxSize), and
      // the old one goes exactly when that replacement's target turned healthy, which is after its launch.
      assertThat(launches).anySatisfy(l -> {
        assertThat(l.startTime().getEpochSecond()).isBetween(rec, goes - 1);
        assertThat(e.lbHealthy.get(l.instanceId())).isEqualTo(goes);
      });
    }
  }

  @Test
  @DisplayName("§7.7: \"Amazon EC2 Auto Scaling can temporarily exceed the group's maximum size by up to 10 percent of "
      + "the desired capacity\" (at least one instance): at MaxSize 10 the group never holds more than 11")
  void capacityRebalancingExceedsMaxSizeByAtMostTenPercentOfDesired() throws Exception {
    SimulationResult r = run(config(true, RATE, LEAD, 10), 3, new Events());
    // Instances alive over time from the activities: launched at their launch's start, gone at their termination's end.
    TreeMap<Long, Integer> delta = new TreeMap<>();
    for (Activity a : r.activities()) {
      if (a.kind() == Activity.Kind.LAUNCH) {
        delta.merge(a.startTime().getEpochSecond(), 1, Integer::sum);
      } else if (a.endTime() != null) {
        delta.merge(a.endTime().getEpochSecond(), -1, Integer::sum);
      }
    }
    int alive = 10; // the group at the start
    int most = alive;
    for (int d : delta.values()) {
      alive += d;
      most = Math.max(most, alive);
    }
    assertThat(r.scores().capacityRebalanceLaunches()).isPositive();
    assertThat(most).isEqualTo(11); // MaxSize 10 + max(1, 10 % of 10)
  }

  @Test
  @DisplayName("§7.7: the same seed gives the same interruptions; without Simulation.Spot.InterruptionsPerInstanceHour "
      + "(AWS publishes no rate) nothing is interrupted, the run is the one without Spot settings, and the notes say so")
  void seededAndOffWithoutARate() throws Exception {
    SimulationResult a = run(config(false, RATE, LEAD, 10), 7, new Events());
    SimulationResult b = run(config(false, RATE, LEAD, 10), 7, new Events());
    assertThat(a.scores()).isEqualTo(b.scores());
    assertThat(a.activities()).isEqualTo(b.activities());
    SimulationResult off = run(config(false, null, null, 10), 7, new Events());
    assertThat(off.scores().spotInterruptions()).isZero();
    assertThat(off.notes()).anyMatch(n -> n.startsWith("Spot interruptions are not simulated"));
    assertThat(a.notes()).anyMatch(n -> n.startsWith("Spot interruptions (aws-behaviour §7.7)"));
  }

  /** The step-scaling example as a 10-instance group with 70 % Spot above a base of 0. */
  private static ScalingConfig config(boolean capacityRebalance, Double rate, Integer lead, int size)
      throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    var mixed = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("web", "$Latest"),
        List.of(new LaunchTemplateOverride("c6i.large", null, null, null))),
        new MixedInstancesPolicy.InstancesDistribution(null, 0, 30, "capacity-optimized", null, null));
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().launchTemplate(null).mixedInstancesPolicy(mixed)
            .capacityRebalance(capacityRebalance).minSize(size).maxSize(size).desiredCapacity(size).build())
        .simulation(c.effectiveSimulation().toBuilder().spot(new SpotSettings(70.0, null, null, rate, lead)).build()).build();
  }

  private static SimulationResult run(ScalingConfig c, long seed, Events e) {
    return Simulation.builder(c).load(LoadSpec.parse("const(20)").render(120, 1)).seed(seed).listener(e)
        .checkInvariants(true).build().run();
  }

  /** The first time each instance got each Spot event, and when its target turned healthy. */
  private static final class Events implements SimulationListener {
    final Map<String, Long> recommended = new HashMap<>();
    final Map<String, Long> interrupted = new HashMap<>();
    final Map<String, Long> lbHealthy = new HashMap<>();

    @Override
    public void onInstanceEvent(long t, InstanceEvent ev, String id, int n, String az) {
      switch (ev) {
        case REBALANCE_RECOMMENDATION -> recommended.putIfAbsent(id, t);
        case INTERRUPTED -> interrupted.putIfAbsent(id, t);
        case LB_HEALTHY -> lbHealthy.putIfAbsent(id, t);
        default -> { }
      }
    }
  }
}
