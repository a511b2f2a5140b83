package dev.asgsim.core.policy;

// Over 400 lines because its answers (a minute, a kernel's chunk, a run with an alarm in ALARM, the minute the alarms
// go back to OK) share one set of breach-bit windows and deferred datapoints, whose flush must leave the series as
// putting each would have; QuietMinutePropertyTest and QuietMinutesBatchPropertyTest hold them all to evaluate.

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.alarm.MetricSeries;
import java.util.Arrays;

/**
 * {@link ScalingEngine#quietMinute}: a datapoint published and the evaluation that follows answered together, for the
 * usual group (one target tracking policy on one metric, no scheduled action or suspended AlarmNotification; predictive
 * policies only while their floors are current and at or below desired, checked by the engine) while the engine can
 * prove the evaluation is a quiet hold. It is one when every alarm keeps its state, OK or ALARM: the datapoint and its
 * N − 1 predecessors are all present, so each alarm's state is whether M of those N breach (aws-behaviour §8.4: "with
 * ≥ N real points the newest N decide"; "M out of N"). With neither alarm in ALARM target tracking proposes nothing and
 * names its reason from the newest datapoint ({@link TargetTrackingEvaluator#quietHold}, aws-behaviour §1.4). With one
 * in ALARM ({@link #alarmMinutes}) the policy must propose what it proposed at the last evaluation — from the newest
 * datapoint M and its count N ({@link TargetTrackingEvaluator#alarmProposal}, §1.5) — and the engine must hold that
 * proposal without a change (equal to desired, or clamped back by MaxSize; none with DisableScaleIn): the alarm
 * states and proposals a timeline shows then stay as the last evaluation left them. When the engine's caller reads
 * no alarm state minute by minute ({@link ScalingEngine#answerAlarmEnds}), the evaluation where the alarms in ALARM
 * go back to OK is a quiet hold too ({@link #endAlarm}): it changes their state, and the policy's proposal to none.
 * The alarms' windows are kept here as breach bits, one shift and one bit count per alarm and minute.
 *
 * <p>The datapoints are deferred, not put: the series is brought up to date ({@link #flush}) before anything reads
 * it, with the newest {@link #kept} of them in order, the longest evaluation range (N + the extra range) of its
 * alarms: every period an alarm reads, its presence and breach bits and its steady window then hold what putting every
 * one would have left. Older periods are never read (an alarm looks back over its range from the series' newest
 * period or a later one; the ring and the bits beyond it differ, unread), and the series' version, which readers
 * compare for equality, counts fewer puts. The alarms keep their state (it did not change, or {@link #endAlarm} set
 * it) and their caches (keyed by that version); the next {@link ScalingEngine#evaluate} recomputes what it reads.
 * Not thread-safe, as the engine.
 */
