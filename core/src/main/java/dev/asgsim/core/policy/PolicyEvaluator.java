package dev.asgsim.core.policy;

/**
 * A scaling policy as the engine runs it: at each evaluation it may propose a desired capacity; the engine combines
 * all proposals (aws-behaviour §1.7, §7.1: any may scale out, largest capacity wins; target tracking scale-in needs every
 * scale-in-enabled target tracking policy to agree) and clamps the result to [Min, Max].
 *
 * <p>The AWS policy types are built by the engine from the config; other policies implement {@link PluginPolicy}.
 * Implementations must not allocate in {@link #propose}: it runs every simulated minute.
 */
public sealed interface PolicyEvaluator
    permits AwsEvaluator, PluginPolicy {

  /** "No opinion at this evaluation" (e.g. alarm not in ALARM, missing data, cooldown). */
  int NO_PROPOSAL = Integer.MIN_VALUE;

  /** The policy's name, as it appears in Cause texts. */
  String name();

  /** The desired capacity this policy wants now (before clamping), or {@link #NO_PROPOSAL}. */
  int propose(long nowEpochSecond, GroupView group, ControlPlaneView plane);

  /** The alarm that drove the last proposal, or null. */
  default String lastAlarmName() {
    return null;
  }

  /** The metric value that drove the last proposal, NaN if none. */
  default double lastMetricValue() {
    return Double.NaN;
  }

  /** Warm-up seconds for instances launched by this policy's scale-out; negative = the group's default. */
  default int warmupSeconds() {
    return -1;
  }
}
