package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.report.TimelineCsv;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** examples/warm-pool-slow-start.yaml with and without its Stopped warm pool (aws-behaviour §6.5, §7.6). */
class WarmPoolRunTest {
  private static SimulationResult run(ScalingConfig c) {
    return Simulation.builder(c).load(dev.asgsim.simulator.load.LoadSpec.parse("step(20, 150@10m, 20@40m)")
        .render(90, 3)).checkInvariants(true).build().run();
  }

  /** The first launch into the group (launches into the warm pool are activities too, aws-behaviour §7.6). */
  private static Activity firstGroupLaunch(SimulationResult r) {
    return r.activities().stream().filter(x -> x.kind() == Activity.Kind.LAUNCH
        && !x.description().startsWith(INTO_POOL)).findFirst().orElseThrow();
  }

  private static Duration firstLaunch(SimulationResult r) {
    Activity a = firstGroupLaunch(r);
    return Duration.between(a.startTime(), a.endTime());
  }

  private static final String INTO_POOL = "Launching a new EC2 instance into warm pool: i-";

  @Test
  @DisplayName("§7.6 a Stopped pool turns the 75 s + 240 s hook cold start into 36 s + the hook's 5 s second run: "
      + "capacity sooner, less unserved demand, the pool's EBS and filling time on the bill")
  void poolAgainstNoPool() throws Exception {
    ScalingConfig pool = ConfigReader.read(Path.of("../examples/warm-pool-slow-start.yaml"));
    ScalingConfig none = pool.toBuilder().autoScalingGroup(pool.autoScalingGroup().toBuilder()
        .warmPoolConfiguration(null).build()).build();
    SimulationResult p = run(pool);
    SimulationResult n = run(none);
    // Launch activities end after InService + DefaultInstanceWarmup 60 s.
    assertThat(firstLaunch(p)).isEqualTo(Duration.ofSeconds(36 + 5 + 60));
    assertThat(firstGroupLaunch(p).description()).startsWith("Launching a new EC2 instance from warm pool: i-");
    assertThat(firstGroupLaunch(n).description()).startsWith("Launching a new EC2 instance: i-");
    assertThat(firstLaunch(n)).isEqualTo(Duration.ofSeconds(75 + 240 + 60));
    assertThat(p.scores().meanMinutesToCapacity()).isLessThan(n.scores().meanMinutesToCapacity());
    assertThat(p.scores().unservedDemand()).isLessThan(n.scores().unservedDemand());
    assertThat(n.scores().warmPoolCost()).isZero();
    assertThat(p.scores().warmPoolCost()).isPositive();
    assertThat(p.scores().cost()).isCloseTo(p.scores().instanceCost() + p.scores().surplusCreditCost()
        + p.scores().warmPoolCost() + p.scores().monitoringCost(), within(1e-12));
    Timeline t = p.timeline().orElseThrow();
    // MaxGroupPreparedCapacity 4: pool 3 at desired 1, 1 at desired 3 (aws-behaviour §7.6).
    assertThat(t.warmPool(5)).isEqualTo(3);
    assertThat(t.warmPool(30)).isEqualTo(1);
    assertThat(t.desired(30)).isEqualTo(3);
    // The pool fills through Warmed:Pending:Wait: 3 instances held by the hook after the 75 s boot.
    assertThat(t.hookWait(2)).isEqualTo(3);
    assertThat(TimelineCsv.render(t).lines().findFirst().orElseThrow()).endsWith(",hook_wait,warm_pool");
  }

  @Test
  @DisplayName("§7.6 [O] launches into the pool are activities in AWS's sample wording (\"Launching a new EC2 instance "
      + "into warm pool: i-0ea10fdc59a07df6e Duration: 260s\"): here the 75 s boot plus the 240 s hook; a warm start "
      + "keeps the pooled instance's id and Availability Zone")
  void intoPoolActivities() throws Exception {
    SimulationResult p = run(ConfigReader.read(Path.of("../examples/warm-pool-slow-start.yaml")));
    var into = p.activities().stream().filter(a -> a.description().startsWith(INTO_POOL)).toList();
    // Cold start: MaxGroupPreparedCapacity 4 - desired 1 = 3 at t0, then refills behind the scale-outs.
    assertThat(into).hasSizeGreaterThanOrEqualTo(3);
    assertThat(into.get(0).cause()).contains("an instance was launched into the warm pool",
        "increasing its size from 0 to 3");
    assertThat(into).allSatisfy(a -> {
      assertThat(a.kind()).isEqualTo(Activity.Kind.LAUNCH);
      assertThat(a.statusCode()).isEqualTo("Successful");
      assertThat(Duration.between(a.startTime(), a.endTime())).isEqualTo(Duration.ofSeconds(75 + 240));
    });
    Activity warm = firstGroupLaunch(p);
    Activity pooled = into.stream().filter(a -> a.instanceId().equals(warm.instanceId())).findFirst().orElseThrow();
    assertThat(warm.details()).isEqualTo(pooled.details()).contains("Availability Zone");
    assertThat(pooled.endTime()).isBefore(warm.startTime());
  }

  @Test
  @DisplayName("§7.6 [D] with ReuseOnScaleIn instances \"can be returned to the warm pool on scale in\": the scale-in "
      + "activity says so and the instance comes back to the pool with its id")
  void reuseOnScaleInActivities() throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/warm-pool-slow-start.yaml"));
    var g = c.autoScalingGroup();
    var w = g.warmPoolConfiguration();
    ScalingConfig reuse = c.toBuilder().autoScalingGroup(g.toBuilder().warmPoolConfiguration(
        new dev.asgsim.core.config.WarmPoolConfiguration(w.minSize(), w.maxGroupPreparedCapacity(), w.poolState(),
            new dev.asgsim.core.config.WarmPoolConfiguration.InstanceReusePolicy(true))).build()).build();
    SimulationResult r = run(reuse);
    var back = r.activities().stream().filter(a -> a.kind() == Activity.Kind.TERMINATE).toList();
    // Scale-in 3 -> 1: two instances go back; the pool (MaxGroupPreparedCapacity 4 - 1 = 3) counts them as coming
    // instead of launching two more and terminating the surplus when they arrive.
    assertThat(back).hasSize(2).allSatisfy(a -> {
      assertThat(a.description()).startsWith("Returning EC2 instance to warm pool: i-");
      assertThat(a.cause()).contains("shrinking the capacity from 3 to 1");
    });
    Instant scaleIn = back.get(0).startTime();
    assertThat(r.activities()).filteredOn(a -> a.description().startsWith(INTO_POOL)
        && !a.startTime().isBefore(scaleIn)).isEmpty();
    assertThat(r.timeline().orElseThrow().warmPool(89)).isEqualTo(3);
  }
}
