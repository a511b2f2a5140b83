package dev.asgsim.simulator;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.internal.group.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the per-minute {@link Timeline} (when the run keeps or streams one) and names its columns: the
 * {@code alarm_high} column follows the engine's first "greater than" alarm, {@code alarm_low} its first "less than"
 * alarm, {@code alarm_high_k}/{@code alarm_low_k} the k-th of each (alarm pair k: a group with several policies has
 * several), {@code metric} its first metric. Every method is a no-op without a timeline, so the loop calls them
 * unconditionally.
 *
 * <p>A row is final {@code lag} minutes after its minute: the metric datapoint of the period starting at minute m is
 * published up to a period plus the publication delay later ({@link MetricFeed#lagMinutes}). Streaming hands each row
 * to the sink then and keeps only a ring of {@code lag + 1} rows.
 */
final class TimelineRecorder {
  private final Timeline timeline;
  private final boolean keep;
  private final RecordSink sink;
  private final boolean streams;
  private final int lag;
  /** Rows handed to the sink so far (minutes 0 … streamed − 1). */
  private int streamed;
  private final ScalingEngine engine;
  /** The engine's "greater than" alarms in order, and its "less than" alarms: pair k is the k-th of each. */
  private final int[] highAlarms;
  private final int[] lowAlarms;
  /** The group's Spot interruptions and Capacity Rebalancing launches up to the last minute recorded. */
  private int interruptedBefore;
  private int rebalancedBefore;

  /**
   * @param keep keep every row (the result's timeline)
   * @param sink where final rows go ({@link RecordSink#NONE}: nowhere)
   * @param lag  minutes after which a row is final
   * @param hooks the group has lifecycle hooks (a {@code hook_wait} column)
   * @param pool  the group has a warm pool (a {@code warm_pool} column)
   * @param spot  the run interrupts Spot instances (the {@code spot_interrupted} and {@code rebalance_launches} columns)
   * @param unitsPerInstance capacity units per instance's worth of demand ({@link Timeline#unitsPerInstance})
   */
  TimelineRecorder(boolean keep, RecordSink sink, int lag, long startEpochSecond, int minutes, ScalingEngine engine,
      boolean hooks, boolean pool, boolean spot, double unitsPerInstance) {
    this.keep = keep;
    this.sink = sink;
    this.lag = lag;
    this.streams = sink != RecordSink.NONE;
    int policies = engine.policyCount();
    List<Integer> hi = new ArrayList<>();
    List<Integer> lo = new ArrayList<>();
    for (int i = 0; i < engine.alarmCount(); i++) {
      (engine.alarm(i).spec().comparisonOperator().isUpper() ? hi : lo).add(i);
    }
    this.highAlarms = hi.stream().mapToInt(Integer::intValue).toArray();
    this.lowAlarms = lo.stream().mapToInt(Integer::intValue).toArray();
    int pairs = Math.max(highAlarms.length, lowAlarms.length);
    this.timeline = keep ? new Timeline(startEpochSecond, minutes, minutes, policies, pairs, hooks, pool, spot,
        unitsPerInstance)
        : streams ? new Timeline(startEpochSecond, minutes, Math.min(minutes, lag + 1), policies, pairs, hooks,
            pool, spot, unitsPerInstance) : null;
    this.engine = engine;
  }

  /** The counts the load balancer spreads minute {@code m}'s demand over (before the minute's evaluations). */
  void startOfMinute(int m, Group group) {
    if (timeline != null) {
      int i = timeline.slot(m);
      timeline.pending[i] = group.pending();
      timeline.inService[i] = group.inService();
      timeline.warm[i] = group.warm();
      timeline.serving[i] = group.serving();
      timeline.metric[i] = Double.NaN; // a ring reuses the slot; no datapoint for this minute's period yet
      if (timeline.hookWait != null) {
        timeline.hookWait[i] = group.waitingInHooks();
      }
      if (timeline.warmPool != null) {
        timeline.warmPool[i] = group.pool().size();
      }
    }
  }

  /**
   * Minute {@code m}'s demand, outcome, the alarm states and proposals after its last evaluation, and why desired did
   * not change ({@code why}, {@link Hold#NONE} for nothing).
   */
  void endOfMinute(int m, double demand, double served, int desired, Group group, Hold why) {
    if (timeline != null) {
      int i = timeline.slot(m);
      timeline.why[i] = why == Hold.NONE ? Timeline.NO_HOLD : (byte) why.ordinal();
      for (int p = 0; p < timeline.proposed.length; p++) {
        timeline.proposed[p][i] = engine.lastProposal(p);
      }
      timeline.demand[i] = demand;
      timeline.desired[i] = desired;
      timeline.cpu[i] = group.meanCpu();
      timeline.alarmHigh[i] = code(highAlarms, 0);
      timeline.alarmLow[i] = code(lowAlarms, 0);
      for (int k = 0; k < timeline.moreHigh.length; k++) {
        timeline.moreHigh[k][i] = code(highAlarms, k + 1);
        timeline.moreLow[k][i] = code(lowAlarms, k + 1);
      }
      timeline.unserved[i] = Math.max(0, demand - served);
      timeline.credits[i] = group.meanCredits();
      timeline.minSize[i] = engine.minSize();
      timeline.maxSize[i] = engine.maxSize();
      if (timeline.spotInterrupted != null) {
        timeline.spotInterrupted[i] = group.spotInterruptions() - interruptedBefore;
        timeline.rebalanceLaunches[i] = group.rebalanceLaunches() - rebalancedBefore;
        interruptedBefore = group.spotInterruptions();
        rebalancedBefore = group.rebalanceLaunches();
      }
      if (streams) {
        streamUntil(m - lag);
      }
    }
  }

  /** The run ended: every row not yet streamed is final. */
  void finish() {
    if (streams) {
      streamUntil(timeline.minutes() - 1);
    }
  }

  private void streamUntil(int last) {
    for (; streamed <= last; streamed++) {
      sink.timelineRow(timeline, streamed);
    }
  }

  /** A datapoint was published: the first metric's goes into the {@code metric} column at its period's minute. */
  void datapoint(int metric, long periodStart, double value) {
    if (timeline != null && metric == 0) {
      int m = (int) ((periodStart - timeline.startEpochSecond) / 60);
      if (m >= 0 && m < timeline.minutes()) {
        if (streams && m < streamed) {
          throw new IllegalStateException("the datapoint of minute " + m + " came after its row was streamed: "
              + "the timeline's lag of " + lag + " minutes is too short");
        }
        timeline.metric[timeline.slot(m)] = value;
      }
    }
  }

  /** The state of {@code alarms[k]}, {@link Timeline#NONE} past its end. */
  private byte code(int[] alarms, int k) {
    if (k >= alarms.length) {
      return Timeline.NONE;
    }
    return switch (engine.alarmState(alarms[k])) {
      case OK -> Timeline.OK;
      case ALARM -> Timeline.ALARM;
      default -> Timeline.INSUFFICIENT_DATA;
    };
  }

  /** Whether rows are kept or streamed (else every method is a no-op). */
  boolean keepsRows() {
    return timeline != null;
  }

  /** The whole timeline, or null when not kept. */
  Timeline timelineOrNull() {
    return keep ? timeline : null;
  }

  /** What the columns show, for summaries and charts. */
  SimulationResult.Labels labels(ScalingConfig config) {
    MetricSpec[] metrics = engine.metrics();
    List<SimulationResult.AlarmPair> pairs = new ArrayList<>();
    for (int k = 0; k < Math.max(highAlarms.length, lowAlarms.length); k++) {
      Alarm high = k < highAlarms.length ? engine.alarm(highAlarms[k]) : null;
      Alarm low = k < lowAlarms.length ? engine.alarm(lowAlarms[k]) : null;
      pairs.add(new SimulationResult.AlarmPair(high == null ? null : high.name(),
          high == null ? Double.NaN : high.threshold(), low == null ? null : low.name(),
          low == null ? Double.NaN : low.threshold()));
    }
    SimulationResult.AlarmPair first = pairs.isEmpty()
        ? new SimulationResult.AlarmPair(null, Double.NaN, null, Double.NaN) : pairs.get(0);
    return new SimulationResult.Labels(first.highName(), first.highThreshold(), first.lowName(), first.lowThreshold(),
        metrics.length == 0 ? null : metrics[0].toString(), targetValue(config), policyNames(), pairs);
  }

  private List<String> policyNames() {
    List<String> names = new ArrayList<>();
    for (int p = 0; p < engine.policyCount(); p++) {
      names.add(engine.policy(p).name());
    }
    return names;
  }

  private static double targetValue(ScalingConfig config) {
    for (var p : config.policies()) {
      if (p.targetTrackingConfiguration() != null && p.targetTrackingConfiguration().targetValue() != null
          && p.effectiveEnabled()) {
        return p.targetTrackingConfiguration().targetValue();
      }
    }
    return Double.NaN;
  }
}
