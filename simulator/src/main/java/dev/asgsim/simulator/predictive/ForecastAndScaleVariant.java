package dev.asgsim.simulator.predictive;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The config in which the first enabled ForecastOnly predictive policy becomes ForecastAndScale: what the run's
 * ForecastOnly evaluation compares against ("what ForecastAndScale would have changed", issue 12 item 3). Only one
 * predictive policy may scale a group (aws-behaviour §5.2 [D]), so none is switched when one already scales.
 */
public final class ForecastAndScaleVariant {
  private ForecastAndScaleVariant() {}

  /** The variant, or null when no predictive policy is only forecasting (or one already scales). */
  public static ScalingConfig of(ScalingConfig config) {
    int switchAt = -1;
    List<ScalingPolicy> policies = config.policies();
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      if (p.type() != PolicyType.PredictiveScaling || !p.effectiveEnabled()
          || p.predictiveScalingConfiguration() == null) {
        continue;
      }
      if ("ForecastAndScale".equals(p.predictiveScalingConfiguration().mode())) {
        return null;
      }
      if (switchAt < 0) {
        switchAt = i;
      }
    }
    if (switchAt < 0) {
      return null;
    }
    List<ScalingPolicy> changed = new ArrayList<>(policies);
    ScalingPolicy p = policies.get(switchAt);
    PredictiveScalingConfiguration c = p.predictiveScalingConfiguration();
    changed.set(switchAt, p.toBuilder().predictiveScalingConfiguration(new PredictiveScalingConfiguration(
        c.metricSpecifications(), "ForecastAndScale", c.schedulingBufferTime(), c.maxCapacityBreachBehavior(),
        c.maxCapacityBuffer())).build());
    return config.toBuilder().scalingPolicies(changed).build();
  }
}
