package dev.asgsim.aws.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 7: the exported Terraform parses as HCL (hcl4j) and the CloudFormation as JSON, and every argument
 * or property written is one the AWS provider / CloudFormation documents for that resource type.
 */
class ExportTest {
  /** Every other member of the config is exercised here: hooks, tags, metrics, mixed instances, predictive. */
  private static final String RICH = """
      AutoScalingGroup:
        AutoScalingGroupName: web-mixed
        MixedInstancesPolicy:
          LaunchTemplate:
            LaunchTemplateSpecification: {LaunchTemplateName: web, Version: $Latest}
            Overrides: [{InstanceType: c6i.large}, {InstanceType: m6i.large, WeightedCapacity: "2"}]
          InstancesDistribution: {OnDemandBaseCapacity: 1, OnDemandPercentageAboveBaseCapacity: 50}
        MinSize: 1
        MaxSize: 8
        DesiredCapacity: 3
        DefaultCooldown: 120
        AvailabilityZones: [us-east-1a, us-east-1b]
        CapacityRebalance: true
        InstanceMaintenancePolicy: {MinHealthyPercentage: 90, MaxHealthyPercentage: 120}
        LifecycleHookSpecificationList:
          - {LifecycleHookName: warm, LifecycleTransition: "autoscaling:EC2_INSTANCE_LAUNCHING", HeartbeatTimeout: 300,
             DefaultResult: CONTINUE}
        Tags: [{Key: team, Value: "web ${env}", PropagateAtLaunch: true}, {Key: cost, Value: x}]
        MetricsCollection: {Granularity: 1Minute}
      ScalingPolicies:
        - PolicyName: predictive cpu
          PolicyType: PredictiveScaling
          PredictiveScalingConfiguration:
            MetricSpecifications:
              - TargetValue: 50
                PredefinedMetricPairSpecification: {PredefinedMetricType: ASGCPUUtilization}
            Mode: ForecastOnly
        - PolicyName: old-simple
          PolicyType: SimpleScaling
          AdjustmentType: ChangeInCapacity
          ScalingAdjustment: 1
          Cooldown: 300
          Enabled: false
      Simulation: {InstanceType: c6i.large}
      """;

  /** aws_autoscaling_group arguments (Terraform AWS provider documentation, resource aws_autoscaling_group). */
  private static final Set<String> TF_GROUP = Set.of("name", "min_size", "max_size", "desired_capacity",
      "desired_capacity_type", "default_cooldown", "default_instance_warmup", "availability_zones",
      "vpc_zone_identifier", "target_group_arns", "load_balancers", "health_check_type", "health_check_grace_period",
      "termination_policies", "protect_from_scale_in", "max_instance_lifetime", "capacity_rebalance",
      "placement_group", "service_linked_role_arn", "launch_configuration", "enabled_metrics", "metrics_granularity",
      "launch_template", "mixed_instances_policy", "instance_maintenance_policy", "initial_lifecycle_hook",
      "traffic_source", "tag", "warm_pool");
  /** aws_autoscaling_group's warm_pool block and initial_lifecycle_hook block (the provider's documentation). */
  private static final Set<String> TF_WARM_POOL = Set.of("pool_state", "min_size", "max_group_prepared_capacity",
      "instance_reuse_policy");
  private static final Set<String> TF_HOOK = Set.of("name", "default_result", "heartbeat_timeout",
      "lifecycle_transition", "notification_metadata", "notification_target_arn", "role_arn");
  private static final Set<String> TF_POLICY = Set.of("name", "autoscaling_group_name", "policy_type",
      "adjustment_type", "scaling_adjustment", "cooldown", "min_adjustment_magnitude", "metric_aggregation_type",
      "estimated_instance_warmup", "enabled", "step_adjustment", "target_tracking_configuration",
      "predictive_scaling_configuration");
  private static final Set<String> TF_SCHEDULE = Set.of("scheduled_action_name", "autoscaling_group_name",
      "min_size", "max_size", "desired_capacity", "start_time", "end_time", "recurrence", "time_zone");
  private static final Set<String> TF_ALARM = Set.of("alarm_name", "namespace", "metric_name", "dimensions",
      "statistic", "extended_statistic", "unit", "period", "evaluation_periods", "datapoints_to_alarm", "threshold",
      "comparison_operator", "treat_missing_data", "alarm_actions");

