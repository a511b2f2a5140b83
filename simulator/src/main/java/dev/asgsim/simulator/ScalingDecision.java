package dev.asgsim.simulator;

import dev.asgsim.core.policy.Decision;
import dev.asgsim.core.policy.DecisionSource;

/**
 * A change of desired capacity decided by the policy engine, as recorded by the simulation.
 *
 * @param source       what changed desired: a policy of one kind, a plug-in or a scheduled action
 * @param alarmName    the alarm that triggered it, or null (scheduled actions, plug-ins)
 * @param metricValue  the metric value the policy used; NaN when none
 */
public record ScalingDecision(
    long epochSecond,
    DecisionSource source,
    String policyName,
    String alarmName,
    double metricValue,
    int oldDesired,
    int newDesired,
    int minSize,
    int maxSize,
    int warmupSeconds) {

  /**
   * AWS's Cause wording for the desired change (aws-behaviour §10.3), written when asked for: a run that keeps no
   * activities (a sweep point: about 250 changes a simulated month) never formats the text.
   */
  public String cause() {
    return Decision.cause(source, epochSecond, policyName, alarmName, minSize, maxSize, oldDesired, newDesired);
  }
}
