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
 * Writes the per-minute {@link Timeline} (when the run records one) and names its columns: the {@code alarm_high}
 * column follows the engine's first "greater than" alarm, {@code alarm_low} its first "less than" alarm, {@code metric}
 * its first metric. Every method is a no-op without a timeline, so the loop calls them unconditionally.
 */
final class TimelineRecorder {
  private final Timeline timeline;
  private final ScalingEngine engine;
  private final int highAlarm;
  private final int lowAlarm;

  TimelineRecorder(boolean record, long startEpochSecond, int minutes, ScalingEngine engine, boolean hooks,
      boolean pool) {
    this.timeline = record ? new Timeline(startEpochSecond, minutes, engine.policyCount(), hooks, pool) : null;
    this.engine = engine;
    int hi = -1;
    int lo = -1;
    for (int i = 0; i < engine.alarmCount(); i++) {
      if (engine.alarm(i).spec().comparisonOperator().isUpper()) {
        hi = hi < 0 ? i : hi;
      } else {
        lo = lo < 0 ? i : lo;
      }
    }
    this.highAlarm = hi;
    this.lowAlarm = lo;
  }

  /** The counts the load balancer spreads minute {@code m}'s demand over (before the minute's evaluations). */
  void startOfMinute(int m, Group group) {
    if (timeline != null) {
      timeline.pending[m] = group.pending();
      timeline.inService[m] = group.inService();
      timeline.warm[m] = group.warm();
      timeline.serving[m] = group.serving();
      if (timeline.hookWait != null) {
        timeline.hookWait[m] = group.waitingInHooks();
      }
      if (timeline.warmPool != null) {
        timeline.warmPool[m] = group.pool().size();
      }
    }
  }

  /**
   * Minute {@code m}'s demand, outcome, the alarm states and proposals after its last evaluation, and why desired did
   * not change ({@code why}, {@link Hold#NONE} for nothing).
   */
  void endOfMinute(int m, double demand, double served, int desired, Group group, Hold why) {
    if (timeline != null) {
      timeline.why[m] = why == Hold.NONE ? -1 : (byte) why.ordinal();
      for (int p = 0; p < timeline.proposed.length; p++) {
        timeline.proposed[p][m] = engine.lastProposal(p);
      }
      timeline.demand[m] = demand;
      timeline.desired[m] = desired;
      timeline.cpu[m] = group.meanCpu();
      timeline.alarmHigh[m] = code(highAlarm);
      timeline.alarmLow[m] = code(lowAlarm);
      timeline.unserved[m] = Math.max(0, demand - served);
      timeline.credits[m] = group.meanCredits();
      timeline.minSize[m] = engine.minSize();
      timeline.maxSize[m] = engine.maxSize();
    }
  }

  /** A datapoint was published: the first metric's goes into the {@code metric} column at its period's minute. */
  void datapoint(int metric, long periodStart, double value) {
    if (timeline != null && metric == 0) {
      int m = (int) ((periodStart - timeline.startEpochSecond) / 60);
      if (m >= 0 && m < timeline.minutes()) {
        timeline.metric[m] = value;
      }
    }
  }

  private byte code(int alarm) {
    if (alarm < 0) {
      return Timeline.NONE;
    }
    return switch (engine.alarmState(alarm)) {
      case OK -> Timeline.OK;
      case ALARM -> Timeline.ALARM;
      default -> Timeline.INSUFFICIENT_DATA;
    };
  }

  /** The timeline, or null when not recorded. */
  Timeline timelineOrNull() {
    return timeline;
  }

  /** What the columns show, for summaries and charts. */
  SimulationResult.Labels labels(ScalingConfig config) {
    MetricSpec[] metrics = engine.metrics();
    Alarm high = highAlarm < 0 ? null : engine.alarm(highAlarm);
    Alarm low = lowAlarm < 0 ? null : engine.alarm(lowAlarm);
    return new SimulationResult.Labels(high == null ? null : high.name(), high == null ? Double.NaN : high.threshold(),
        low == null ? null : low.name(), low == null ? Double.NaN : low.threshold(),
        metrics.length == 0 ? null : metrics[0].toString(), targetValue(config), policyNames());
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
