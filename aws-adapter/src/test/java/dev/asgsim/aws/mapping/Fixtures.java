package dev.asgsim.aws.mapping;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.InstanceMaintenancePolicy;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MetricDataQuery;
import dev.asgsim.core.config.MetricDimension;
import dev.asgsim.core.config.MetricStat;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.InstanceRequirements;
import dev.asgsim.core.config.InstanceRequirements.DoubleRange;
import dev.asgsim.core.config.InstanceRequirements.IntRange;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.StepAdjustment;
import dev.asgsim.core.config.Tag;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.config.TrafficSource;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Config records with every member set to a distinct value, so a mapper that drops one is caught. */
public final class Fixtures {
  private Fixtures() {}

  public static final MetricStat.Metric METRIC = new MetricStat.Metric("App/Web", "RequestsPerInstance",
      List.of(new MetricDimension("AutoScalingGroupName", "web")));

  /** Every member of InstanceRequirements set (aws-behaviour §7.11). */
  public static InstanceRequirements requirements() {
    return new InstanceRequirements(new IntRange(2, 8), new IntRange(4096, 16384), List.of("intel", "amd"),
        new DoubleRange(2.0, 4.0), List.of("t2.*"), List.of("current"), 100, 80, 20, "excluded", "included", false,
        new IntRange(1, 4), "included", List.of("ssd"), new DoubleRange(0.0, 100.0), new IntRange(100, 1000),
        List.of("gpu"), new IntRange(0, 0), List.of("nvidia"), List.of("t4"), new IntRange(0, 0),
        new DoubleRange(1.0, 25.0), null);
  }

  public static AutoScalingGroup fullGroup() {
    return AutoScalingGroup.builder()
        .autoScalingGroupName("web")
        .launchTemplate(new LaunchTemplateSpecification("lt-0abc", "web-nano", "$Latest"))
        .mixedInstancesPolicy(new MixedInstancesPolicy(
            new MixedInstancesPolicy.LaunchTemplate(new LaunchTemplateSpecification("lt-0def", "web-mixed", "3"),
                List.of(new LaunchTemplateOverride("t3.small", "2", "ami-0123456789abcdef0"),
                    new LaunchTemplateOverride(null, null, "ami-0123456789abcdef1", requirements()))),
            new MixedInstancesPolicy.InstancesDistribution("prioritized", 1, 50, "price-capacity-optimized", 2,
                "0.05")))
        .launchConfigurationName("old-lc")
        .instanceId("i-0123")
        .minSize(1)
        .maxSize(10)
        .desiredCapacity(2)
        .desiredCapacityType("units")
        .defaultCooldown(120)
        .defaultInstanceWarmup(180)
        .availabilityZones(List.of("eu-west-1a", "eu-west-1b"))
        .vpcZoneIdentifier("subnet-aaa,subnet-bbb")
        .targetGroupARNs(List.of("arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/0123"))
        .loadBalancerNames(List.of("classic-lb"))
        .trafficSources(List.of(new TrafficSource("arn:aws:vpc-lattice:eu-west-1:111122223333:targetgroup/tg-1",
            "vpc-lattice")))
        .healthCheckType("ELB")
        .healthCheckGracePeriod(300)
        .terminationPolicies(List.of("OldestInstance", "Default"))
        .newInstancesProtectedFromScaleIn(true)
        .maxInstanceLifetime(86400)
        .capacityRebalance(true)
        .lifecycleHookSpecificationList(List.of(new LifecycleHookSpecification("warm", LifecycleHookSpecification.LAUNCHING,
            600, "CONTINUE", "meta", "arn:aws:sns:eu-west-1:111122223333:hooks", "arn:aws:iam::111122223333:role/hooks")))
        .tags(List.of(new Tag("team", "web", true, null, null)))
        .metricsCollection(new MetricsCollection("1Minute", List.of("GroupInServiceInstances")))
        .placementGroup("pg-1")
        .serviceLinkedRoleARN("arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/X")
        .instanceMaintenancePolicy(new InstanceMaintenancePolicy(90, 120))
        .build();
  }

