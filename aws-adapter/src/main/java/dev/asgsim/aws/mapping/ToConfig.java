package dev.asgsim.aws.mapping;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.InstanceMaintenancePolicy;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MetricDataQuery;
import dev.asgsim.core.config.MetricDimension;
import dev.asgsim.core.config.MetricStat;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.StepAdjustment;
import dev.asgsim.core.config.Tag;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.config.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import software.amazon.awssdk.services.autoscaling.model.EnabledMetric;
import software.amazon.awssdk.services.autoscaling.model.LifecycleHook;
import software.amazon.awssdk.services.autoscaling.model.ScheduledUpdateGroupAction;

/**
 * SDK responses to config records (the import direction). Empty lists AWS always sends (LoadBalancerNames: [],
 * StepAdjustments: []) become absent members, so an imported file only says what is set.
 */
public final class ToConfig {
  private ToConfig() {}

  /** The group, its metrics collection and (from DescribeLifecycleHooks) its hooks. */
  public static AutoScalingGroup group(
      software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g, List<LifecycleHook> hooks) {
    return AutoScalingGroup.builder()
        .autoScalingGroupName(g.autoScalingGroupName())
        .launchTemplate(launchTemplate(g.launchTemplate()))
        .mixedInstancesPolicy(mixed(g.mixedInstancesPolicy()))
        .launchConfigurationName(g.launchConfigurationName())
        .minSize(g.minSize())
        .maxSize(g.maxSize())
        .desiredCapacity(g.desiredCapacity())
        .desiredCapacityType(g.desiredCapacityType())
        .defaultCooldown(g.defaultCooldown())
        .defaultInstanceWarmup(g.defaultInstanceWarmup())
        .availabilityZones(g.hasAvailabilityZones() ? nonEmpty(g.availabilityZones()) : null)
        .vpcZoneIdentifier(blankToNull(g.vpcZoneIdentifier()))
        .targetGroupARNs(g.hasTargetGroupARNs() ? nonEmpty(g.targetGroupARNs()) : null)
        .loadBalancerNames(g.hasLoadBalancerNames() ? nonEmpty(g.loadBalancerNames()) : null)
        .trafficSources(trafficSources(g))
        .healthCheckType(g.healthCheckType())
        .healthCheckGracePeriod(g.healthCheckGracePeriod())
        .terminationPolicies(g.hasTerminationPolicies() ? nonEmpty(g.terminationPolicies()) : null)
        .newInstancesProtectedFromScaleIn(g.newInstancesProtectedFromScaleIn())
        .maxInstanceLifetime(g.maxInstanceLifetime())
        .capacityRebalance(g.capacityRebalance())
        .lifecycleHookSpecificationList(hooks == null || hooks.isEmpty() ? null : map(hooks, ToConfig::hook))
        .tags(g.hasTags() ? nonEmpty(map(g.tags(), t ->
            new Tag(t.key(), t.value(), t.propagateAtLaunch(), null, null))) : null)
        .metricsCollection(metricsCollection(g.hasEnabledMetrics() ? g.enabledMetrics() : List.of()))
        .placementGroup(blankToNull(g.placementGroup()))
        .serviceLinkedRoleARN(g.serviceLinkedRoleARN())
        .instanceMaintenancePolicy(g.instanceMaintenancePolicy() == null ? null : new InstanceMaintenancePolicy(
            g.instanceMaintenancePolicy().minHealthyPercentage(), g.instanceMaintenancePolicy().maxHealthyPercentage()))
        .warmPoolConfiguration(warmPool(g.warmPoolConfiguration()))
        .build();
  }

  /** The pool's configuration as DescribeAutoScalingGroups prints it; its Status is live state (aws-behaviour §7.6). */
  static WarmPoolConfiguration warmPool(software.amazon.awssdk.services.autoscaling.model.WarmPoolConfiguration w) {
    if (w == null) {
      return null;
    }
    return new WarmPoolConfiguration(w.minSize(), w.maxGroupPreparedCapacity(), w.poolStateAsString(),
        w.instanceReusePolicy() == null ? null
            : new WarmPoolConfiguration.InstanceReusePolicy(w.instanceReusePolicy().reuseOnScaleIn()));
  }

  /** Null when nothing is enabled; "all metrics" (absent list) when every metric of {@link GroupMetrics#ALL} is. */
  public static MetricsCollection metricsCollection(List<EnabledMetric> enabled) {
    if (enabled == null || enabled.isEmpty()) {
      return null;
    }
    TreeSet<String> names = new TreeSet<>();
    String granularity = GroupMetrics.GRANULARITY;
    for (EnabledMetric m : enabled) {
      names.add(m.metric());
      if (m.granularity() != null) {
        granularity = m.granularity();
      }
    }
    if (names.containsAll(GroupMetrics.ALL)) {
      return new MetricsCollection(granularity, null);
    }
    return new MetricsCollection(granularity, new ArrayList<>(names));
  }

