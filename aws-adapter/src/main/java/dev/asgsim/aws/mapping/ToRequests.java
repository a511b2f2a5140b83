package dev.asgsim.aws.mapping;

// Over 300 lines because one mapping of the config to every AWS request it needs, member by member, mirroring
// ToConfig so each member's two directions can be read side by side.

import static dev.asgsim.aws.mapping.ToConfig.map;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MetricDataQuery;
import dev.asgsim.core.config.MetricStat;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.autoscaling.model.CreateAutoScalingGroupRequest;
import software.amazon.awssdk.services.autoscaling.model.CustomizedMetricSpecification;
import software.amazon.awssdk.services.autoscaling.model.EnableMetricsCollectionRequest;
import software.amazon.awssdk.services.autoscaling.model.InstancesDistribution;
import software.amazon.awssdk.services.autoscaling.model.LaunchTemplateOverrides;
import software.amazon.awssdk.services.autoscaling.model.LifecycleHookSpecification;
import software.amazon.awssdk.services.autoscaling.model.PredefinedMetricSpecification;
import software.amazon.awssdk.services.autoscaling.model.PredictiveScalingMetricSpecification;
import software.amazon.awssdk.services.autoscaling.model.PutScalingPolicyRequest;
import software.amazon.awssdk.services.autoscaling.model.PutScheduledUpdateGroupActionRequest;
import software.amazon.awssdk.services.autoscaling.model.TargetTrackingMetricDataQuery;
import software.amazon.awssdk.services.autoscaling.model.TargetTrackingMetricStat;
import software.amazon.awssdk.services.autoscaling.model.TrafficSourceIdentifier;
import software.amazon.awssdk.services.autoscaling.model.UpdateAutoScalingGroupRequest;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;

/** Config records to SDK requests (the apply direction). Absent members stay absent, so AWS applies its defaults. */
public final class ToRequests {
  private ToRequests() {}

  public static CreateAutoScalingGroupRequest create(AutoScalingGroup g) {
    return CreateAutoScalingGroupRequest.builder()
        .autoScalingGroupName(g.autoScalingGroupName())
        .launchTemplate(launchTemplate(g.launchTemplate()))
        .mixedInstancesPolicy(mixed(g.mixedInstancesPolicy()))
        .launchConfigurationName(g.launchConfigurationName())
        .instanceId(g.instanceId())
        .minSize(g.minSize())
        .maxSize(g.maxSize())
        .desiredCapacity(g.desiredCapacity())
        .desiredCapacityType(g.desiredCapacityType())
        .defaultCooldown(g.defaultCooldown())
        .defaultInstanceWarmup(g.defaultInstanceWarmup())
        .availabilityZones(g.availabilityZones())
        .vpcZoneIdentifier(g.vpcZoneIdentifier())
        .targetGroupARNs(g.targetGroupARNs())
        .loadBalancerNames(g.loadBalancerNames())
        .trafficSources(g.trafficSources() == null ? null : map(g.trafficSources(),
            t -> TrafficSourceIdentifier.builder().identifier(t.identifier()).type(t.type()).build()))
        .healthCheckType(g.healthCheckType())
        .healthCheckGracePeriod(g.healthCheckGracePeriod())
        .terminationPolicies(g.terminationPolicies())
        .newInstancesProtectedFromScaleIn(g.newInstancesProtectedFromScaleIn())
        .maxInstanceLifetime(g.maxInstanceLifetime())
        .capacityRebalance(g.capacityRebalance())
        .lifecycleHookSpecificationList(g.lifecycleHookSpecificationList() == null ? null
            : map(g.lifecycleHookSpecificationList(), h -> LifecycleHookSpecification.builder()
                .lifecycleHookName(h.lifecycleHookName()).lifecycleTransition(h.lifecycleTransition())
                .heartbeatTimeout(h.heartbeatTimeout()).defaultResult(h.defaultResult())
                .notificationMetadata(h.notificationMetadata()).notificationTargetARN(h.notificationTargetARN())
                .roleARN(h.roleARN()).build()))
        .tags(g.tags() == null ? null : map(g.tags(), t -> software.amazon.awssdk.services.autoscaling.model.Tag.builder()
            .key(t.key()).value(t.value()).propagateAtLaunch(t.propagateAtLaunch())
            .resourceId(g.autoScalingGroupName()).resourceType("auto-scaling-group").build()))
        .placementGroup(g.placementGroup())
        .serviceLinkedRoleARN(g.serviceLinkedRoleARN())
        .instanceMaintenancePolicy(maintenance(g))
        .build();
  }

