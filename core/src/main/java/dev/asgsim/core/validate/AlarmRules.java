package dev.asgsim.core.validate;

import dev.asgsim.core.config.MetricAlarm;
import java.util.List;
import java.util.regex.Pattern;

/** The CloudWatch alarm behind a step or simple policy (PutMetricAlarm, aws-behaviour §8.4, §9.10). */
final class AlarmRules {
  static final List<String> OPERATORS = List.of("GreaterThanOrEqualToThreshold", "GreaterThanThreshold",
      "LessThanThreshold", "LessThanOrEqualToThreshold");
  static final List<String> STATISTICS = List.of("SampleCount", "Average", "Sum", "Minimum", "Maximum");
  static final List<String> TREAT_MISSING = List.of("breaching", "notBreaching", "ignore", "missing");
  /** aws-behaviour §8.4 [D]: Period x EvaluationPeriods at most one day for periods under an hour, else 7 days. */
  static final int MAX_WINDOW_SHORT_PERIODS = 86_400;
  static final int MAX_WINDOW_LONG_PERIODS = 7 * 86_400;
  private static final Pattern PERCENTILE = Pattern.compile("p\\d{1,2}(\\.\\d{1,2})?|p100");

  private AlarmRules() {}

  /**
   * Statistics that AWS accepts but that do not mean what a scaling alarm needs (aws-behaviour §8.2): RequestCountPerTarget
   * has one valid statistic, Sum; CPUUtilization's SampleCount counts the group's samples (its size, not its load) and
   * its Sum is the demand itself, which adding instances does not lower; a percentile is read as the Average.
   */
  private static void statisticMeaning(MetricAlarm a, String path, Findings f) {
    String stat = a.statistic();
    if ("AWS/ApplicationELB".equals(a.namespace()) && "RequestCountPerTarget".equals(a.metricName())
        && (a.extendedStatistic() != null || (stat != null && !"Sum".equals(stat)))) {
      f.warning("alarm-statistic-meaning", path + (stat != null ? ".Statistic" : ".ExtendedStatistic"),
          "RequestCountPerTarget: \"The only valid statistic is Sum\" (ELB metrics, aws-behaviour §8.2); the simulator "
              + "reads it as Sum", "write Statistic: Sum");
    }
    if (!"AWS/EC2".equals(a.namespace()) || !"CPUUtilization".equals(a.metricName())) {
      return;
    }
    if ("SampleCount".equals(stat)) {
      f.warning("alarm-statistic-meaning", path + ".Statistic", "SampleCount of CPUUtilization counts the samples "
          + "the group's instances publish (its size), not their load (aws-behaviour §8.2): the alarm follows the "
          + "group's own scaling", "use Average (or Maximum) for a load alarm");
    } else if ("Sum".equals(stat)) {
      f.advice("alarm-statistic-meaning", path + ".Statistic", "Sum of CPUUtilization over the group is the demand "
          + "itself (N instances × their average, aws-behaviour §8.2): adding instances does not lower it, so a "
          + "scale-out alarm on it stays in ALARM while the demand lasts", "use Average to scale on load per instance");
    } else if (a.extendedStatistic() != null) {
      f.warning("alarm-statistic-meaning", path + ".ExtendedStatistic", "percentile " + a.extendedStatistic()
          + " of CPUUtilization is not simulated: the simulator spreads demand evenly over the instances and reads "
          + "it as the Average (aws-behaviour §8.2)", "read the simulation as an Average alarm, or use Maximum");
    }
  }

