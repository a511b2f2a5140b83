package dev.asgsim.simulator;

import static dev.asgsim.simulator.CreditAndBehaviourTest.run;
import static dev.asgsim.simulator.CreditAndBehaviourTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 8, metric part: when a new instance joins the aggregated metric (aws-behaviour §2.2 item 1). */
class WarmupMetricTest {

  @Test
  @DisplayName("§2.2 item 1 [D]: \"With default warmup not enabled (or 0), instances contribute as soon as they are "
      + "InService\": the seed (EstimatedInstanceWarmup 300, no DefaultInstanceWarmup) counts its new instance at once")
  void currentReading() throws Exception {
    SimulationResult r = run(seed(g -> g, s -> s), "step(20, 90@10m, 20@40m)", 60);
    Timeline t = r.timeline().orElseThrow();
    assertThat(IntStream.range(0, 60).map(t::inService).max().orElseThrow()).isEqualTo(2);
    for (int m = 0; m < 60; m++) {
      assertThat(t.warm(m)).as("minute " + m).isEqualTo(t.inService(m));
    }
    assertThat(r.notes()).anyMatch(n -> n.contains("join the aggregated metric as soon as they are InService"));
  }

  @Test
  @DisplayName("§2.2 item 1, older reading kept as a setting: PolicyWarmupHidesMetrics keeps it out for 300 s")
  void olderReading() throws Exception {
    SimulationResult r = run(seed(g -> g, s -> s.policyWarmupHidesMetrics(true)), "step(20, 90@10m, 20@40m)", 60);
    Timeline t = r.timeline().orElseThrow();
    long hidden = IntStream.range(0, 60).filter(m -> t.warm(m) < t.inService(m)).count();
    assertThat(hidden).isBetween(4L, 5L);
    assertThat(r.notes()).anyMatch(n -> n.contains("PolicyWarmupHidesMetrics: true"));
  }

  @Test
  @DisplayName("§2.1 [D]: with DefaultInstanceWarmup set, a warming instance is not counted until its warm-up ends")
  void defaultWarmupStillHides() throws Exception {
    SimulationResult r = run(seed(g -> g.defaultInstanceWarmup(300), s -> s), "step(20, 90@10m, 20@40m)", 60);
    Timeline t = r.timeline().orElseThrow();
    assertThat(IntStream.range(0, 60).filter(m -> t.warm(m) < t.inService(m)).count()).isGreaterThanOrEqualTo(4);
  }
}
