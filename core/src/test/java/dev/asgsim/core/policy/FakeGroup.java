package dev.asgsim.core.policy;

/** A hand-driven group for tests: the test sets the counts the simulator would compute. */
final class FakeGroup implements GroupView {
  int inService;
  int warm;
  int pending;
  int scaleOutWarming;
  int terminating;
  boolean replacingUnhealthy;
  /** Capacity units above desired that instance weights overshot it by (aws-behaviour §7.11). */
  int overage;

  FakeGroup(int warm) {
    this.inService = warm;
    this.warm = warm;
  }

  FakeGroup set(int inService, int warm, int pending, int scaleOutWarming) {
    this.inService = inService;
    this.warm = warm;
    this.pending = pending;
    this.scaleOutWarming = scaleOutWarming;
    return this;
  }

  @Override
  public int overage() {
    return overage;
  }

  @Override
  public int inService() {
    return inService;
  }

  @Override
  public int warm() {
    return warm;
  }

  @Override
  public int pending() {
    return pending;
  }

  /** Instances selected for termination and not yet gone (draining, Terminating). */
  FakeGroup terminating(int n) {
    this.terminating = n;
    return this;
  }

  @Override
  public int terminating() {
    return terminating;
  }

  @Override
  public boolean replacingUnhealthy() {
    return replacingUnhealthy;
  }

  @Override
  public int scaleOutWarming() {
    return scaleOutWarming;
  }
}
