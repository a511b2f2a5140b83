package dev.asgsim.simulator.group;

/**
 * The lifecycle states the simulator models (aws-behaviour §6.4 [D]); lifecycle hooks, Standby and warm pools are not
 * modelled. {@code TERMINATING} covers load balancer draining and shutdown.
 */
public enum InstanceState {
  PENDING("Pending"),
  IN_SERVICE("InService"),
  TERMINATING("Terminating"),
  TERMINATED("Terminated");

  private final String awsName;

  InstanceState(String awsName) {
    this.awsName = awsName;
  }

  /** The name AWS uses ({@code LifecycleState}). */
  public String awsName() {
    return awsName;
  }
}
