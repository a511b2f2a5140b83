// Over 400 lines because a row is written three ways side by side — a kept timeline's columns, a ring's slots, and a
// quiet kernel's chunk of answered minutes into either — so that the ways cannot drift apart column by column
// (QuietStretchTest, QuietKernelRowsTest and KeptColumnsTest compare them).
package dev.asgsim.simulator;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.internal.group.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Writes the per-minute {@link Timeline} (when the run keeps or streams one) and names its columns: the
 * {@code alarm_high} column follows the engine's first "greater than" alarm, {@code alarm_low} its first "less than"
 * alarm, {@code alarm_high_k}/{@code alarm_low_k} the k-th of each (alarm pair k: a group with several policies has
 * several), {@code metric} its first metric. Every method is a no-op without a timeline, so the loop calls them
 * unconditionally.
 *
 * <p>A row is final {@code lag} minutes after its minute: the metric datapoint of the period starting at minute m is
 * published up to a period plus the publication delay later ({@link MetricFeed#lagMinutes}). Streaming hands each row
 * to the sink then and keeps only a ring of {@code lag + 1} rows. A kept timeline's columns are written through
 * {@link KeptColumns}: a column that changes a few times a day costs a comparison a minute, and demand is not written
 * (the timeline reads it from the load).
 */
final class TimelineRecorder {
  private static final int NONE_HOLD = Hold.NONE.ordinal();
  private final Timeline timeline;
  /** The kept timeline's columns, or null when the rows go into a ring. */
  private final KeptColumns kept;
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
  /** The same alarms, whose states a row reads without the enum ({@link #code}). */
  private final Alarm[] high;
  private final Alarm[] low;
  /**
   * A minute the engine answers ({@link #endOfAnsweredMinute}) leaves every column but the reason and the per-minute
   * values as the row before had them: a kept timeline with one policy and no Spot columns.
   */
  private final boolean answeredRows;
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
   * @param minutes the run's length
   * @param demand minute → the demand {@link #endOfMinute} is given (a kept timeline reads it back, not stores it)
   */
  TimelineRecorder(boolean keep, RecordSink sink, int lag, long startEpochSecond, ScalingEngine engine,
      boolean hooks, boolean pool, boolean spot, double unitsPerInstance, int minutes, IntToDoubleFunction demand) {
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
    this.high = alarms(engine, highAlarms);
    this.low = alarms(engine, lowAlarms);
    int pairs = Math.max(highAlarms.length, lowAlarms.length);
    this.timeline = keep ? new Timeline(startEpochSecond, minutes, policies, pairs, hooks, pool, spot,
        unitsPerInstance, demand)
        : streams ? new Timeline(startEpochSecond, minutes, Math.min(minutes, lag + 1), policies, pairs, hooks,
            pool, spot, unitsPerInstance) : null;
    this.kept = keep ? timeline.kept : null;
    this.engine = engine;
    this.answeredRows = kept != null && policies == 1 && !spot;
  }

  /** The counts the load balancer spreads minute {@code m}'s demand over (before the minute's evaluations). */
  void startOfMinute(int m, Group group) {
    if (kept != null) {
      kept.pending.set(m, group.pending());
      kept.inService.set(m, group.inService());
      kept.warm.set(m, group.warm());
      kept.serving.set(m, group.serving());
      if (kept.hookWait != null) {
        kept.hookWait.set(m, group.waitingInHooks());
      }
      if (kept.warmPool != null) {
        kept.warmPool.set(m, group.pool().size());
      }
    } else if (timeline != null) {
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
   * Whether {@link #startOfMinute} must be told each minute of a quiet stretch: a ring's slots are each written, while
   * a kept timeline's runs take the counts at the stretch's first minute and hold them (the counts do not change before
   * the stretch's last evaluation: no clock is due in it).
   */
  boolean countsEveryMinute() {
    return timeline != null && kept == null;
  }

  /**
   * Minute {@code m}'s demand, outcome, the alarm states and proposals after its last evaluation, and why desired did
   * not change ({@code why}, {@link Hold#NONE} for nothing).
   */
  void endOfMinute(int m, double demand, double served, int desired, Group group, Hold why) {
    if (kept != null) {
      kept.why.set(m, why == Hold.NONE ? Timeline.NO_HOLD : why.ordinal());
      keptStates(m, desired);
      kept.cpu.set(m, group.meanCpu());
      kept.unserved.set(m, Math.max(0, demand - served));
      kept.credits.set(m, group.meanCredits());
      if (kept.spotInterrupted != null) {
        kept.spotInterrupted.set(m, group.spotInterruptions() - interruptedBefore);
        kept.rebalanceLaunches.set(m, group.rebalanceLaunches() - rebalancedBefore);
        interruptedBefore = group.spotInterruptions();
        rebalancedBefore = group.rebalanceLaunches();
      }
      if (streams) {
        streamUntil(m - lag);
      }
    } else if (timeline != null) {
      int i = timeline.slot(m);
      ringRow(i, why == Hold.NONE ? Timeline.NO_HOLD : (byte) why.ordinal(), demand, served, desired, group.meanCpu(),
          group.meanCredits());
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

  /**
   * A kept timeline's columns of minute {@code m} that an answered minute leaves as they were: the proposals, desired,
   * the alarm states and the size bounds, as the engine holds them after the minute's evaluations.
   */
  private void keptStates(int m, int desired) {
    for (int p = 0; p < kept.proposed.length; p++) {
      kept.proposed[p].set(m, engine.lastProposal(p));
    }
    kept.desired.set(m, desired);
    kept.alarmHigh.set(m, code(high, 0));
    kept.alarmLow.set(m, code(low, 0));
    for (int k = 0; k < kept.moreHigh.length; k++) {
      kept.moreHigh[k].set(m, code(high, k + 1));
      kept.moreLow[k].set(m, code(low, k + 1));
    }
    kept.minSize.set(m, engine.minSize());
    kept.maxSize.set(m, engine.maxSize());
  }

  /**
   * {@link #endOfMinute} for a minute whose evaluation the engine answered ({@link ScalingEngine#quietMinute}): such
   * a minute changes no alarm's state and no proposal, and desired (a hold) and the size bounds neither, unless a
   * predictive policy's floors moved them — a second policy, which takes the full row — or its alarms went back to OK
   * ({@link ScalingEngine#quietAlarmEndIn}: that minute takes the full row). So with one policy a kept
   * timeline's runs of those columns already hold this minute's values (the row before was written after the last
   * change, nothing in between evaluated), and only the reason and the columns that move every minute are written.
   * QuietStretchTest compares every column of every minute with the plain loop's rows. Only when
   * {@link #writesAnsweredRows}.
   */
  void endOfAnsweredMinute(int m, double demand, double served, Group group, Hold why) {
    kept.why.set(m, why == Hold.NONE ? Timeline.NO_HOLD : why.ordinal());
    kept.cpu.set(m, group.meanCpu());
    kept.unserved.set(m, Math.max(0, demand - served));
    kept.credits.set(m, group.meanCredits());
    if (streams) {
      streamUntil(m - lag);
    }
  }

  /** A ring's row in slot {@code i}: what {@link #endOfMinute} writes but the Spot columns. */
  private void ringRow(int i, byte why, double demand, double served, int desired, double cpu, double credits) {
    timeline.why[i] = why;
    for (int p = 0; p < timeline.proposed.length; p++) {
      timeline.proposed[p][i] = engine.lastProposal(p);
    }
    timeline.demand[i] = demand;
    timeline.desired[i] = desired;
    timeline.cpu[i] = cpu;
    timeline.alarmHigh[i] = code(high, 0);
    timeline.alarmLow[i] = code(low, 0);
    for (int k = 0; k < timeline.moreHigh.length; k++) {
      timeline.moreHigh[k][i] = code(high, k + 1);
      timeline.moreLow[k][i] = code(low, k + 1);
    }
    timeline.unserved[i] = Math.max(0, demand - served);
    timeline.credits[i] = credits;
    timeline.minSize[i] = engine.minSize();
    timeline.maxSize[i] = engine.maxSize();
  }

  /**
   * Minutes {@code m + from} to {@code m + to - 1} of a {@link QuietKernel} chunk starting at minute {@code m}, each
   * answered by the engine, as the per-minute stretch writes them: the datapoint minute {@code m + k} held
   * ({@code values[k]}, of the period starting {@code period + 60 k}, into the metric column at its minute), and its
   * row, from the chunk's arrays ({@code holds[k]} the {@link Hold} ordinal it ended with, {@code demand},
   * {@code served}, {@code meanCpu}, {@code meanCredits}; {@code changes} where {@code holds[from..to-1]} changes): a
   * kept timeline's short row ({@link #endOfAnsweredMinute}), a ring's counts ({@link #startOfMinute}) and full row;
   * a streaming timeline hands on the rows that became final minute by minute. The chunk's minute {@code end} (or -1)
   * is the one where the alarms went back to OK ({@link ScalingEngine#quietAlarmEndIn}, only with a kept timeline:
   * {@link #takesAlarmEnds}): its states are the engine's now, which the minutes after it in the chunk left as they
   * were, and those before it had from the row before the chunk, so a kept timeline writes them at that minute, its
   * full row. QuietKernelRowsTest compares every column of every minute with the per-minute stretch's rows.
   */
  void answeredMinutes(int m, int from, int to, long period, double[] values, int[] holds, HoldChanges changes,
      double[] demand, double[] served, double[] meanCpu, double[] meanCredits, int desired, Group group, int end) {
    if (kept != null) {
      keptAnswered(m, from, to, period, values, holds, changes, demand, served, meanCpu, meanCredits);
      if (end >= from && end < to) {
        keptStates(m + end, desired); // the runs of the states change there (their rows before hold the old ones)
      }
      if (streams) {
        streamUntil(m + to - 1 - lag); // a sink's run gets its minutes one at a time (QuietKernel.record)
      }
      return;
    }
    for (int k = from; k < to; k++) { // a ring: each minute's slot is final lag minutes later, then reused
      int minute = m + k;
      startOfMinute(minute, group);
      datapoint(0, period + 60L * k, values[k]);
      ringRow(timeline.slot(minute), (byte) whyCode(holds[k]), demand[k], served[k], desired, meanCpu[k],
          meanCredits[k]);
      streamUntil(minute - lag);
    }
  }

  /**
   * {@link #answeredMinutes} into a kept timeline: column by column into the columns' chunks. The held datapoints'
   * periods are the chunk's minutes less one ({@link #datapoint}'s column, minutes before the run's start left out).
   * The reason is written only where it changes (the column's run holds it in between), and a chunk that left no
   * demand unserved writes no unserved values into chunks not yet allocated (a fresh chunk's value).
   */
  private void keptAnswered(int m, int from, int to, long period, double[] values, int[] holds, HoldChanges changes,
      double[] demand, double[] served, double[] meanCpu, double[] meanCredits) {
    int n = to - from;
    int first = (int) ((period - timeline.startEpochSecond) / 60) + from; // the datapoint of minute m + from
    for (int i = 0; i < changes.count(); i++) {
      int k = changes.at(i);
      kept.why.set(m + k, whyCode(holds[k]));
    }
    // The usual chunk: every datapoint in the run, and each column's minutes in one chunk, unserved's allocated (it was
    // written before: a diurnal year leaves demand unserved in a quarter of its minutes). Then one loop stores the four
    // columns, what the column-by-column way below stores (its fill of unserved is +0.0 = Math.max(0, -0.0) too): one
    // short loop a chunk instead of five (perf, a recorded diurnal year: the five were ~4 ms).
    double[] u = first >= 0 && first + n <= timeline.minutes() ? kept.unserved.allocatedWindow(m + from, n) : null;
    double[] w = u != null ? kept.metric.window(first, n) : null;
    if (w != null) {
      double[] c = kept.cpu.window(m + from, n); // the same chunk as unserved's: not null
      double[] r = kept.credits.window(m + from, n);
      int at = MinuteChunks.slot(m + from) - from;
      int wat = MinuteChunks.slot(first) - from;
      for (int k = from; k < to; k++) {
        w[wat + k] = values[k];
        c[at + k] = meanCpu[k];
        r[at + k] = meanCredits[k];
        u[at + k] = Math.max(0, demand[k] - served[k]);
      }
      return;
    }
    int skip = Math.max(0, -first);
    if (n > skip) {
      kept.metric.set(first + skip, values, from + skip, Math.min(n, timeline.minutes() - first) - skip);
    }
    long unservedBits = 0;
    for (int k = from; k < to; k++) {
      unservedBits |= Double.doubleToRawLongBits(Math.max(0, demand[k] - served[k])); // +0.0 when all was served
    }
    kept.cpu.set(m + from, meanCpu, from, n);
    kept.credits.set(m + from, meanCredits, from, n);
    if (unservedBits == 0) {
      kept.unserved.setFill(m + from, n); // (Math.max(0, -0.0) is +0.0 too)
      return;
    }
    double[] uw = kept.unserved.window(m + from, n); // computed straight into its chunk; null: across a chunk's end
    for (int k = from; k < to; k++) {
      double v = Math.max(0, demand[k] - served[k]);
      if (uw != null) {
        uw[MinuteChunks.slot(m + k)] = v;
      } else {
        kept.unserved.set(m + k, v);
      }
    }
  }

  /** The {@code why} column's code of the {@link Hold} of ordinal {@code ordinal}. */
  private static int whyCode(int ordinal) {
    return ordinal == NONE_HOLD ? Timeline.NO_HOLD : ordinal;
  }

  /** Whether the run may call {@link #endOfAnsweredMinute} for the minutes the engine answers. */
  boolean writesAnsweredRows() {
    return answeredRows;
  }

  /**
   * Whether the engine may answer the minutes its alarms go back to OK ({@link ScalingEngine#answerAlarmEnds}): no
   * rows, or a kept timeline, whose state columns are runs written at that minute ({@link #endOfMinute},
   * {@link #answeredMinutes}'s {@code end}) while the minutes around it leave them. Not a ring: a kernel chunk's ring
   * rows read the engine's states after the chunk's last answer.
   */
  boolean takesAlarmEnds() {
    return timeline == null || kept != null;
  }

  /** Whether the run may call {@link #answeredMinutes}: no rows, a ring's, or a kept timeline's short rows. */
  boolean takesAnsweredChunks() {
    return timeline == null || kept == null || answeredRows;
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
          throw tooLate(m);
        }
        if (kept != null) {
          kept.metric.set(m, value);
        } else {
          timeline.metric[timeline.slot(m)] = value;
        }
      }
    }
  }

  /** Out of the minute loop's way (the loop inlines {@link #datapoint}). */
  private IllegalStateException tooLate(int m) {
    return new IllegalStateException("the datapoint of minute " + m + " came after its row was streamed: "
        + "the timeline's lag of " + lag + " minutes is too short");
  }

  private static Alarm[] alarms(ScalingEngine engine, int[] indexes) {
    Alarm[] a = new Alarm[indexes.length];
    for (int i = 0; i < a.length; i++) {
      a[i] = engine.alarm(indexes[i]);
    }
    return a;
  }

  /** The state of {@code alarms[k]}, {@link Timeline#NONE} past its end. */
  private static byte code(Alarm[] alarms, int k) {
    if (k >= alarms.length) {
      return Timeline.NONE;
    }
    Alarm a = alarms[k];
    return a.inAlarm() ? Timeline.ALARM : a.insufficientData() ? Timeline.INSUFFICIENT_DATA : Timeline.OK;
  }

  /** Whether rows are handed to a sink as they become final. */
  boolean streams() {
    return streams;
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
