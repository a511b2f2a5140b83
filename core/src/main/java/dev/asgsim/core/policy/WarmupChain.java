package dev.asgsim.core.policy;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingPolicy;

/**
 * Which warm-up instances launched by a policy get (spec §2.1 [D]): {@code EstimatedInstanceWarmup} (target tracking
 * and step only), else the group's {@code DefaultInstanceWarmup}, else {@code DefaultCooldown}. Instances launched for
 * other reasons (simple policies, scheduled actions, plug-ins) get {@code DefaultInstanceWarmup}, else 0 — they
 * contribute to the metrics as soon as they are InService (spec §11.4).
 */
public final class WarmupChain {
  private WarmupChain() {}

  /** Warm-up for a target tracking or step policy's launches. */
  public static int forPolicy(ScalingPolicy policy, AutoScalingGroup group) {
    if (policy.estimatedInstanceWarmup() != null) {
      return policy.estimatedInstanceWarmup();
    }
    return defaultWarmupEnabled(group) ? group.defaultInstanceWarmup() : group.effectiveDefaultCooldown();
  }

  /** Warm-up for launches not driven by a target tracking or step policy. */
  public static int forOther(AutoScalingGroup group) {
    return defaultWarmupEnabled(group) ? group.defaultInstanceWarmup() : 0;
  }

  /** Whether the group has a DefaultInstanceWarmup (0 counts; -1, the API's "remove", does not). */
  public static boolean defaultWarmupEnabled(AutoScalingGroup group) {
    return group.defaultInstanceWarmup() != null && group.defaultInstanceWarmup() >= 0;
  }
}
