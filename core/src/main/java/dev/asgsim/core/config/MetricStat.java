package dev.asgsim.core.config;

import java.util.List;

/** {@code TargetTrackingMetricStat} / {@code MetricStat}: a metric, a statistic and an optional period. */
public record MetricStat(Metric metric, String stat, String unit, Integer period) {

  /** {@code Metric}: namespace, name and dimensions. */
  public record Metric(String namespace, String metricName, List<MetricDimension> dimensions) {
    public Metric {
      dimensions = Lists.copy(dimensions);
    }
  }
}
