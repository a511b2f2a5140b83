package dev.asgsim.aws.history;

import static dev.asgsim.aws.client.AwsCalls.call;

import dev.asgsim.aws.client.AwsCallException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/** Reads a group's metric with GetMetricData (every page) into a time-ordered trace. */
public final class MetricHistory {
  static final String METRIC_ID = "m";
  static final String INSTANCES_ID = "n";
  static final String DESIRED_ID = "d";
  /** The group metric of its desired capacity (aws-behaviour §8.3 [D]), written beside the trace for a steady start. */
  public static final String DESIRED = "GroupDesiredCapacity";
  /** The group metric that counts instances serving (aws-behaviour §8.3 [D]). */
  public static final String IN_SERVICE = "GroupInServiceInstances";

  private final CloudWatchClient cloudWatch;

  public MetricHistory(CloudWatchClient cloudWatch) {
    this.cloudWatch = cloudWatch;
  }

  /** The result: samples in time order; {@code unmatched} counts metric points with no instance count (demand only). */
  public record Trace(List<Sample> samples, int unmatched) {
    public Trace {
      samples = List.copyOf(samples);
    }
  }

  public Trace read(HistoryRequest r) {
    List<MetricDataQuery> queries = new ArrayList<>();
    queries.add(query(METRIC_ID, r.namespace(), r.metricName(), r.statistic(), r));
    if (r.demand()) {
      queries.add(query(INSTANCES_ID, "AWS/AutoScaling", IN_SERVICE, "Average", r));
    }
    // Free with group metrics collection; without it CloudWatch returns no points and the column is left out.
    queries.add(query(DESIRED_ID, "AWS/AutoScaling", DESIRED, "Average", r));
    GetMetricDataRequest request = GetMetricDataRequest.builder()
        .metricDataQueries(queries)
        .startTime(r.start())
        .endTime(r.end())
        .scanBy(ScanBy.TIMESTAMP_ASCENDING)
        .build();
    Map<String, TreeMap<Instant, Double>> series = new TreeMap<>();
    call("cloudwatch:GetMetricData", () -> {
      cloudWatch.getMetricDataPaginator(request).forEach(page -> {
        for (MetricDataResult result : page.metricDataResults()) {
          TreeMap<Instant, Double> s = series.computeIfAbsent(result.id(), k -> new TreeMap<>());
          for (int i = 0; i < result.timestamps().size() && i < result.values().size(); i++) {
            s.put(result.timestamps().get(i), result.values().get(i));
          }
        }
      });
      return null;
    });
    return withCapacity(join(series.getOrDefault(METRIC_ID, new TreeMap<>()),
        r.demand() ? series.getOrDefault(INSTANCES_ID, new TreeMap<>()) : null, "group " + r.group()),
        series.get(DESIRED_ID));
  }

  /**
   * The trace with each sample's GroupDesiredCapacity at the same timestamp (aws-behaviour §12.1: a steady start
   * uses "the real GroupDesiredCapacity when the trace came from CloudWatch history"); unchanged without it.
   */
  public static Trace withCapacity(Trace trace, TreeMap<Instant, Double> desired) {
    if (desired == null || desired.isEmpty()) {
      return trace;
    }
    List<Sample> out = new ArrayList<>(trace.samples().size());
    for (Sample s : trace.samples()) {
      Double d = desired.get(s.timestamp());
      out.add(new Sample(s.timestamp(), s.value(), d == null ? Double.NaN : d));
    }
    return new Trace(out, trace.unmatched());
  }

  /**
   * The trace: the metric itself, or (with {@code instances}) metric x instances in service at the same timestamp,
   * which turns average CPU into demand in percent of one instance.
   *
   * @param instances GroupInServiceInstances by time, or null for the metric alone
   * @param source    what the data is about, for the message when there is no instance count
   */
  public static Trace join(TreeMap<Instant, Double> metric, TreeMap<Instant, Double> instances, String source) {
    if (instances == null) {
      return new Trace(metric.entrySet().stream().map(e -> new Sample(e.getKey(), e.getValue())).toList(), 0);
    }
    if (instances.isEmpty() && !metric.isEmpty()) {
      throw new AwsCallException("cloudwatch:GetMetricData", null, source + " has no "
          + IN_SERVICE + " data in this period, so CPU cannot be turned into demand: enable group metrics "
          + "collection (MetricsCollection: {Granularity: 1Minute}) and wait for data, or drop --demand", null);
    }
    List<Sample> out = new ArrayList<>();
    int unmatched = 0;
    for (var e : metric.entrySet()) {
      Double n = instances.get(e.getKey());
      if (n == null) {
        unmatched++;
      } else {
        out.add(new Sample(e.getKey(), e.getValue() * n));
      }
    }
    return new Trace(out, unmatched);
  }

  private static MetricDataQuery query(String id, String namespace, String metric, String stat, HistoryRequest r) {
    return MetricDataQuery.builder()
        .id(id)
        .returnData(true)
        .metricStat(s -> s.period(r.periodSeconds()).stat(stat)
            .metric(m -> m.namespace(namespace).metricName(metric)
                .dimensions(Dimension.builder().name("AutoScalingGroupName").value(r.group()).build())))
        .build();
  }
}
