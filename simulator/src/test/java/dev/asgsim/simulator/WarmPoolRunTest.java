package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.report.TimelineCsv;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** examples/warm-pool-slow-start.yaml with and without its Stopped warm pool (aws-behaviour §6.5, §7.6). */
class WarmPoolRunTest {
  private static SimulationResult run(ScalingConfig c) {
    return Simulation.builder(c).load(dev.asgsim.simulator.load.LoadSpec.parse("step(20, 150@10m, 20@40m)")
        .render(90, 3)).checkInvariants(true).build().run();
  }

  private static Duration firstLaunch(SimulationResult r) {
    Activity a = r.activities().stream().filter(x -> x.kind() == Activity.Kind.LAUNCH).findFirst().orElseThrow();
    return Duration.between(a.startTime(), a.endTime());
  }

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
    assertThat(p.activities()).filteredOn(a -> a.kind() == Activity.Kind.LAUNCH).first()
        .satisfies(a -> assertThat(a.description()).startsWith("Launching a new EC2 instance from warm pool: i-"));
    assertThat(n.activities()).filteredOn(a -> a.kind() == Activity.Kind.LAUNCH).first()
        .satisfies(a -> assertThat(a.description()).startsWith("Launching a new EC2 instance: i-"));
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
}
