package dev.asgsim.aws.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One metric of one group over a period. Defaults: the group's EC2 CPU ({@code AWS/EC2 CPUUtilization} by
 * {@code AutoScalingGroupName}, {@code Average}, 60 s).
 *
 * @param demand multiply each value by the group's {@code GroupInServiceInstances} at the same timestamp, turning
 *     average CPU into demand in "percent of one instance" (needs group metrics collection)
 */
public record HistoryRequest(String group, String namespace, String metricName, String statistic, int periodSeconds,
    Instant start, Instant end, boolean demand) {

  public static final String DEFAULT_NAMESPACE = "AWS/EC2";
  public static final String DEFAULT_METRIC = "CPUUtilization";
  public static final String DEFAULT_STATISTIC = "Average";
  public static final int DEFAULT_PERIOD_SECONDS = 60;

  public HistoryRequest {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the end (" + end + ") must be after the start (" + start + ")");
    }
    if (periodSeconds <= 0 || (periodSeconds >= 60 && periodSeconds % 60 != 0)) {
      throw new IllegalArgumentException("the period must be 1, 5, 10, 30 or a multiple of 60 seconds, got "
          + periodSeconds);
    }
  }

  public static HistoryRequest cpu(String group, Instant start, Instant end) {
    return new HistoryRequest(group, DEFAULT_NAMESPACE, DEFAULT_METRIC, DEFAULT_STATISTIC, DEFAULT_PERIOD_SECONDS,
        start, end, false);
  }

  public HistoryRequest withDemand(boolean v) {
    return new HistoryRequest(group, namespace, metricName, statistic, periodSeconds, start, end, v);
  }
}
