package dev.asgsim.aws.apply;

import static dev.asgsim.aws.client.AwsCalls.call;

import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.live.LiveReader;
import dev.asgsim.aws.mapping.GroupMetrics;
import dev.asgsim.aws.mapping.ToRequests;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.aws.plan.FieldChange;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.Alarm;
import software.amazon.awssdk.services.autoscaling.model.PutScalingPolicyResponse;

/**
 * Executes a plan's changes in order and stops at the first refusal. Every step is idempotent on AWS's side
 * (PutScalingPolicy and PutScheduledUpdateGroupAction create or replace, updates set values), so a rerun after a
 * failure plans from the live state and converges.
 */
public final class Applier {
  private final AutoScalingClient autoScaling;
  private final software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatch;
  private final LiveReader reader;

  public Applier(AutoScalingClient autoScaling, software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatch) {
    this.autoScaling = autoScaling;
    this.cloudWatch = cloudWatch;
    this.reader = new LiveReader(autoScaling, cloudWatch);
  }

  public ApplyResult apply(Plan plan) {
    List<Change> done = new ArrayList<>();
    List<TargetTrackingAlarms> alarms = new ArrayList<>();
    List<Change> todo = plan.actionable();
    for (int i = 0; i < todo.size(); i++) {
      Change c = todo.get(i);
      try {
        execute(plan.groupName(), c, alarms);
        done.add(c);
      } catch (AwsCallException e) {
        return new ApplyResult(done, c, e, todo.subList(i + 1, todo.size()), alarms);
      }
    }
    return new ApplyResult(done, null, null, List.of(), alarms);
  }

  private void execute(String group, Change c, List<TargetTrackingAlarms> alarms) {
    if (c instanceof Change.GroupChange g) {
      group(g);
    } else if (c instanceof Change.NamesChange n) {
      names(group, n);
    } else if (c instanceof Change.TagsChange t) {
      List<software.amazon.awssdk.services.autoscaling.model.Tag> tags =
          t.tags().stream().map(x -> tag(group, x)).toList();
      if (t.kind() == Change.Kind.PUT_TAGS) {
        call("autoscaling:CreateOrUpdateTags", () -> autoScaling.createOrUpdateTags(r -> r.tags(tags)));
      } else {
        call("autoscaling:DeleteTags", () -> autoScaling.deleteTags(r -> r.tags(tags)));
      }
    } else if (c instanceof Change.PolicyChange p) {
      if (p.kind() == Change.Kind.DELETE_POLICY) {
        call("autoscaling:DeletePolicy", () -> autoScaling.deletePolicy(r -> r.autoScalingGroupName(group)
            .policyName(p.policy().policyName())));
      } else {
        putPolicy(group, p.policy(), alarms);
      }
    } else if (c instanceof Change.ActionChange a) {
      if (a.kind() == Change.Kind.DELETE_SCHEDULED_ACTION) {
        call("autoscaling:DeleteScheduledAction", () -> autoScaling.deleteScheduledAction(r -> r
            .autoScalingGroupName(group).scheduledActionName(a.action().scheduledActionName())));
      } else {
        call("autoscaling:PutScheduledUpdateGroupAction", () -> autoScaling.putScheduledUpdateGroupAction(
            ToRequests.putScheduledAction(group, a.action())));
      }
    } else if (c instanceof Change.HookChange h) {
      if (h.kind() == Change.Kind.DELETE_LIFECYCLE_HOOK) {
        call("autoscaling:DeleteLifecycleHook", () -> autoScaling.deleteLifecycleHook(r -> r
            .autoScalingGroupName(group).lifecycleHookName(h.hook().lifecycleHookName())));
      } else {
        call("autoscaling:PutLifecycleHook", () -> autoScaling.putLifecycleHook(
            ToRequests.putLifecycleHook(group, h.hook())));
      }
    } else if (c instanceof Change.WarmPoolChange w) {
      if (w.kind() == Change.Kind.DELETE_WARM_POOL) {
        call("autoscaling:DeleteWarmPool", () -> autoScaling.deleteWarmPool(r -> r.autoScalingGroupName(group)));
      } else {
        call("autoscaling:PutWarmPool", () -> autoScaling.putWarmPool(ToRequests.putWarmPool(group, w.pool())));
      }
    }
    // A ManualChange is never among plan.actionable(): asgsim reports it and the user makes it.
  }

