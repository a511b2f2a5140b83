package dev.asgsim.core.policy;

import static java.util.Objects.requireNonNullElse;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.config.EngineParameters;
import dev.asgsim.core.config.SimulationSettings;

/**
 * The engine's [I] parameters: what AWS does not document (spec §13) made explicit, each with a default. A config
 * file sets them under {@code Simulation.Engine} ({@link EngineParameters}, read by {@link #of}).
 *
 * @param extraEvaluationRange periods CloudWatch looks back beyond N (spec §8.4; default {@link
 *     Alarm#DEFAULT_EXTRA_EVALUATION_RANGE})
 * @param capacityEpsilon subtracted before {@code ceil} in the target tracking formula (spec §1.5 [I])
 * @param scheduledActionDelaySeconds seconds after its time a scheduled action runs (spec §5.1 [D]: 0-120 s)
 * @param maxScaleInStep most instances one target tracking scale-in may remove (spec §13 Q5; default unlimited)
 * @param metricValueSource which metric value feeds the target tracking formula (spec §13 Q1)
 * @param lowAlarmWhenScaleInDisabled whether a DisableScaleIn policy still has an AlarmLow (spec §13 Q4): it is then
 *     evaluated and shown but never acts
 * @param instanceCountSource which instance count multiplies the metric in the target tracking formula (spec §1.5
 *     "Which N", §13 Q1)
 * @param launchCooldownBlocksScaleIn whether, without DefaultInstanceWarmup, the group's DefaultCooldown runs after a
 *     launch activity and blocks dynamic scale-in until it ends (spec §2.2 item 5 [D]: AWS says it "may")
 */
public record EngineSettings(
    int extraEvaluationRange,
    double capacityEpsilon,
    int scheduledActionDelaySeconds,
    int maxScaleInStep,
    MetricValueSource metricValueSource,
    boolean lowAlarmWhenScaleInDisabled,
    InstanceCountSource instanceCountSource,
    boolean launchCooldownBlocksScaleIn) {

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
  /** [I] spec §1.5 "Which N" (revision 2): the count behind the datapoint. */
  public static final InstanceCountSource DEFAULT_INSTANCE_COUNT_SOURCE = InstanceCountSource.DATAPOINT;
  /** [D] spec §2.2 item 5: the documented behaviour is on by default. */
  public static final boolean DEFAULT_LAUNCH_COOLDOWN_BLOCKS_SCALE_IN = true;

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
    if (metricValueSource == null || instanceCountSource == null) {
      throw new IllegalArgumentException("metricValueSource and instanceCountSource are required");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The settings a config's {@code Simulation.Engine} block asks for, the defaults where it is silent. The config
   * must have passed validation (an unknown spelling is a precondition failure here).
   */
  public static EngineSettings of(SimulationSettings simulation) {
    EngineParameters p = simulation == null ? null : simulation.engine();
    if (p == null) {
      return DEFAULTS;
    }
    MetricValueSource value = p.metricValue() == null ? DEFAULT_METRIC_VALUE_SOURCE
        : EvaluatorFactory.required(ConfigSpelled.parse(MetricValueSource.class, p.metricValue()), "Simulation.Engine",
            "MetricValue named '" + p.metricValue() + "'");
    InstanceCountSource count = p.instanceCount() == null ? DEFAULT_INSTANCE_COUNT_SOURCE
        : EvaluatorFactory.required(ConfigSpelled.parse(InstanceCountSource.class, p.instanceCount()), "Simulation.Engine",
            "InstanceCount named '" + p.instanceCount() + "'");
    return new EngineSettings(
        requireNonNullElse(p.extraEvaluationRange(), Alarm.DEFAULT_EXTRA_EVALUATION_RANGE),
        requireNonNullElse(p.capacityEpsilon(), DEFAULT_CAPACITY_EPSILON),
        requireNonNullElse(p.scheduledActionDelaySeconds(), DEFAULT_SCHEDULED_ACTION_DELAY_SECONDS),
        requireNonNullElse(p.maxScaleInStep(), DEFAULT_MAX_SCALE_IN_STEP),
        value,
        requireNonNullElse(p.lowAlarmWhenScaleInDisabled(), DEFAULT_LOW_ALARM_WHEN_SCALE_IN_DISABLED),
        count,
        requireNonNullElse(p.launchCooldownBlocksScaleIn(), DEFAULT_LAUNCH_COOLDOWN_BLOCKS_SCALE_IN));
  }

  public Builder toBuilder() {
    return new Builder().extraEvaluationRange(extraEvaluationRange).capacityEpsilon(capacityEpsilon)
        .scheduledActionDelaySeconds(scheduledActionDelaySeconds).maxScaleInStep(maxScaleInStep)
        .metricValueSource(metricValueSource).lowAlarmWhenScaleInDisabled(lowAlarmWhenScaleInDisabled)
        .instanceCountSource(instanceCountSource).launchCooldownBlocksScaleIn(launchCooldownBlocksScaleIn);
  }

  /** Builder with the defaults above. */
  public static final class Builder {
    private int extraEvaluationRange = Alarm.DEFAULT_EXTRA_EVALUATION_RANGE;
    private double capacityEpsilon = DEFAULT_CAPACITY_EPSILON;
    private int scheduledActionDelaySeconds = DEFAULT_SCHEDULED_ACTION_DELAY_SECONDS;
    private int maxScaleInStep = DEFAULT_MAX_SCALE_IN_STEP;
    private MetricValueSource metricValueSource = DEFAULT_METRIC_VALUE_SOURCE;
    private boolean lowAlarmWhenScaleInDisabled = DEFAULT_LOW_ALARM_WHEN_SCALE_IN_DISABLED;
    private InstanceCountSource instanceCountSource = DEFAULT_INSTANCE_COUNT_SOURCE;
    private boolean launchCooldownBlocksScaleIn = DEFAULT_LAUNCH_COOLDOWN_BLOCKS_SCALE_IN;

    public Builder extraEvaluationRange(int v) { extraEvaluationRange = v; return this; }
    public Builder capacityEpsilon(double v) { capacityEpsilon = v; return this; }
    public Builder scheduledActionDelaySeconds(int v) { scheduledActionDelaySeconds = v; return this; }
    public Builder maxScaleInStep(int v) { maxScaleInStep = v; return this; }
    public Builder metricValueSource(MetricValueSource v) { metricValueSource = v; return this; }
    public Builder lowAlarmWhenScaleInDisabled(boolean v) { lowAlarmWhenScaleInDisabled = v; return this; }
    public Builder instanceCountSource(InstanceCountSource v) { instanceCountSource = v; return this; }
    public Builder launchCooldownBlocksScaleIn(boolean v) { launchCooldownBlocksScaleIn = v; return this; }

    public EngineSettings build() {
      return new EngineSettings(extraEvaluationRange, capacityEpsilon, scheduledActionDelaySeconds, maxScaleInStep,
          metricValueSource, lowAlarmWhenScaleInDisabled, instanceCountSource, launchCooldownBlocksScaleIn);
    }
  }
}