  static LaunchTemplateSpecification launchTemplate(
      software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification lt) {
    return lt == null ? null : new LaunchTemplateSpecification(lt.launchTemplateId(), lt.launchTemplateName(), lt.version());
  }

  static MixedInstancesPolicy mixed(software.amazon.awssdk.services.autoscaling.model.MixedInstancesPolicy m) {
    if (m == null) {
      return null;
    }
    MixedInstancesPolicy.LaunchTemplate lt = null;
    if (m.launchTemplate() != null) {
      lt = new MixedInstancesPolicy.LaunchTemplate(
          launchTemplate(m.launchTemplate().launchTemplateSpecification()),
          m.launchTemplate().hasOverrides()
              ? nonEmpty(map(m.launchTemplate().overrides(),
                  o -> new LaunchTemplateOverride(o.instanceType(), o.weightedCapacity(), o.imageId(),
                      RequirementsMapping.toConfig(o.instanceRequirements()))))
              : null);
    }
    var d = m.instancesDistribution();
    MixedInstancesPolicy.InstancesDistribution dist = d == null ? null : new MixedInstancesPolicy.InstancesDistribution(
        d.onDemandAllocationStrategy(), d.onDemandBaseCapacity(), d.onDemandPercentageAboveBaseCapacity(),
        d.spotAllocationStrategy(), d.spotInstancePools(), d.spotMaxPrice());
    return new MixedInstancesPolicy(lt, dist);
  }

  private static List<TrafficSource> trafficSources(software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g) {
    if (!g.hasTrafficSources() || g.trafficSources().isEmpty()) {
      return null;
    }
    // AWS mirrors TargetGroupARNs and LoadBalancerNames into TrafficSources; keep only those that are not mirrors,
    // so that an imported file does not attach the same target group twice.
    List<TrafficSource> own = new ArrayList<>();
    for (var t : g.trafficSources()) {
      boolean mirrored = (g.hasTargetGroupARNs() && g.targetGroupARNs().contains(t.identifier()))
          || (g.hasLoadBalancerNames() && g.loadBalancerNames().contains(t.identifier()));
      if (!mirrored) {
        own.add(new TrafficSource(t.identifier(), t.type()));
      }
    }
    return own.isEmpty() ? null : own;
  }

  static LifecycleHookSpecification hook(LifecycleHook h) {
    return new LifecycleHookSpecification(h.lifecycleHookName(), h.lifecycleTransition(), h.heartbeatTimeout(),
        h.defaultResult(), h.notificationMetadata(), h.notificationTargetARN(), h.roleARN());
  }

  /** A policy; {@code alarm} is the user-managed alarm of a step or simple policy (null for the others). */
  public static ScalingPolicy policy(software.amazon.awssdk.services.autoscaling.model.ScalingPolicy p, MetricAlarm alarm) {
    return ScalingPolicy.builder()
        .policyName(p.policyName())
        .policyType(p.policyType())
        .adjustmentType(p.adjustmentType())
        .minAdjustmentMagnitude(p.minAdjustmentMagnitude())
        .scalingAdjustment(p.scalingAdjustment())
        .cooldown(p.cooldown())
        .metricAggregationType(p.metricAggregationType())
        .stepAdjustments(p.hasStepAdjustments() ? nonEmpty(map(p.stepAdjustments(), s ->
            new StepAdjustment(s.metricIntervalLowerBound(), s.metricIntervalUpperBound(), s.scalingAdjustment()))) : null)
        .estimatedInstanceWarmup(p.estimatedInstanceWarmup())
        .targetTrackingConfiguration(targetTracking(p.targetTrackingConfiguration()))
        .predictiveScalingConfiguration(predictive(p.predictiveScalingConfiguration()))
        .enabled(p.enabled())
        .alarm(alarm)
        .build();
  }

  static TargetTrackingConfiguration targetTracking(
      software.amazon.awssdk.services.autoscaling.model.TargetTrackingConfiguration t) {
    if (t == null || t.targetValue() == null && t.predefinedMetricSpecification() == null
        && t.customizedMetricSpecification() == null) {
      return null;
    }
    var pre = t.predefinedMetricSpecification();
    var cus = t.customizedMetricSpecification();
    return new TargetTrackingConfiguration(
        pre == null ? null : new TargetTrackingConfiguration.PredefinedMetricSpecification(
            pre.predefinedMetricTypeAsString(), pre.resourceLabel()),
        cus == null ? null : new TargetTrackingConfiguration.CustomizedMetricSpecification(
            cus.metricName(), cus.namespace(),
            cus.hasDimensions() ? nonEmpty(map(cus.dimensions(), d -> new MetricDimension(d.name(), d.value()))) : null,
            cus.statisticAsString(), cus.unit(), cus.period(),
            cus.hasMetrics() ? nonEmpty(map(cus.metrics(), q -> new MetricDataQuery(q.id(), q.expression(),
                q.metricStat() == null ? null : new MetricStat(metric(q.metricStat().metric()), q.metricStat().stat(),
                    q.metricStat().unit(), q.metricStat().period()),
                q.label(), q.period(), q.returnData()))) : null),
        t.targetValue(),
        t.disableScaleIn());
  }

