package dev.asgsim.core.validate;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.PredictiveScalingConfiguration.MetricSpecification;
import dev.asgsim.core.config.PredictiveScalingConfiguration.PredefinedMetric;
import dev.asgsim.core.config.ScalingPolicy;
import java.util.List;

/** PredictiveScalingConfiguration (aws-behaviour §5.2, §9.6, §9.11 item 12). */
final class PredictiveRules {
  static final List<String> MODES = List.of("ForecastOnly", "ForecastAndScale");
  static final List<String> BREACH = List.of("HonorMaxCapacity", "IncreaseMaxCapacity");
  static final List<String> PAIR_TYPES = List.of("ASGCPUUtilization", "ASGNetworkIn", "ASGNetworkOut",
      "ALBRequestCount");
  static final List<String> LOAD_TYPES = List.of("ASGTotalCPUUtilization", "ASGTotalNetworkIn",
      "ASGTotalNetworkOut", "ALBTargetGroupRequestCount");
  /** aws-behaviour §5.2 [D]: SchedulingBufferTime must be below one hour. */
  static final int MAX_SCHEDULING_BUFFER_EXCLUSIVE = 3600;
  static final int MAX_CAPACITY_BUFFER = 100;

  private PredictiveRules() {}

  static void check(PredictiveScalingConfiguration c, String path, Findings f) {
    List<MetricSpecification> specs = Checks.orEmpty(c.metricSpecifications());
    if (specs.size() != 1) {
      f.error("predictive-metric-spec", path + ".MetricSpecifications", "MetricSpecifications must hold exactly "
          + "one element, here " + specs.size() + " (aws-behaviour §5.2)", "keep one metric specification");
    }
    for (int i = 0; i < specs.size(); i++) {
      spec(specs.get(i), path + ".MetricSpecifications[" + i + "]", f);
    }
    if (c.mode() != null && !MODES.contains(c.mode())) {
      f.error("predictive-mode", path + ".Mode", "Mode " + c.mode() + " is not one of " + Checks.oneOf(MODES)
          + " (aws-behaviour §5.2)", "write ForecastOnly (the default) or ForecastAndScale");
    }
    Integer buffer = c.schedulingBufferTime();
    if (buffer != null && (buffer < 0 || buffer >= MAX_SCHEDULING_BUFFER_EXCLUSIVE)) {
      f.error("predictive-buffer-time", path + ".SchedulingBufferTime", "SchedulingBufferTime " + buffer
          + " must be 0 to 3599 s (aws-behaviour §5.2)", "use less than one hour (default 300)");
    }
    String breach = c.maxCapacityBreachBehavior();
    if (breach != null && !BREACH.contains(breach)) {
      f.error("predictive-breach-behavior", path + ".MaxCapacityBreachBehavior", "MaxCapacityBreachBehavior "
          + breach + " is not one of " + Checks.oneOf(BREACH) + " (aws-behaviour §5.2)", "write HonorMaxCapacity or "
          + "IncreaseMaxCapacity");
    }
    boolean increase = "IncreaseMaxCapacity".equals(breach);
    Integer capBuffer = c.maxCapacityBuffer();
    if (increase && capBuffer == null) {
      f.error("predictive-max-capacity-buffer", path, "IncreaseMaxCapacity needs MaxCapacityBuffer (aws-behaviour §5.2)",
          "add MaxCapacityBuffer: 0-100 (% of the forecast)");
    } else if (!increase && capBuffer != null) {
      f.error("predictive-max-capacity-buffer", path + ".MaxCapacityBuffer", "MaxCapacityBuffer only applies with "
          + "MaxCapacityBreachBehavior: IncreaseMaxCapacity (aws-behaviour §5.2)", "remove it, or set IncreaseMaxCapacity");
    } else if (capBuffer != null && (capBuffer < 0 || capBuffer > MAX_CAPACITY_BUFFER)) {
      f.error("predictive-max-capacity-buffer", path + ".MaxCapacityBuffer", "MaxCapacityBuffer " + capBuffer
          + " is outside 0-100 (aws-behaviour §5.2)", "use a percentage from 0 to 100");
    }
  }

