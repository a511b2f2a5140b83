package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code Simulation.Engine}: how the simulated Auto Scaling control plane reads what AWS does not document (aws-behaviour §13)
 * or documents only as a range. Every member is optional; {@code null} means the default (aws-behaviour §12), given here.
 *
 * @param metricValue which datapoint value feeds the target tracking formula (aws-behaviour §13 Q1 [I]): {@code Latest} (the
 *     newest datapoint in the alarm's window, default) or {@code WindowMean} (the mean of its N datapoints)
 * @param instanceCount which instance count multiplies it (aws-behaviour §1.5 "Which N" [I]): {@code Datapoint} (the
 *     instances or healthy targets averaged into the datapoint, default) or {@code DecisionTime} (the warm instances
 *     at the decision, plus the terminating ones when scaling in)
 * @param maxScaleInStep most instances one target tracking scale-in may remove (aws-behaviour §13 Q5 [I]); default unlimited
 * @param lowAlarmWhenScaleInDisabled whether a DisableScaleIn policy still gets an (inert) AlarmLow (aws-behaviour §13 Q4 [I]);
 *     default true
 * @param scheduledActionDelaySeconds seconds after its time a scheduled action runs, 0-120 (aws-behaviour §5.1 [D]: "may be
 *     delayed up to 2 minutes"); default 0
 * @param extraEvaluationRange periods CloudWatch looks back beyond an alarm's N when datapoints are missing, the
 *     evaluation range (aws-behaviour §8.4 [I]: "e.g. 5 for N=3"); default 2
 * @param capacityEpsilon subtracted before ceil in the target tracking formula, in [0, 0.5) (aws-behaviour §1.5 [I]); default
 *     1e-6
 * @param launchCooldownBlocksScaleIn whether, without DefaultInstanceWarmup, DefaultCooldown runs after a launch and
 *     blocks dynamic scale-in until it ends (aws-behaviour §2.2 item 5 [D]: it "may"); default true
 * @param forecaster the forecaster of predictive policies, by its name in {@code Forecasters} (aws-behaviour §5.2 [I]:
 *     AWS's model is not disclosed); default {@code seasonal-mean}
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
    String forecaster) implements Serializable {

  /** [D] aws-behaviour §5.1: a scheduled action "may be delayed up to 2 minutes". */
  public static final int MAX_SCHEDULED_ACTION_DELAY_SECONDS = 120;
}
