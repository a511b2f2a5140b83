package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code PutWarmPool} members (aws-behaviour §7.6 [D]): pre-initialized instances kept Stopped, Running or
 * Hibernated beside the group. Read, validated, simulated ({@code simulator.internal.group.WarmPool}) and applied.
 */
public record WarmPoolConfiguration(
    Integer minSize, Integer maxGroupPreparedCapacity, String poolState, InstanceReusePolicy instanceReusePolicy)
    implements Serializable {

  /** {@code InstanceReusePolicy}: whether instances return to the pool on scale-in. */
  public record InstanceReusePolicy(Boolean reuseOnScaleIn) implements Serializable {}
}