  /**
   * An update that sends only {@code fields} (the members the plan found different, by their API names), so that
   * members nobody asked to change are never rewritten.
   */
  public static UpdateAutoScalingGroupRequest update(AutoScalingGroup g, Set<String> fields) {
    var b = UpdateAutoScalingGroupRequest.builder().autoScalingGroupName(g.autoScalingGroupName());
    if (fields.contains("LaunchTemplate")) b.launchTemplate(launchTemplate(g.launchTemplate()));
    if (fields.contains("MixedInstancesPolicy")) b.mixedInstancesPolicy(mixed(g.mixedInstancesPolicy()));
    if (fields.contains("LaunchConfigurationName")) b.launchConfigurationName(g.launchConfigurationName());
    if (fields.contains("MinSize")) b.minSize(g.minSize());
    if (fields.contains("MaxSize")) b.maxSize(g.maxSize());
    if (fields.contains("DesiredCapacity")) b.desiredCapacity(g.desiredCapacity());
    if (fields.contains("DesiredCapacityType")) b.desiredCapacityType(g.desiredCapacityType());
    if (fields.contains("DefaultCooldown")) b.defaultCooldown(g.defaultCooldown());
    if (fields.contains("DefaultInstanceWarmup")) b.defaultInstanceWarmup(g.defaultInstanceWarmup());
    if (fields.contains("AvailabilityZones")) b.availabilityZones(g.availabilityZones());
    if (fields.contains("VPCZoneIdentifier")) b.vpcZoneIdentifier(g.vpcZoneIdentifier());
    if (fields.contains("HealthCheckType")) b.healthCheckType(g.healthCheckType());
    if (fields.contains("HealthCheckGracePeriod")) b.healthCheckGracePeriod(g.healthCheckGracePeriod());
    if (fields.contains("TerminationPolicies")) b.terminationPolicies(g.terminationPolicies());
    if (fields.contains("NewInstancesProtectedFromScaleIn")) {
      b.newInstancesProtectedFromScaleIn(g.newInstancesProtectedFromScaleIn());
    }
    if (fields.contains("MaxInstanceLifetime")) b.maxInstanceLifetime(g.maxInstanceLifetime());
    if (fields.contains("CapacityRebalance")) b.capacityRebalance(g.capacityRebalance());
    if (fields.contains("PlacementGroup")) b.placementGroup(g.placementGroup());
    if (fields.contains("ServiceLinkedRoleARN")) b.serviceLinkedRoleARN(g.serviceLinkedRoleARN());
    if (fields.contains("InstanceMaintenancePolicy")) b.instanceMaintenancePolicy(maintenance(g));
    return b.build();
  }

  /** The members UpdateAutoScalingGroup can change (aws-behaviour §9.5 [D]); the others need their own calls or a new group. */
  public static final Set<String> UPDATABLE = Set.of("LaunchTemplate", "MixedInstancesPolicy",
      "LaunchConfigurationName", "MinSize", "MaxSize", "DesiredCapacity", "DesiredCapacityType", "DefaultCooldown",
      "DefaultInstanceWarmup", "AvailabilityZones", "VPCZoneIdentifier", "HealthCheckType", "HealthCheckGracePeriod",
      "TerminationPolicies", "NewInstancesProtectedFromScaleIn", "MaxInstanceLifetime", "CapacityRebalance",
      "PlacementGroup", "ServiceLinkedRoleARN", "InstanceMaintenancePolicy");

