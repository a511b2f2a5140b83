package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.instance.InstanceTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The constraints a sweep's variations typically break: the size triple, target values, warm-up ranges and instance
 * types. Not the full validator (that one lives in core); just enough that a grid crossing MinSize with MaxSize, or
 * a typo in an instance type, gives a finding instead of a nonsense simulation.
 */
public final class BasicConfigChecks implements ConfigCheck {
  /** [D] aws-behaviour §2.1: warm-up settings range 0-3600 s. */
  public static final int MAX_WARMUP_SECONDS = 3600;

  @Override
  public List<String> problems(ScalingConfig config) {
    List<String> problems = new ArrayList<>();
    AutoScalingGroup group = config.autoScalingGroup();
    if (group == null) {
      problems.add("AutoScalingGroup is missing");
    } else {
      sizes(group, problems);
      Integer warmup = group.defaultInstanceWarmup();
      if (warmup != null && warmup != -1 && (warmup < 0 || warmup > MAX_WARMUP_SECONDS)) {
        problems.add("AutoScalingGroup.DefaultInstanceWarmup " + warmup + " is outside -1 or 0-3600 (aws-behaviour §2.1)");
      }
    }
    List<ScalingPolicy> policies = config.policies();
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      String where = "ScalingPolicies[" + i + "]";
      if (p.estimatedInstanceWarmup() != null
          && (p.estimatedInstanceWarmup() < 0 || p.estimatedInstanceWarmup() > MAX_WARMUP_SECONDS)) {
        problems.add(where + ".EstimatedInstanceWarmup " + p.estimatedInstanceWarmup() + " is outside 0-3600 (aws-behaviour §2.1)");
      }
      if (p.targetTrackingConfiguration() != null) {
        Double target = p.targetTrackingConfiguration().targetValue();
        if (target == null || !Double.isFinite(target) || target <= 0) {
          problems.add(where + ".TargetTrackingConfiguration.TargetValue must be a number above 0 (aws-behaviour §1.10), not " + target);
        }
      }
    }
    String type = config.effectiveSimulation().instanceType();
    if (type != null && InstanceTypes.find(type).isEmpty()
        && (config.effectiveSimulation().instanceTypes() == null
            || !config.effectiveSimulation().instanceTypes().containsKey(type))) {
      problems.add("Simulation.InstanceType '" + type + "' is not in the built-in instance table;"
          + " describe it under Simulation.InstanceTypes");
    }
    return problems;
  }

  /** [D] aws-behaviour §9.4, §9.11 rule 2: MinSize <= DesiredCapacity <= MaxSize, all >= 0. */
  private static void sizes(AutoScalingGroup g, List<String> problems) {
    Integer min = g.minSize();
    Integer max = g.maxSize();
    Integer desired = g.desiredCapacity();
    if (min == null || max == null) {
      problems.add("AutoScalingGroup.MinSize and MaxSize are required");
      return;
    }
    if (min < 0 || max < 0 || (desired != null && desired < 0)) {
      problems.add("AutoScalingGroup sizes must not be negative");
    }
    if (min > max) {
      problems.add("AutoScalingGroup.MinSize " + min + " is above MaxSize " + max);
    } else if (desired != null && (desired < min || desired > max)) {
      problems.add("AutoScalingGroup.DesiredCapacity " + desired + " is outside [MinSize " + min + ", MaxSize " + max + "]");
    }
  }
}
