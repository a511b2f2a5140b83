package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/**
 * The CloudWatch alarm that drives a step or simple policy ({@code PutMetricAlarm} members, aws-behaviour §9.10). AWS keeps it
 * outside the policy; the file keeps it beside the policy it triggers, because the simulator needs both.
 */
public record MetricAlarm(
    String alarmName,
    String namespace,
    String metricName,
    List<MetricDimension> dimensions,
    String statistic,
    String extendedStatistic,
    String unit,
    Integer period,
    Integer evaluationPeriods,
    Integer datapointsToAlarm,
    Double threshold,
    String comparisonOperator,
    String treatMissingData) implements Serializable {

  public MetricAlarm {
    dimensions = Lists.copy(dimensions);
  }

  /** {@code DatapointsToAlarm} defaults to {@code EvaluationPeriods} (aws-behaviour §8.4 [D]). */
  public int effectiveDatapointsToAlarm() {
    if (datapointsToAlarm != null) {
      return datapointsToAlarm;
    }
    return evaluationPeriods == null ? 1 : evaluationPeriods;
  }

  /** {@code missing} when unset (aws-behaviour §8.4 [D]). */
  public String effectiveTreatMissingData() {
    return treatMissingData == null ? "missing" : treatMissingData;
  }

  public int effectivePeriod() {
    return period == null ? 60 : period;
  }

  public String effectiveStatistic() {
    return statistic == null ? "Average" : statistic;
  }
}