  public static EnableMetricsCollectionRequest enableMetrics(String group, MetricsCollection m) {
    return EnableMetricsCollectionRequest.builder()
        .autoScalingGroupName(group)
        .granularity(m.granularity() == null ? GroupMetrics.GRANULARITY : m.granularity())
        .metrics(m.metrics() == null || m.metrics().isEmpty() ? GroupMetrics.ALL : m.metrics())
        .build();
  }

  public static PutScalingPolicyRequest putPolicy(String group, ScalingPolicy p) {
    return PutScalingPolicyRequest.builder()
        .autoScalingGroupName(group)
        .policyName(p.policyName())
        .policyType(p.policyType())
        .adjustmentType(p.adjustmentType())
        .minAdjustmentMagnitude(p.effectiveMinAdjustmentMagnitude())
        .scalingAdjustment(p.scalingAdjustment())
        .cooldown(p.cooldown())
        .metricAggregationType(p.metricAggregationType())
        .stepAdjustments(p.stepAdjustments() == null ? null : map(p.stepAdjustments(),
            s -> software.amazon.awssdk.services.autoscaling.model.StepAdjustment.builder()
                .metricIntervalLowerBound(s.metricIntervalLowerBound())
                .metricIntervalUpperBound(s.metricIntervalUpperBound())
                .scalingAdjustment(s.scalingAdjustment()).build()))
        .estimatedInstanceWarmup(p.estimatedInstanceWarmup())
        .targetTrackingConfiguration(targetTracking(p.targetTrackingConfiguration()))
        .predictiveScalingConfiguration(predictive(p.predictiveScalingConfiguration()))
        .enabled(p.enabled())
        .build();
  }

  static software.amazon.awssdk.services.autoscaling.model.TargetTrackingConfiguration targetTracking(
      TargetTrackingConfiguration t) {
    if (t == null) {
      return null;
    }
    var b = software.amazon.awssdk.services.autoscaling.model.TargetTrackingConfiguration.builder()
        .targetValue(t.targetValue())
        .disableScaleIn(t.disableScaleIn());
    var pre = t.predefinedMetricSpecification();
    if (pre != null) {
      b.predefinedMetricSpecification(PredefinedMetricSpecification.builder()
          .predefinedMetricType(pre.predefinedMetricType()).resourceLabel(pre.resourceLabel()).build());
    }
    var cus = t.customizedMetricSpecification();
    if (cus != null) {
      b.customizedMetricSpecification(CustomizedMetricSpecification.builder()
          .metricName(cus.metricName()).namespace(cus.namespace())
          .dimensions(cus.dimensions() == null ? null : map(cus.dimensions(),
              d -> software.amazon.awssdk.services.autoscaling.model.MetricDimension.builder()
                  .name(d.name()).value(d.value()).build()))
          .statistic(cus.statistic()).unit(cus.unit()).period(cus.period())
          .metrics(cus.metrics() == null ? null : map(cus.metrics(), q -> TargetTrackingMetricDataQuery.builder()
              .id(q.id()).expression(q.expression()).label(q.label()).period(q.period()).returnData(q.returnData())
              .metricStat(q.metricStat() == null ? null : TargetTrackingMetricStat.builder()
                  .metric(metric(q.metricStat().metric())).stat(q.metricStat().stat())
                  .unit(q.metricStat().unit()).period(q.metricStat().period()).build())
              .build()))
          .build());
    }
    return b.build();
  }

  static software.amazon.awssdk.services.autoscaling.model.Metric metric(MetricStat.Metric m) {
    return m == null ? null : software.amazon.awssdk.services.autoscaling.model.Metric.builder()
        .namespace(m.namespace()).metricName(m.metricName())
        .dimensions(m.dimensions() == null ? null : map(m.dimensions(),
            d -> software.amazon.awssdk.services.autoscaling.model.MetricDimension.builder()
                .name(d.name()).value(d.value()).build()))
        .build();
  }

