package dev.asgsim.simulator.policies;

import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.PluginPolicy;

/**
 * A plug-in written the way a user would write one, and named in a sweep by its class name
 * ({@code dev.asgsim.simulator.policies.ThresholdPolicy}): add one instance when the serving instances' CPU is above
 * {@value #DEFAULT_HIGH_PERCENT} %, remove one below {@value #DEFAULT_LOW_PERCENT} %, then hold for
 * {@value #DEFAULT_HOLD_SECONDS} s. A user's class needs only a public no-argument constructor and
 * {@link PluginPolicy}; one instance is made per simulation, so fields may hold state.
 */
public final class ThresholdPolicy implements PluginPolicy {
  public static final double DEFAULT_HIGH_PERCENT = 70;
  public static final double DEFAULT_LOW_PERCENT = 30;
  public static final int DEFAULT_HOLD_SECONDS = 300;

  private long holdUntil = Long.MIN_VALUE;

  @Override
  public String name() {
    return "threshold";
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    double demand = group.demand();
    int serving = group.inService();
    if (now < holdUntil || Double.isNaN(demand) || serving == 0) {
      return NO_PROPOSAL;
    }
    double cpu = Math.min(100, demand / serving);
    int current = plane.desired();
    int want = cpu > DEFAULT_HIGH_PERCENT ? current + 1 : cpu < DEFAULT_LOW_PERCENT ? current - 1 : current;
    if (want == current) {
      return NO_PROPOSAL;
    }
    holdUntil = now + DEFAULT_HOLD_SECONDS;
    return want;
  }
}
