package dev.asgsim.simulator.policies;

import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.PluginPolicy;

/**
 * The clairvoyant baseline: always asks for exactly the capacity the current demand needs at the utilisation target,
 * {@code ceil(demand / (100 · target))} instances (demand in percent of one instance). The bench runs it with zero
 * launch and start-up delays, so it approximates the lower bound on cost for zero unserved demand (aws-behaviour §18,
 * "oracle"). Needs the simulator's demand; proposes nothing without it.
 */
public final class OraclePolicy implements PluginPolicy {
  /** Float noise in demand must not buy a whole instance: 1.0000000001 instances is 1. */
  public static final double DEFAULT_EPSILON = 1e-9;

  private final double utilizationTarget;

  /** @param utilizationTarget the fraction of an instance's CPU to plan for, in (0, 1] */
  public OraclePolicy(double utilizationTarget) {
    if (!(utilizationTarget > 0 && utilizationTarget <= 1)) {
      throw new IllegalArgumentException("the oracle's utilisation target must be in (0, 1], not " + utilizationTarget);
    }
    this.utilizationTarget = utilizationTarget;
  }

  public double utilizationTarget() {
    return utilizationTarget;
  }

  /** The instances {@code demandPercent} needs: ceil(demand / (100 · target)). */
  public static int required(double demandPercent, double utilizationTarget) {
    if (!(demandPercent > 0)) {
      return 0;
    }
    return (int) Math.ceil(demandPercent / (100 * utilizationTarget) - DEFAULT_EPSILON);
  }

  @Override
  public String name() {
    return "oracle";
  }

  @Override
  public int propose(long nowEpochSecond, GroupView group, ControlPlaneView plane) {
    double demand = group.demand();
    return Double.isNaN(demand) ? NO_PROPOSAL : required(demand, utilizationTarget);
  }

  /** Capacity that is there is capacity that counts: no warm-up. */
  @Override
  public int warmupSeconds() {
    return 0;
  }
}
