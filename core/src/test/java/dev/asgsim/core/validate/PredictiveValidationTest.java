package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Predictive scaling's API constraints and advice (aws-behaviour §5.2, §9.6). */
class PredictiveValidationTest {
  private static final Validator V = Validator.defaults();

  private static ScalingPolicy predictive(String mode, Integer buffer, String breach, Integer capBuffer) {
    return ScalingPolicy.builder().policyName("p").policyType(PolicyType.PredictiveScaling)
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(
            new PredictiveScalingConfiguration.MetricSpecification(50.0,
                new PredictiveScalingConfiguration.PredefinedMetric("ASGCPUUtilization", null), null, null, null,
                null, null)), mode, buffer, breach, capBuffer)).build();
  }

  private static ScalingPolicy tt(boolean disableScaleIn) {
    return ScalingPolicy.builder().policyName("tt").policyType(PolicyType.TargetTrackingScaling)
        .estimatedInstanceWarmup(120).targetTrackingConfiguration(new TargetTrackingConfiguration(
            TargetTrackingConfiguration.PredefinedMetricSpecification.of("ASGAverageCPUUtilization"), null, 50.0,
            disableScaleIn)).build();
  }

  private static List<String> rules(AutoScalingGroup.Builder g, ScalingPolicy... ps) {
    ScalingConfig c = ScalingConfig.builder().autoScalingGroup(g.build()).scalingPolicies(List.of(ps)).build();
    return V.validate(c).stream().map(Finding::ruleId).filter(r -> r.startsWith("predictive")).toList();
  }

  private static AutoScalingGroup.Builder group() {
    return AutoScalingGroup.builder().autoScalingGroupName("g").minSize(1).maxSize(10).defaultInstanceWarmup(120);
  }

  @Test
  @DisplayName("§5.2 [D] buffer < 3600; MaxCapacityBuffer required iff IncreaseMaxCapacity")
  void constraints() {
    assertThat(rules(group(), tt(false), predictive("ForecastAndScale", 3600, null, null)))
        .containsExactly("predictive-buffer-time");
    assertThat(rules(group(), tt(false), predictive("ForecastAndScale", 3599, null, null))).isEmpty();
    assertThat(rules(group(), tt(false), predictive("ForecastAndScale", null, "IncreaseMaxCapacity", null)))
        .containsExactly("predictive-max-capacity-buffer");
    assertThat(rules(group(), tt(false), predictive("ForecastAndScale", null, "HonorMaxCapacity", 10)))
        .containsExactly("predictive-max-capacity-buffer");
    assertThat(rules(group(), tt(false), predictive("ForecastAndScale", null, "IncreaseMaxCapacity", 10))).isEmpty();
  }

  @Test
  @DisplayName("§5.2 [D] ForecastAndScale without a dynamic policy that scales in: the group never scales in")
  void neverScalesIn() {
    assertThat(rules(group(), predictive("ForecastAndScale", null, null, null)))
        .containsExactly("predictive-no-scale-in");
    assertThat(rules(group(), tt(true), predictive("ForecastAndScale", null, null, null)))
        .containsExactly("predictive-no-scale-in");
    assertThat(rules(group(), tt(false), predictive("ForecastAndScale", null, null, null))).isEmpty();
    assertThat(rules(group(), predictive("ForecastOnly", null, null, null))).isEmpty();
  }

  @Test
  @DisplayName("§5.2 [D] predictive scaling assumes homogeneous capacity: advice on a mixed-instances group")
  void mixedInstances() {
    AutoScalingGroup.Builder mixed = group().mixedInstancesPolicy(
        new dev.asgsim.core.config.MixedInstancesPolicy(null, null));
    assertThat(rules(mixed, tt(false), predictive("ForecastOnly", null, null, null)))
        .containsExactly("predictive-mixed-instances");
  }
}
