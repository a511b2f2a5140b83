package dev.asgsim.simulator;

import dev.asgsim.core.policy.MetricSpec;
import java.util.Arrays;

/**
 * What CloudWatch has seen by time {@code t}: each minute's value of every metric the engine reads is averaged over
 * the metric's monitoring period, and the period's datapoint becomes visible {@code MetricPublishDelaySeconds} after
 * the start of the period's last minute (aws-behaviour §1.9, §12 [I]); {@link #publishVisible} hands on what is visible.
 * Each datapoint carries its contributors, N_dp: the instances (or serving targets) behind it, averaged over the
 * period's minutes — target tracking sizes the group for the load {@code value × N_dp} (aws-behaviour §1.5 "Which N").
 * The queue is primitive arrays that only grow, so the minute loop allocates nothing.
 */
final class MetricFeed {
  private static final byte CPU = 0;
  private static final byte REQUESTS = 1;
  private static final byte UNMODELLED = 2;
  private final MetricSpec[] metrics;
  /** What each metric reads, fixed at construction: {@link #CPU}, {@link #REQUESTS} or {@link #UNMODELLED}. */
  private final byte[] source;
  private final int[] periodSeconds;
  /** Minutes in each metric's period, and how many of them the open period holds: no division per minute. */
  private final int[] periodMinutes;
  private final int[] minuteInPeriod;
  /** Basic monitoring on a Nitro type: the period's datapoint is published after its first minute and updated. */
  private final boolean[] updatedEachMinute;
  private final double[] periodSum;
  private final double[] periodContributors;
  private final int[] periodCount;
  private final int publishDelaySeconds;

  // Datapoints closed but not yet visible, in closing order.
  private long[] visibleAt = new long[16];
  private int[] metricOf = new int[16];
  private long[] periodStart = new long[16];
  private double[] value = new double[16];
  private double[] contributors = new double[16];
  private int queued;

  /**
   * @param nitro the instance type is built on Nitro: with basic monitoring its EC2 datapoints are "published after the
   *              first sample" and updated "the same datapoint" each minute; Xen publishes "one aggregated datapoint
   *              at the end of the interval" (aws-behaviour §1.9 [D])
   */
  MetricFeed(MetricSpec[] metrics, boolean detailedMonitoring, boolean nitro, int publishDelaySeconds) {
    this.metrics = metrics;
    this.publishDelaySeconds = publishDelaySeconds;
    this.periodSeconds = new int[metrics.length];
    this.periodMinutes = new int[metrics.length];
    this.minuteInPeriod = new int[metrics.length];
    this.source = new byte[metrics.length];
    this.updatedEachMinute = new boolean[metrics.length];
    this.periodSum = new double[metrics.length];
    this.periodContributors = new double[metrics.length];
    this.periodCount = new int[metrics.length];
    for (int i = 0; i < metrics.length; i++) {
      // EC2 metrics come every 5 minutes with basic monitoring, every minute with detailed (aws-behaviour §8.1 [D]);
      // the load balancer publishes every minute whatever the instances' monitoring (aws-behaviour §1.9 [D]).
      boolean ec2 = metrics[i].kind().publishedByEc2();
      periodSeconds[i] = ec2 && !detailedMonitoring ? 300 : 60;
      updatedEachMinute[i] = ec2 && !detailedMonitoring && nitro;
      periodMinutes[i] = periodSeconds[i] / 60;
      source[i] = switch (metrics[i].kind()) {
        case CPU -> CPU;
        case ALB_REQUEST_COUNT_PER_TARGET -> REQUESTS;
        default -> UNMODELLED; // not modelled: see ModelNotes
      };
    }
  }

  /** Whether metric {@code i}'s datapoint is published after the period's first minute and then updated. */
  boolean updatedEachMinute(int i) {
    return updatedEachMinute[i];
  }

  /** Seconds between the datapoints of metric {@code i} (60, or 300 for EC2 metrics on basic monitoring). */
  int periodSeconds(int i) {
    return periodSeconds[i];
  }

  /**
   * Adds the next minute (starting at {@code t0}; minutes come in order from the run's minute 0, which starts every
   * metric's first period) to every metric's period and queues the datapoints of the periods it closes. A metric
   * without a value this minute (NaN) adds nothing; a period without any value publishes nothing.
   *
   * @param cpu               the group's aggregated CPU this minute (NaN when no instance is warm)
   * @param warm              the instances averaged into {@code cpu} (InService and warm, aws-behaviour §2.2 [D])
   * @param requestsPerTarget the load balancer's requests per serving target this minute (NaN when none serves)
   * @param serving           the healthy targets {@code requestsPerTarget} divides by
   */
  void closeMinute(long t0, double cpu, int warm, double requestsPerTarget, int serving) {
    for (int i = 0; i < metrics.length; i++) {
      boolean requests = source[i] == REQUESTS;
      double v = source[i] == CPU ? cpu : requests ? requestsPerTarget : Double.NaN;
      if (!Double.isNaN(v)) {
        periodSum[i] += v;
        periodContributors[i] += requests ? serving : warm;
        periodCount[i]++;
      }
      int inPeriod = minuteInPeriod[i];
      boolean closes = inPeriod + 1 == periodMinutes[i];
      if (periodCount[i] > 0 && (closes || updatedEachMinute[i])) {
        // Visible PublishDelay after the start of the minute that completes (or, on Nitro, updates) it (aws-behaviour §12 [I]).
        enqueue(t0 + publishDelaySeconds, i, t0 - 60L * inPeriod, periodSum[i] / periodCount[i],
            periodContributors[i] / periodCount[i]);
      }
      if (closes) {
        periodSum[i] = 0;
        periodContributors[i] = 0;
        periodCount[i] = 0;
        minuteInPeriod[i] = 0;
      } else {
        minuteInPeriod[i] = inPeriod + 1;
      }
    }
  }

  private void enqueue(long visible, int metric, long period, double v, double dpContributors) {
    if (queued == visibleAt.length) {
      int n = queued * 2;
      visibleAt = Arrays.copyOf(visibleAt, n);
      metricOf = Arrays.copyOf(metricOf, n);
      periodStart = Arrays.copyOf(periodStart, n);
      value = Arrays.copyOf(value, n);
      contributors = Arrays.copyOf(contributors, n);
    }
    visibleAt[queued] = visible;
    metricOf[queued] = metric;
    periodStart[queued] = period;
    value[queued] = v;
    contributors[queued] = dpContributors;
    queued++;
  }

  /** Receives each datapoint as it becomes visible (the run: the engine's alarms and the timeline). */
  interface Subscriber {
    /** @param contributors N_dp, the mean number of instances or targets behind {@code value} */
    void datapoint(int metric, long periodStartEpochSecond, double value, double contributors);
  }

  /** Hands {@code subscriber} every queued datapoint visible at {@code t}, in queue order. */
  void publishVisible(long t, Subscriber subscriber) {
    int kept = 0;
    for (int i = 0; i < queued; i++) {
      if (visibleAt[i] <= t) {
        subscriber.datapoint(metricOf[i], periodStart[i], value[i], contributors[i]);
      } else {
        visibleAt[kept] = visibleAt[i];
        metricOf[kept] = metricOf[i];
        periodStart[kept] = periodStart[i];
        value[kept] = value[i];
        contributors[kept] = contributors[i];
        kept++;
      }
    }
    queued = kept;
  }
}
