package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditAndBehaviourTest {
  static ScalingConfig seed(UnaryOperator<AutoScalingGroup.Builder> group,
      UnaryOperator<SimulationSettings.Builder> sim) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    return c.toBuilder()
        .autoScalingGroup(group.apply(c.autoScalingGroup().toBuilder()).build())
        .simulation(sim.apply(c.simulation().toBuilder()).build())
        .build();
  }

  static SimulationResult run(ScalingConfig c, String spec, int minutes) {
    return Simulation.builder(c).load(LoadSpec.parse(spec).render(minutes, 3)).checkInvariants(true).build().run();
  }

  @Test
  @DisplayName("§11.2 [D]: t2.nano at 90 % spends 0.9 and earns 0.05 credit/min: net 0.85")
  void t2NanoCreditRates() throws Exception {
    ScalingConfig c = seed(g -> g.maxSize(1), s -> s);
    Timeline t = run(c, "const(90)", 10).timeline().orElseThrow();
    assertThat(t.credits(0)).isCloseTo(30 - 0.85, within(1e-9));
    assertThat(t.credits(9)).isCloseTo(30 - 10 * 0.85, within(1e-9));
    Timeline idle = run(c, "const(0)", 10).timeline().orElseThrow();
    // 30 launch credits are above nothing; earning 0.05/min from there.
    assertThat(idle.credits(1) - idle.credits(0)).isCloseTo(0.05, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] T2 launch credits \"do not count towards the CPU credit balance limit\": an idle t2.nano holds "
      + "its 30 launch credits plus the 72 it may accrue (issue 11 item 12)")
  void idleT2KeepsLaunchCreditsAboveTheLimit() throws Exception {
    ScalingConfig c = seed(g -> g.maxSize(1), s -> s);
    Timeline t = run(c, "const(0)", 2 * 1440).timeline().orElseThrow();
    assertThat(t.credits(t.minutes() - 1)).isCloseTo(30 + 72, within(1e-6));
  }

  @Test
  @DisplayName("§8.1 [D]: a t2.nano out of credits in standard mode is throttled to its 5 % baseline")
  void outOfCreditsThrottlesToBaseline() throws Exception {
    ScalingConfig c = seed(g -> g.maxSize(1), s -> s.initialCredits(0.0));
    SimulationResult r = run(c, "const(90)", 30);
    Timeline t = r.timeline().orElseThrow();
    assertThat(t.cpu(5)).isCloseTo(5.0, within(1e-9));
    assertThat(t.unserved(5)).isCloseTo(85.0, within(1e-9));
    assertThat(r.scores().unservedPercent()).isCloseTo(100.0 * 85 / 90, within(1e-6));
    assertThat(t.credits(5)).isZero();
    assertThat(r.notes()).anyMatch(n -> n.startsWith("CPU credits ran out: 30 minutes") && n.contains("5 % baseline"));
  }

  @Test
  @DisplayName("§8.1 [D]: unlimited mode never throttles and bills surplus credits at $0.05 per vCPU-hour")
  void unlimitedBillsSurplus() throws Exception {
    ScalingConfig c = seed(g -> g.maxSize(1), s -> s.instanceType("t3.micro"));
    SimulationResult r = run(c, "const(90)", 60);
    // t3.micro: 2 vCPUs, 12 credits/h = 0.2/min; 90 % of 2 vCPUs spends 1.8/min: 1.6 surplus/min for 60 min.
    assertThat(r.timeline().orElseThrow().cpu(59)).isEqualTo(90.0);
    assertThat(r.scores().surplusCreditCost()).isCloseTo(96 / 60.0 * 0.05, within(1e-9));
    assertThat(r.scores().instanceCost()).isCloseTo(0.0104, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] unlimited mode: surplus beyond 24 h of earnings (t3.micro: 288) \"is charged for the "
      + "difference at the end of the hour\"; the timeline's balance never owes more than 288 after an hour's end")
  void surplusAboveADayOfEarningsIsChargedHourly() throws Exception {
    ScalingConfig c = seed(g -> g.maxSize(1), s -> s.instanceType("t3.micro"));
    // 90 % of 2 vCPUs: 1.6 surplus credits a minute, 288 owed after 180 minutes; the run starts on a clock hour.
    SimulationResult r = Simulation.builder(c).load(LoadSpec.parse("const(90)").render(300, 3)).startTime(
        java.time.Instant.parse("2026-01-05T00:00:00Z")).checkInvariants(true).build().run();
    Timeline t = r.timeline().orElseThrow();
    assertThat(t.credits(178)).as("02:58, under the free 288").isCloseTo(-179 * 1.6, within(1e-6));
    assertThat(t.credits(238)).as("03:58: 382.4 owed, the hour not over").isCloseTo(-239 * 1.6, within(1e-6));
    assertThat(t.credits(239)).as("03:59 ends the hour: 96 charged, 288 still owed").isCloseTo(-288, within(1e-9));
    assertThat(t.credits(299)).isCloseTo(-288, within(1e-9));
    // Never paid down: the same total as spent − earned, 96 + 96 at the ends of hours and 288 at the run's end.
    assertThat(r.scores().surplusCreditCost()).isCloseTo(300 * 1.6 / 60.0 * 0.05, within(1e-9));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("surplus CPU credits (unlimited mode): 192 of the 480 charged "
        + "were charged at the ends of clock hours"));
    SimulationResult within = run(c, "const(90)", 120);
    assertThat(within.notes()).as("never above 288: no note").noneMatch(n -> n.startsWith("surplus CPU credits"))
        .isNotEmpty();
  }

  @Test
  @DisplayName("§1.9, §8.1 [D]: basic monitoring publishes one datapoint per 5 minutes; on 300 s alarms target "
      + "tracking scales out ≈15 min after a step instead of ≈4 (§1.9 [O])")
  void basicMonitoringIsSlower() throws Exception {
    SimulationResult detailed = run(seed(g -> g, s -> s), "step(20, 90@10m)", 60);
    SimulationResult basic = run(seed(g -> g, s -> s.detailedMonitoring(false)), "step(20, 90@10m)", 60);
    Timeline t = basic.timeline().orElseThrow();
    for (int m = 0; m < 50; m++) {
      assertThat(Double.isNaN(t.metric(m))).as("minute " + m).isEqualTo(m % 5 != 0);
    }
    assertThat(basic.decisions()).isNotEmpty();
    // Detailed reacts ≈3.5 min after the step; basic, on 300 s alarms needing 3 of 3, ≈15 min after it.
    long later = basic.decisions().get(0).epochSecond() - detailed.decisions().get(0).epochSecond();
    assertThat(later).isBetween(10 * 60L, 18 * 60L);
  }

  @Test
  @DisplayName("§1.9 [D] basic monitoring: a Nitro type (\"publish after the first sample and update the same "
      + "datapoint\") scales out earlier than Xen t2 (\"one aggregated datapoint at the end of the interval\") "
      + "(issue 11 item 9)")
  void nitroBasicMonitoringReactsEarlierThanXen() throws Exception {
    SimulationResult xen = run(seed(g -> g, s -> s.detailedMonitoring(false).instanceType("t2.nano")
        .initialCredits(72.0)), "step(20, 90@10m)", 60);
    SimulationResult nitro = run(seed(g -> g, s -> s.detailedMonitoring(false).instanceType("m5.large")),
        "step(20, 90@10m)", 60);
    assertThat(xen.decisions()).isNotEmpty();
    assertThat(nitro.decisions()).isNotEmpty();
    long earlier = xen.decisions().get(0).epochSecond() - nitro.decisions().get(0).epochSecond();
    assertThat(earlier).as("Nitro first scale-out this much earlier").isGreaterThanOrEqualTo(60);
    assertThat(nitro.notes()).anyMatch(n -> n.startsWith("basic monitoring on a Nitro type (m5.large)"));
    assertThat(xen.notes()).noneMatch(n -> n.contains("Nitro"));
  }

  @Test
  @DisplayName("§13 Q3 [I]: 60 s alarms on 5-minute data see one datapoint in five periods and never scale out")
  void basicMonitoringWithMinuteAlarmsNeverScales() throws Exception {
    SimulationResult basic = run(seed(g -> g, s -> s.detailedMonitoring(false)
        .targetTrackingAlarms(new dev.asgsim.core.config.TargetTrackingAlarmProfile(null, null, null, 60))),
        "step(20, 90@10m)", 60);
    assertThat(basic.decisions()).isEmpty();
    assertThat(basic.notes()).anyMatch(n -> n.contains("basic monitoring"));
  }

  @Test
  @DisplayName("§11.4 [D] slow app start (> grace): ELB checks fail after grace ⇒ replacement loop")
  void slowAppStartLoops() throws Exception {
    SimulationResult r = run(seed(g -> g.maxSize(3), s -> s.appStartSeconds(900)), "const(90)", 120);
    long health = r.activities().stream().filter(a -> a.cause().contains("ELB system health check failure")).count();
    assertThat(health).isGreaterThanOrEqualTo(3);
    SimulationResult ok = run(seed(g -> g.maxSize(3), s -> s), "const(90)", 120);
    // With the default start time the same group scales out and no instance fails its checks.
    assertThat(ok.activities()).anyMatch(a -> a.description().startsWith("Launching a new EC2 instance"))
        .noneMatch(a -> a.cause().contains("health check"));
  }

  @Test
  @DisplayName("§7.4 [D]: all instances protected ⇒ desired falls, nothing terminates, a note says why")
  void protectionKeepsInstances() throws Exception {
    SimulationResult r = run(seed(g -> g.newInstancesProtectedFromScaleIn(true), s -> s), "step(20, 90@10m, 20@40m)",
        90);
    assertThat(r.decisions()).extracting(ScalingDecision::newDesired).containsExactly(2, 1);
    assertThat(r.scores().instancesTerminated()).isZero();
    assertThat(r.notes()).anyMatch(n -> n.contains("protected from scale-in"));
    // issue 17 item 3: the minute desired fell to 1 without a termination is a not-scaled record naming protection
    assertThat(r.notScaled()).filteredOn(n -> n.reason() == Hold.SCALE_IN_PROTECTED)
        .singleElement().satisfies(n -> assertThat(n.desired()).isEqualTo(1));
  }

  @Test
  @DisplayName("§7.5 [D]: MaxInstanceLifetime 1 day replaces instances (one at a time)")
  void maxLifetimeReplaces() throws Exception {
    SimulationResult r = run(seed(g -> g.maxInstanceLifetime(86_400), s -> s), "const(20)", 3 * 1440);
    assertThat(r.activities()).anyMatch(a -> a.cause().contains("maximum instance lifetime"));
    assertThat(r.scores().instancesLaunched()).isBetween(2, 3);
  }

  @Test
  @DisplayName("Simulation.InstanceTypes and PricePerHour override the built-in table; unknown types are refused")
  void instanceTypeOverrides() throws Exception {
    ScalingConfig custom = seed(g -> g.maxSize(1), s -> s.instanceType("x9.huge").instanceTypes(java.util.Map.of(
        "x9.huge", new SimulationSettings.InstanceTypeOverride(4, null, null, null, null, 2.0, null))));
    SimulationResult r = run(custom, "const(50)", 60);
    assertThat(r.scores().instanceCost()).isCloseTo(2.0, within(1e-9));
    assertThat(r.timeline().orElseThrow().credits(0)).isNaN();
    ScalingConfig priced = seed(g -> g.maxSize(1), s -> s.pricePerHour(1.0));
    assertThat(run(priced, "const(10)", 30).scores().instanceCost()).isCloseTo(0.5, within(1e-9));
    ScalingConfig unknown = seed(g -> g, s -> s.instanceType("x9.huge"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(unknown, "const(1)", 1))
        .isInstanceOf(SimulationException.class).hasMessageContaining("Simulation.InstanceType: instance type x9.huge is not in the built-in table");
    ScalingConfig badCredits = seed(g -> g, s -> s.creditSpecification("turbo"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(badCredits, "const(1)", 1))
        .isInstanceOf(SimulationException.class).hasMessageContaining("Simulation.CreditSpecification: CreditSpecification 'turbo' must be standard or unlimited");
  }

  @ParameterizedTest
  @ValueSource(strings = {"t2.nano", "t3.micro"})
  @DisplayName("§8.1: without a timeline the balances advance alike (standard mode throttles, unlimited mode is "
      + "charged at hours' ends) though no pass sums them for the mean only the timeline reads")
  void timelineAndActivitiesCanBeSwitchedOffWithoutChangingScores(String type) throws Exception {
    ScalingConfig c = seed(g -> g, s -> s.instanceType(type));
    LoadSeries load = LoadSpec.parse("sine(80, 60, 6h) + noise(10)").render(2 * 1440, 5);
    SimulationResult full = Simulation.builder(c).load(load).seed(5).build().run();
    SimulationResult lean = Simulation.builder(c).load(load).seed(5).recordTimeline(false).recordActivities(false)
        .build().run();
    assertThat(lean.scores()).isEqualTo(full.scores());
    assertThat(lean.notes()).isEqualTo(full.notes());
    assertThat(lean.timeline()).isEmpty();
    assertThat(lean.activities()).isEmpty();
    assertThat(full.activities()).isNotEmpty();
    // The run reaches what the balances decide: throttled minutes, or surplus charged at the ends of hours.
    if (type.equals("t2.nano")) {
      assertThat(full.notes()).anyMatch(n -> n.startsWith("CPU credits ran out"));
    } else {
      assertThat(full.scores().surplusCreditCost()).isPositive();
      assertThat(full.notes()).anyMatch(n -> n.contains("were charged at the ends of clock hours"));
    }
  }

  @RepeatedTest(12)
  @DisplayName("§7.1 [D] invariants hold on random loads and settings: Min ≤ desired ≤ Max, one state per instance")
  void invariantsOnRandomRuns(RepetitionInfo info) throws Exception {
    java.util.SplittableRandom r = new java.util.SplittableRandom(info.getCurrentRepetition() * 7919L);
    int min = r.nextInt(0, 3);
    int max = min + r.nextInt(1, 12);
    boolean protect = r.nextBoolean();
    int appStart = r.nextBoolean() ? 30 : 400;
    int jitter = r.nextInt(0, 40);
    boolean detailed = r.nextBoolean();
    String type = List.of("t2.nano", "t3.micro", "c5.large").get(r.nextInt(3));
    ScalingConfig c = seed(
        g -> g.minSize(min).desiredCapacity(min).maxSize(max).newInstancesProtectedFromScaleIn(protect)
            .maxInstanceLifetime(r.nextBoolean() ? 86_400 : null),
        s -> s.appStartSeconds(appStart).launchDelayJitterSeconds(jitter).detailedMonitoring(detailed)
            .instanceType(type));
    String spec = "sine(" + r.nextInt(50, 400) + ", " + r.nextInt(0, 300) + ", " + r.nextInt(1, 12) + "h) + noise("
        + r.nextInt(0, 40) + ") + spikes(" + r.nextInt(0, 500) + ", 20m, 5h)";
    SimulationResult res = Simulation.builder(c).load(LoadSpec.parse(spec).render(2 * 1440, info.getCurrentRepetition()))
        .seed(info.getCurrentRepetition()).checkInvariants(true).build().run();
    Timeline t = res.timeline().orElseThrow();
    for (int m = 0; m < t.minutes(); m++) {
      assertThat(t.desired(m)).isBetween(min, max);
      assertThat(t.pending(m)).isNotNegative();
      assertThat(t.serving(m)).isBetween(0, t.inService(m));
      assertThat(t.unserved(m)).isBetween(0.0, t.demand(m) + 1e-9);
    }
  }
}
