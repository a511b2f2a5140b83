package dev.asgsim.core.policy;

/**
 * A scaling policy as the engine runs it: at each evaluation it may propose a desired capacity; the engine combines
 * all proposals by {@link CombinationRule} (aws-behaviour §1.7, §7.1), in which each policy takes the part its
 * {@link #role()} names.
 *
 * <p>The AWS policy types are built from the config by {@link EvaluatorFactory}; other policies implement
 * {@link PluginPolicy}. Implementations must not allocate in {@link #propose}: it runs every simulated minute.
 */
public sealed interface PolicyEvaluator
    permits AwsEvaluator, PluginPolicy {

  /** "No opinion at this evaluation" (e.g. alarm not in ALARM, missing data, cooldown). */
  int NO_PROPOSAL = Integer.MIN_VALUE;

  /** {@link #cooldownSeconds()} of a policy whose activities start no cooldown. */
  int NO_COOLDOWN = -1;

  /** The policy's name, as it appears in Cause texts. */
  String name();

  /** The desired capacity this policy wants now (before clamping), or {@link #NO_PROPOSAL}. */
  int propose(long nowEpochSecond, GroupView group, ControlPlaneView plane);

  /** How this policy's proposals take part in the combination (aws-behaviour §1.7); constant for a policy. */
  CombinationRule.Role role();

  /** What a change made by this policy is recorded as. */
  DecisionSource source();

  /**
   * Seconds of simple-scaling cooldown after the activity this policy starts completes (aws-behaviour §3 [D]), or
   * {@link #NO_COOLDOWN}: target tracking, step and plug-in policies are not subject to cooldowns.
   */
  default int cooldownSeconds() {
    return NO_COOLDOWN;
  }

  /** The alarm that drove the last proposal, or null. */
  default String lastAlarmName() {
    return null;
  }

  /** The metric value that drove the last proposal, NaN if none. */
  default double lastMetricValue() {
    return Double.NaN;
  }

  /**
   * Why the latest {@link #propose} made no proposal, when the policy knows ({@link Hold}: its alarm is not in ALARM
   * yet, missing data, a cooldown…); {@link Hold#NONE} otherwise. Set without allocating.
   */
  default Hold lastHold() {
    return Hold.NONE;
  }

  /** Warm-up seconds for instances launched by this policy's scale-out; negative = the group's default. */
  default int warmupSeconds() {
    return -1;
  }
}