  /** CloudFormation properties (AWS CloudFormation User Guide, each resource type's "Properties"). */
  private static final Map<String, Set<String>> CFN = Map.of(
      "AWS::AutoScaling::AutoScalingGroup", Set.of("AutoScalingGroupName", "AvailabilityZones", "CapacityRebalance",
          "Context", "Cooldown", "DefaultInstanceWarmup", "DesiredCapacity", "DesiredCapacityType",
          "HealthCheckGracePeriod", "HealthCheckType", "InstanceId", "InstanceMaintenancePolicy",
          "LaunchConfigurationName", "LaunchTemplate", "LifecycleHookSpecificationList", "LoadBalancerNames",
          "MaxInstanceLifetime", "MaxSize", "MetricsCollection", "MinSize", "MixedInstancesPolicy",
          "NewInstancesProtectedFromScaleIn", "NotificationConfigurations", "PlacementGroup", "ServiceLinkedRoleARN",
          "Tags", "TargetGroupARNs", "TerminationPolicies", "TrafficSources", "VPCZoneIdentifier"),
      "AWS::AutoScaling::ScalingPolicy", Set.of("AdjustmentType", "AutoScalingGroupName", "Cooldown",
          "EstimatedInstanceWarmup", "MetricAggregationType", "MinAdjustmentMagnitude", "PolicyType",
          "PredictiveScalingConfiguration", "ScalingAdjustment", "StepAdjustments", "TargetTrackingConfiguration"),
      "AWS::AutoScaling::WarmPool", Set.of("AutoScalingGroupName", "InstanceReusePolicy", "MaxGroupPreparedCapacity",
          "MinSize", "PoolState"),
      "AWS::AutoScaling::ScheduledAction", Set.of("AutoScalingGroupName", "DesiredCapacity", "EndTime", "MaxSize",
          "MinSize", "Recurrence", "StartTime", "TimeZone"),
      "AWS::CloudWatch::Alarm", Set.of("ActionsEnabled", "AlarmActions", "AlarmDescription", "AlarmName",
          "ComparisonOperator", "DatapointsToAlarm", "Dimensions", "EvaluateLowSampleCountPercentile",
          "EvaluationPeriods", "ExtendedStatistic", "InsufficientDataActions", "MetricName", "Metrics", "Namespace",
          "OKActions", "Period", "Statistic", "Threshold", "ThresholdMetricId", "TreatMissingData", "Unit"));

