package dev.asgsim.aws.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.aws.export.HclBlock.Ref;
import dev.asgsim.aws.mapping.GroupMetrics;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MetricDimension;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.Tag;
import dev.asgsim.core.config.TrafficSource;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.io.ConfigMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A config as Terraform for the AWS provider: {@code aws_autoscaling_group} (with its hooks, tags and metrics),
 * {@code aws_autoscaling_policy}, {@code aws_cloudwatch_metric_alarm} for step and simple policies, and
 * {@code aws_autoscaling_schedule}. Argument names follow the provider's documentation; nested AWS structures
 * (target tracking, predictive scaling, mixed instances) are written member by member in the provider's snake_case
 * with the few names it spells differently listed in {@link #RENAMES}.
 */
final class TerraformExport {
  private static final ObjectMapper TREE = ConfigMapper.json();
  /** Provider names that are not the snake_case of AWS's, by "Parent.Member" or "Member". */
  static final Map<String, String> RENAMES = Map.of(
      "CustomizedMetricSpecification.Dimensions", "metric_dimension",
      "StepAdjustments", "step_adjustment",
      "MetricSpecifications", "metric_specification",
      "Overrides", "override",
      // InstanceRequirements members whose unit or "VCpu" the provider writes as one word (aws-behaviour §7.11).
      "VCpuCount", "vcpu_count",
      "MemoryMiB", "memory_mib",
      "MemoryGiBPerVCpu", "memory_gib_per_vcpu",
      "AcceleratorTotalMemoryMiB", "accelerator_total_memory_mib");

  private TerraformExport() {}

  static Exported export(ScalingConfig config, ExportOptions options) {
    List<String> notes = new ArrayList<>();
    Names names = new Names(Names.Style.SNAKE);
    AutoScalingGroup g = config.autoScalingGroup();
    String groupId = names.of(g.autoScalingGroupName());
    Ref groupName = new Ref("aws_autoscaling_group." + groupId + ".name");
    List<HclBlock> resources = new ArrayList<>();
    resources.add(group(g, groupId, options, notes));
    for (ScalingPolicy p : config.policies()) {
      String id = names.of(p.policyName());
      resources.add(policy(p, id, groupName, notes));
      if (p.alarm() != null) {
        resources.add(alarm(p.alarm(), names.of(p.policyName() + "_alarm"), id));
      }
    }
    for (ScheduledAction a : config.actions()) {
      resources.add(new HclBlock("resource", "aws_autoscaling_schedule", names.of(a.scheduledActionName()))
          .set("scheduled_action_name", a.scheduledActionName())
          .set("autoscaling_group_name", groupName)
          .set("min_size", a.minSize())
          .set("max_size", a.maxSize())
          .set("desired_capacity", a.desiredCapacity())
          .set("start_time", a.startTime() == null ? null : a.startTime().toString())
          .set("end_time", a.endTime() == null ? null : a.endTime().toString())
          .set("recurrence", a.recurrence())
          .set("time_zone", a.timeZone()));
    }
    StringBuilder out = new StringBuilder();
    out.append("# Written by asgsim export from the group ").append(g.autoScalingGroupName()).append(".\n");
    if (!options.desiredCapacity()) {
      out.append("# desired_capacity is left out on purpose: the autoscaler owns it (asgsim export "
          + "--desired-capacity writes it).\n");
    }
    notes.forEach(n -> out.append("# NOT EXPORTED: ").append(n).append('\n'));
    for (HclBlock r : resources) {
      out.append('\n').append(r.print());
    }
    return new Exported(out.toString(), notes);
  }

  private static HclBlock group(AutoScalingGroup g, String id, ExportOptions options, List<String> notes) {
    HclBlock b = new HclBlock("resource", "aws_autoscaling_group", id)
        .set("name", g.autoScalingGroupName())
        .set("min_size", g.minSize())
        .set("max_size", g.maxSize())
        .set("desired_capacity", options.desiredCapacity() ? g.desiredCapacity() : null)
        .set("desired_capacity_type", g.desiredCapacityType())
        .set("default_cooldown", g.defaultCooldown())
        .set("default_instance_warmup", g.defaultInstanceWarmup())
        .set("availability_zones", g.availabilityZones())
        .set("vpc_zone_identifier", g.vpcZoneIdentifier() == null ? null : g.subnets())
        .set("target_group_arns", g.targetGroupARNs())
        .set("load_balancers", g.loadBalancerNames())
        .set("health_check_type", g.healthCheckType())
        .set("health_check_grace_period", g.healthCheckGracePeriod())
        .set("termination_policies", g.terminationPolicies())
        .set("protect_from_scale_in", g.newInstancesProtectedFromScaleIn())
        .set("max_instance_lifetime", g.maxInstanceLifetime())
        .set("capacity_rebalance", g.capacityRebalance())
        .set("placement_group", g.placementGroup())
        .set("service_linked_role_arn", g.serviceLinkedRoleARN())
        .set("launch_configuration", g.launchConfigurationName());
    if (g.metricsCollection() != null) {
      var m = g.metricsCollection();
      b.set("enabled_metrics", m.metrics() == null || m.metrics().isEmpty() ? GroupMetrics.ALL : m.metrics())
          .set("metrics_granularity", m.granularity());
    }
    if (g.instanceId() != null) {
      notes.add("InstanceId " + g.instanceId() + ": aws_autoscaling_group cannot be created from an instance; "
          + "give a launch template");
    }
    if (g.launchTemplate() != null) {
      b.add(new HclBlock("launch_template")
          .set("id", g.launchTemplate().launchTemplateId())
          .set("name", g.launchTemplate().launchTemplateName())
          .set("version", g.launchTemplate().version()));
    }
    if (g.mixedInstancesPolicy() != null) {
      b.add(nested("mixed_instances_policy", "MixedInstancesPolicy", TREE.valueToTree(g.mixedInstancesPolicy())));
    }
    if (g.instanceMaintenancePolicy() != null) {
      b.add(nested("instance_maintenance_policy", "InstanceMaintenancePolicy",
          TREE.valueToTree(g.instanceMaintenancePolicy())));
    }
    WarmPoolConfiguration w = g.warmPoolConfiguration();
    if (w != null) {
      // The provider's warm_pool block of aws_autoscaling_group (PutWarmPool, aws-behaviour §7.6).
      HclBlock pool = new HclBlock("warm_pool")
          .set("pool_state", w.poolState())
          .set("min_size", w.minSize())
          .set("max_group_prepared_capacity", w.maxGroupPreparedCapacity());
      if (w.instanceReusePolicy() != null && w.instanceReusePolicy().reuseOnScaleIn() != null) {
        pool.add(new HclBlock("instance_reuse_policy")
            .set("reuse_on_scale_in", w.instanceReusePolicy().reuseOnScaleIn()));
      }
      b.add(pool);
    }
    for (LifecycleHookSpecification h : orEmpty(g.lifecycleHookSpecificationList())) {
      b.add(new HclBlock("initial_lifecycle_hook")
          .set("name", h.lifecycleHookName())
          .set("lifecycle_transition", h.lifecycleTransition())
          .set("heartbeat_timeout", h.heartbeatTimeout())
          .set("default_result", h.defaultResult())
          .set("notification_metadata", h.notificationMetadata())
          .set("notification_target_arn", h.notificationTargetARN())
          .set("role_arn", h.roleARN()));
    }
    for (TrafficSource t : orEmpty(g.trafficSources())) {
      b.add(new HclBlock("traffic_source").set("identifier", t.identifier()).set("type", t.type()));
    }
    for (Tag t : orEmpty(g.tags())) {
      // The provider requires propagate_at_launch; AWS's default is false.
      b.add(new HclBlock("tag").set("key", t.key()).set("value", t.value())
          .set("propagate_at_launch", Boolean.TRUE.equals(t.propagateAtLaunch())));
    }
    return b;
  }

  private static HclBlock policy(ScalingPolicy p, String id, Ref groupName, List<String> notes) {
    HclBlock b = new HclBlock("resource", "aws_autoscaling_policy", id)
        .set("name", p.policyName())
        .set("autoscaling_group_name", groupName)
        .set("policy_type", p.policyType())
        .set("adjustment_type", p.adjustmentType())
        .set("scaling_adjustment", p.scalingAdjustment())
        .set("cooldown", p.cooldown())
        .set("min_adjustment_magnitude", p.minAdjustmentMagnitude() != null ? p.minAdjustmentMagnitude()
            : p.minAdjustmentStep())
        .set("metric_aggregation_type", p.metricAggregationType())
        .set("estimated_instance_warmup", p.estimatedInstanceWarmup())
        .set("enabled", p.enabled());
    if (p.minAdjustmentMagnitude() == null && p.minAdjustmentStep() != null) {
      notes.add("policy " + p.policyName() + ": MinAdjustmentStep (deprecated by AWS) is written as "
          + "min_adjustment_magnitude");
    }
    JsonNode tree = TREE.valueToTree(p);
    for (String member : List.of("StepAdjustments", "TargetTrackingConfiguration", "PredictiveScalingConfiguration")) {
      if (tree.has(member)) {
        convert("", member, tree.get(member), b);
      }
    }
    return b;
  }

  private static HclBlock alarm(MetricAlarm a, String id, String policyId) {
    Map<String, String> dimensions = new LinkedHashMap<>();
    for (MetricDimension d : orEmpty(a.dimensions())) {
      dimensions.put(d.name(), d.value());
    }
    return new HclBlock("resource", "aws_cloudwatch_metric_alarm", id)
        .set("alarm_name", a.alarmName())
        .set("namespace", a.namespace())
        .set("metric_name", a.metricName())
        .set("dimensions", dimensions.isEmpty() ? null : dimensions)
        .set("statistic", a.statistic())
        .set("extended_statistic", a.extendedStatistic())
        .set("unit", a.unit())
        .set("period", a.period())
        .set("evaluation_periods", a.evaluationPeriods())
        .set("datapoints_to_alarm", a.datapointsToAlarm())
        .set("threshold", a.threshold())
        .set("comparison_operator", a.comparisonOperator())
        .set("treat_missing_data", a.treatMissingData())
        .set("alarm_actions", List.of(new Ref("aws_autoscaling_policy." + policyId + ".arn")));
  }

  private static HclBlock nested(String name, String member, JsonNode node) {
    HclBlock b = new HclBlock(name);
    node.fields().forEachRemaining(e -> convert(member, e.getKey(), e.getValue(), b));
    return b;
  }

  /** One AWS member into {@code into}: a mapping becomes a block, a list of mappings repeated blocks. */
  private static void convert(String parent, String member, JsonNode value, HclBlock into) {
    String name = RENAMES.getOrDefault(parent + "." + member, RENAMES.getOrDefault(member, Names.snake(member)));
    if (value.isObject()) {
      into.add(nested(name, member, value));
    } else if (value.isArray() && value.size() > 0 && value.get(0).isObject()) {
      value.forEach(item -> into.add(nested(name, member, item)));
    } else if (value.isArray()) {
      List<Object> items = new ArrayList<>();
      value.forEach(item -> items.add(scalar(item)));
      into.set(name, items);
    } else if (!value.isNull()) {
      into.set(name, scalar(value));
    }
  }

  private static Object scalar(JsonNode v) {
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isIntegralNumber()) {
      return v.longValue();
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    return v.asText();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