final class QuietMinutes {
  private final MetricSeries series;
  private final Alarm[] alarms;
  private final TargetTrackingEvaluator policy;
  private final int extraRange;
  private final int[] need;
  private final long[] lowN;
  /** Per alarm, bit k: whether the period k before the newest (deferred or put) breaches. */
  private final long[] window;
  private final long[] next;
  /**
   * Deferred since {@link #arm}: how many (one datapoint a period, in order, the newest's period ending at
   * {@link #nextStart}), and the newest {@code mask + 1} (at least {@link #kept}) in a ring.
   */
  private int deferred;
  private final int mask;
  private final double[] value;
  private final double[] contributors;
  private boolean armed;
  /** How many of the newest deferred datapoints {@link #flush} puts: the alarms' longest evaluation range. */
  private final int kept;
  /** The instant and period start the next call must bring: one evaluation a minute, one datapoint each. */
  private long nextNow;
  private long nextStart;
  /** The hold ordinal of the last evaluation {@link #minutes} or {@link #alarmMinutes} answered (read by the engine). */
  int lastHold;
  /**
   * Which alarm invokes the policy while deferring ({@link #NO_DRIVER} when every alarm is OK): the states are those at
   * {@link #arm}, and an answered minute leaves every state where it was.
   */
  private int driver;
  static final int NO_DRIVER = 0;
  static final int HIGH = 1;
  static final int LOW = 2;
  /** AlarmLow in ALARM with DisableScaleIn: no proposal (aws-behaviour §1.7). */
  static final int LOW_DISABLED = 3;
  /** How many evaluations {@link #alarmMinutes} answered, by hold ordinal (for the tests that check they ran). */
  final long[] answeredInAlarm = new long[Hold.values().length];
  /** {@link #endAlarm} answers: set once by {@link ScalingEngine#answerAlarmEnds}. */
  boolean endsAlarms;
  /** How many evaluations {@link #endAlarm} answered (for the tests that check they ran). */
  long alarmsEnded;
  /**
   * Of the datapoints deferred since {@link #arm}, how many were answered in ALARM before {@link #endAlarm} (0 when
   * none ended), and the reason they were answered with ({@link #holds} reads both).
   */
  private int alarmLead;
  private int alarmHold;
  /** Of the datapoints deferred since {@link #arm}, the index of the one {@link #endAlarm} answered, or -1. */
  private int endedAt = -1;
  /** Per alarm, whether it was in ALARM at {@link #arm}. */
  private final boolean[] inAlarm;

  private QuietMinutes(MetricSeries series, Alarm[] alarms, TargetTrackingEvaluator policy, int extraRange) {
    this.series = series;
    this.alarms = alarms;
    this.policy = policy;
    this.extraRange = extraRange;
    int k = alarms.length;
    this.need = new int[k];
    this.lowN = new long[k];
    this.window = new long[k];
    this.next = new long[k];
    this.inAlarm = new boolean[k];
    for (int i = 0; i < k; i++) {
      need[i] = alarms[i].spec().datapointsToAlarm();
      lowN[i] = (1L << alarms[i].spec().evaluationPeriods()) - 1;
    }
    int range = 0;
    for (Alarm a : alarms) {
      range = Math.max(range, a.spec().evaluationPeriods() + extraRange);
    }
    this.kept = range;
    int capacity = Integer.highestOneBit(Math.max(2, range) - 1) << 1; // a power of two, at least the range
    this.mask = capacity - 1;
    this.value = new double[capacity];
    this.contributors = new double[capacity];
  }

  /**
   * The quiet minutes of an engine whose only policy is {@code sole} on one metric's {@code series} with
   * {@code alarms}, or null when the engine's shape is another (then every minute takes evaluate).
   */
  static QuietMinutes of(PolicyEvaluator sole, boolean plain, MetricSeries[] series, Alarm[] alarms, int extraRange) {
    if (!plain || !(sole instanceof TargetTrackingEvaluator tt) || series.length != 1 || alarms.length == 0
        || series[0].periodSeconds() != 60) {
      return null;
    }
    for (Alarm a : alarms) {
      if ((a != tt.highAlarm() && a != tt.lowAlarm()) || a.series() != series[0]
          || a.spec().evaluationPeriods() >= 64) {
        return null;
      }
    }
    return new QuietMinutes(series[0], alarms, tt, extraRange);
  }

  /**
   * Whether the evaluation at {@code now} that sees the period starting at {@code start} as its newest may be answered
   * at all: the one after the last answered, or the first of a new deferral ({@link #arm}). Then {@link #driver} says
   * which of {@link #minute}, {@link #minutes} (every alarm OK) or {@link #alarmMinutes} (one in ALARM) asks.
   */
  boolean ready(long now, long start) {
    return armed ? now == nextNow && start == nextStart : arm(now, start);
  }

  /** Which alarm invokes the policy in the minutes deferred now: {@link #NO_DRIVER}, {@link #HIGH}, {@link #LOW}... */
  int driver() {
    return driver;
  }

