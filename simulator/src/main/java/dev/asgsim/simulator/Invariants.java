package dev.asgsim.simulator;

import dev.asgsim.core.activity.ActivityText;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.internal.group.Group;

/** What must hold after every simulated minute (checked in tests, {@code Simulation.Builder.checkInvariants}). */
final class Invariants {
  private Invariants() {}

  /**
   * Every instance in exactly one state, Min ≤ desired ≤ Max (spec §7.1 [D]), and the run and the engine agree on
   * desired; throws {@link IllegalStateException} if not.
   */
  static void check(Group group, int desired, ScalingEngine engine, long now) {
    group.checkInvariants();
    if (desired < engine.minSize() || desired > engine.maxSize()) {
      throw new IllegalStateException("desired " + desired + " outside [" + engine.minSize() + ", "
          + engine.maxSize() + "] at " + ActivityText.at(now));
    }
    if (desired != engine.desired()) {
      throw new IllegalStateException("simulator desired " + desired + " != engine desired " + engine.desired());
    }
  }
}