  static software.amazon.awssdk.services.autoscaling.model.PredictiveScalingConfiguration predictive(
      PredictiveScalingConfiguration p) {
    if (p == null) {
      return null;
    }
    return software.amazon.awssdk.services.autoscaling.model.PredictiveScalingConfiguration.builder()
        .metricSpecifications(p.metricSpecifications() == null ? null : map(p.metricSpecifications(), s -> {
          var b = PredictiveScalingMetricSpecification.builder().targetValue(s.targetValue());
          if (s.predefinedMetricPairSpecification() != null) {
            b.predefinedMetricPairSpecification(x -> x
                .predefinedMetricType(s.predefinedMetricPairSpecification().predefinedMetricType())
                .resourceLabel(s.predefinedMetricPairSpecification().resourceLabel()));
          }
          if (s.predefinedScalingMetricSpecification() != null) {
            b.predefinedScalingMetricSpecification(x -> x
                .predefinedMetricType(s.predefinedScalingMetricSpecification().predefinedMetricType())
                .resourceLabel(s.predefinedScalingMetricSpecification().resourceLabel()));
          }
          if (s.predefinedLoadMetricSpecification() != null) {
            b.predefinedLoadMetricSpecification(x -> x
                .predefinedMetricType(s.predefinedLoadMetricSpecification().predefinedMetricType())
                .resourceLabel(s.predefinedLoadMetricSpecification().resourceLabel()));
          }
          if (s.customizedScalingMetricSpecification() != null) {
            b.customizedScalingMetricSpecification(x -> x.metricDataQueries(
                queries(s.customizedScalingMetricSpecification().metricDataQueries())));
          }
          if (s.customizedLoadMetricSpecification() != null) {
            b.customizedLoadMetricSpecification(x -> x.metricDataQueries(
                queries(s.customizedLoadMetricSpecification().metricDataQueries())));
          }
          if (s.customizedCapacityMetricSpecification() != null) {
            b.customizedCapacityMetricSpecification(x -> x.metricDataQueries(
                queries(s.customizedCapacityMetricSpecification().metricDataQueries())));
          }
          return b.build();
        }))
        .mode(p.mode())
        .schedulingBufferTime(p.schedulingBufferTime())
        .maxCapacityBreachBehavior(p.maxCapacityBreachBehavior())
        .maxCapacityBuffer(p.maxCapacityBuffer())
        .build();
  }

  private static List<software.amazon.awssdk.services.autoscaling.model.MetricDataQuery> queries(
      List<MetricDataQuery> qs) {
    return qs == null ? null : map(qs, q -> software.amazon.awssdk.services.autoscaling.model.MetricDataQuery.builder()
        .id(q.id()).expression(q.expression()).label(q.label()).returnData(q.returnData())
        .metricStat(q.metricStat() == null ? null : software.amazon.awssdk.services.autoscaling.model.MetricStat.builder()
            .metric(metric(q.metricStat().metric())).stat(q.metricStat().stat()).unit(q.metricStat().unit()).build())
        .build());
  }

  /** PutLifecycleHook: creates the hook or replaces it whole (aws-behaviour §6.5). */
  public static software.amazon.awssdk.services.autoscaling.model.PutLifecycleHookRequest putLifecycleHook(String group,
      dev.asgsim.core.config.LifecycleHookSpecification h) {
    return software.amazon.awssdk.services.autoscaling.model.PutLifecycleHookRequest.builder()
        .autoScalingGroupName(group).lifecycleHookName(h.lifecycleHookName())
        .lifecycleTransition(h.lifecycleTransition()).heartbeatTimeout(h.heartbeatTimeout())
        .defaultResult(h.defaultResult()).notificationMetadata(h.notificationMetadata())
        .notificationTargetARN(h.notificationTargetARN()).roleARN(h.roleARN()).build();
  }

  /** PutWarmPool: creates the pool or replaces its settings (aws-behaviour §7.6). */
  public static software.amazon.awssdk.services.autoscaling.model.PutWarmPoolRequest putWarmPool(String group,
      dev.asgsim.core.config.WarmPoolConfiguration w) {
    var b = software.amazon.awssdk.services.autoscaling.model.PutWarmPoolRequest.builder()
        .autoScalingGroupName(group).minSize(w.minSize()).maxGroupPreparedCapacity(w.maxGroupPreparedCapacity())
        .poolState(w.poolState());
    if (w.instanceReusePolicy() != null) {
      b.instanceReusePolicy(r -> r.reuseOnScaleIn(w.instanceReusePolicy().reuseOnScaleIn()));
    }
    return b.build();
  }

