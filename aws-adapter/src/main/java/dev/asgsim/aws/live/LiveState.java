package dev.asgsim.aws.live;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the account holds for one group, in config records. {@code group} is null when the group does not exist.
 * Policies and actions are sorted by name so every output built from this is deterministic.
 *
 * @param policyArns policy name to PolicyARN (needed as the AlarmActions of step and simple policies)
 * @param policyAlarms policy name to the names of the alarms AWS lists for it (the managed ones for target tracking)
 * @param instanceTypes the instance types of the group's running instances, most frequent first
 */
public record LiveState(
    AutoScalingGroup group,
    List<ScalingPolicy> policies,
    Map<String, String> policyArns,
    Map<String, List<String>> policyAlarms,
    List<ScheduledAction> actions,
    List<String> instanceTypes) {

  public LiveState {
    policies = List.copyOf(policies);
    policyArns = new TreeMap<>(policyArns);
    policyAlarms = new TreeMap<>(policyAlarms);
    actions = List.copyOf(actions);
    instanceTypes = List.copyOf(instanceTypes);
  }

  public static LiveState absent() {
    return new LiveState(null, List.of(), Map.of(), Map.of(), List.of(), List.of());
  }

  public boolean exists() {
    return group != null;
  }
}
