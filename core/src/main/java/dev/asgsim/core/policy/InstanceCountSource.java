package dev.asgsim.core.policy;

/**
 * Which instance count N multiplies the metric M in the target tracking formula {@code ceil(M × N / T)} (spec §1.5
 * "Which N", §13 Q1). Default {@link #DATAPOINT} [I]. Config files spell it
 * {@code Simulation.Engine.InstanceCount: Datapoint | DecisionTime}.
 */
public enum InstanceCountSource implements ConfigSpelled {
  /**
   * N_dp, the instances (or healthy targets) averaged into the datapoint: {@code L = M × N_dp} is the load the
   * datapoint measured, and {@code ceil(L / T)} the capacity that carries it at the target. A datapoint published
   * without its count falls back to {@link #DECISION_TIME}.
   */
  DATAPOINT("Datapoint"),
  /**
   * The count at decision time: the warm InService instances (N_eff) for scale-out; for scale-in N_eff plus the
   * terminating instances, which AWS keeps in current capacity (spec §2.2-6a). Over-scales when M is older than a
   * change of N (spec §1.5); kept for comparison.
   */
  DECISION_TIME("DecisionTime");

  private final String configName;

  InstanceCountSource(String configName) {
    this.configName = configName;
  }

  @Override
  public String configName() {
    return configName;
  }
}
