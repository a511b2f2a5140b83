package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.MetricDataQuery;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.config.TargetTrackingConfiguration.CustomizedMetricSpecification;
import dev.asgsim.core.config.TargetTrackingConfiguration.PredefinedMetricSpecification;
import dev.asgsim.core.config.TrafficSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** TargetTrackingConfiguration (aws-behaviour §1.1-§1.3, §1.10, §9.6, §9.11 item 9). */
final class TargetTrackingRules {
  static final String ALB_METRIC = "ALBRequestCountPerTarget";
  static final List<String> PREDEFINED_TYPES =
      List.of("ASGAverageCPUUtilization", "ASGAverageNetworkIn", "ASGAverageNetworkOut", ALB_METRIC);
  /** aws-behaviour §1.3 [D]: high-resolution periods. */
  static final Set<Integer> PERIODS = Set.of(10, 30, 60);
  /** aws-behaviour §9.2/§1.2 [D]: final parts of the load balancer ARN and target group ARN joined by '/'. */
  static final Pattern RESOURCE_LABEL = Pattern.compile("app/[^/]+/[^/]+/targetgroup/([^/]+)/([^/]+)");
  private static final Pattern QUERY_ID = Pattern.compile("[a-z][A-Za-z0-9_]*");

  private TargetTrackingRules() {}

  static void check(TargetTrackingConfiguration tt, AutoScalingGroup group, String path, Findings f) {
    Double target = tt.targetValue();
    if (target == null) {
      f.error("tt-target-value", path, "TargetValue is required (aws-behaviour §9.6)", "set TargetValue, e.g. 50");
    } else if (!Double.isFinite(target) || target <= 0) {
      f.error("tt-target-value", path + ".TargetValue", "TargetValue " + target + " must be finite and above 0 "
              + "(local rule: the API types it as any double, aws-behaviour §1.10)",
          "use a positive target, e.g. 50 for 50 % CPU");
    }
    PredefinedMetricSpecification pre = tt.predefinedMetricSpecification();
    CustomizedMetricSpecification custom = tt.customizedMetricSpecification();
    if ((pre == null) == (custom == null)) {
      f.error("tt-metric-spec", path, "a target tracking policy needs exactly one of "
              + "PredefinedMetricSpecification and CustomizedMetricSpecification, here "
              + (pre == null ? "neither" : "both") + " (aws-behaviour §9.6)",
          "keep exactly one metric specification");
    }
    if (pre != null) {
      predefined(pre, group, path + ".PredefinedMetricSpecification", f);
    }
    if (custom != null) {
      customized(custom, path + ".CustomizedMetricSpecification", f);
    }
  }

  private static void predefined(PredefinedMetricSpecification pre, AutoScalingGroup group, String path,
      Findings f) {
    String type = pre.predefinedMetricType();
    if (type == null || !PREDEFINED_TYPES.contains(type)) {
      f.error("tt-predefined-type", path + ".PredefinedMetricType", "PredefinedMetricType " + type
              + " is not one of " + Checks.oneOf(PREDEFINED_TYPES) + Checks.didYouMean(type, PREDEFINED_TYPES)
              + " (aws-behaviour §1.2)",
          "use one of the four predefined metrics, or a CustomizedMetricSpecification");
      return;
    }
    String label = pre.resourceLabel();
    if (!type.equals(ALB_METRIC)) {
      if (label != null) {
        f.error("tt-resource-label", path + ".ResourceLabel", "ResourceLabel is only for " + ALB_METRIC
            + " (aws-behaviour §1.2)", "remove ResourceLabel");
      }
      return;
    }
    if (label == null) {
      f.error("tt-resource-label", path, ALB_METRIC + " needs ResourceLabel "
              + "app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id> (aws-behaviour §1.2)",
          "add ResourceLabel: the end of the load balancer ARN, '/', the end of the target group ARN");
      return;
    }
    Matcher m = RESOURCE_LABEL.matcher(label);
    if (label.length() > 1023 || !m.matches()) {
      f.error("tt-resource-label", path + ".ResourceLabel", "ResourceLabel " + label + " does not have the shape "
              + "app/<lb-name>/<lb-id>/targetgroup/<tg-name>/<tg-id> (aws-behaviour §1.2)",
          "join the final parts of the load balancer ARN and the target group ARN with '/'");
      return;
    }
    if (group != null && group.hasLoadBalancer()) {
      String suffix = "targetgroup/" + m.group(1) + "/" + m.group(2);
      List<String> arns = new ArrayList<>(Checks.orEmpty(group.targetGroupARNs()));
      for (TrafficSource s : Checks.orEmpty(group.trafficSources())) {
        if (s != null && s.identifier() != null) {
          arns.add(s.identifier());
        }
      }
      if (arns.stream().noneMatch(a -> a != null && a.endsWith(suffix))) {
        f.error("tt-target-group-not-attached", path + ".ResourceLabel", "the target group " + suffix
                + " of ResourceLabel is not attached to the group (aws-behaviour §1.2: it must already be attached)",
            "attach the target group (TargetGroupARNs) or fix the label");
      }
    } else if (group != null) {
      f.error("tt-target-group-not-attached", path + ".ResourceLabel", "the group has no target group, so "
              + ALB_METRIC + " has no requests to track (aws-behaviour §1.2: the target group must be attached)",
          "add the target group's ARN to AutoScalingGroup.TargetGroupARNs");
    }
  }

