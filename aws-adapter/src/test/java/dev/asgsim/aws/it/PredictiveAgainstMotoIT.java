package dev.asgsim.aws.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.mapping.ToRequests;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.aws.plan.FieldChange;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanOptions;
import dev.asgsim.core.config.MetricDataQuery;
import dev.asgsim.core.config.MetricDimension;
import dev.asgsim.core.config.MetricStat;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.PredictiveScalingConfiguration.CustomizedMetric;
import dev.asgsim.core.config.PredictiveScalingConfiguration.MetricSpecification;
import dev.asgsim.core.config.PredictiveScalingConfiguration.PredefinedMetric;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Predictive scaling policies (aws-behaviour §5.2, §9.6) through apply, import, plan and drift against moto_server.
 *
 * <p>Covered against moto (5.x stores {@code PredictiveScalingConfiguration} as sent and returns it from
 * DescribePolicies): PutScalingPolicy with every member — a predefined metric pair (ForecastAndScale,
 * SchedulingBufferTime, IncreaseMaxCapacity with MaxCapacityBuffer), predefined load and scaling metrics with a
 * ResourceLabel (ForecastOnly by default), customized load, scaling and capacity metric specifications — then
 * DescribePolicies for import, plan (no changes), and drift after a change made behind asgsim's back.
 *
 * <p>Not covered by moto, so by stubbed SDK clients instead: GetPredictiveScalingForecast (moto answers HTTP 500; the
 * last test here pins that, {@code PredictiveForecastReaderTest} and the cli's {@code HistoryCommandTest} test the
 * call, its JSON and its refusals on a stub). moto neither forecasts nor scales.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PredictiveAgainstMotoIT {
  private SeededMoto moto;
  private AwsAutoScaling aws;
  private ScalingConfig config;

  @BeforeAll
  void start() throws Exception {
    moto = SeededMoto.start();
    List<ScalingPolicy> policies = new ArrayList<>(moto.seed.policies());
    policies.addAll(predictivePolicies(moto.targetGroupArn));
    config = moto.seed.toBuilder().scalingPolicies(policies).build();
    aws = moto.aws;
  }

  @AfterAll
  void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  /** One policy per kind of metric specification, with every PredictiveScalingConfiguration member between them. */
  static List<ScalingPolicy> predictivePolicies(String targetGroupArn) {
    String label = "app/fastcampus-nginx/0123456789abcdef/targetgroup/"
        + targetGroupArn.substring(targetGroupArn.indexOf(":targetgroup/") + ":targetgroup/".length());
    MetricStat.Metric requests = new MetricStat.Metric("AWS/ApplicationELB", "RequestCount",
        List.of(new MetricDimension("TargetGroup", "targetgroup/fastcampus-nginx-20211202/0123")));
    CustomizedMetric load = new CustomizedMetric(List.of(
        new MetricDataQuery("load", null, new MetricStat(requests, "Sum", "Count", null), "requests", null, true)));
    CustomizedMetric scaling = new CustomizedMetric(List.of(
        new MetricDataQuery("requests", null, new MetricStat(requests, "Sum", null, null), null, null, false),
        new MetricDataQuery("instances", null, new MetricStat(new MetricStat.Metric("AWS/AutoScaling",
            "GroupInServiceInstances", List.of(new MetricDimension("AutoScalingGroupName",
                "autoscaling-20211202"))), "Average", null, null), null, null, false),
        new MetricDataQuery("perInstance", "requests / instances", null, "requests per instance", null, true)));
    return List.of(
        predictive("cpu-forecast", new MetricSpecification(40.0, new PredefinedMetric("ASGCPUUtilization", null),
            null, null, null, null, null), "ForecastAndScale", 600, "IncreaseMaxCapacity", 10),
        predictive("alb-forecast", new MetricSpecification(1000.0, null,
            new PredefinedMetric("ALBRequestCountPerTarget", label),
            new PredefinedMetric("ALBTargetGroupRequestCount", label), null, null, null), null, null, null, null),
        predictive("custom-forecast", new MetricSpecification(500.0, null, null, null, scaling, load, load),
            "ForecastOnly", 0, "HonorMaxCapacity", null));
  }

  private static ScalingPolicy predictive(String name, MetricSpecification spec, String mode, Integer buffer,
      String breach, Integer maxBuffer) {
    return ScalingPolicy.builder().policyName(name).policyType("PredictiveScaling")
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(spec), mode, buffer, breach,
            maxBuffer))
        .build();
  }

  private String group() {
    return config.autoScalingGroup().autoScalingGroupName();
  }

  @Test
  @Order(1)
  @DisplayName("§9.6 apply puts the three predictive policies with PutScalingPolicy; a second plan has no changes")
  void applyThenNoChanges() {
    Plan plan = aws.plan(config, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).filteredOn(c -> c.kind() == Change.Kind.PUT_POLICY).extracting(Change::subject)
        .contains("\"cpu-forecast\"", "\"alb-forecast\"", "\"custom-forecast\"");
    ApplyResult result = aws.apply(plan);
    assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
    Plan again = aws.plan(config, PlanOptions.DEFAULTS);
    assertThat(again.changes()).as(again.changes().toString()).isEmpty();
  }

  @Test
  @Order(2)
  @DisplayName("§5.2 import reads every predictive member back as it was put")
  void importReadsEveryMember() {
    Map<String, ScalingPolicy> imported = aws.importGroup(group()).config().policies().stream()
        .collect(Collectors.toMap(ScalingPolicy::policyName, Function.identity()));
    for (ScalingPolicy p : config.policies()) {
      if ("PredictiveScaling".equals(p.policyType())) {
        assertThat(imported.get(p.policyName())).as(p.policyName()).isEqualTo(p);
      }
    }
  }

  @Test
  @Order(3)
  @DisplayName("§5.2 a Mode and buffer changed behind asgsim's back are drift naming them; apply repairs it")
  void driftOnMode() {
    ScalingPolicy live = config.policies().stream().filter(p -> p.policyName().equals("cpu-forecast")).findFirst()
        .orElseThrow();
    PredictiveScalingConfiguration c = live.predictiveScalingConfiguration();
    ScalingPolicy changed = live.toBuilder().predictiveScalingConfiguration(new PredictiveScalingConfiguration(
        c.metricSpecifications(), "ForecastOnly", 300, "HonorMaxCapacity", null)).build();
    moto.clients.autoScaling().putScalingPolicy(ToRequests.putPolicy(group(), changed));

    Plan drift = aws.drift(config);
    assertThat(drift.changes()).singleElement().satisfies(ch -> {
      assertThat(ch.kind()).isEqualTo(Change.Kind.REPLACE_POLICY);
      assertThat(ch.fields()).extracting(FieldChange::field).containsExactly(
          "PredictiveScalingConfiguration.Mode", "PredictiveScalingConfiguration.SchedulingBufferTime",
          "PredictiveScalingConfiguration.MaxCapacityBreachBehavior", "PredictiveScalingConfiguration.MaxCapacityBuffer");
    });
    assertThat(aws.apply(aws.plan(config, PlanOptions.DEFAULTS)).succeeded()).isTrue();
    assertThat(aws.drift(config).changes()).isEmpty();
  }

  @Test
  @Order(4)
  @DisplayName("moto does not implement GetPredictiveScalingForecast: the call fails with a message naming it")
  void motoHasNoForecast() {
    Instant end = Instant.now();
    assertThatThrownBy(() -> aws.predictiveForecast(group(), "cpu-forecast", end.minusSeconds(86_400), end))
        .isInstanceOf(AwsCallException.class)
        .hasMessageContaining("autoscaling:GetPredictiveScalingForecast");
  }
}
