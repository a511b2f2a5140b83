package dev.asgsim.simulator.policies;

import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.PluginPolicy;

/**
 * A fixed fleet of N instances: the baseline "no autoscaling". The bench also starts the group at N (Min = Max =
 * Desired = N), so this plug-in only holds the line if a scheduled action moves it.
 */
public final class StaticPolicy implements PluginPolicy {
  private final int capacity;

  public StaticPolicy(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("a static fleet needs N >= 0, not " + capacity);
    }
    this.capacity = capacity;
  }

  public int capacity() {
    return capacity;
  }

  @Override
  public String name() {
    return "static:" + capacity;
  }

  @Override
  public int propose(long nowEpochSecond, GroupView group, ControlPlaneView plane) {
    return capacity;
  }
}