  private static void spec(MetricSpecification s, String path, Findings f) {
    if (s == null) {
      f.error("predictive-metric-spec", path, "an empty metric specification (aws-behaviour §5.2)", "remove it");
      return;
    }
    if (s.targetValue() == null || !Double.isFinite(s.targetValue()) || s.targetValue() <= 0) {
      f.error("predictive-target-value", path + ".TargetValue", "TargetValue is required, finite and above 0 "
          + "(aws-behaviour §5.2, local rule §1.10)", "set TargetValue, e.g. 50");
    }
    boolean pair = s.predefinedMetricPairSpecification() != null;
    boolean load = s.predefinedLoadMetricSpecification() != null || s.customizedLoadMetricSpecification() != null;
    boolean scaling = s.predefinedScalingMetricSpecification() != null
        || s.customizedScalingMetricSpecification() != null;
    if (pair == (load || scaling) || (!pair && !(load && scaling))) {
      f.error("predictive-metric-spec", path, "a metric specification is either a metric pair, or a load metric "
          + "with a scaling metric (aws-behaviour §5.2)", "use PredefinedMetricPairSpecification, or both a load and a "
          + "scaling metric");
    }
    if ((s.predefinedLoadMetricSpecification() != null && s.customizedLoadMetricSpecification() != null)
        || (s.predefinedScalingMetricSpecification() != null && s.customizedScalingMetricSpecification() != null)) {
      f.error("predictive-metric-spec", path, "a load or scaling metric is predefined or customized, not both "
          + "(aws-behaviour §5.2)", "keep one of each");
    }
    type(s.predefinedMetricPairSpecification(), PAIR_TYPES, "ALBRequestCount",
        path + ".PredefinedMetricPairSpecification", f);
    type(s.predefinedLoadMetricSpecification(), LOAD_TYPES, "ALBTargetGroupRequestCount",
        path + ".PredefinedLoadMetricSpecification", f);
    type(s.predefinedScalingMetricSpecification(), TargetTrackingRules.PREDEFINED_TYPES,
        TargetTrackingRules.ALB_METRIC, path + ".PredefinedScalingMetricSpecification", f);
  }

  private static void type(PredefinedMetric m, List<String> known, String alb, String path, Findings f) {
    if (m == null) {
      return;
    }
    if (m.predefinedMetricType() == null || !known.contains(m.predefinedMetricType())) {
      f.error("predictive-metric-type", path + ".PredefinedMetricType", "PredefinedMetricType "
              + m.predefinedMetricType() + " is not one of " + Checks.oneOf(known)
              + Checks.didYouMean(m.predefinedMetricType(), known) + " (aws-behaviour §5.2)", "use one of these types");
    } else if (m.predefinedMetricType().equals(alb) != (m.resourceLabel() != null)) {
      f.error("predictive-resource-label", path + ".ResourceLabel", "ResourceLabel is required with " + alb
          + " and only with it (aws-behaviour §5.2, §1.2)", "add or remove ResourceLabel");
    }
  }

  /** Only one predictive policy may actively scale (aws-behaviour §5.2 [D]). */
  static void checkAll(List<ScalingPolicy> policies, Findings f) {
    int scaling = 0;
    for (int i = 0; i < policies.size(); i++) {
      ScalingPolicy p = policies.get(i);
      if (p != null && p.type() == PolicyType.PredictiveScaling && p.predictiveScalingConfiguration() != null
          && "ForecastAndScale".equals(p.predictiveScalingConfiguration().mode()) && p.effectiveEnabled()) {
        if (++scaling == 2) {
          f.error("predictive-forecast-and-scale", "ScalingPolicies[" + i + "].PredictiveScalingConfiguration.Mode",
              "a second predictive policy in ForecastAndScale; only one may scale the group (aws-behaviour §5.2)",
              "set Mode: ForecastOnly on all but one predictive policy");
        }
      }
    }
  }
}