  /**
   * The hold ordinal of the evaluation at {@code now} right after the datapoint ({@code v}, {@code n}) of the period
   * starting at {@code start} is published, when it is a quiet hold (the datapoint is then deferred); else -1, and
   * nothing changed.
   */
  int minute(long now, long start, double v, double n) {
    if (v != v) {
      return -1; // a gap: the missing-data rules decide
    }
    if (!okAfter(v)) {
      return -1; // an alarm goes to ALARM
    }
    for (int i = 0; i < window.length; i++) {
      window[i] = next[i]; // not System.arraycopy: a stub call for two longs
    }
    defer(v, n);
    nextNow = now + 60;
    nextStart = start + 60;
    return policy.quietHold(v);
  }

  /**
   * {@link #minute} for {@code count} evaluations a minute apart from {@code now}, the first seeing the period starting
   * at {@code start} with datapoint ({@code v[from]}, {@code n[from]}), each next one the next period's: the same
   * checks and window shifts minute by minute, stopping at the first evaluation that is not a quiet hold (nothing of it
   * changed). Returns how many were answered; only the last one's hold is given to the policy (its reason is all the
   * policy keeps: {@link TargetTrackingEvaluator#quietHold}), in {@link #lastHold}. No datapoint may be NaN (the
   * caller holds none then and asks nothing).
   */
  int minutes(long now, long start, double[] v, double[] n, int from, int count) {
    // Target tracking's alarms, one or two (of): the windows in locals; a missing second alarm's window stays 0, below
    // any need.
    boolean two = alarms.length == 2;
    Alarm high = alarms[0];
    Alarm low = two ? alarms[1] : high;
    long mask0 = lowN[0];
    long mask1 = two ? lowN[1] : 0;
    int need0 = need[0];
    int need1 = two ? need[1] : 65;
    long w0 = window[0];
    long w1 = two ? window[1] : 0;
    int k = 0;
    for (; k < count; k++) {
      double x = v[from + k];
      long n0 = (w0 << 1 | high.breachBit(x)) & mask0;
      long n1 = (w1 << 1 | low.breachBit(x)) & mask1;
      if (Long.bitCount(n0) >= need0 || Long.bitCount(n1) >= need1) {
        break; // an alarm goes to ALARM: the evaluation is evaluate's
      }
      w0 = n0;
      w1 = n1;
      defer(x, n[from + k]);
    }
    keep(w0, w1);
    if (k > 0) {
      nextNow = now + 60L * k;
      nextStart = start + 60L * k;
      lastHold = policy.quietHold(v[from + k - 1]);
    }
    return k;
  }

  /**
   * {@link #minutes} while an alarm is in ALARM ({@link #driver} not {@link #NO_DRIVER}), each evaluation answered with
   * {@code hold} (the engine's reason for the policy's proposal {@code proposal} at desired {@code desired}, which
   * changes nothing): every alarm's state stays what it was — M of the newest N breach exactly for those in ALARM, the
   * newest N all present (aws-behaviour §8.4 [D]: "the most recent N real points decide") — and the policy proposes
   * {@code proposal} again, computed from the minute's datapoint M and its count N as {@link TargetTrackingEvaluator
   * #propose} computes it (§1.5 "Which N", §2.2; none with DisableScaleIn, §1.7); the timeline's proposal column and
   * the alarm columns then hold. Stops at the first evaluation where either moves, or whose datapoint is NaN (nothing
   * of it changed). The policy then keeps what its last answered proposal recorded.
   */
  int alarmMinutes(long now, long start, double[] v, double[] n, int from, int count, int desired, int proposal,
      int hold) {
    // minutes' locals set up again: one walk for both loops (minutes as this with no alarm in ALARM) measured slower
    // on both benchmark years (benchmarks/HISTORY.md, thirteenth session's clamp)
    boolean two = alarms.length == 2;
    Alarm a0 = alarms[0];
    Alarm a1 = two ? alarms[1] : a0;
    long mask0 = lowN[0];
    long mask1 = two ? lowN[1] : 0;
    int need0 = need[0];
    int need1 = two ? need[1] : 65;
    boolean s0 = inAlarm[0];
    boolean s1 = two && inAlarm[1];
    long w0 = window[0];
    long w1 = two ? window[1] : 0;
    boolean high = driver == HIGH;
    boolean proposes = driver != LOW_DISABLED;
    int k = 0;
    for (; k < count; k++) {
      double x = v[from + k];
      if (x != x) {
        break; // a gap: the missing-data rules decide
      }
      long n0 = (w0 << 1 | a0.breachBit(x)) & mask0;
      long n1 = (w1 << 1 | a1.breachBit(x)) & mask1;
      if ((Long.bitCount(n0) >= need0) != s0 || (Long.bitCount(n1) >= need1) != s1) {
        break; // a state changes: evaluate's
      }
      if (proposes) {
        double load = x * n[from + k];
        if (load != load || policy.alarmProposal(high, load, desired) != proposal) {
          break; // the decision-time count would be read, or another proposal: evaluate's
        }
      }
      w0 = n0;
      w1 = n1;
      defer(x, n[from + k]);
    }
    keep(w0, w1);
    if (k > 0) {
      nextNow = now + 60L * k;
      nextStart = start + 60L * k;
      policy.quietAlarmed(high, proposes, v[from + k - 1]);
      lastHold = hold;
      answeredInAlarm[hold] += k;
    }
    return k;
  }

