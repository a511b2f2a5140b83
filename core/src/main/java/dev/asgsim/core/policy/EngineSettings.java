package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;

/**
 * The engine's [I] parameters: what AWS does not document (spec §13) made explicit, each with a default.
 *
 * @param extraEvaluationRange periods CloudWatch looks back beyond N (spec §8.4; default {@link
 *     Alarm#DEFAULT_EXTRA_EVALUATION_RANGE})
 * @param capacityEpsilon subtracted before {@code ceil} in the target tracking formula (spec §1.5 [I])
 * @param scheduledActionDelaySeconds seconds after its time a scheduled action runs (spec §5.1 [D]: 0-120 s)
 * @param maxScaleInStep most instances one target tracking scale-in may remove (spec §13 Q5; default unlimited)
 * @param metricValueSource which metric value feeds the target tracking formula (spec §13 Q1)
 * @param lowAlarmWhenScaleInDisabled whether a DisableScaleIn policy still has an AlarmLow (spec §13 Q4): it is then
 *     evaluated and shown but never acts
 */
public record EngineSettings(
    int extraEvaluationRange,
    double capacityEpsilon,
    int scheduledActionDelaySeconds,
    int maxScaleInStep,
    MetricValueSource metricValueSource,
    boolean lowAlarmWhenScaleInDisabled) {

  /** [I] spec §1.5: "a tiny epsilon before ceil". */
  public static final double DEFAULT_CAPACITY_EPSILON = 1e-6;
  /** [D] spec §5.1 says "within seconds, up to 2 minutes"; 0 by default. */
  public static final int DEFAULT_SCHEDULED_ACTION_DELAY_SECONDS = 0;
  /** [I] spec §13 Q5: no cap on one target tracking scale-in. */
  public static final int DEFAULT_MAX_SCALE_IN_STEP = Integer.MAX_VALUE;
  /** [I] spec §13 Q1. */
  public static final MetricValueSource DEFAULT_METRIC_VALUE_SOURCE = MetricValueSource.LATEST;
  /** [I] spec §13 Q4: AWS's PutScalingPolicy output lists both alarms; we keep AlarmLow, inert. */
  public static final boolean DEFAULT_LOW_ALARM_WHEN_SCALE_IN_DISABLED = true;

  public static final EngineSettings DEFAULTS = builder().build();

  public EngineSettings {
    if (extraEvaluationRange < 0) {
      throw new IllegalArgumentException("extraEvaluationRange must be >= 0, got " + extraEvaluationRange);
    }
    if (!(capacityEpsilon >= 0 && capacityEpsilon < 0.5)) {
      throw new IllegalArgumentException("capacityEpsilon must be in [0, 0.5), got " + capacityEpsilon);
    }
    if (scheduledActionDelaySeconds < 0) {
      throw new IllegalArgumentException("scheduledActionDelaySeconds must be >= 0, got " + scheduledActionDelaySeconds);
    }
    if (maxScaleInStep < 1) {
      throw new IllegalArgumentException("maxScaleInStep must be >= 1, got " + maxScaleInStep);
    }
    if (metricValueSource == null) {
      throw new IllegalArgumentException("metricValueSource is required");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().extraEvaluationRange(extraEvaluationRange).capacityEpsilon(capacityEpsilon)
        .scheduledActionDelaySeconds(scheduledActionDelaySeconds).maxScaleInStep(maxScaleInStep)
        .metricValueSource(metricValueSource).lowAlarmWhenScaleInDisabled(lowAlarmWhenScaleInDisabled);
  }

  /** Builder with the defaults above. */
  public static final class Builder {
    private int extraEvaluationRange = Alarm.DEFAULT_EXTRA_EVALUATION_RANGE;
    private double capacityEpsilon = DEFAULT_CAPACITY_EPSILON;
    private int scheduledActionDelaySeconds = DEFAULT_SCHEDULED_ACTION_DELAY_SECONDS;
    private int maxScaleInStep = DEFAULT_MAX_SCALE_IN_STEP;
    private MetricValueSource metricValueSource = DEFAULT_METRIC_VALUE_SOURCE;
    private boolean lowAlarmWhenScaleInDisabled = DEFAULT_LOW_ALARM_WHEN_SCALE_IN_DISABLED;

    public Builder extraEvaluationRange(int v) { extraEvaluationRange = v; return this; }
    public Builder capacityEpsilon(double v) { capacityEpsilon = v; return this; }
    public Builder scheduledActionDelaySeconds(int v) { scheduledActionDelaySeconds = v; return this; }
    public Builder maxScaleInStep(int v) { maxScaleInStep = v; return this; }
    public Builder metricValueSource(MetricValueSource v) { metricValueSource = v; return this; }
    public Builder lowAlarmWhenScaleInDisabled(boolean v) { lowAlarmWhenScaleInDisabled = v; return this; }

    public EngineSettings build() {
      return new EngineSettings(extraEvaluationRange, capacityEpsilon, scheduledActionDelaySeconds, maxScaleInStep,
          metricValueSource, lowAlarmWhenScaleInDisabled);
    }
  }
}
