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

  public PredictiveScalingConfiguration {
    metricSpecifications = Lists.copy(metricSpecifications);
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
