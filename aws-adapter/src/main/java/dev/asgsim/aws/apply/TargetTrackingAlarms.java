package dev.asgsim.aws.apply;

import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

/**
 * The alarm pair AWS created for one target tracking policy, as read back with DescribeAlarms, and the simulator
 * profile it implies: AlarmHigh's datapoints, AlarmLow's datapoints, AlarmLow threshold / target, the period (aws-behaviour
 * §1.4 [O]; AWS may tune them per group, which is why they are read rather than assumed).
 *
 * @param profile null when AWS created no alarm (or not the expected pair)
 */
public record TargetTrackingAlarms(String policyName, double targetValue, List<String> descriptions,
    TargetTrackingAlarmProfile profile) {

  public static TargetTrackingAlarms of(String policyName, double targetValue, List<MetricAlarm> alarms) {
    MetricAlarm high = null;
    MetricAlarm low = null;
    for (MetricAlarm a : alarms) {
      ComparisonOperator op = a.comparisonOperator();
      if (op == ComparisonOperator.GREATER_THAN_THRESHOLD || op == ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD) {
        high = high == null ? a : high;
      } else if (op == ComparisonOperator.LESS_THAN_THRESHOLD || op == ComparisonOperator.LESS_THAN_OR_EQUAL_TO_THRESHOLD) {
        low = low == null ? a : low;
      }
    }
    List<String> descriptions = alarms.stream().map(TargetTrackingAlarms::describe).toList();
    if (high == null || low == null || targetValue == 0) {
      return new TargetTrackingAlarms(policyName, targetValue, descriptions, null);
    }
    Integer period = high.period() != null ? high.period() : low.period();
    return new TargetTrackingAlarms(policyName, targetValue, descriptions, new TargetTrackingAlarmProfile(
        datapoints(high), datapoints(low), round(low.threshold() / targetValue), period));
  }

  private static int datapoints(MetricAlarm a) {
    if (a.datapointsToAlarm() != null) {
      return a.datapointsToAlarm();
    }
    return a.evaluationPeriods() == null ? 1 : a.evaluationPeriods();
  }

  /** 35/50 is 0.7 in decimal but not in binary; four places keep the file readable. */
  private static double round(double v) {
    return Math.round(v * 10_000d) / 10_000d;
  }

  static String describe(MetricAlarm a) {
    String op = switch (a.comparisonOperatorAsString() == null ? "" : a.comparisonOperatorAsString()) {
      case "GreaterThanThreshold" -> ">";
      case "GreaterThanOrEqualToThreshold" -> ">=";
      case "LessThanThreshold" -> "<";
      case "LessThanOrEqualToThreshold" -> "<=";
      default -> String.valueOf(a.comparisonOperatorAsString());
    };
    return String.format(Locale.ROOT, "%s: %s %s %s for %d of %d datapoints of %d s", a.alarmName(),
        a.metricName() == null ? "(metric math)" : a.metricName(), op, a.threshold(), datapoints(a),
        a.evaluationPeriods() == null ? 1 : a.evaluationPeriods(), a.period() == null ? 60 : a.period());
  }
}