  /**
   * The next evaluation ({@link #ready}'s) answered when it is the one where the alarms in ALARM go back to OK
   * ({@link #driver} not {@link #NO_DRIVER}, only when {@link #endsAlarms}): the datapoint ({@code v}, {@code n}) is
   * not NaN and, with its N − 1 predecessors present, fewer than M of each alarm's newest N breach (aws-behaviour §8.4
   * [D]: "the most recent N real points decide"), so every alarm is OK after it. Target tracking then proposes nothing,
   * whatever it proposed before, and names its reason from the newest datapoint ({@link TargetTrackingEvaluator
   * #quietHold}, §1.4): a quiet hold. The alarms that were in ALARM go to OK at the evaluation's instant, as
   * {@link Alarm#advance} would leave them ({@link Alarm#settleOk}), and the minutes that follow are {@link #minutes}'.
   * Returns false with nothing changed otherwise (an alarm stays in, or goes to, ALARM: evaluate's). The caller clears
   * the policy's proposal.
   */
  boolean endAlarm(double v, double n) {
    if (driver == NO_DRIVER || !endsAlarms || v != v || !okAfter(v)) {
      return false;
    }
    for (int i = 0; i < window.length; i++) {
      window[i] = next[i];
      if (inAlarm[i]) {
        alarms[i].settleOk(nextNow);
        inAlarm[i] = false;
      }
    }
    alarmLead = deferred;
    endedAt = deferred;
    alarmHold = lastHold; // the reason of the minutes answered in ALARM before this one, if any
    driver = NO_DRIVER;
    defer(v, n);
    nextNow += 60;
    nextStart += 60;
    lastHold = policy.quietHold(v);
    alarmsEnded++;
    return true;
  }

  /**
   * Whether every alarm is OK with {@code v} (not NaN) as the newest of its N datapoints, the N − 1 before it those of
   * its window: fewer than M breach (aws-behaviour §8.4). The windows shifted by it go into {@link #next}.
   */
  private boolean okAfter(double v) {
    for (int i = 0; i < window.length; i++) {
      // Alarm.breachBit: no branch on the value, which straddles the high alarm's threshold (the target) every few
      // minutes of a group that tracks it; exact for a value that is not NaN.
      long w = (window[i] << 1 | alarms[i].breachBit(v)) & lowN[i];
      if (Long.bitCount(w) >= need[i]) {
        return false; // this alarm goes to, or stays in, ALARM
      }
      next[i] = w;
    }
    return true;
  }

