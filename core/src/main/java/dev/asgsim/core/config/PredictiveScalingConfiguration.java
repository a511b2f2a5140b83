package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/** {@code PredictiveScalingConfiguration} (aws-behaviour §5.2, §9.6): validated, and simulated by {@code PredictiveEvaluator}. */
public record PredictiveScalingConfiguration(
    List<MetricSpecification> metricSpecifications,
    String mode,
    Integer schedulingBufferTime,
    String maxCapacityBreachBehavior,
    Integer maxCapacityBuffer) implements Serializable {

  /** [D] aws-behaviour §5.2: {@code Mode} defaults to ForecastOnly. */
  public static final String DEFAULT_MODE = "ForecastOnly";
  /** [D] aws-behaviour §5.2: {@code SchedulingBufferTime} defaults to 300 seconds. */
  public static final int DEFAULT_SCHEDULING_BUFFER_TIME = 300;
  /** [D] aws-behaviour §5.2: {@code MaxCapacityBreachBehavior} defaults to HonorMaxCapacity. */
  public static final String DEFAULT_MAX_CAPACITY_BREACH_BEHAVIOR = "HonorMaxCapacity";

  public PredictiveScalingConfiguration {
    metricSpecifications = Lists.copy(metricSpecifications);
  }

  /** The same configuration with AWS's defaults written out (aws-behaviour §5.2), so that absent equals default. */
  public PredictiveScalingConfiguration withDefaults() {
    return new PredictiveScalingConfiguration(metricSpecifications, mode == null ? DEFAULT_MODE : mode,
        schedulingBufferTime == null ? DEFAULT_SCHEDULING_BUFFER_TIME : schedulingBufferTime,
        maxCapacityBreachBehavior == null ? DEFAULT_MAX_CAPACITY_BREACH_BEHAVIOR : maxCapacityBreachBehavior,
        maxCapacityBuffer);
  }

  /** {@code PredictiveScalingMetricSpecification}. */
  public record MetricSpecification(
      Double targetValue,
      PredefinedMetric predefinedMetricPairSpecification,
      PredefinedMetric predefinedScalingMetricSpecification,
      PredefinedMetric predefinedLoadMetricSpecification,
      CustomizedMetric customizedScalingMetricSpecification,
      CustomizedMetric customizedLoadMetricSpecification,
      CustomizedMetric customizedCapacityMetricSpecification) implements Serializable {}

  /** A predefined predictive metric (pair, load or scaling type) and its ResourceLabel. */
  public record PredefinedMetric(String predefinedMetricType, String resourceLabel) implements Serializable {}

  /** A customized predictive metric: metric data queries. */
  public record CustomizedMetric(List<MetricDataQuery> metricDataQueries) implements Serializable {
    public CustomizedMetric {
      metricDataQueries = Lists.copy(metricDataQueries);
    }
  }
}
