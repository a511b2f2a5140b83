package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/** {@code TargetTrackingMetricStat} / {@code MetricStat}: a metric, a statistic and an optional period. */
public record MetricStat(Metric metric, String stat, String unit, Integer period) implements Serializable {

  /** {@code Metric}: namespace, name and dimensions. */
  public record Metric(String namespace, String metricName, List<MetricDimension> dimensions) implements Serializable {
    public Metric {
      dimensions = Lists.copy(dimensions);
    }
  }
}