  static MetricStat.Metric metric(software.amazon.awssdk.services.autoscaling.model.Metric m) {
    return m == null ? null : new MetricStat.Metric(m.namespace(), m.metricName(),
        m.hasDimensions() ? nonEmpty(map(m.dimensions(), d -> new MetricDimension(d.name(), d.value()))) : null);
  }

  static PredictiveScalingConfiguration predictive(
      software.amazon.awssdk.services.autoscaling.model.PredictiveScalingConfiguration p) {
    // Some endpoints (moto) send an empty element for policies of other types: that is no configuration.
    if (p == null || (!p.hasMetricSpecifications() || p.metricSpecifications().isEmpty()) && p.modeAsString() == null
        && p.schedulingBufferTime() == null && p.maxCapacityBreachBehaviorAsString() == null
        && p.maxCapacityBuffer() == null) {
      return null;
    }
    return new PredictiveScalingConfiguration(
        p.hasMetricSpecifications() ? map(p.metricSpecifications(), ToConfig::metricSpecification) : null,
        p.modeAsString(), p.schedulingBufferTime(), p.maxCapacityBreachBehaviorAsString(), p.maxCapacityBuffer());
  }

  /** One predictive metric specification (PutScalingPolicy, DescribePolicies, GetPredictiveScalingForecast). */
  public static PredictiveScalingConfiguration.MetricSpecification metricSpecification(
      software.amazon.awssdk.services.autoscaling.model.PredictiveScalingMetricSpecification s) {
    return new PredictiveScalingConfiguration.MetricSpecification(
        s.targetValue(),
        predefined(s.predefinedMetricPairSpecification() == null ? null
            : s.predefinedMetricPairSpecification().predefinedMetricTypeAsString(),
            s.predefinedMetricPairSpecification() == null ? null : s.predefinedMetricPairSpecification().resourceLabel()),
        predefined(s.predefinedScalingMetricSpecification() == null ? null
            : s.predefinedScalingMetricSpecification().predefinedMetricTypeAsString(),
            s.predefinedScalingMetricSpecification() == null ? null
                : s.predefinedScalingMetricSpecification().resourceLabel()),
        predefined(s.predefinedLoadMetricSpecification() == null ? null
            : s.predefinedLoadMetricSpecification().predefinedMetricTypeAsString(),
            s.predefinedLoadMetricSpecification() == null ? null : s.predefinedLoadMetricSpecification().resourceLabel()),
        s.customizedScalingMetricSpecification() == null ? null
            : customized(s.customizedScalingMetricSpecification().metricDataQueries()),
        s.customizedLoadMetricSpecification() == null ? null
            : customized(s.customizedLoadMetricSpecification().metricDataQueries()),
        s.customizedCapacityMetricSpecification() == null ? null
            : customized(s.customizedCapacityMetricSpecification().metricDataQueries()));
  }

  private static PredictiveScalingConfiguration.PredefinedMetric predefined(String type, String resourceLabel) {
    return type == null && resourceLabel == null ? null
        : new PredictiveScalingConfiguration.PredefinedMetric(type, resourceLabel);
  }

  private static PredictiveScalingConfiguration.CustomizedMetric customized(
      List<software.amazon.awssdk.services.autoscaling.model.MetricDataQuery> queries) {
    return new PredictiveScalingConfiguration.CustomizedMetric(map(queries, q -> new MetricDataQuery(q.id(),
        q.expression(),
        q.metricStat() == null ? null
            : new MetricStat(metric(q.metricStat().metric()), q.metricStat().stat(), q.metricStat().unit(), null),
        q.label(), null, q.returnData())));
  }

  public static ScheduledAction scheduledAction(ScheduledUpdateGroupAction a) {
    return new ScheduledAction(a.scheduledActionName(), a.startTime(), a.endTime(), a.recurrence(), a.minSize(),
        a.maxSize(), a.desiredCapacity(), a.timeZone());
  }

  /** A CloudWatch alarm (DescribeAlarms) as the {@code Alarm} member of a step or simple policy. */
  public static MetricAlarm alarm(software.amazon.awssdk.services.cloudwatch.model.MetricAlarm a) {
    return new MetricAlarm(a.alarmName(), a.namespace(), a.metricName(),
        a.hasDimensions() ? nonEmpty(map(a.dimensions(), d -> new MetricDimension(d.name(), d.value()))) : null,
        a.statisticAsString(), a.extendedStatistic(), a.unitAsString(), a.period(), a.evaluationPeriods(),
        a.datapointsToAlarm(), a.threshold(), a.comparisonOperatorAsString(), a.treatMissingData());
  }

  static <A, B> List<B> map(List<A> in, Function<A, B> f) {
    List<B> out = new ArrayList<>(in.size());
    for (A a : in) {
      out.add(f.apply(a));
    }
    return out;
  }

  private static <T> List<T> nonEmpty(List<T> list) {
    return list == null || list.isEmpty() ? null : list;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