  private static ScalingConfig example(String name) throws Exception {
    return ConfigReader.read(Path.of("..", "examples", name));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Map<String, Object>>> terraform(ScalingConfig c, ExportOptions o)
      throws Exception {
    Map<String, Object> parsed = new HCLParser().parse(ExportFormat.TERRAFORM.export(c, o).text());
    return (Map<String, Map<String, Map<String, Object>>>) (Map<?, ?>) parsed.get("resource");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> one(Map<String, Map<String, Map<String, Object>>> resources, String type) {
    assertThat(resources.get(type)).as(type).hasSize(1);
    return (Map<String, Object>) resources.get(type).values().iterator().next();
  }

  @Test
  @DisplayName("Terraform: the step-scaling example parses; group, two policies and the alarm that calls one")
  void terraformStepScaling() throws Exception {
    var tf = terraform(example("step-scaling.yaml"), ExportOptions.DEFAULTS);
    Map<String, Object> group = one(tf, "aws_autoscaling_group");
    assertThat(TF_GROUP).containsAll(group.keySet());
    assertThat(group).containsEntry("name", "web-step").containsEntry("min_size", 2.0).containsEntry("max_size", 12.0)
        .containsEntry("vpc_zone_identifier", List.of("subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"))
        .doesNotContainKey("desired_capacity");
    assertThat(group.get("launch_template")).isEqualTo(Map.of("name", "web-c6i", "version", "$Latest"));
    assertThat(tf.get("aws_autoscaling_policy")).containsOnlyKeys("cpu_step_out", "cpu_step_in");
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) tf.get("aws_autoscaling_policy").get("cpu_step_out");
    assertThat(TF_POLICY).containsAll(out.keySet());
    assertThat(out).containsEntry("policy_type", "StepScaling").containsEntry("min_adjustment_magnitude", 1.0);
    assertThat((List<?>) out.get("step_adjustment")).hasSize(3);
    assertThat(tf.get("aws_cloudwatch_metric_alarm")).hasSize(2).allSatisfy((id, alarm) -> {
      assertThat(TF_ALARM.containsAll(((Map<?, ?>) alarm).keySet())).as(alarm.toString()).isTrue();
      assertThat(((Map<?, ?>) alarm).get("alarm_actions").toString()).contains("aws_autoscaling_policy.cpu_step_");
    });
  }

  @Test
  @DisplayName("Terraform: desired_capacity only when asked; hooks, tags, metrics, mixed instances, predictive")
  void terraformEverything() throws Exception {
    ScalingConfig rich = ConfigReader.parse(RICH, ConfigFormat.YAML);
    var tf = terraform(rich, ExportOptions.DEFAULTS);
    Map<String, Object> group = one(tf, "aws_autoscaling_group");
    assertThat(TF_GROUP).containsAll(group.keySet());
    assertThat(group).doesNotContainKey("desired_capacity").containsEntry("capacity_rebalance", true)
        .containsEntry("metrics_granularity", "1Minute");
    assertThat((List<?>) group.get("enabled_metrics")).hasSize(dev.asgsim.aws.mapping.GroupMetrics.ALL.size());
    assertThat((List<?>) group.get("tag")).hasSize(2);
    assertThat(group.get("initial_lifecycle_hook").toString()).contains("name=warm", "heartbeat_timeout=300");
    assertThat(group.get("mixed_instances_policy").toString()).contains("launch_template_specification",
        "override=[{instance_type=c6i.large}", "weighted_capacity=2", "on_demand_percentage_above_base_capacity=50");
    assertThat(group.get("instance_maintenance_policy").toString()).contains("min_healthy_percentage=90");
    assertThat(tf.get("aws_autoscaling_policy").get("predictive_cpu").toString())
        .contains("metric_specification", "predefined_metric_pair_specification", "mode=ForecastOnly");
    assertThat(tf.get("aws_autoscaling_policy").get("old_simple")).containsEntry("enabled", false);
    assertThat(one(terraform(rich, new ExportOptions(true)), "aws_autoscaling_group"))
        .containsEntry("desired_capacity", 3.0);
  }

  @Test
  @DisplayName("§7.11 Terraform: InstanceRequirements members in the provider's spelling (vcpu_count, memory_mib)")
  void terraformInstanceRequirements() throws Exception {
    ScalingConfig c = ConfigReader.parse("""
        AutoScalingGroup:
          AutoScalingGroupName: abs
          MixedInstancesPolicy:
            LaunchTemplate:
              LaunchTemplateSpecification: {LaunchTemplateName: web, Version: $Latest}
              Overrides:
                - InstanceRequirements:
                    VCpuCount: {Min: 2, Max: 4}
                    MemoryMiB: {Min: 4096}
                    MemoryGiBPerVCpu: {Min: 2}
                    AcceleratorTotalMemoryMiB: {Max: 0}
                    BurstablePerformance: excluded
          MinSize: 1
          MaxSize: 4
        """, ConfigFormat.YAML);
    String policy = one(terraform(c, ExportOptions.DEFAULTS), "aws_autoscaling_group").get("mixed_instances_policy")
        .toString();
    assertThat(policy).contains("instance_requirements", "vcpu_count={min=2", "memory_mib={min=4096",
        "memory_gib_per_vcpu={min=2", "accelerator_total_memory_mib={max=0", "burstable_performance=excluded");
  }

  @Test
  @DisplayName("Terraform: scheduled actions become aws_autoscaling_schedule; names become valid identifiers")
  void terraformSchedules() throws Exception {
    var tf = terraform(example("scheduled-business-hours.yaml"), ExportOptions.DEFAULTS);
    assertThat(tf.get("aws_autoscaling_schedule")).isNotEmpty().allSatisfy((id, s) -> {
      assertThat(id).matches("[a-z_][a-z0-9_]*");
      assertThat(TF_SCHEDULE.containsAll(((Map<?, ?>) s).keySet())).as(s.toString()).isTrue();
      assertThat(((Map<?, ?>) s).get("recurrence")).isNotNull();
    });
    var tt = terraform(example("fastcampus-nginx.yaml"), ExportOptions.DEFAULTS);
    assertThat(tt.get("aws_autoscaling_policy")).containsOnlyKeys("target_tracking_policy_20211202");
    assertThat(tt.get("aws_autoscaling_policy").get("target_tracking_policy_20211202").toString())
        .contains("predefined_metric_type=ASGAverageCPUUtilization", "target_value=50");
  }

  @Test
  @DisplayName("HCL strings keep $ and quotes literal (a template marker would be evaluated by Terraform)")
  void hclQuoting() {
    assertThat(HclBlock.quote("$Latest")).isEqualTo("\"$Latest\"");
    assertThat(HclBlock.quote("web ${env}")).isEqualTo("\"web $${env}\"");
    assertThat(HclBlock.quote("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
  }

  @Test
  @DisplayName("CloudFormation: JSON whose every property is documented for its type; Refs tie policies to the group")
  void cloudFormation() throws Exception {
    for (ScalingConfig c : List.of(example("step-scaling.yaml"), example("fastcampus-nginx.yaml"),
        example("scheduled-business-hours.yaml"), example("warm-pool-slow-start.yaml"),
        ConfigReader.parse(RICH, ConfigFormat.YAML))) {
      JsonNode t = new ObjectMapper().readTree(ExportFormat.CLOUDFORMATION.export(c, ExportOptions.DEFAULTS).text());
      assertThat(t.path("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
      String groupId = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = t.get("Resources").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> r = it.next();
        assertThat(r.getKey()).matches("[A-Za-z0-9]+");
        String type = r.getValue().get("Type").asText();
        assertThat(CFN).containsKey(type);
        r.getValue().get("Properties").fieldNames()
            .forEachRemaining(p -> assertThat(CFN.get(type)).as(type).contains(p));
        if (type.equals("AWS::AutoScaling::AutoScalingGroup")) {
          groupId = r.getKey();
          assertThat(r.getValue().get("Properties").has("DesiredCapacity")).isFalse();
          assertThat(r.getValue().at("/Properties/MinSize").isTextual()).isTrue();
        }
      }
      String id = groupId;
      t.get("Resources").forEach(r -> {
        if (r.get("Type").asText().matches("AWS::AutoScaling::(S.*|WarmPool)")) {
          assertThat(r.at("/Properties/AutoScalingGroupName/Ref").asText()).isEqualTo(id);
        }
      });
    }
    JsonNode step = new ObjectMapper().readTree(ExportFormat.CLOUDFORMATION.export(example("step-scaling.yaml"),
        new ExportOptions(true)).text());
    assertThat(step.at("/Resources/WebStepGroup/Properties/DesiredCapacity").asText()).isEqualTo("2");
    assertThat(step.at("/Resources/CpuStepOutAlarm/Properties/AlarmActions/0/Ref").asText()).isEqualTo("CpuStepOut");
    assertThat(step.at("/Resources/CpuStepOut/Metadata/asgsim/PolicyName").asText()).isEqualTo("cpu-step-out");
  }

  /** A nested block as hcl4j reads it: a map when it occurs once, a list of maps when repeated (the first). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> block(Object parsed) {
    return (Map<String, Object>) (parsed instanceof List<?> l ? l.get(0) : parsed);
  }

  @Test
  @DisplayName("§7.6, §6.5 the warm pool and lifecycle hooks: Terraform's warm_pool and initial_lifecycle_hook blocks, "
      + "CloudFormation's AWS::AutoScaling::WarmPool and LifecycleHookSpecificationList, with PutWarmPool's and "
      + "PutLifecycleHook's values")
  void warmPoolAndHooks() throws Exception {
    ScalingConfig c = example("warm-pool-slow-start.yaml");
    Map<String, Object> group = one(terraform(c, ExportOptions.DEFAULTS), "aws_autoscaling_group");
    assertThat(TF_GROUP).containsAll(group.keySet());
    Map<String, Object> pool = block(group.get("warm_pool"));
    assertThat(TF_WARM_POOL).containsAll(pool.keySet());
    assertThat(pool).containsEntry("pool_state", "Stopped").containsEntry("min_size", 0.0)
        .containsEntry("max_group_prepared_capacity", 4.0);
    assertThat(pool.get("instance_reuse_policy").toString()).contains("reuse_on_scale_in=false");
    Map<String, Object> hook = block(group.get("initial_lifecycle_hook"));
    assertThat(TF_HOOK).containsAll(hook.keySet());
    assertThat(hook).containsEntry("name", "app-install")
        .containsEntry("lifecycle_transition", "autoscaling:EC2_INSTANCE_LAUNCHING")
        .containsEntry("heartbeat_timeout", 600.0).containsEntry("default_result", "ABANDON");

    JsonNode t = new ObjectMapper().readTree(ExportFormat.CLOUDFORMATION.export(c, ExportOptions.DEFAULTS).text());
    JsonNode asg = t.at("/Resources/Autoscaling20211202Group/Properties");
    assertThat(asg.has("WarmPoolConfiguration")).isFalse();
    assertThat(asg.at("/LifecycleHookSpecificationList/0/LifecycleHookName").asText()).isEqualTo("app-install");
    assertThat(asg.at("/LifecycleHookSpecificationList/0/HeartbeatTimeout").asInt()).isEqualTo(600);
    JsonNode wp = t.at("/Resources/Autoscaling20211202WarmPool");
    assertThat(wp.get("Type").asText()).isEqualTo("AWS::AutoScaling::WarmPool");
    assertThat(wp.at("/Properties/AutoScalingGroupName/Ref").asText()).isEqualTo("Autoscaling20211202Group");
    assertThat(wp.at("/Properties/PoolState").asText()).isEqualTo("Stopped");
    assertThat(wp.at("/Properties/MaxGroupPreparedCapacity").asInt()).isEqualTo(4);
    assertThat(wp.at("/Properties/InstanceReusePolicy/ReuseOnScaleIn").asBoolean(true)).isFalse();
  }

  @Test
  @DisplayName("what CloudFormation cannot say (a disabled policy) is named in the notes and the template")
  void cloudFormationNotes() throws Exception {
    Exported e = ExportFormat.CLOUDFORMATION.export(ConfigReader.parse(RICH, ConfigFormat.YAML), ExportOptions.DEFAULTS);
    assertThat(e.notes()).singleElement().asString().contains("old-simple", "Enabled: false");
    assertThat(e.text()).contains("NotExported");
  }
}
