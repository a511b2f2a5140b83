package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/** {@code TargetTrackingConfiguration} (aws-behaviour §1, §9.6). */
public record TargetTrackingConfiguration(
    PredefinedMetricSpecification predefinedMetricSpecification,
    CustomizedMetricSpecification customizedMetricSpecification,
    Double targetValue,
    Boolean disableScaleIn) implements Serializable {

  public boolean scaleInDisabled() {
    return Boolean.TRUE.equals(disableScaleIn);
  }

  /** {@code PredefinedMetricSpecification}: one of the four predefined types; ResourceLabel for the ALB one. */
  public record PredefinedMetricSpecification(String predefinedMetricType, String resourceLabel)
      implements Serializable {
    public static PredefinedMetricSpecification of(String type) {
      return new PredefinedMetricSpecification(type, null);
    }
  }

  /** {@code CustomizedMetricSpecification}: a single metric, or metric math in {@code Metrics}. */
  public record CustomizedMetricSpecification(
      String metricName,
      String namespace,
      List<MetricDimension> dimensions,
      String statistic,
      String unit,
      Integer period,
      List<MetricDataQuery> metrics) implements Serializable {
    /** Default 60 s (aws-behaviour §1.3 [D]). */
    public static final int DEFAULT_PERIOD = 60;

    public CustomizedMetricSpecification {
      dimensions = Lists.copy(dimensions);
      metrics = Lists.copy(metrics);
    }

    public int effectivePeriod() {
      return period == null ? DEFAULT_PERIOD : period;
    }
  }
}