  public static ScalingPolicy targetTrackingCustomized() {
    return ScalingPolicy.builder()
        .policyName("rps")
        .policyType("TargetTrackingScaling")
        .estimatedInstanceWarmup(240)
        .enabled(false)
        .targetTrackingConfiguration(new TargetTrackingConfiguration(
            new TargetTrackingConfiguration.PredefinedMetricSpecification("ALBRequestCountPerTarget", "app/x/y"),
            new TargetTrackingConfiguration.CustomizedMetricSpecification("RequestsPerInstance", "App/Web",
                List.of(new MetricDimension("AutoScalingGroupName", "web")), "Average", "Count", 60,
                List.of(new MetricDataQuery("m1", null, new MetricStat(METRIC, "Sum", "Count", 60), "requests", 60,
                        false),
                    new MetricDataQuery("e1", "m1 / 2", null, "half", null, true))),
            123.5, true))
        .build();
  }

  public static ScalingPolicy step() {
    return ScalingPolicy.builder()
        .policyName("step-out")
        .policyType("StepScaling")
        .adjustmentType("PercentChangeInCapacity")
        .minAdjustmentMagnitude(2)
        .metricAggregationType("Maximum")
        .estimatedInstanceWarmup(200)
        .stepAdjustments(List.of(new StepAdjustment(0.0, 10.0, 10), new StepAdjustment(10.0, null, 30)))
        .enabled(true)
        .alarm(alarm())
        .build();
  }

  public static ScalingPolicy simple() {
    return ScalingPolicy.builder()
        .policyName("simple-in")
        .policyType("SimpleScaling")
        .adjustmentType("ChangeInCapacity")
        .scalingAdjustment(-1)
        .cooldown(600)
        .build();
  }

  public static ScalingPolicy predictive() {
    PredictiveScalingConfiguration.CustomizedMetric custom = new PredictiveScalingConfiguration.CustomizedMetric(
        List.of(new MetricDataQuery("load", null, new MetricStat(METRIC, "Sum", "Count", null), "load", null, true)));
    return ScalingPolicy.builder()
        .policyName("forecast")
        .policyType("PredictiveScaling")
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(
            new PredictiveScalingConfiguration.MetricSpecification(40.0,
                new PredictiveScalingConfiguration.PredefinedMetric("ASGCPUUtilization", null),
                new PredictiveScalingConfiguration.PredefinedMetric("ASGAverageCPUUtilization", null),
                new PredictiveScalingConfiguration.PredefinedMetric("ASGTotalCPUUtilization", null),
                custom, custom, custom)),
            "ForecastAndScale", 600, "IncreaseMaxCapacity", 10))
        .build();
  }

  public static MetricAlarm alarm() {
    return new MetricAlarm("step-out-high", "AWS/EC2", "CPUUtilization",
        List.of(new MetricDimension("AutoScalingGroupName", "web")), "Average", null, "Percent", 60, 3, 2, 70.0,
        "GreaterThanOrEqualToThreshold", "breaching");
  }

  public static ScheduledAction scheduled() {
    return new ScheduledAction("office-hours", Instant.parse("2030-01-01T08:00:00Z"),
        Instant.parse("2030-12-31T18:00:00Z"), "0 8 * * MON-FRI", 2, 12, 4, "Europe/Paris");
  }

  /** The paths of null members, recursively (lists included), except those named in {@code allowed}. */
  public static List<String> nullMembers(Object value, Set<String> allowed) {
    List<String> out = new ArrayList<>();
    walk("", value, allowed, out);
    return out;
  }

  private static void walk(String path, Object v, Set<String> allowed, List<String> out) {
    if (v == null) {
      if (!allowed.contains(path)) {
        out.add(path);
      }
      return;
    }
    if (v instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(path + "[" + i + "]", list.get(i), allowed, out);
      }
      return;
    }
    if (v instanceof Record r) {
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          walk(path.isEmpty() ? c.getName() : path + "." + c.getName(), c.getAccessor().invoke(r), allowed, out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
