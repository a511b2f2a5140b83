package dev.asgsim.core.validate;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import java.util.List;

/**
 * Predictive scaling's traps AWS accepts (aws-behaviour §5.2 [D]): ForecastAndScale never scales in, so without a dynamic
 * policy that can the group only grows; forecasts assume instances of one capacity, which a mixed-instances group
 * does not have.
 */
final class PredictiveAdvice {
  private PredictiveAdvice() {}

  static void check(ScalingConfig config, Advising f) {
    List<ScalingPolicy> policies = config.policies();
    boolean canScaleIn = policies.stream().anyMatch(PredictiveAdvice::scalesIn);
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      if (p == null || p.type() != PolicyType.PredictiveScaling || !p.effectiveEnabled()
          || p.predictiveScalingConfiguration() == null) {
        continue;
      }
      String path = "ScalingPolicies[" + i + "]";
      if ("ForecastAndScale".equals(p.predictiveScalingConfiguration().mode()) && !canScaleIn) {
        f.warning("predictive-no-scale-in", path + ".PredictiveScalingConfiguration.Mode", "ForecastAndScale "
            + "never scales in and no dynamic policy here can, so the group never scales in: capacity raised for a "
            + "peak stays (aws-behaviour §5.2: \"scale-in needs a dynamic policy with scale-in enabled\")",
            "add a target tracking policy without DisableScaleIn (or a step policy that removes instances)");
      }
      if (config.autoScalingGroup() != null && config.autoScalingGroup().mixedInstancesPolicy() != null) {
        f.advice("predictive-mixed-instances", path, "predictive scaling assumes instances of one capacity "
            + "(aws-behaviour §5.2): with a MixedInstancesPolicy the forecast capacity is in instances, whatever their "
            + "size", "keep instance types of similar size, or use instance weights consistently");
      }
    }
  }

  /** A dynamic policy that can remove instances (aws-behaviour §1.7: target tracking without DisableScaleIn, step, simple). */
  private static boolean scalesIn(ScalingPolicy p) {
    if (p == null || p.type() == null || !p.effectiveEnabled()) {
      return false;
    }
    return switch (p.type()) {
      case TargetTrackingScaling -> p.targetTrackingConfiguration() != null
          && !p.targetTrackingConfiguration().scaleInDisabled();
      case StepScaling, SimpleScaling -> true;
      default -> false;
    };
  }
}
