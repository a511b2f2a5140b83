package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/**
 * Group metrics collection ({@code EnableMetricsCollection}): granularity {@code 1Minute} and the metric names;
 * an absent or empty list means all metrics (aws-behaviour §8.3, §9.8).
 */
public record MetricsCollection(String granularity, List<String> metrics) implements Serializable {
  public MetricsCollection {
    metrics = Lists.copy(metrics);
  }

  public static MetricsCollection allMetrics() {
    return new MetricsCollection("1Minute", null);
  }
}
