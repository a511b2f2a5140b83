package dev.asgsim.core.config;

/**
 * {@code Simulation.Engine}: how the simulated Auto Scaling control plane reads what AWS does not document (spec §13)
 * or documents only as a range. Every member is optional; {@code null} means the spec's default, given here.
 *
 * @param metricValue which datapoint value feeds the target tracking formula (spec §13 Q1 [I]): {@code Latest} (the
 *     newest datapoint in the alarm's window, default) or {@code WindowMean} (the mean of its N datapoints)
 * @param instanceCount which instance count multiplies it (spec §1.5 "Which N" [I]): {@code Datapoint} (the
 *     instances or healthy targets averaged into the datapoint, default) or {@code DecisionTime} (the warm instances
 *     at the decision, plus the terminating ones when scaling in)
 * @param maxScaleInStep most instances one target tracking scale-in may remove (spec §13 Q5 [I]); default unlimited
 * @param lowAlarmWhenScaleInDisabled whether a DisableScaleIn policy still gets an (inert) AlarmLow (spec §13 Q4 [I]);
 *     default true
 * @param scheduledActionDelaySeconds seconds after its time a scheduled action runs, 0-120 (spec §5.1 [D]: "may be
 *     delayed up to 2 minutes"); default 0
 * @param extraEvaluationRange periods CloudWatch looks back beyond an alarm's N when datapoints are missing, the
 *     evaluation range (spec §8.4 [I]: "e.g. 5 for N=3"); default 2
 * @param capacityEpsilon subtracted before ceil in the target tracking formula, in [0, 0.5) (spec §1.5 [I]); default
 *     1e-6
 * @param launchCooldownBlocksScaleIn whether, without DefaultInstanceWarmup, DefaultCooldown runs after a launch and
 *     blocks dynamic scale-in until it ends (spec §2.2 item 5 [D]: it "may"); default true
 * @param forecaster the forecaster of predictive policies, by its name in {@code Forecasters} (spec §5.2 [I]: AWS's
 *     model is not disclosed); default {@code seasonal-mean}
 */
public record EngineParameters(
    String metricValue,
    String instanceCount,
    Integer maxScaleInStep,
    Boolean lowAlarmWhenScaleInDisabled,
    Integer scheduledActionDelaySeconds,
    Integer extraEvaluationRange,
    Double capacityEpsilon,
    Boolean launchCooldownBlocksScaleIn,
    String forecaster) {

  /** [D] spec §5.1: a scheduled action "may be delayed up to 2 minutes". */
  public static final int MAX_SCHEDULED_ACTION_DELAY_SECONDS = 120;
}
