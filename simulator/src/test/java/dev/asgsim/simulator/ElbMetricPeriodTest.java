package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 3: basic monitoring slows EC2's metrics, not the load balancer's. */
class ElbMetricPeriodTest {

  static SimulationResult alb(boolean detailed) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/alb-request-count.yaml"));
    c = c.toBuilder().simulation(c.simulation().toBuilder().detailedMonitoring(detailed).build()).build();
    return Simulation.builder(c).load(LoadSpec.parse("step(1500, 12000@20m, 1500@50m)").render(60, 3))
        .checkInvariants(true).build().run();
  }

  @Test
  @DisplayName("§1.9 [D]: \"RequestCountPerTarget\" is published every 60 s \"whatever the instances' monitoring\": "
      + "on basic monitoring the ALB example first scales out ≈3 min after the step (minute 20), not at minute 31")
  void requestCountKeepsMinutePeriodsOnBasicMonitoring() throws Exception {
    SimulationResult basic = alb(false);
    SimulationResult detailed = alb(true);
    long stepAt = basic.timeline().orElseThrow().time(20);
    assertThat(basic.decisions()).isNotEmpty();
    long first = basic.decisions().get(0).epochSecond() - stepAt;
    // AlarmHigh 3 of 3 one-minute datapoints (aws-behaviour §1.4 [O]) plus the publication delay: ≈3-4 min.
    assertThat(first).isBetween(3 * 60L, 5 * 60L);
    assertThat(basic.decisions().get(0).epochSecond()).isEqualTo(detailed.decisions().get(0).epochSecond());
    // One datapoint every minute, not one in five.
    Timeline t = basic.timeline().orElseThrow();
    for (int m = 5; m < 15; m++) {
      assertThat(Double.isNaN(t.metric(m))).as("minute " + m).isFalse();
    }
  }

  @Test
  @DisplayName("§12.2: with RequestsPerMinuteAtFullCpu 2000 the ALB example serves its flash sale (12 000 requests/min "
      + "on 12 targets at the 1 000-per-target target is 50 % CPU); without it the run says the units are confused")
  void requestCostServesTheFlashSale() throws Exception {
    SimulationResult r = alb(true);
    Timeline t = r.timeline().orElseThrow();
    // Minutes 35-49: the sale, after the scale-out has landed. 12 000 requests/min = 600 % of one instance's CPU.
    for (int m = 35; m < 50; m++) {
      assertThat(t.demand(m)).as("minute " + m).isCloseTo(600.0, within(1e-9));
      assertThat(t.unserved(m)).as("minute " + m).isZero();
      assertThat(t.desired(m)).as("minute " + m).isEqualTo(12);
      assertThat(t.cpu(m)).as("minute " + m).isCloseTo(50.0, within(1e-9));
    }
    assertThat(r.scores().unservedPercent()).isLessThan(15.0);
    assertThat(r.notes()).anyMatch(n -> n.contains("one instance serves 2000 at 100 % CPU"));

    ScalingConfig c = ConfigReader.read(Path.of("../examples/alb-request-count.yaml"));
    c = c.toBuilder().simulation(c.simulation().toBuilder().requestsPerMinuteAtFullCpu(null).build()).build();
    SimulationResult legacy = Simulation.builder(c).load(LoadSpec.parse("const(1500)").render(10, 3)).build().run();
    assertThat(legacy.notes()).anyMatch(n -> n.startsWith("WARNING:") && n.contains("RequestsPerMinuteAtFullCpu"));
  }
}
