package dev.asgsim.aws.plan;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.MixedInstancesPolicy.InstancesDistribution;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a wanted and a live record in the same canonical form before they are compared, so that spellings AWS treats
 * as equal (absent vs its default, order of AZs, case of health check types) are not reported as changes.
 */
final class Normalize {
  private Normalize() {}

  /** AZs and subnets as sorted sets, health check types as AWS spells them. */
  static AutoScalingGroup group(AutoScalingGroup g) {
    var b = g.toBuilder();
    if (g.availabilityZones() != null) {
      b.availabilityZones(sorted(g.availabilityZones()));
    }
    if (g.vpcZoneIdentifier() != null) {
      b.vpcZoneIdentifier(String.join(",", sorted(g.subnets())));
    }
    if (g.healthCheckType() != null) {
      // EC2 is implied (aws-behaviour §6.1 [D]): "ELB" and "EC2,ELB" are one setting.
      List<String> types = new ArrayList<>(g.healthCheckTypes());
      if (types.size() > 1) {
        types.remove("EC2");
      }
      b.healthCheckType(String.join(",", types));
    }
    if (g.mixedInstancesPolicy() != null) {
      b.mixedInstancesPolicy(mixed(g.mixedInstancesPolicy()));
    }
    return b.build();
  }

  /**
   * The distribution with AWS's defaults written out, as DescribeAutoScalingGroups answers (aws-behaviour §7.11 [D]),
   * and SpotInstancePools only where it is valid (lowest-price).
   */
  private static MixedInstancesPolicy mixed(MixedInstancesPolicy m) {
    InstancesDistribution d = m.effectiveDistribution();
    boolean pools = InstancesDistribution.LOWEST_PRICE.equals(d.spotAllocationStrategy());
    String maxPrice = d.spotMaxPrice() == null || d.spotMaxPrice().isEmpty() ? null : d.spotMaxPrice();
    return new MixedInstancesPolicy(m.launchTemplate(), new InstancesDistribution(d.onDemandAllocationStrategy(),
        d.onDemandBaseCapacity(), d.onDemandPercentageAboveBaseCapacity(), d.spotAllocationStrategy(),
        pools ? d.spotInstancePools() : null, maxPrice));
  }

  /** The live mixed instances policy's launch template reduced to the members the file names (as {@link #launchTemplateLike}). */
  static MixedInstancesPolicy mixedLike(MixedInstancesPolicy live, MixedInstancesPolicy wanted) {
    if (live == null || wanted == null || live.launchTemplate() == null || wanted.launchTemplate() == null) {
      return live;
    }
    return new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        launchTemplateLike(live.launchTemplate().launchTemplateSpecification(),
            wanted.launchTemplate().launchTemplateSpecification()), live.launchTemplate().overrides()),
        live.instancesDistribution());
  }

  /**
   * The live launch template reduced to the members the file names: AWS answers with both id and name, a file
   * usually gives one.
   */
  static LaunchTemplateSpecification launchTemplateLike(LaunchTemplateSpecification live, LaunchTemplateSpecification wanted) {
    if (live == null || wanted == null) {
      return live;
    }
    return new LaunchTemplateSpecification(
        wanted.launchTemplateId() == null ? null : live.launchTemplateId(),
        wanted.launchTemplateName() == null ? null : live.launchTemplateName(),
        wanted.version() == null ? null : live.version());
  }

  /** A policy with AWS's defaults written out (aws-behaviour §9.6 [D]) and members its type ignores removed. */
  static ScalingPolicy policy(ScalingPolicy p, boolean keepAlarm) {
    PolicyType type = p.type();
    var b = p.toBuilder()
        .policyType(type == null ? p.policyType() : type.name())
        .enabled(p.effectiveEnabled())
        .minAdjustmentMagnitude(p.effectiveMinAdjustmentMagnitude())
        .minAdjustmentStep(null)
        .stepAdjustments(p.stepAdjustments() == null || p.stepAdjustments().isEmpty() ? null : p.stepAdjustments())
        .metricAggregationType(type == PolicyType.StepScaling ? p.effectiveMetricAggregationType() : null)
        .alarm(keepAlarm && p.alarm() != null ? alarm(p.alarm()) : null);
    if (type != PolicyType.SimpleScaling) {
      b.cooldown(null);
    }
    TargetTrackingConfiguration t = p.targetTrackingConfiguration();
    if (t != null) {
      b.targetTrackingConfiguration(new TargetTrackingConfiguration(t.predefinedMetricSpecification(),
          t.customizedMetricSpecification(), t.targetValue(), t.scaleInDisabled()));
    }
    if (p.predictiveScalingConfiguration() != null) {
      // Mode ForecastOnly, SchedulingBufferTime 300, HonorMaxCapacity (aws-behaviour §5.2 [D]): a file that leaves them
      // out and a live policy that echoes them are one setting.
      b.predictiveScalingConfiguration(p.predictiveScalingConfiguration().withDefaults());
    }
    return b.build();
  }

  static MetricAlarm alarm(MetricAlarm a) {
    return new MetricAlarm(a.alarmName(), a.namespace(), a.metricName(),
        a.dimensions() == null || a.dimensions().isEmpty() ? null : a.dimensions(),
        a.extendedStatistic() == null ? a.effectiveStatistic() : a.statistic(), a.extendedStatistic(), a.unit(),
        a.effectivePeriod(), a.evaluationPeriods(), a.effectiveDatapointsToAlarm(), a.threshold(),
        a.comparisonOperator(), a.effectiveTreatMissingData());
  }

  private static List<String> sorted(List<String> in) {
    return in.stream().sorted().distinct().toList();
  }
}