  /** The datapoint ({@code v}, {@code n}) of the next period, deferred: into the ring. */
  private void defer(double v, double n) {
    int slot = deferred++ & mask;
    value[slot] = v;
    contributors[slot] = n;
  }

  /** The windows of target tracking's alarms, one or two, after the minutes answered (a missing second's is 0). */
  private void keep(long w0, long w1) {
    window[0] = w0;
    if (window.length == 2) {
      window[1] = w1;
    }
  }

  /**
   * The hold ordinals of the last {@code count} evaluations answered since {@link #arm}, over
   * {@code v[from..from+count)}, into {@code holds[0..count)}: those {@link #alarmMinutes} answered, its one reason;
   * the others ({@link #minutes}', and {@link #endAlarm}'s, whose alarms are all OK) each its newest datapoint's quiet
   * reason ({@link TargetTrackingEvaluator#quietReasons}), recording nothing.
   */
  void holds(double[] v, int from, int count, int[] holds) {
    if (driver != NO_DRIVER) {
      Arrays.fill(holds, 0, count, lastHold); // alarmMinutes: one proposal, one reason
      return;
    }
    // the last count deferred; those answered in ALARM before endAlarm come first, with one reason
    int lead = Math.min(count, Math.max(0, alarmLead - (deferred - count)));
    Arrays.fill(holds, 0, lead, alarmHold);
    policy.quietReasons(v, from + lead, count - lead, holds, lead);
  }

  /**
   * Of the last {@code count} evaluations answered since {@link #arm}, the index of the one {@link #endAlarm} answered
   * (where the alarms in ALARM went back to OK), or -1 when none of them was.
   */
  int endIn(int count) {
    int k = endedAt - (deferred - count);
    return endedAt < 0 || k < 0 ? -1 : k;
  }

  /**
   * Starts deferring at the evaluation {@code now} that would see the period starting at {@code start} as its
   * newest: every alarm is OK or in ALARM (with one in ALARM, the policy proposes from the newest datapoint alone), that
   * period is the one after the series' newest, the N − 1 before it are present, and the evaluation's range reaches it
   * the way {@link Alarm#evaluate} selects it (its newest period at most the extra range after it).
   */
  private boolean arm(long now, long start) {
    long p = series.periodOf(start);
    long lag = Math.floorDiv(now - 1, 60) - p;
    if (p != series.newestPeriod() + 1 || lag < 0 || lag > extraRange) {
      return false;
    }
    int drives = NO_DRIVER;
    for (int i = 0; i < alarms.length; i++) {
      AlarmState s = alarms[i].state();
      if (s == AlarmState.INSUFFICIENT_DATA) {
        return false;
      }
      inAlarm[i] = s == AlarmState.ALARM;
      if (inAlarm[i] && (drives == NO_DRIVER || alarms[i] == policy.highAlarm())) { // AlarmHigh first, as propose
        drives = alarms[i] == policy.highAlarm() ? HIGH : policy.scaleInEnabled() ? LOW : LOW_DISABLED;
      }
      // the N − 1 before it from the breach bits the alarm kept at their puts, not the ring's values again
      long w = alarms[i].breachesBefore(p, Long.bitCount(lowN[i]) - 1);
      if (w < 0) {
        return false; // one of them is missing
      }
      window[i] = w;
    }
    if (drives != NO_DRIVER && !policy.proposesFromNewestDatapoint()) {
      return false;
    }
    driver = drives;
    armed = true;
    deferred = 0;
    alarmLead = 0;
    endedAt = -1;
    nextNow = now;
    nextStart = start;
    return true;
  }

  /**
   * Puts the deferred datapoints (the newest {@link #kept}, in order) and stops deferring: at once
   * ({@link MetricSeries#putRun}), each alarm taking their breach bits in one call.
   */
  void flush() {
    if (!armed) {
      return;
    }
    armed = false;
    int count = Math.min(deferred, kept);
    series.putRun(nextStart - 60L * count, value, contributors, deferred - count, count);
    deferred = 0;
  }
}
