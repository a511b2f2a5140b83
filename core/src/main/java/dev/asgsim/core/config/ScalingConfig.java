package dev.asgsim.core.config;

import java.util.List;

/**
 * The root of a config file: the Region the group lives in, the group, its scaling policies, its scheduled actions,
 * and the simulation-only settings and load that AWS does not know.
 *
 * @param region the AWS Region (e.g. {@code ap-northeast-2}) the group belongs to, or null; plan, apply and drift
 *               refuse to work on another Region (AWS's API has no such member: the Region is where a call is sent)
 */
public record ScalingConfig(
    String region,
    AutoScalingGroup autoScalingGroup,
    List<ScalingPolicy> scalingPolicies,
    List<ScheduledAction> scheduledActions,
    SimulationSettings simulation,
    LoadSettings load) {

  public ScalingConfig {
    scalingPolicies = Lists.copy(scalingPolicies);
    scheduledActions = Lists.copy(scheduledActions);
  }

  public List<ScalingPolicy> policies() {
    return Lists.orEmpty(scalingPolicies);
  }

  public List<ScheduledAction> actions() {
    return Lists.orEmpty(scheduledActions);
  }

  public SimulationSettings effectiveSimulation() {
    return simulation == null ? SimulationSettings.DEFAULTS : simulation;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .region(region)
        .autoScalingGroup(autoScalingGroup)
        .scalingPolicies(scalingPolicies)
        .scheduledActions(scheduledActions)
        .simulation(simulation)
        .load(load);
  }

  /** Builder for library users. */
  public static final class Builder {
    private String region;
    private AutoScalingGroup autoScalingGroup;
    private List<ScalingPolicy> scalingPolicies;
    private List<ScheduledAction> scheduledActions;
    private SimulationSettings simulation;
    private LoadSettings load;

    public Builder region(String v) { region = v; return this; }
    public Builder autoScalingGroup(AutoScalingGroup v) { autoScalingGroup = v; return this; }
    public Builder scalingPolicies(List<ScalingPolicy> v) { scalingPolicies = v; return this; }
    public Builder scheduledActions(List<ScheduledAction> v) { scheduledActions = v; return this; }
    public Builder simulation(SimulationSettings v) { simulation = v; return this; }
    public Builder load(LoadSettings v) { load = v; return this; }

    public ScalingConfig build() {
      return new ScalingConfig(region, autoScalingGroup, scalingPolicies, scheduledActions, simulation, load);
    }
  }
}