  private static void customized(CustomizedMetricSpecification c, String path, Findings f) {
    boolean single = c.metricName() != null || c.namespace() != null || c.statistic() != null
        || c.dimensions() != null || c.unit() != null;
    boolean math = c.metrics() != null && !c.metrics().isEmpty();
    if (single && math) {
      f.error("tt-custom-metric", path, "a customized metric is either a single metric (MetricName, Namespace, "
              + "Statistic) or metric math (Metrics), not both (aws-behaviour §1.3)", "keep one of the two forms");
    } else if (!math) {
      if (!Checks.isSet(c.metricName()) || !Checks.isSet(c.namespace()) || c.statistic() == null) {
        f.error("tt-custom-metric", path, "a single customized metric needs MetricName, Namespace and Statistic "
            + "(aws-behaviour §1.3)", "add the missing members, or use Metrics for metric math");
      }
      if (c.statistic() != null && !AlarmRules.STATISTICS.contains(c.statistic())) {
        f.error("tt-statistic", path + ".Statistic", "Statistic " + c.statistic() + " is not one of "
                + Checks.oneOf(AlarmRules.STATISTICS) + Checks.didYouMean(c.statistic(), AlarmRules.STATISTICS)
                + " (aws-behaviour §1.3)", "use Average for utilization metrics");
      }
    }
    if (c.period() != null && !PERIODS.contains(c.period())) {
      f.error("tt-period", path + ".Period", "Period " + c.period() + " is not 10, 30 or 60 (aws-behaviour §1.3)",
          "use 60 (the default), or 10/30 for a high-resolution metric");
    }
    if (math) {
      metricMath(c.metrics(), path + ".Metrics", f);
    }
  }

  private static void metricMath(List<MetricDataQuery> queries, String path, Findings f) {
    Set<String> ids = new HashSet<>();
    int returning = 0;
    for (int i = 0; i < queries.size(); i++) {
      MetricDataQuery q = queries.get(i);
      String qp = path + "[" + i + "]";
      if (q == null) {
        f.error("tt-math-query", qp, "an empty metric query (aws-behaviour §1.3)", "remove the empty list item");
        continue;
      }
      if (q.id() == null || q.id().length() > 64 || !QUERY_ID.matcher(q.id()).matches()) {
        f.error("tt-math-id", qp + ".Id", "Id " + q.id() + " must start with a lower-case letter and hold only "
            + "letters, digits and _ (1-64 characters, aws-behaviour §9.6)", "use an id such as m1 or backlog_per_instance");
      } else if (!ids.add(q.id())) {
        f.error("tt-math-id-duplicate", qp + ".Id", "Id " + q.id() + " is used twice (aws-behaviour §9.6)",
            "give each query its own Id");
      }
      boolean expression = q.expression() != null;
      boolean stat = q.metricStat() != null;
      if (expression == stat) {
        f.error("tt-math-query", qp, "each query needs exactly one of Expression and MetricStat, here "
            + (expression ? "both" : "neither") + " (aws-behaviour §1.3)", "keep one of them");
      } else if (expression && (q.expression().isEmpty() || q.expression().length() > 2047)) {
        f.error("tt-math-query", qp + ".Expression", "Expression must be 1-2047 characters (aws-behaviour §9.6)",
            "write the expression, e.g. m1 / m2");
      } else if (stat && (q.metricStat().metric() == null || !Checks.isSet(q.metricStat().metric().namespace())
          || !Checks.isSet(q.metricStat().metric().metricName()) || !Checks.isSet(q.metricStat().stat()))) {
        f.error("tt-math-query", qp + ".MetricStat", "MetricStat needs Metric.Namespace, Metric.MetricName and "
            + "Stat (aws-behaviour §9.6)", "add the missing members");
      }
      if (q.period() != null && !PERIODS.contains(q.period())) {
        f.error("tt-period", qp + ".Period", "Period " + q.period() + " is not 10, 30 or 60 (aws-behaviour §1.3)",
            "use 60, or 10/30 for high-resolution metrics");
      }
      if (q.metricStat() != null && q.metricStat().period() != null && !PERIODS.contains(q.metricStat().period())) {
        f.error("tt-period", qp + ".MetricStat.Period", "Period " + q.metricStat().period()
            + " is not 10, 30 or 60 (aws-behaviour §1.3)", "use 60, or 10/30 for high-resolution metrics");
      }
      // ReturnData defaults to true when absent.
      if (q.returnData() == null || q.returnData()) {
        returning++;
      }
    }
    if (returning != 1) {
      f.error("tt-math-return-data", path, returning + " queries return data; exactly one (the final expression) "
              + "must, and ReturnData defaults to true (aws-behaviour §1.3)",
          "set ReturnData: false on every query but the final expression");
    }
  }
}
