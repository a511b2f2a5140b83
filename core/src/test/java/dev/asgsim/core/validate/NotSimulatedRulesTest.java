package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 13: what AWS would act on but a run leaves out is a WARNING, never "0 findings". */
class NotSimulatedRulesTest {
  private static ScalingConfig seed() throws Exception {
    return ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
  }

  private static List<String> rules(ScalingConfig c, Severity s) {
    return Validator.defaults().validate(c).stream().filter(f -> f.severity() == s).map(Finding::ruleId).toList();
  }

  private static ScalingConfig withPolicy(ScalingConfig c, ScalingPolicy p) {
    return c.toBuilder().scalingPolicies(List.of(c.policies().get(0), p)).build();
  }

  @Test
  @DisplayName("§7.8: unknown process names are an ERROR; AZRebalance and InstanceRefresh (not modelled) a WARNING; "
      + "the simulated processes need no finding")
  void suspendedProcesses() throws Exception {
    ScalingConfig c = seed();
    ScalingConfig bad = c.toBuilder().autoScalingGroup(c.autoScalingGroup().toBuilder()
        .suspendedProcesses(List.of("Lunch")).build()).build();
    assertThat(rules(bad, Severity.ERROR)).containsExactly("suspended-process");
    ScalingConfig noted = c.toBuilder().autoScalingGroup(c.autoScalingGroup().toBuilder()
        .suspendedProcesses(List.of("AZRebalance", "InstanceRefresh", "Launch")).build()).build();
    assertThat(rules(noted, Severity.WARNING)).filteredOn("not-simulated-process"::equals).hasSize(2);
  }

  @Test
  @DisplayName("§7.6: a WarmPoolConfiguration is simulated now: no not-simulated WARNING, and no ERROR on the seed")
  void warmPool() throws Exception {
    ScalingConfig c = seed();
    ScalingConfig pool = c.toBuilder().autoScalingGroup(c.autoScalingGroup().toBuilder()
        .warmPoolConfiguration(new WarmPoolConfiguration(1, null, "Stopped", null)).build()).build();
    assertThat(rules(pool, Severity.WARNING)).noneMatch(r -> r.startsWith("not-simulated-warm"));
    assertThat(rules(pool, Severity.ERROR)).isEmpty();
    assertThat(rules(pool, Severity.ADVICE)).contains("warm-pool-without-launch-hook");
  }

  @Test
  @DisplayName("§5.2: a ForecastAndScale policy on a metric pair the simulator forecasts (ASGCPUUtilization) is "
      + "simulated, no WARNING; on network metrics, which it has no load for, it is a WARNING; ForecastOnly never is")
  void predictive() throws Exception {
    for (String pair : List.of("ASGCPUUtilization", "ASGNetworkIn")) {
      PredictiveScalingConfiguration.MetricSpecification spec = new PredictiveScalingConfiguration.MetricSpecification(
          40.0, new PredictiveScalingConfiguration.PredefinedMetric(pair, null), null, null, null, null, null);
      for (String mode : List.of("ForecastAndScale", "ForecastOnly")) {
        ScalingPolicy p = ScalingPolicy.builder().policyName("forecast")
            .policyType(PolicyType.PredictiveScaling.name())
            .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(spec), mode, null, null, null))
            .build();
        List<String> warnings = rules(withPolicy(seed(), p), Severity.WARNING);
        if (mode.equals("ForecastAndScale") && pair.equals("ASGNetworkIn")) {
          assertThat(warnings).as(pair + " " + mode).contains("not-simulated-predictive");
        } else {
          assertThat(warnings).as(pair + " " + mode).doesNotContain("not-simulated-predictive");
        }
      }
    }
  }

  @Test
  @DisplayName("§1.2, §1.3: a policy on a metric the simulator has no data for (NetworkIn, custom) is a WARNING")
  void metrics() throws Exception {
    ScalingPolicy net = ScalingPolicy.builder().policyName("net").policyType("TargetTrackingScaling")
        .targetTrackingConfiguration(new TargetTrackingConfiguration(
            TargetTrackingConfiguration.PredefinedMetricSpecification.of("ASGAverageNetworkIn"), null, 5e6, null))
        .build();
    assertThat(rules(seed(), Severity.WARNING)).doesNotContain("not-simulated-metric");
    assertThat(rules(withPolicy(seed(), net), Severity.WARNING)).contains("not-simulated-metric");
  }
}
