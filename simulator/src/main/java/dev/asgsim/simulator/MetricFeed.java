// Over 400 lines because the general path (periods, statistics, N_dp weighting), the every-minute path chosen at
// set-up for the common case, the quiet stretches' held minute and the quiet kernel's datapoints ahead (heldAhead) must
// stay side by side: GeneralPathTest, QuietStretchTest and QuietKernelTest hold them equal bit for bit.
package dev.asgsim.simulator;

import dev.asgsim.core.alarm.Statistic;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import java.util.Arrays;

/**
 * What CloudWatch has seen by time {@code t}: each minute's value of every metric the engine reads is averaged over
 * the metric's monitoring period, and the period's datapoint becomes visible {@code MetricPublishDelaySeconds} after
 * the start of the period's last minute (aws-behaviour §1.9, §12 [I]); {@link #publishVisible} hands on what is visible.
 * Each datapoint carries its contributors, N_dp: the instances (or serving targets) behind it over the period's
 * minutes, weighted so that {@code value × N_dp} is the period's mean load (for a mean of the minutes' values Σ v·n / Σ
 * v; the plain mean of n when every value is 0) — target tracking sizes the group for that load (aws-behaviour §1.5
 * "Which N").
 * On a 5-minute period in which a new instance joins, the product of the two plain means would overstate the load.
 * The queue is primitive arrays that only grow, so the minute loop allocates nothing.
 *
 * <p>Each metric's datapoint is its alarm's {@link Statistic} over the samples of the period (aws-behaviour §8.2 [D]):
 * with detailed monitoring a period of several minutes averages all their instance samples, "Sum / SampleCount", so
 * a minute with more instances weighs more; with basic monitoring the Average is the mean of the minutes' averages
 * (aws-behaviour §8.2 [I]: what an instance publishes for a 5-minute period it ran part of is not documented).
 * An instance publishes one CPU sample per minute with detailed monitoring and one per 5 minutes (its 5-minute
 * average) with basic monitoring (aws-behaviour §8.1); the group's samples are those of its InService, warm
 * instances. The simulator serves demand evenly, so every serving instance runs at the same CPU: Minimum and Maximum
 * differ from the Average only when an instance counted in the metric serves nothing (not yet healthy at the load
 * balancer) or is held at its credit baseline. RequestCountPerTarget's only valid statistic is Sum (aws-behaviour
 * §8.2); every statistic reads it as Sum, the per-minute requests per target added over the period.
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
  /**
   * Per metric this period: Σ value (Average; a RequestCountPerTarget's Sum), Σ contributors (N_dp's), Σ value ×
   * contributors (the load behind it) and the minutes with a value. Every statistic is read from
   * these but Minimum and Maximum, whose extremes only the metrics that use them keep.
   */
  private final double[] periodSum;
  private final double[] periodContributors;
  private final double[] periodLoad;
  /**
   * CPU's samples and their sum: Σ instances and Σ value × instances. Each instance publishes its own CPUUtilization,
   * so SampleCount counts instance datapoints and Sum adds instances, not capacity units (aws-behaviour §8.2, §7.11);
   * N_dp above counts units, what target tracking's capacity arithmetic counts (aws-behaviour §1.5). The same numbers
   * without weights.
   */
  private final double[] periodSamples;
  private final double[] periodSampleSum;
  private final int[] periodCount;
  private final Statistic[] statistic;
  /**
   * Whether metric {@code i} keeps the period's CPU extreme: its statistic is Minimum or Maximum (decided once here, so
   * the minute loop does no work for a statistic no alarm reads).
   */
  private final boolean[] extremes;
  /** The lowest (Minimum) or highest (Maximum) CPU of the period, and the sum of the minutes' extremes. */
  private final double[] periodExtreme;
  private final double[] periodExtremeSum;
  private final boolean[] basic;
  /**
   * Metric {@code i} is CPU's Average over a period of several 1-minute samples (detailed monitoring): CloudWatch's
   * "Sum / SampleCount" over every instance's samples, which weights each minute by its instances (aws-behaviour §8.2).
   */
  private final boolean[] averageOfSamples;
  private final int publishDelaySeconds;
  /**
   * Every metric closes its period every minute (1-minute periods: detailed monitoring or the load balancer's metrics)
   * and keeps no extreme: {@link #closeMinute} then needs no period state ({@link #closeEveryMinute}). Chosen at
   * construction; {@link #generalOnly} turns it off (the tests that compare the two paths).
   */
  private boolean everyMinute;

  // Datapoints closed but not yet visible, in closing order (which is their order of visibility), from head.
  private long[] visibleAt = new long[16];
  private int[] metricOf = new int[16];
  private long[] periodStart = new long[16];
  private double[] value = new double[16];
  private double[] contributors = new double[16];
  private int queued;
  private int head;
  /**
   * A quiet stretch's last minute's datapoints ({@link #closeHeld}), per metric, and that minute's start ({@code
   * Long.MIN_VALUE}: none held). Published at the next minute's evaluation, they need no queue.
   */
  private final double[] heldValue;
  private final double[] heldContributors;
  private final boolean[] held;
  private long heldMinute = Long.MIN_VALUE;

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
    this.periodLoad = new double[metrics.length];
    this.periodSamples = new double[metrics.length];
    this.periodSampleSum = new double[metrics.length];
    this.periodCount = new int[metrics.length];
    this.statistic = new Statistic[metrics.length];
    this.extremes = new boolean[metrics.length];
    this.periodExtreme = new double[metrics.length];
    this.periodExtremeSum = new double[metrics.length];
    this.basic = new boolean[metrics.length];
    this.averageOfSamples = new boolean[metrics.length];
    this.heldValue = new double[metrics.length];
    this.heldContributors = new double[metrics.length];
    this.held = new boolean[metrics.length];
    for (int i = 0; i < metrics.length; i++) {
      statistic[i] = Statistic.of(metrics[i].statistic());
      // EC2 metrics come every 5 minutes with basic monitoring, every minute with detailed (aws-behaviour §8.1 [D]);
      // the load balancer publishes every minute whatever the instances' monitoring (aws-behaviour §1.9 [D]).
      boolean ec2 = metrics[i].kind().publishedByEc2();
      basic[i] = ec2 && !detailedMonitoring;
      // A longer alarm period aggregates the samples of all its minutes (aws-behaviour §8.2 [D]); a shorter one on
      // 5-minute data finds a datapoint in one period of five (aws-behaviour §8.1 [D]).
      periodSeconds[i] = Math.max(basic[i] ? 300 : 60, metrics[i].periodSeconds() / 60 * 60);
      updatedEachMinute[i] = basic[i] && nitro;
      periodMinutes[i] = periodSeconds[i] / 60;
      source[i] = switch (metrics[i].kind()) {
        case CPU -> CPU;
        case ALB_REQUEST_COUNT_PER_TARGET -> REQUESTS;
        default -> UNMODELLED; // not modelled: see ModelNotes
      };
      extremes[i] = source[i] == CPU
          && (statistic[i] == Statistic.Minimum || statistic[i] == Statistic.Maximum);
      periodExtreme[i] = noExtreme(i);
      averageOfSamples[i] = source[i] == CPU && !basic[i] && periodMinutes[i] > 1
          && statistic[i] == Statistic.Average;
    }
    everyMinute = true;
    for (int i = 0; i < metrics.length; i++) {
      everyMinute &= periodMinutes[i] == 1 && !extremes[i] && !updatedEachMinute[i];
    }
  }

  /** Runs the general {@link #closeMinute} every minute, never {@link #closeEveryMinute}. */
  void generalOnly() {
    everyMinute = false;
  }

  /** The extreme of a period without samples: the identity of min (Minimum) or max (Maximum). */
  private double noExtreme(int i) {
    return statistic[i] == Statistic.Minimum ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
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
   * @param cpuMin            the lowest CPU among the instances averaged into {@code cpu}
   * @param cpuMax            the highest
   * @param warm              the capacity units averaged into {@code cpu} (InService and warm, aws-behaviour §2.2 [D]):
   *                          N_dp of target tracking
   * @param warmInstances     the instances behind them: CPU's samples (the same number without weights)
   * @param requestsPerTarget the load balancer's requests per serving target this minute (NaN when none serves)
   * @param serving           the healthy targets {@code requestsPerTarget} divides by
   */
  void closeMinute(long t0, double cpu, double cpuMin, double cpuMax, int warm, int warmInstances,
      double requestsPerTarget, int serving) {
    // Small, so that the minute loop inlines it and makes one call, to the pass chosen at set-up.
    if (everyMinute) {
      closeEveryMinute(t0, cpu, warm, warmInstances, requestsPerTarget, serving);
    } else {
      closePeriods(t0, cpu, cpuMin, cpuMax, warm, warmInstances, requestsPerTarget, serving);
    }
  }

  /** {@link #closeMinute}'s general pass: adds the minute to every metric's period and closes those it completes. */
  private void closePeriods(long t0, double cpu, double cpuMin, double cpuMax, int warm, int warmInstances,
      double requestsPerTarget, int serving) {
    for (int i = 0; i < metrics.length; i++) {
      boolean requests = source[i] == REQUESTS;
      double v = source[i] == CPU ? cpu : requests ? requestsPerTarget : Double.NaN;
      if (!Double.isNaN(v)) {
        int n = requests ? serving : warm;
        periodSum[i] += v;
        periodContributors[i] += n;
        periodLoad[i] += v * n;
        periodSamples[i] += warmInstances;
        periodSampleSum[i] += v * warmInstances;
        periodCount[i]++;
        if (extremes[i]) {
          double e = statistic[i] == Statistic.Minimum ? cpuMin : cpuMax;
          periodExtreme[i] = statistic[i] == Statistic.Minimum ? Math.min(periodExtreme[i], e)
              : Math.max(periodExtreme[i], e);
          periodExtremeSum[i] += e;
        }
      }
      int inPeriod = minuteInPeriod[i];
      boolean closes = inPeriod + 1 == periodMinutes[i];
      if (periodCount[i] > 0 && (closes || updatedEachMinute[i])) {
        // Visible PublishDelay after the start of the minute that completes (or, on Nitro, updates) it (aws-behaviour §12 [I]).
        double datapoint = value(i, requests);
        enqueue(t0 + publishDelaySeconds, i, t0 - 60L * inPeriod, datapoint, contributors(i, datapoint));
      }
      if (closes) {
        periodSum[i] = 0;
        periodContributors[i] = 0;
        periodLoad[i] = 0;
        periodSamples[i] = 0;
        periodSampleSum[i] = 0;
        periodCount[i] = 0;
        periodExtreme[i] = noExtreme(i);
        periodExtremeSum[i] = 0;
        minuteInPeriod[i] = 0;
      } else {
        minuteInPeriod[i] = inPeriod + 1;
      }
    }
  }

  /**
   * {@link #closeMinute} when every period is this one minute: the period's sums are this minute's values added to
   * the zeros the last minute left ({@code 0.0 + x}, as the general path adds them, so the same bits, -0.0 included),
   * and the period closes at once, leaving the zeros for the next minute.
   */
  private void closeEveryMinute(long t0, double cpu, int warm, int warmInstances, double requestsPerTarget,
      int serving) {
    for (int i = 0; i < metrics.length; i++) {
      boolean requests = source[i] == REQUESTS;
      double v = source[i] == CPU ? cpu : requests ? requestsPerTarget : Double.NaN;
      if (Double.isNaN(v)) {
        continue; // a period without any value publishes nothing
      }
      int n = requests ? serving : warm;
      enqueue(t0 + publishDelaySeconds, i, t0, everyMinuteValue(i, requests, v, 0.0 + v, warmInstances),
          everyMinuteContributors(v, n));
    }
  }

  /**
   * The contributors (N_dp) of a one-minute period whose value is {@code v} from {@code n} instances: the general
   * path's load-weighted mean of the counts over one minute ({@code 0.0 + x} sums, so the same bits), or the count when
   * the period's value is not positive.
   */
  private static double everyMinuteContributors(double v, int n) {
    double sum = 0.0 + v;
    return sum > 0 ? (0.0 + v * n) / sum : (0.0 + n) / 1;
  }

  /** Metric {@code i}'s datapoint of a one-minute period whose value is {@code v} ({@code sum} is {@code 0.0 + v}). */
  private double everyMinuteValue(int i, boolean requests, double v, double sum, int warmInstances) {
    return valueIsSum(i, requests) ? sum : switch (statistic[i]) {
      case Average -> sum / 1;
      case Sum -> (0.0 + v * warmInstances) / 1.0;
      case SampleCount -> (0.0 + warmInstances) / 1.0;
      case Minimum, Maximum -> throw new IllegalStateException("a Minimum or Maximum metric keeps its extremes");
    };
  }

  /**
   * Whether {@link #everyMinuteValue} of metric {@code i} is the period's sum itself: the requests' Sum, and the Average
   * of one minute ({@code sum / 1} is {@code sum}).
   */
  private boolean valueIsSum(int i, boolean requests) {
    return requests || statistic[i] == Statistic.Average;
  }

  /**
   * Whether {@link #closeHeld} may close the minutes of a quiet stretch evaluated {@code firstTick} seconds into each
   * minute: every metric closes every minute ({@link #closeEveryMinute}), and each minute's datapoints become visible
   * at the next minute's evaluation (MetricPublishDelaySeconds in (firstTick, firstTick + 60]: the default 60 s with
   * the default 30 s offset).
   */
  boolean holdsOneMinute(int firstTick) {
    return everyMinute && publishDelaySeconds > firstTick && publishDelaySeconds <= firstTick + 60;
  }

  /**
   * {@link #closeMinute} then {@link #publishVisible}{@code (tick, subscriber)} for a minute of a quiet stretch when
   * {@link #holdsOneMinute}{@code (tick - t0)}, without the queue: publishes what is visible at {@code tick} (the
   * queue's entries at the stretch's first minute, after it the last minute's held datapoints) and holds this
   * minute's. The same datapoints in the same order as the two calls: this minute's are not visible before the next
   * minute's evaluation, and everything closed before is. {@link #releaseHeld} ends the stretch.
   */
  void closeHeld(long t0, long tick, double cpu, int warm, int warmInstances, double requestsPerTarget, int serving,
      Subscriber subscriber) {
    if (heldMinute == Long.MIN_VALUE) {
      publishVisible(tick, subscriber);
    } else {
      for (int i = 0; i < metrics.length; i++) {
        if (held[i]) {
          subscriber.datapoint(i, heldMinute, heldValue[i], heldContributors[i]);
        }
      }
    }
    hold(t0, cpu, warm, warmInstances, requestsPerTarget, serving);
  }

  /**
   * Whether the one metric's last minute is held ({@link #closeHeld}): the datapoint the next evaluation sees, which
   * {@link Run} may hand to {@link dev.asgsim.core.policy.ScalingEngine#quietMinute} instead of publishing it.
   */
  boolean holdsOneDatapoint() {
    return heldMinute != Long.MIN_VALUE && metrics.length == 1 && held[0];
  }

  long heldMinute() {
    return heldMinute;
  }

  double heldValue() {
    return heldValue[0];
  }

  double heldContributors() {
    return heldContributors[0];
  }

  /**
   * {@link #closeHeld} once the held datapoint went elsewhere ({@link #holdsOneDatapoint}): this minute's datapoints
   * are held in its place.
   */
  void hold(long t0, double cpu, int warm, int warmInstances, double requestsPerTarget, int serving) {
    for (int i = 0; i < metrics.length; i++) {
      boolean requests = source[i] == REQUESTS;
      double v = source[i] == CPU ? cpu : requests ? requestsPerTarget : Double.NaN;
      held[i] = !Double.isNaN(v); // a period without any value publishes nothing
      if (held[i]) {
        heldValue[i] = everyMinuteValue(i, requests, v, 0.0 + v, warmInstances);
        heldContributors[i] = everyMinuteContributors(v, requests ? serving : warm);
      }
    }
    heldMinute = t0;
  }

  /** Whether there is one metric, the group's CPU or the requests per target ({@link #heldAhead}'s cases). */
  boolean oneModelledMetric() {
    return metrics.length == 1 && source[0] != UNMODELLED;
  }

  /** Whether the one metric is the requests per target, so {@link #heldAhead} reads {@code requestsPerTarget}. */
  boolean onRequests() {
    return metrics.length == 1 && source[0] == REQUESTS;
  }

  /**
   * {@link #hold}'s datapoint of the one metric ({@link #oneModelledMetric}) for {@code n} minutes of a quiet stretch
   * ahead, from each minute's group metric {@code cpu[k]} or, for the requests per target ({@link #onRequests}),
   * {@code requestsPerTarget[k]} over {@code serving} targets: the same expressions, so the same bits, into
   * {@code valueOf} and {@code contributorsOf} from index {@code into}. Nothing is held here: {@link #hold} of the last
   * minute run does that. No value read may be NaN (hold would hold nothing).
   */
  void heldAhead(double[] cpu, double[] requestsPerTarget, int n, int warm, int warmInstances, int serving,
      double[] valueOf, double[] contributorsOf, int into) {
    boolean requests = source[0] == REQUESTS;
    double[] values = requests ? requestsPerTarget : cpu;
    int behind = requests ? serving : warm;
    if (valueIsSum(0, requests)) {
      // everyMinuteValue's, without its switch in the loop (issue 15 item 2)
      for (int k = 0; k < n; k++) {
        valueOf[into + k] = 0.0 + values[k];
      }
    } else {
      for (int k = 0; k < n; k++) {
        double v = values[k];
        valueOf[into + k] = everyMinuteValue(0, false, v, 0.0 + v, warmInstances);
      }
    }
    for (int k = 0; k < n; k++) {
      contributorsOf[into + k] = everyMinuteContributors(values[k], behind);
    }
  }

  /** The end of a quiet stretch: its last minute's held datapoints are queued, as {@link #closeMinute} queues them. */
  void releaseHeld() {
    if (heldMinute == Long.MIN_VALUE) {
      return;
    }
    for (int i = 0; i < metrics.length; i++) {
      if (held[i]) {
        enqueue(heldMinute + publishDelaySeconds, i, heldMinute, heldValue[i], heldContributors[i]);
      }
    }
    heldMinute = Long.MIN_VALUE;
  }

  /**
   * The period's datapoint of metric {@code i} in its alarm's statistic (aws-behaviour §8.2 [D]). On detailed
   * monitoring a period of several minutes averages every instance's samples, "Sum / SampleCount": each minute weighs
   * as many as its instances. On basic monitoring an instance's sample is its 5-minute average, so the period's minutes count once
   * per 5 (Sum and SampleCount divide by the minutes per sample), the Average is the mean of the minutes' averages
   * (what an instance that ran part of the period publishes is not documented: aws-behaviour §8.2 [I]) and the
   * extremes are the period's mean per-minute extremes.
   */
  private double value(int i, boolean requests) {
    int count = periodCount[i];
    if (requests) {
      return periodSum[i]; // "The only valid statistic is Sum" (aws-behaviour §8.2): the per-minute values added
    }
    if (averageOfSamples[i] && periodSamples[i] > 0) {
      return periodSampleSum[i] / periodSamples[i]; // Σ CPU × instances / Σ instances
    }
    double minutesPerSample = basic[i] ? count / Math.ceil(count / 5.0) : 1;
    return switch (statistic[i]) {
      case Average -> periodSum[i] / count;
      case Sum -> periodSampleSum[i] / minutesPerSample; // Σ CPU × instances
      case SampleCount -> periodSamples[i] / minutesPerSample; // Σ instances
      case Minimum, Maximum -> basic[i] ? periodExtremeSum[i] / count : periodExtreme[i];
    };
  }

  /**
   * N_dp of metric {@code i}'s period whose datapoint is {@code datapoint}: chosen so that {@code datapoint × N_dp} is
   * the period's mean load, Σ v·n over its minutes with a value divided by their number (aws-behaviour §1.5 "Which
   * N"). For the mean of the minutes' values that is the value-weighted Σ v·n / Σ v; for an Average of the samples
   * ({@link #averageOfSamples}) the mean load over that Average (the plain mean of n when units are instances).
   * Without load (every value 0) the plain mean of n.
   */
  private double contributors(int i, double datapoint) {
    if (averageOfSamples[i] && periodSamples[i] > 0 && datapoint > 0) {
      return periodLoad[i] / periodCount[i] / datapoint;
    }
    return periodSum[i] > 0 ? periodLoad[i] / periodSum[i] : periodContributors[i] / periodCount[i];
  }

  /**
   * The datapoint of metric {@code i} for a period in which every one of {@code n} instances (or targets) stood at
   * {@code perInstance} the whole time (a steady start's pre-filled window, aws-behaviour §12.1), in the metric's
   * statistic as {@link #closeMinute} computes it: {@code n} counts instances, not capacity units.
   */
  double steadyDatapoint(int i, double perInstance, int n) {
    int minutes = periodSeconds[i] / 60;
    if (metrics[i].kind() == MetricKind.ALB_REQUEST_COUNT_PER_TARGET) {
      return perInstance * minutes; // Sum of the per-minute requests per target
    }
    double samples = basic[i] ? Math.ceil(minutes / 5.0) : minutes;
    return switch (statistic[i]) {
      case Average, Minimum, Maximum -> perInstance;
      case Sum -> perInstance * n * samples;
      case SampleCount -> n * samples;
    };
  }

  private void enqueue(long visible, int metric, long period, double v, double dpContributors) {
    if (queued == visibleAt.length) {
      if (head > 0) {
        // Published entries free the front: move the rest there before growing.
        int n = queued - head;
        System.arraycopy(visibleAt, head, visibleAt, 0, n);
        System.arraycopy(metricOf, head, metricOf, 0, n);
        System.arraycopy(periodStart, head, periodStart, 0, n);
        System.arraycopy(value, head, value, 0, n);
        System.arraycopy(contributors, head, contributors, 0, n);
        queued = n;
        head = 0;
      } else {
        int n = queued * 2;
        visibleAt = Arrays.copyOf(visibleAt, n);
        metricOf = Arrays.copyOf(metricOf, n);
        periodStart = Arrays.copyOf(periodStart, n);
        value = Arrays.copyOf(value, n);
        contributors = Arrays.copyOf(contributors, n);
      }
    }
    visibleAt[queued] = visible;
    metricOf[queued] = metric;
    periodStart[queued] = period;
    value[queued] = v;
    contributors[queued] = dpContributors;
    queued++;
  }

  /**
   * The most minutes after a period's first minute that its datapoint can still be published (or updated): the
   * longest period, the publication delay and one evaluation interval to see it, rounded up, plus one for safety.
   */
  int lagMinutes(int evaluationIntervalSeconds) {
    int longest = 60;
    for (int p : periodSeconds) {
      longest = Math.max(longest, p);
    }
    long seconds = (long) longest + Math.max(0, publishDelaySeconds) + Math.max(60, evaluationIntervalSeconds);
    return (int) Math.min(Integer.MAX_VALUE / 2, (seconds + 59) / 60 + 1);
  }

  /** Receives each datapoint as it becomes visible (the run: the engine's alarms and the timeline). */
  interface Subscriber {
    /** @param contributors N_dp, the mean number of instances or targets behind {@code value} */
    void datapoint(int metric, long periodStartEpochSecond, double value, double contributors);
  }

  /**
   * Hands {@code subscriber} every queued datapoint visible at {@code t}, in queue order. Every datapoint is queued
   * visible {@code MetricPublishDelaySeconds} after the minute that closes it, and minutes close in order, so the
   * queue is in order of visibility: the visible ones are its front.
   */
  void publishVisible(long t, Subscriber subscriber) {
    while (head < queued && visibleAt[head] <= t) {
      subscriber.datapoint(metricOf[head], periodStart[head], value[head], contributors[head]);
      head++;
    }
    if (head == queued) {
      head = 0;
      queued = 0;
    }
  }
}
