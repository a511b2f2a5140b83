package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/**
 * One scaling policy: the {@code PutScalingPolicy} members (aws-behaviour §9.6), plus, for step and simple policies, the
 * CloudWatch {@code Alarm} that triggers it. One flat record like the API, so that members invalid for a policy type
 * can be reported by the validator instead of being lost by the reader.
 */
public record ScalingPolicy(
    String policyName,
    String policyType,
    String adjustmentType,
    Integer minAdjustmentMagnitude,
    Integer minAdjustmentStep,
    Integer scalingAdjustment,
    Integer cooldown,
    String metricAggregationType,
    List<StepAdjustment> stepAdjustments,
    Integer estimatedInstanceWarmup,
    TargetTrackingConfiguration targetTrackingConfiguration,
    PredictiveScalingConfiguration predictiveScalingConfiguration,
    Boolean enabled,
    MetricAlarm alarm) implements Serializable {

  public ScalingPolicy {
    stepAdjustments = Lists.copy(stepAdjustments);
  }

  /** The parsed type ({@code SimpleScaling} when absent), or {@code null} for an unknown value. */
  public PolicyType type() {
    return PolicyType.parse(policyType);
  }

  /** Policies are enabled unless {@code Enabled: false} (aws-behaviour §9.6 [D]). */
  public boolean effectiveEnabled() {
    return enabled == null || enabled;
  }

  /** {@code MinAdjustmentMagnitude}, or its deprecated alias {@code MinAdjustmentStep}. */
  public Integer effectiveMinAdjustmentMagnitude() {
    return minAdjustmentMagnitude != null ? minAdjustmentMagnitude : minAdjustmentStep;
  }

  /** {@code Average} when unset (aws-behaviour §4.3 [D]). */
  public String effectiveMetricAggregationType() {
    return metricAggregationType == null ? "Average" : metricAggregationType;
  }

  /** A target tracking policy on a predefined metric. */
  public static ScalingPolicy targetTracking(String name, String predefinedMetricType, double target, Integer warmup) {
    return builder()
        .policyName(name)
        .policyType(PolicyType.TargetTrackingScaling.name())
        .estimatedInstanceWarmup(warmup)
        .targetTrackingConfiguration(new TargetTrackingConfiguration(
            TargetTrackingConfiguration.PredefinedMetricSpecification.of(predefinedMetricType), null, target, null))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder for library users. */
  public static final class Builder {
    private String policyName;
    private String policyType;
    private String adjustmentType;
    private Integer minAdjustmentMagnitude;
    private Integer minAdjustmentStep;
    private Integer scalingAdjustment;
    private Integer cooldown;
    private String metricAggregationType;
    private List<StepAdjustment> stepAdjustments;
    private Integer estimatedInstanceWarmup;
    private TargetTrackingConfiguration targetTrackingConfiguration;
    private PredictiveScalingConfiguration predictiveScalingConfiguration;
    private Boolean enabled;
    private MetricAlarm alarm;

    private Builder() {}

    private Builder(ScalingPolicy p) {
      policyName = p.policyName;
      policyType = p.policyType;
      adjustmentType = p.adjustmentType;
      minAdjustmentMagnitude = p.minAdjustmentMagnitude;
      minAdjustmentStep = p.minAdjustmentStep;
      scalingAdjustment = p.scalingAdjustment;
      cooldown = p.cooldown;
      metricAggregationType = p.metricAggregationType;
      stepAdjustments = p.stepAdjustments;
      estimatedInstanceWarmup = p.estimatedInstanceWarmup;
      targetTrackingConfiguration = p.targetTrackingConfiguration;
      predictiveScalingConfiguration = p.predictiveScalingConfiguration;
      enabled = p.enabled;
      alarm = p.alarm;
    }

    public Builder policyName(String v) { policyName = v; return this; }
    public Builder policyType(String v) { policyType = v; return this; }
    public Builder policyType(PolicyType v) { policyType = v.name(); return this; }
    public Builder adjustmentType(String v) { adjustmentType = v; return this; }
    public Builder minAdjustmentMagnitude(Integer v) { minAdjustmentMagnitude = v; return this; }
    public Builder minAdjustmentStep(Integer v) { minAdjustmentStep = v; return this; }
    public Builder scalingAdjustment(Integer v) { scalingAdjustment = v; return this; }
    public Builder cooldown(Integer v) { cooldown = v; return this; }
    public Builder metricAggregationType(String v) { metricAggregationType = v; return this; }
    public Builder stepAdjustments(List<StepAdjustment> v) { stepAdjustments = v; return this; }
    public Builder estimatedInstanceWarmup(Integer v) { estimatedInstanceWarmup = v; return this; }
    public Builder targetTrackingConfiguration(TargetTrackingConfiguration v) { targetTrackingConfiguration = v; return this; }
    public Builder predictiveScalingConfiguration(PredictiveScalingConfiguration v) { predictiveScalingConfiguration = v; return this; }
    public Builder enabled(Boolean v) { enabled = v; return this; }
    public Builder alarm(MetricAlarm v) { alarm = v; return this; }

    public ScalingPolicy build() {
      return new ScalingPolicy(policyName, policyType, adjustmentType, minAdjustmentMagnitude, minAdjustmentStep,
          scalingAdjustment, cooldown, metricAggregationType, stepAdjustments, estimatedInstanceWarmup,
          targetTrackingConfiguration, predictiveScalingConfiguration, enabled, alarm);
    }
  }
}
