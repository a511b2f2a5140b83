package dev.asgsim.simulator;

import dev.asgsim.core.policy.GroupView;
import dev.asgsim.simulator.internal.group.Group;

/** The group as the policy engine sees it at an evaluation (read-only counts, aws-behaviour §2.2), plus the minute's demand. */
final class EngineView implements GroupView {
  private final Group group;
  private double demand = Double.NaN;
  private int desired;

  EngineView(Group group) {
    this.group = group;
  }

  /** The group's desired capacity as the run last set it, for {@link #overage()}. */
  void desired(int v) {
    desired = v;
  }

  @Override
  public int overage() {
    return group.overage(desired);
  }

  /** The demand of the minute being evaluated, for clairvoyant plug-ins. */
  void demand(double v) {
    demand = v;
  }

  @Override
  public int inService() {
    return group.inService();
  }

  @Override
  public int warm() {
    return group.warm();
  }

  @Override
  public int pending() {
    return group.pending();
  }

  @Override
  public int terminating() {
    return group.terminating();
  }

  @Override
  public int scaleOutWarming() {
    return group.warmingScaleOut();
  }

  @Override
  public boolean replacingUnhealthy() {
    return group.replacingUnhealthy();
  }

  @Override
  public double demand() {
    return demand;
  }
}
