package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.report.SummaryJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs for issue 11 items 12 (monitoring cost), 16 (outside targets) and the steady start from history. */
class FidelityRevisionRunTest {

  static ScalingConfig alb(UnaryOperator<SimulationSettings.Builder> s) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/alb-request-count.yaml"));
    return c.toBuilder().simulation(s.apply(c.simulation().toBuilder()).build()).build();
  }

  static SimulationResult run(ScalingConfig c, String spec, int minutes) {
    return Simulation.builder(c).load(LoadSpec.parse(spec).render(minutes, 1)).checkInvariants(true).build().run();
  }

  @Test
  @DisplayName("§8.1 [D]: detailed monitoring is paid — 7 metrics per instance at $0.30 per metric-month (us-east-1, "
      + "first 10,000 metrics), prorated by the hour over 730 h; basic monitoring is free")
  void detailedMonitoringShowsItsCost() throws Exception {
    SimulationResult detailed = run(alb(s -> s.detailedMonitoring(true)), "const(1500)", 600);
    SimulationResult basic = run(alb(s -> s.detailedMonitoring(false)), "const(1500)", 600);
    double hours = detailed.scores().instanceHours();
    assertThat(hours).isGreaterThan(0);
    assertThat(detailed.scores().monitoringCost()).isCloseTo(hours * 7 * 0.30 / 730, within(1e-12));
    assertThat(detailed.scores().cost()).isCloseTo(detailed.scores().instanceCost()
        + detailed.scores().monitoringCost(), within(1e-12));
    assertThat(basic.scores().monitoringCost()).isZero();
    Map<String, Object> scores = SummaryJson.scores(detailed.scores());
    assertThat(scores).containsKey("monitoringCost");
    SimulationResult priced = run(alb(s -> s.detailedMonitoring(true).cloudWatchPricePerMetricMonth(0.10)
        .detailedMonitoringMetrics(1)), "const(1500)", 600);
    assertThat(priced.scores().monitoringCost()).isCloseTo(priced.scores().instanceHours() * 0.10 / 730,
        within(1e-12));
  }

  @Test
  @DisplayName("§12.1a [D]/[I]: one healthy target outside the group takes its share — RequestCountPerTarget divides "
      + "6000 requests/min by 5 + 1 targets (1000, the target), so the group settles at 5, not 6, and stays; its "
      + "instances run at 50 % and nothing goes unserved")
  void outsideTargetCarriesItsShare() throws Exception {
    SimulationResult without = run(alb(s -> s), "const(6000)", 60);
    SimulationResult with = run(alb(s -> s.outsideTargets(new SimulationSettings.OutsideTargets(1, null, true))),
        "const(6000)", 60);
    Timeline t = with.timeline().orElseThrow();
    assertThat(without.timeline().orElseThrow().desired(59)).isEqualTo(6);
    for (int m = 0; m < 60; m++) {
      assertThat(t.desired(m)).as("minute %d", m).isEqualTo(5);
      if (m > 57) {
        continue; // the last minutes' datapoints are not yet published
      }
      assertThat(t.metric(m)).as("requests per target, minute %d", m).isCloseTo(1000, within(1e-9));
      assertThat(t.unserved(m)).isZero();
      assertThat(t.cpu(m)).as("group CPU: 1000 requests at 2000 per 100 %").isCloseTo(50, within(1e-9));
    }
    assertThat(with.notes()).anyMatch(n -> n.startsWith("OutsideTargets: 1 healthy c6g.large"));
    @SuppressWarnings("unchecked")
    Map<String, Object> outside = (Map<String, Object>) ((Map<String, Object>) SummaryJson.tree(with).get("run"))
        .get("outsideTargets");
    assertThat(outside).containsEntry("simulated", true).containsEntry("count", 1);
    SimulationResult unhealthy = run(alb(s -> s.outsideTargets(new SimulationSettings.OutsideTargets(1, null,
        false))), "const(6000)", 60);
    assertThat(unhealthy.timeline().orElseThrow().desired(30)).as("an unhealthy target gets no requests").isEqualTo(6);
  }

  @Test
  @DisplayName("§12.1 [I] Steady: \"at the real GroupDesiredCapacity when the trace came from CloudWatch history\" — a "
      + "trace with asgsim history's GroupDesiredCapacity column starts at 12 (target tracking alone would settle at "
      + "ceil(9000 / 1000) = 9), and summary.json says so")
  void steadyStartUsesTheTracesCapacity(@TempDir Path dir) throws Exception {
    Path trace = dir.resolve("history.csv");
    Files.writeString(trace, "timestamp,value,GroupDesiredCapacity\n2026-11-02T12:00:00Z,9000,12\n"
        + "2026-11-02T12:01:00Z,9000,12\n2026-11-02T12:02:00Z,9000,\n");
    LoadResolver.Resolved load = LoadResolver.resolve(trace.toString(), null, dir, null, null, null, 1);
    assertThat(load.series().initialCapacity()).isEqualTo(12);
    SimulationResult r = Simulation.builder(alb(s -> s)).load(load.series()).startTime(load.start()).build().run();
    assertThat(r.startState().desired()).isEqualTo(12);
    assertThat(r.startState().desiredFrom()).isEqualTo("trace");
    // 9000 / 12 = 750 requests per target: above AlarmLow's 700, under AlarmHigh's 1000, so 12 holds.
    assertThat(r.timeline().orElseThrow().desired(2)).isEqualTo(12);
    @SuppressWarnings("unchecked")
    Map<String, Object> initial = (Map<String, Object>) ((Map<String, Object>) SummaryJson.tree(r).get("run"))
        .get("initialState");
    assertThat(initial).containsEntry("desiredFrom", "trace").containsEntry("desired", 12);

    SimulationResult plain = run(alb(s -> s), "const(1500)", 3);
    assertThat(plain.startState().desiredFrom()).as("ceil(1500 / 1000)").isEqualTo("targetTracking");
    assertThat(plain.startState().desired()).isEqualTo(2);
  }

  @Test
  @DisplayName("§12.1a: the seed registered its original instance in the target group; with it (the commented "
      + "OutsideTargets line of examples/fastcampus-nginx.yaml) the §11 burst to 90 % lands on two t2.nanos at 45 %, "
      + "under the 50 % target, so the group never scales out; without it (the file as shipped) it scales 1 -> 2")
  void theSeedWithItsOriginalInstance() throws Exception {
    ScalingConfig seed = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    assertThat(seed.effectiveSimulation().effectiveOutsideTargets().effectiveCount()).isZero();
    ScalingConfig withOriginal = seed.toBuilder().simulation(seed.simulation().toBuilder()
        .outsideTargets(new SimulationSettings.OutsideTargets(1, "t2.nano", true)).build()).build();
    SimulationResult shipped = run(seed, "step(20, 90@10m, 20@40m)", 90);
    SimulationResult original = run(withOriginal, "step(20, 90@10m, 20@40m)", 90);
    assertThat(shipped.scores().scaleOutActivities()).isEqualTo(1);
    assertThat(original.scores().scaleOutActivities()).isZero();
    Timeline t = original.timeline().orElseThrow();
    assertThat(t.cpu(30)).as("the group's metric: its own instance only").isCloseTo(45, within(1e-9));
    assertThat(original.scores().unservedPercent()).isZero();
  }
}