  static void check(MetricAlarm a, String path, Findings f) {
    if (!Checks.isSet(a.metricName()) || !Checks.isSet(a.namespace())) {
      f.error("alarm-metric", path, "the alarm needs Namespace and MetricName (aws-behaviour §9.10)"
              + (a.alarmName() != null ? "; alarm " + a.alarmName() + " is named but not described" : ""),
          "copy Namespace, MetricName, Dimensions, Statistic, Period, EvaluationPeriods, Threshold and "
              + "ComparisonOperator from aws cloudwatch describe-alarms");
    } else if (a.namespace().startsWith(":")) {
      f.error("alarm-metric", path + ".Namespace", "Namespace may not start with ':' (aws-behaviour §9.10)",
          "write a namespace such as AWS/EC2");
    }
    if (a.statistic() != null && a.extendedStatistic() != null) {
      f.error("alarm-statistic", path + ".Statistic", "Statistic and ExtendedStatistic are exclusive (aws-behaviour §9.10)",
          "keep one of them");
    } else if (a.statistic() != null && !STATISTICS.contains(a.statistic())) {
      f.error("alarm-statistic", path + ".Statistic", "Statistic " + a.statistic() + " is not one of "
              + Checks.oneOf(STATISTICS) + Checks.didYouMean(a.statistic(), STATISTICS) + " (aws-behaviour §9.10)",
          "use one of the five statistics, or ExtendedStatistic for a percentile such as p90");
    } else if (a.extendedStatistic() != null && !PERCENTILE.matcher(a.extendedStatistic()).matches()) {
      f.error("alarm-statistic", path + ".ExtendedStatistic", "ExtendedStatistic " + a.extendedStatistic()
          + " is not a percentile such as p90 or p99.9 (aws-behaviour §9.10)", "write pNN");
    }
    statisticMeaning(a, path, f);
    Integer period = a.period();
    if (period != null && (period < 10 || (period < 60 && period != 10 && period != 20 && period != 30)
        || (period >= 60 && period % 60 != 0))) {
      f.error("alarm-period", path + ".Period", "Period " + period + " must be 10, 20, 30 or a multiple of 60 "
          + "(aws-behaviour §8.4)", "use 60 for 1-minute metrics, 300 for basic monitoring");
    }
    Integer n = a.evaluationPeriods();
    if (n == null || n < 1) {
      f.error("alarm-evaluation-periods", path + ".EvaluationPeriods", "EvaluationPeriods is required and at "
          + "least 1 (aws-behaviour §9.10)", "set EvaluationPeriods, e.g. 3");
    }
    Integer m = a.datapointsToAlarm();
    if (m != null && (m < 1 || (n != null && n >= 1 && m > n))) {
      f.error("alarm-datapoints", path + ".DatapointsToAlarm", "DatapointsToAlarm " + m + " must be 1.."
          + (n == null ? "EvaluationPeriods" : n) + " (M out of N, aws-behaviour §8.4)", "make DatapointsToAlarm <= "
          + "EvaluationPeriods");
    }
    if (n != null && n >= 1) {
      long p = a.effectivePeriod();
      long window = p * n;
      long limit = p < 3600 ? MAX_WINDOW_SHORT_PERIODS : MAX_WINDOW_LONG_PERIODS;
      if (window > limit) {
        f.error("alarm-window", path + ".EvaluationPeriods", "Period x EvaluationPeriods = " + window + " s exceeds "
            + (p < 3600 ? "one day" : "7 days") + " (aws-behaviour §8.4)", "use fewer evaluation periods");
      }
    }
    if (a.threshold() == null || a.threshold().isNaN() || a.threshold().isInfinite()) {
      f.error("alarm-threshold", path + ".Threshold", "the alarm needs a finite Threshold (aws-behaviour §9.10)",
          "set Threshold");
    }
    if (a.comparisonOperator() == null || !OPERATORS.contains(a.comparisonOperator())) {
      f.error("alarm-operator", path + ".ComparisonOperator", "ComparisonOperator "
              + a.comparisonOperator() + " is not one of " + Checks.oneOf(OPERATORS)
              + Checks.didYouMean(a.comparisonOperator(), OPERATORS) + " (aws-behaviour §8.4)",
          "use GreaterThan... for a scale-out alarm, LessThan... for a scale-in alarm (aws-behaviour §4.1)");
    }
    if (a.treatMissingData() != null && !TREAT_MISSING.contains(a.treatMissingData())) {
      f.error("alarm-treat-missing-data", path + ".TreatMissingData", "TreatMissingData " + a.treatMissingData()
              + " is not one of " + Checks.oneOf(TREAT_MISSING) + " (aws-behaviour §8.4)",
          "write breaching, notBreaching, ignore or missing");
    }
  }

  static boolean above(MetricAlarm a) {
    return a.comparisonOperator() != null && a.comparisonOperator().startsWith("Greater");
  }
}