  private void group(Change.GroupChange g) {
    if (g.kind() == Change.Kind.CREATE_GROUP) {
      call("autoscaling:CreateAutoScalingGroup", () -> autoScaling.createAutoScalingGroup(ToRequests.create(g.group())));
      return;
    }
    Set<String> fields = new TreeSet<>();
    for (FieldChange f : g.fields()) {
      fields.add(f.field().split("\\.", 2)[0]);
    }
    call("autoscaling:UpdateAutoScalingGroup",
        () -> autoScaling.updateAutoScalingGroup(ToRequests.update(g.group(), fields)));
  }

  private void names(String group, Change.NamesChange n) {
    List<String> names = n.names();
    switch (n.kind()) {
      case ATTACH_TARGET_GROUPS -> call("autoscaling:AttachLoadBalancerTargetGroups",
          () -> autoScaling.attachLoadBalancerTargetGroups(r -> r.autoScalingGroupName(group).targetGroupARNs(names)));
      case DETACH_TARGET_GROUPS -> call("autoscaling:DetachLoadBalancerTargetGroups",
          () -> autoScaling.detachLoadBalancerTargetGroups(r -> r.autoScalingGroupName(group).targetGroupARNs(names)));
      case ATTACH_LOAD_BALANCERS -> call("autoscaling:AttachLoadBalancers",
          () -> autoScaling.attachLoadBalancers(r -> r.autoScalingGroupName(group).loadBalancerNames(names)));
      case DETACH_LOAD_BALANCERS -> call("autoscaling:DetachLoadBalancers",
          () -> autoScaling.detachLoadBalancers(r -> r.autoScalingGroupName(group).loadBalancerNames(names)));
      case ENABLE_METRICS -> call("autoscaling:EnableMetricsCollection",
          () -> autoScaling.enableMetricsCollection(r -> r.autoScalingGroupName(group)
              .granularity(GroupMetrics.GRANULARITY).metrics(names)));
      case DISABLE_METRICS -> call("autoscaling:DisableMetricsCollection",
          () -> autoScaling.disableMetricsCollection(r -> r.autoScalingGroupName(group).metrics(names)));
      default -> throw new IllegalStateException("not a names change: " + n.kind());
    }
  }

  private void putPolicy(String group, ScalingPolicy p, List<TargetTrackingAlarms> alarms) {
    PutScalingPolicyResponse reply = call("autoscaling:PutScalingPolicy",
        () -> autoScaling.putScalingPolicy(ToRequests.putPolicy(group, p)));
    PolicyType type = p.type();
    if ((type == PolicyType.StepScaling || type == PolicyType.SimpleScaling) && p.alarm() != null) {
      String arn = reply.policyARN() != null ? reply.policyARN() : describe(group, p.policyName()).policyARN();
      call("cloudwatch:PutMetricAlarm", () -> cloudWatch.putMetricAlarm(ToRequests.putAlarm(p.alarm(), arn)));
    }
    if (type == PolicyType.TargetTrackingScaling) {
      List<String> names = reply.hasAlarms() && !reply.alarms().isEmpty()
          ? reply.alarms().stream().map(Alarm::alarmName).sorted().toList()
          : describeAlarmNames(group, p.policyName());
      double target = p.targetTrackingConfiguration().targetValue();
      alarms.add(TargetTrackingAlarms.of(p.policyName(), target, reader.rawAlarms(names)));
    }
  }

  private software.amazon.awssdk.services.autoscaling.model.ScalingPolicy describe(String group, String policy) {
    var found = call("autoscaling:DescribePolicies", () -> autoScaling.describePolicies(r -> r
        .autoScalingGroupName(group).policyNames(policy)).scalingPolicies());
    if (found.isEmpty()) {
      throw new AwsCallException("autoscaling:DescribePolicies", null, "policy " + policy
          + " is not listed right after PutScalingPolicy: rerun apply to finish its alarm", null);
    }
    return found.get(0);
  }

  private List<String> describeAlarmNames(String group, String policy) {
    var p = describe(group, policy);
    return p.hasAlarms() ? p.alarms().stream().map(Alarm::alarmName).sorted().toList() : List.of();
  }

  private static software.amazon.awssdk.services.autoscaling.model.Tag tag(String group, Tag t) {
    return software.amazon.awssdk.services.autoscaling.model.Tag.builder()
        .resourceId(group).resourceType("auto-scaling-group")
        .key(t.key()).value(t.value()).propagateAtLaunch(t.propagateAtLaunch()).build();
  }
}
