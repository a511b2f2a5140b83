package dev.asgsim.aws.apply;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The API constraints that would make apply fail half-way (aws-behaviour §9.4, §9.6, §9.7, §9.11 [D]); checked before any
 * call so that a config AWS would reject is refused whole. The full rule set is the core Validator's.
 */
public final class BasicConfigCheck implements ConfigCheck {
  @Override
  public List<String> errors(ScalingConfig config) {
    List<String> errors = new ArrayList<>();
    AutoScalingGroup g = config.autoScalingGroup();
    if (g == null) {
      errors.add("AutoScalingGroup: missing; the file must describe a group");
      return errors;
    }
    String name = g.autoScalingGroupName();
    if (name == null || name.isBlank()) {
      errors.add("AutoScalingGroup.AutoScalingGroupName: missing");
    } else if (name.length() > 255 || name.contains(":")) {
      errors.add("AutoScalingGroup.AutoScalingGroupName: 1-255 characters without ':' (aws-behaviour §9.2)");
    }
    if (g.minSize() == null || g.maxSize() == null) {
      errors.add("AutoScalingGroup: MinSize and MaxSize are required (aws-behaviour §9.4)");
    } else {
      if (g.minSize() < 0 || g.minSize() > g.maxSize()) {
        errors.add("AutoScalingGroup: need 0 <= MinSize <= MaxSize, got " + g.minSize() + " and " + g.maxSize());
      }
      if (g.desiredCapacity() != null && (g.desiredCapacity() < g.minSize() || g.desiredCapacity() > g.maxSize())) {
        errors.add("AutoScalingGroup.DesiredCapacity: " + g.desiredCapacity() + " is outside [MinSize, MaxSize] = ["
            + g.minSize() + ", " + g.maxSize() + "] (aws-behaviour §7.1)");
      }
    }
    int sources = (g.launchTemplate() != null ? 1 : 0) + (g.mixedInstancesPolicy() != null ? 1 : 0)
        + (g.launchConfigurationName() != null ? 1 : 0) + (g.instanceId() != null ? 1 : 0);
    if (sources != 1) {
      errors.add("AutoScalingGroup: give exactly one of LaunchTemplate, MixedInstancesPolicy, "
          + "LaunchConfigurationName, InstanceId (aws-behaviour §9.4), found " + sources);
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < config.policies().size(); i++) {
      ScalingPolicy p = config.policies().get(i);
      String at = "ScalingPolicies[" + i + "]";
      if (p.policyName() == null || p.policyName().isBlank()) {
        errors.add(at + ".PolicyName: missing");
      } else if (!names.add(p.policyName())) {
        errors.add(at + ".PolicyName: '" + p.policyName() + "' is used twice; PutScalingPolicy would overwrite");
      }
      PolicyType type = p.type();
      if (type == null) {
        errors.add(at + ".PolicyType: unknown '" + p.policyType() + "' (aws-behaviour §9.6)");
      } else if (type == PolicyType.TargetTrackingScaling) {
        var t = p.targetTrackingConfiguration();
        if (t == null || t.targetValue() == null) {
          errors.add(at + ".TargetTrackingConfiguration.TargetValue: required for TargetTrackingScaling (aws-behaviour §9.6)");
        } else if ((t.predefinedMetricSpecification() == null) == (t.customizedMetricSpecification() == null)) {
          errors.add(at + ".TargetTrackingConfiguration: exactly one of PredefinedMetricSpecification and "
              + "CustomizedMetricSpecification (aws-behaviour §9.6)");
        }
      } else if (type == PolicyType.StepScaling || type == PolicyType.SimpleScaling) {
        if (p.adjustmentType() == null) {
          errors.add(at + ".AdjustmentType: required for " + type + " (aws-behaviour §9.6)");
        }
        if (type == PolicyType.StepScaling && (p.stepAdjustments() == null || p.stepAdjustments().isEmpty())) {
          errors.add(at + ".StepAdjustments: required for StepScaling (aws-behaviour §9.6)");
        }
        if (type == PolicyType.SimpleScaling && p.scalingAdjustment() == null) {
          errors.add(at + ".ScalingAdjustment: required for SimpleScaling (aws-behaviour §9.6)");
        }
        if (p.alarm() != null && (p.alarm().alarmName() == null || p.alarm().evaluationPeriods() == null
            || p.alarm().comparisonOperator() == null)) {
          errors.add(at + ".Alarm: AlarmName, EvaluationPeriods and ComparisonOperator are required (aws-behaviour §9.10)");
        }
      } else if (p.predictiveScalingConfiguration() == null) {
        errors.add(at + ".PredictiveScalingConfiguration: required for PredictiveScaling (aws-behaviour §9.6)");
      }
    }
    Set<String> actionNames = new HashSet<>();
    for (int i = 0; i < config.actions().size(); i++) {
      ScheduledAction a = config.actions().get(i);
      String at = "ScheduledActions[" + i + "]";
      if (a.scheduledActionName() == null || !actionNames.add(a.scheduledActionName())) {
        errors.add(at + ".ScheduledActionName: missing or used twice");
      }
      if (a.minSize() == null && a.maxSize() == null && a.desiredCapacity() == null) {
        errors.add(at + ": set at least one of MinSize, MaxSize, DesiredCapacity (aws-behaviour §9.7)");
      }
    }
    return errors;
  }
}
