package dev.asgsim.simulator;

import dev.asgsim.core.policy.Decision;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.policy.ScalingEngine;
import java.util.List;

/**
 * Turns the engine's per-evaluation {@link Decision#hold()} into {@link NotScaled} records, one per run of consecutive
 * minutes with the same reason and policy (a day at MaxSize is one record, not 1 440). A minute's reason is that of its
 * last evaluation; a minute in which desired changed has none. A sink gets each record as the run closes; the kept
 * ones are columns ({@link NotScaledRuns}) whose records are made when read.
 */
final class NotScaledRecorder {
  private static final Hold[] HOLDS = Hold.values();
  private final ScalingEngine engine;
  private final RecordSink sink;
  /**
   * Something reads the reasons: records are kept or handed on, or the timeline's rows show each minute's. Else
   * nothing is tracked (a sweep's run): the reasons alternate with the datapoint around the target, and the branches
   * that follow them would mispredict every few minutes for nothing.
   */
  private final boolean read;
  /** The kept runs, or null when the result keeps none. */
  private final NotScaledRuns runs;
  private boolean changedThisMinute;
  private Hold minuteHold = Hold.NONE;
  private int minutePolicy = -1;
  private Hold open = Hold.NONE;
  private int openPolicy = -1;
  private long openStart;
  private int openDesired;

  /**
   * @param keep whether to keep the records (activities are recorded); else only the per-minute reason is given
   * @param sink where each record goes as it closes ({@link RecordSink#NONE}: nowhere)
   * @param rows whether the timeline's rows read each minute's reason ({@link #endOfMinute})
   */
  NotScaledRecorder(ScalingEngine engine, boolean keep, RecordSink sink, boolean rows) {
    this.engine = engine;
    this.runs = keep ? new NotScaledRuns() : null;
    this.sink = sink;
    this.read = keep || sink != RecordSink.NONE || rows;
  }

  /** Whether anything reads the reasons; when nothing does, {@link #evaluated} and {@link #endOfMinute} do nothing. */
  boolean reads() {
    return read;
  }

  /** After each {@link ScalingEngine#evaluate}. */
  void evaluated(Decision d) {
    if (!read) {
      return;
    }
    if (d.changed()) {
      changedThisMinute = true;
      minuteHold = Hold.NONE;
      minutePolicy = -1;
    } else if (!changedThisMinute) {
      minuteHold = d.hold();
      minutePolicy = d.holdPolicyIndex();
    }
  }

  /**
   * Minutes {@code from..to-1} of a chunk starting at {@code chunkStart} whose evaluations the engine answered
   * ({@link ScalingEngine#quietMinutes}): each one's {@link #evaluated} and {@link #endOfMinute}, with minute k's hold
   * ordinal {@code holds[k]} ({@link ScalingEngine#quietHolds}) naming policy {@code policy} unless it is NONE.
   * {@code changes} holds where {@code holds[from..to-1]} changes ({@link HoldChanges#find}): between those minutes
   * the reason and its policy stay, so no run starts there.
   */
  void answered(long chunkStart, HoldChanges changes, int[] holds, int policy, int desired) {
    int none = Hold.NONE.ordinal();
    int openOrdinal = open.ordinal();
    for (int i = 0; i < changes.count(); i++) {
      int k = changes.at(i);
      int h = holds[k];
      int p = h == none ? -1 : policy;
      if (h != openOrdinal || p != openPolicy) {
        startRun(chunkStart + 60L * k, HOLDS[h], p, desired); // endOfMinute's, the minute's reason the answer's
        openOrdinal = h;
      }
    }
    changedThisMinute = false;
    minuteHold = Hold.NONE;
    minutePolicy = -1;
  }

  /** Desired fell but every victim was protected from scale-in (aws-behaviour §7.4): the simulator's own hold. */
  void allProtected() {
    minuteHold = Hold.SCALE_IN_PROTECTED;
    minutePolicy = -1;
  }

  /** The reason minute {@code m} ends with (its code for the timeline's {@code why} column); NONE when unread. */
  Hold endOfMinute(long minuteStart, int desired) {
    if (!read) {
      return Hold.NONE;
    }
    Hold h = minuteHold;
    if (h != open || minutePolicy != openPolicy) {
      startRun(minuteStart, h, minutePolicy, desired);
    }
    changedThisMinute = false;
    minuteHold = Hold.NONE;
    minutePolicy = -1;
    return h;
  }

  /** The open run ends at {@code start} and one of reason {@code h} about {@code policy} (or -1) begins there. */
  private void startRun(long start, Hold h, int policy, int desired) {
    close(start);
    open = h;
    openPolicy = policy;
    openStart = start;
    openDesired = desired;
  }

  private void close(long end) {
    if (open == Hold.NONE) {
      return;
    }
    if (runs != null) {
      runs.add(openStart, end, open, openPolicy, openDesired);
    }
    if (sink != RecordSink.NONE) {
      sink.notScaled(new NotScaled(openStart, end, open, openPolicy < 0 ? null : engine.policy(openPolicy).name(),
          openDesired));
    }
  }

  /** The run ended at {@code end}: the last run closes; the kept records, or an empty list when none are kept. */
  List<NotScaled> finish(long end) {
    close(end);
    open = Hold.NONE;
    if (runs == null) {
      return List.of();
    }
    String[] names = new String[engine.policyCount()];
    for (int i = 0; i < names.length; i++) {
      names[i] = engine.policy(i).name();
    }
    return runs.named(names);
  }
}
