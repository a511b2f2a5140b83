package dev.asgsim.core.policy;

import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MetricDataQuery;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import java.util.Locale;

/**
 * A metric the caller must publish to the engine: what it measures, with which statistic, at which period. Two
 * policies or alarms on the same metric share one {@code MetricSpec} (and one datapoint series).
 *
 * @param name for {@link MetricKind#CUSTOM}: {@code Namespace/MetricName}, or {@code math:<Id>} for the returned
 *     expression of a metric-math specification; for the other kinds the CloudWatch metric name
 */
public record MetricSpec(MetricKind kind, String name, String statistic, int periodSeconds) {

  /** The metric of a target tracking policy; predefined metrics use {@code profilePeriodSeconds} (§1.2, §1.3). */
  public static MetricSpec of(TargetTrackingConfiguration tt, int profilePeriodSeconds, String policyName) {
    if (tt.predefinedMetricSpecification() != null) {
      String type = tt.predefinedMetricSpecification().predefinedMetricType();
      if (type == null) {
        throw new IllegalArgumentException("policy " + policyName + ": PredefinedMetricType is required");
      }
      switch (type) {
        case "ASGAverageCPUUtilization":
          return new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", profilePeriodSeconds);
        case "ASGAverageNetworkIn":
          return new MetricSpec(MetricKind.NETWORK_IN, "NetworkIn", "Average", profilePeriodSeconds);
        case "ASGAverageNetworkOut":
          return new MetricSpec(MetricKind.NETWORK_OUT, "NetworkOut", "Average", profilePeriodSeconds);
        case "ALBRequestCountPerTarget":
          return new MetricSpec(MetricKind.ALB_REQUEST_COUNT_PER_TARGET, "RequestCountPerTarget", "Sum",
              profilePeriodSeconds);
        default:
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "policy %s: PredefinedMetricType '%s' is not one of ASGAverageCPUUtilization, ASGAverageNetworkIn, "
                  + "ASGAverageNetworkOut, ALBRequestCountPerTarget", policyName, type));
      }
    }
    TargetTrackingConfiguration.CustomizedMetricSpecification c = tt.customizedMetricSpecification();
    if (c == null) {
      throw new IllegalArgumentException("policy " + policyName
          + ": TargetTrackingConfiguration needs a PredefinedMetricSpecification or a CustomizedMetricSpecification");
    }
    // High-resolution custom metrics (Period 10 or 30, §1.3 [D]) make the managed alarms use that period.
    int period = c.period() != null && c.period() < 60 ? c.period() : profilePeriodSeconds;
    if (c.metrics() != null && !c.metrics().isEmpty()) {
      String id = "?";
      for (MetricDataQuery q : c.metrics()) {
        if (q.returnData() == null || q.returnData()) {
          id = q.id();
        }
      }
      return new MetricSpec(MetricKind.CUSTOM, "math:" + id, "Expression", period);
    }
    String stat = c.statistic() == null ? "Average" : c.statistic();
    return classify(c.namespace(), c.metricName(), stat, period);
  }

  /** The metric of a user alarm (step and simple policies). */
  public static MetricSpec of(MetricAlarm a) {
    String stat = a.extendedStatistic() != null ? a.extendedStatistic() : a.effectiveStatistic();
    return classify(a.namespace(), a.metricName(), stat, a.effectivePeriod());
  }

  private static MetricSpec classify(String namespace, String metricName, String stat, int period) {
    // the kind says what to measure, the statistic how to aggregate it over instances (Average, Maximum, ...)
    if ("AWS/EC2".equals(namespace)) {
      if ("CPUUtilization".equals(metricName)) {
        return new MetricSpec(MetricKind.CPU, metricName, stat, period);
      }
      if ("NetworkIn".equals(metricName)) {
        return new MetricSpec(MetricKind.NETWORK_IN, metricName, stat, period);
      }
      if ("NetworkOut".equals(metricName)) {
        return new MetricSpec(MetricKind.NETWORK_OUT, metricName, stat, period);
      }
    }
    if ("AWS/ApplicationELB".equals(namespace) && "RequestCountPerTarget".equals(metricName)) {
      return new MetricSpec(MetricKind.ALB_REQUEST_COUNT_PER_TARGET, metricName, stat, period);
    }
    return new MetricSpec(MetricKind.CUSTOM, namespace + "/" + metricName, stat, period);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s(%s %s, %d s)", kind, name, statistic, periodSeconds);
  }
}
