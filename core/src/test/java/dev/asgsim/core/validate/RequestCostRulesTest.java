package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SimulationSettings.InstanceTypeOverride;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 4: the CPU a request costs (aws-behaviour §12.2 [I]). */
class RequestCostRulesTest {
  private static final Path ALB = Path.of("../examples/alb-request-count.yaml");

  private static ScalingConfig withSim(SimulationSettings.Builder s) throws Exception {
    return ConfigReader.read(ALB).toBuilder().simulation(s.build()).build();
  }

  private static List<String> rules(ScalingConfig c, Severity severity) {
    return Validator.defaults().validate(c).stream().filter(f -> f.severity() == severity).map(Finding::ruleId)
        .toList();
  }

  @Test
  @DisplayName("§12.2: \"one number cannot be both 1 500 requests/min and 1 500 % CPU\": a request policy without "
      + "RequestsPerMinuteAtFullCpu is a WARNING; the shipped example sets it")
  void requestPolicyWithoutCostWarns() throws Exception {
    ScalingConfig shipped = ConfigReader.read(ALB);
    assertThat(shipped.effectiveSimulation().effectiveRequestsPerMinuteAtFullCpu()).isEqualTo(2000.0);
    assertThat(rules(shipped, Severity.WARNING)).doesNotContain("request-cpu-cost");
    ScalingConfig without = withSim(shipped.simulation().toBuilder().requestsPerMinuteAtFullCpu(null));
    assertThat(rules(without, Severity.WARNING)).contains("request-cpu-cost");
  }

  @Test
  @DisplayName("§12.2: \"per instance type if it varies\": InstanceTypes.<type>.RequestsPerMinuteAtFullCpu wins over "
      + "the group-wide value, for the simulated type only")
  void perTypeCostWins() throws Exception {
    SimulationSettings.Builder s = ConfigReader.read(ALB).simulation().toBuilder()
        .instanceTypes(Map.of("c6g.large", new InstanceTypeOverride(null, null, null, null, null, null, 1500.0),
            "c6g.xlarge", new InstanceTypeOverride(null, null, null, null, null, null, 3000.0)));
    assertThat(s.build().effectiveRequestsPerMinuteAtFullCpu()).isEqualTo(1500.0);
    assertThat(s.instanceType("c6g.xlarge").build().effectiveRequestsPerMinuteAtFullCpu()).isEqualTo(3000.0);
    assertThat(s.instanceType("c6g.2xlarge").build().effectiveRequestsPerMinuteAtFullCpu()).isEqualTo(2000.0);
  }

  @Test
  @DisplayName("§12.2: the cost must be above 0, group-wide and per type")
  void nonPositiveCostIsAnError() throws Exception {
    SimulationSettings.Builder s = ConfigReader.read(ALB).simulation().toBuilder();
    assertThat(rules(withSim(s.requestsPerMinuteAtFullCpu(0.0)), Severity.ERROR)).contains("simulation-request-cost");
    assertThat(rules(withSim(s.requestsPerMinuteAtFullCpu(null).instanceTypes(Map.of("c6g.large",
        new InstanceTypeOverride(null, null, null, null, null, null, -5.0)))), Severity.ERROR))
        .contains("simulation-request-cost");
  }
}