  public static PutScheduledUpdateGroupActionRequest putScheduledAction(String group, ScheduledAction a) {
    return PutScheduledUpdateGroupActionRequest.builder()
        .autoScalingGroupName(group)
        .scheduledActionName(a.scheduledActionName())
        .startTime(a.startTime())
        .endTime(a.endTime())
        .recurrence(a.recurrence())
        .minSize(a.minSize())
        .maxSize(a.maxSize())
        .desiredCapacity(a.desiredCapacity())
        .timeZone(a.timeZone())
        .build();
  }

  /** The alarm of a step or simple policy, with the policy's ARN as its only alarm action. */
  public static PutMetricAlarmRequest putAlarm(MetricAlarm a, String policyArn) {
    return PutMetricAlarmRequest.builder()
        .alarmName(a.alarmName())
        .namespace(a.namespace())
        .metricName(a.metricName())
        .dimensions(a.dimensions() == null ? null : map(a.dimensions(),
            d -> Dimension.builder().name(d.name()).value(d.value()).build()))
        .statistic(a.statistic())
        .extendedStatistic(a.extendedStatistic())
        .unit(a.unit())
        .period(a.period())
        .evaluationPeriods(a.evaluationPeriods())
        .datapointsToAlarm(a.datapointsToAlarm())
        .threshold(a.threshold())
        .comparisonOperator(a.comparisonOperator())
        .treatMissingData(a.treatMissingData())
        .alarmActions(policyArn)
        .build();
  }

  static software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification launchTemplate(
      LaunchTemplateSpecification lt) {
    return lt == null ? null : software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification.builder()
        .launchTemplateId(lt.launchTemplateId()).launchTemplateName(lt.launchTemplateName()).version(lt.version())
        .build();
  }

  static software.amazon.awssdk.services.autoscaling.model.MixedInstancesPolicy mixed(MixedInstancesPolicy m) {
    if (m == null) {
      return null;
    }
    var b = software.amazon.awssdk.services.autoscaling.model.MixedInstancesPolicy.builder();
    if (m.launchTemplate() != null) {
      b.launchTemplate(software.amazon.awssdk.services.autoscaling.model.LaunchTemplate.builder()
          .launchTemplateSpecification(launchTemplate(m.launchTemplate().launchTemplateSpecification()))
          .overrides(m.launchTemplate().overrides() == null ? null : map(m.launchTemplate().overrides(),
              o -> LaunchTemplateOverrides.builder().instanceType(o.instanceType())
                  .weightedCapacity(o.weightedCapacity()).imageId(o.imageId())
                  .instanceRequirements(RequirementsMapping.toSdk(o.instanceRequirements())).build()))
          .build());
    }
    var d = m.instancesDistribution();
    if (d != null) {
      b.instancesDistribution(InstancesDistribution.builder()
          .onDemandAllocationStrategy(d.onDemandAllocationStrategy())
          .onDemandBaseCapacity(d.onDemandBaseCapacity())
          .onDemandPercentageAboveBaseCapacity(d.onDemandPercentageAboveBaseCapacity())
          .spotAllocationStrategy(d.spotAllocationStrategy())
          .spotInstancePools(d.spotInstancePools())
          .spotMaxPrice(d.spotMaxPrice())
          .build());
    }
    return b.build();
  }

  private static software.amazon.awssdk.services.autoscaling.model.InstanceMaintenancePolicy maintenance(
      AutoScalingGroup g) {
    var m = g.instanceMaintenancePolicy();
    return m == null ? null : software.amazon.awssdk.services.autoscaling.model.InstanceMaintenancePolicy.builder()
        .minHealthyPercentage(m.minHealthyPercentage()).maxHealthyPercentage(m.maxHealthyPercentage()).build();
  }
}
