package dev.asgsim.core.config;

import java.util.List;

/** {@code PredictiveScalingConfiguration} (spec §5.2, §9.6): validated, and simulated by {@code PredictiveEvaluator}. */
public record PredictiveScalingConfiguration(
    List<MetricSpecification> metricSpecifications,
    String mode,
    Integer schedulingBufferTime,
    String maxCapacityBreachBehavior,
    Integer maxCapacityBuffer) {

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
      CustomizedMetric customizedCapacityMetricSpecification) {}

  /** A predefined predictive metric (pair, load or scaling type) and its ResourceLabel. */
  public record PredefinedMetric(String predefinedMetricType, String resourceLabel) {}

  /** A customized predictive metric: metric data queries. */
  public record CustomizedMetric(List<MetricDataQuery> metricDataQueries) {
    public CustomizedMetric {
      metricDataQueries = Lists.copy(metricDataQueries);
    }
  }
}
