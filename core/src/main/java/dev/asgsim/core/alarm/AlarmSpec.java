package dev.asgsim.core.alarm;

import dev.asgsim.core.config.MetricAlarm;
import java.util.Locale;
import java.util.Objects;

/**
 * What an alarm evaluates: the {@code PutMetricAlarm} members that matter for its state (aws-behaviour §8.4, §9.10).
 *
 * @param evaluationPeriods N
 * @param datapointsToAlarm M (M of N)
 */
public record AlarmSpec(
    String name,
    int periodSeconds,
    int evaluationPeriods,
    int datapointsToAlarm,
    double threshold,
    ComparisonOperator comparisonOperator,
    TreatMissingData treatMissingData) {

  public AlarmSpec {
    Objects.requireNonNull(name, "alarm name");
    Objects.requireNonNull(comparisonOperator, "ComparisonOperator");
    Objects.requireNonNull(treatMissingData, "TreatMissingData");
    if (periodSeconds <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "alarm %s: Period must be positive (10, 20, 30 or a multiple of 60), got %d", name, periodSeconds));
    }
    if (evaluationPeriods < 1 || datapointsToAlarm < 1 || datapointsToAlarm > evaluationPeriods) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "alarm %s: need 1 <= DatapointsToAlarm (%d) <= EvaluationPeriods (%d)", name, datapointsToAlarm,
          evaluationPeriods));
    }
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("alarm " + name + ": Threshold must be a finite number");
    }
  }

  /** The spec of a user alarm from the config (step and simple policies). */
  public static AlarmSpec of(MetricAlarm a, String fallbackName) {
    String name = a.alarmName() == null ? fallbackName : a.alarmName();
    if (a.threshold() == null) {
      throw new IllegalArgumentException("alarm " + name + ": Threshold is required");
    }
    if (a.comparisonOperator() == null) {
      throw new IllegalArgumentException("alarm " + name + ": ComparisonOperator is required");
    }
    int n = a.evaluationPeriods() == null ? 1 : a.evaluationPeriods();
    return new AlarmSpec(name, a.effectivePeriod(), n, a.effectiveDatapointsToAlarm(), a.threshold(),
        ComparisonOperator.parse(a.comparisonOperator()), TreatMissingData.parse(a.treatMissingData()));
  }
}
