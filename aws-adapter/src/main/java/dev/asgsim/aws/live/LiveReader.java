package dev.asgsim.aws.live;

import static dev.asgsim.aws.client.AwsCalls.call;

import dev.asgsim.aws.mapping.ToConfig;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.Alarm;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.Instance;
import software.amazon.awssdk.services.autoscaling.model.LifecycleHook;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** Reads one group and everything attached to it, every Describe call paginated. */
public final class LiveReader {
  private final AutoScalingClient autoScaling;
  private final CloudWatchClient cloudWatch;

  public LiveReader(AutoScalingClient autoScaling, CloudWatchClient cloudWatch) {
    this.autoScaling = autoScaling;
    this.cloudWatch = cloudWatch;
  }

  public LiveState read(String groupName) {
    AutoScalingGroup g = call("autoscaling:DescribeAutoScalingGroups", () -> {
      for (AutoScalingGroup candidate : autoScaling
          .describeAutoScalingGroupsPaginator(r -> r.autoScalingGroupNames(groupName)).autoScalingGroups()) {
        if (groupName.equals(candidate.autoScalingGroupName())) {
          return candidate;
        }
      }
      return null;
    });
    if (g == null) {
      return LiveState.absent();
    }
    List<LifecycleHook> hooks = call("autoscaling:DescribeLifecycleHooks",
        () -> autoScaling.describeLifecycleHooks(r -> r.autoScalingGroupName(groupName)).lifecycleHooks());

    List<software.amazon.awssdk.services.autoscaling.model.ScalingPolicy> raw = new ArrayList<>();
    call("autoscaling:DescribePolicies", () -> {
      autoScaling.describePoliciesPaginator(r -> r.autoScalingGroupName(groupName)).scalingPolicies().forEach(raw::add);
      return null;
    });
    List<ScalingPolicy> policies = new ArrayList<>();
    Map<String, String> arns = new TreeMap<>();
    Map<String, List<String>> alarms = new TreeMap<>();
    for (var p : raw) {
      arns.put(p.policyName(), p.policyARN() == null ? "" : p.policyARN());
      List<String> names = p.hasAlarms() ? p.alarms().stream().map(Alarm::alarmName).sorted().toList() : List.of();
      alarms.put(p.policyName(), names);
      PolicyType type = PolicyType.parse(p.policyType());
      MetricAlarm alarm = null;
      // Target tracking alarms belong to AWS ("DO NOT EDIT OR DELETE"); only step and simple alarms are the user's.
      if ((type == PolicyType.StepScaling || type == PolicyType.SimpleScaling) && !names.isEmpty()) {
        alarm = readAlarms(names).stream().findFirst().orElse(null);
      }
      policies.add(ToConfig.policy(p, alarm));
    }
    policies.sort(Comparator.comparing(ScalingPolicy::policyName));

    List<ScheduledAction> actions = new ArrayList<>();
    call("autoscaling:DescribeScheduledActions", () -> {
      autoScaling.describeScheduledActionsPaginator(r -> r.autoScalingGroupName(groupName))
          .scheduledUpdateGroupActions().forEach(a -> actions.add(ToConfig.scheduledAction(a)));
      return null;
    });
    actions.sort(Comparator.comparing(ScheduledAction::scheduledActionName));

    return new LiveState(ToConfig.group(g, hooks), policies, arns, alarms, actions, instanceTypes(g));
  }

  /** The alarms with these names, as config records, in name order. */
  public List<MetricAlarm> readAlarms(List<String> names) {
    return rawAlarms(names).stream().map(ToConfig::alarm).toList();
  }

  public List<software.amazon.awssdk.services.cloudwatch.model.MetricAlarm> rawAlarms(List<String> names) {
    if (names.isEmpty()) {
      return List.of();
    }
    List<software.amazon.awssdk.services.cloudwatch.model.MetricAlarm> out = new ArrayList<>();
    call("cloudwatch:DescribeAlarms", () -> {
      cloudWatch.describeAlarmsPaginator(r -> r.alarmNames(names)).metricAlarms().forEach(out::add);
      return null;
    });
    out.sort(Comparator.comparing(software.amazon.awssdk.services.cloudwatch.model.MetricAlarm::alarmName));
    return out;
  }

  private static List<String> instanceTypes(AutoScalingGroup g) {
    if (!g.hasInstances()) {
      return List.of();
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Instance i : g.instances()) {
      if (i.instanceType() != null) {
        counts.merge(i.instanceType(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
