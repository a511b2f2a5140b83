package dev.asgsim.aws.mapping;

import java.util.List;

/** The group metrics EnableMetricsCollection knows (aws-behaviour §8.3 [D]). */
public final class GroupMetrics {
  private GroupMetrics() {}

  /**
   * Every metric collected when {@code Metrics} is omitted. We send this list explicitly rather than omitting it: the
   * result on AWS is the same, and the plan can compare it name by name with what DescribeAutoScalingGroups reports.
   */
  public static final List<String> ALL = List.of(
      "GroupMinSize", "GroupMaxSize", "GroupDesiredCapacity", "GroupInServiceInstances", "GroupPendingInstances",
      "GroupStandbyInstances", "GroupTerminatingInstances", "GroupTotalInstances", "GroupInServiceCapacity",
      "GroupPendingCapacity", "GroupStandbyCapacity", "GroupTerminatingCapacity", "GroupTotalCapacity",
      "WarmPoolMinSize", "WarmPoolDesiredCapacity", "WarmPoolPendingCapacity", "WarmPoolTerminatingCapacity",
      "WarmPoolWarmedCapacity", "WarmPoolTotalCapacity", "GroupAndWarmPoolDesiredCapacity",
      "GroupAndWarmPoolTotalCapacity");

  /** The only granularity AWS accepts (aws-behaviour §9.8 [D]). */
  public static final String GRANULARITY = "1Minute";
}
