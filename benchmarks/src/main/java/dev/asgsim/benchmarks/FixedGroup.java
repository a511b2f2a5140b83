package dev.asgsim.benchmarks;

import dev.asgsim.core.policy.GroupView;

/** A group whose instances never change: every instance InService and warm, nothing launching. */
final class FixedGroup implements GroupView {
  private final int instances;

  FixedGroup(int instances) {
    this.instances = instances;
  }

  @Override
  public int inService() {
    return instances;
  }

  @Override
  public int warm() {
    return instances;
  }

  @Override
  public int pending() {
    return 0;
  }

  @Override
  public int terminating() {
    return 0;
  }

  @Override
  public int scaleOutWarming() {
    return 0;
  }
}
