package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;

/**
 * A target tracking policy (aws-behaviour §1): the managed alarm pair and the capacity formula {@code ceil(L / T)} with
 * {@code L = M × N}, the load behind the metric (§1.5 [I]), and AWS's rounding (adding rounds up, removing removes
 * fewer [D]).
 *
 * <ul>
 *   <li>AlarmHigh in ALARM ⇒ propose {@code max(desired, ceil(L / T))}: warming instances already count in desired
 *       (§2.2 item 3 [D]).</li>
 *   <li>AlarmLow in ALARM and scale-in enabled ⇒ propose {@code min(desired, max(ceil(L / T), desired −
 *       maxScaleInStep))} (§13 Q5).</li>
 *   <li>Missing data ⇒ no proposal (§1.8 [D]).</li>
 * </ul>
 * Without a proposal it says why ({@link #lastHold()}): missing data, DisableScaleIn, or which alarm has not fired
 * yet — AlarmHigh still counting, the dead band between AlarmLow's threshold and the target, AlarmLow still counting.
 * M is the alarm's newest datapoint by default ({@link MetricValueSource}, §13 Q1). N is the count behind that
 * datapoint by default ({@link InstanceCountSource}, §1.5 "Which N"): the formula then sizes the group for the load
 * the datapoint measured, however many instances have launched, warmed or started terminating since. With the
 * decision-time reading, N is the warm instances (N_eff, §2.2 item 2) and, for scale-in, the terminating ones too
 * (§2.2-6a [D]: "we consider instances that are terminating as part of the current capacity of the group").
 */
public final class TargetTrackingEvaluator extends AwsEvaluator {
  private final double target;
  private final boolean scaleInEnabled;
  private final Alarm high;
  private final Alarm low;
  /** {@link #quietReasons}' table, by the value's three comparisons. */
  private final int[] reasons = new int[8];
  private final double epsilon;
  private final int maxScaleInStep;
  private final boolean windowMean;
  private final boolean datapointCount;
  private final int metricIndex;

  TargetTrackingEvaluator(String name, double target, boolean scaleInEnabled, Alarm high, Alarm low,
      int warmupSeconds, int metricIndex, EngineSettings settings) {
    super(name, warmupSeconds);
    this.target = target;
    this.scaleInEnabled = scaleInEnabled;
    this.high = high;
    this.low = low;
    this.metricIndex = metricIndex;
    this.epsilon = settings.capacityEpsilon();
    this.maxScaleInStep = settings.maxScaleInStep();
    this.windowMean = settings.metricValueSource() == MetricValueSource.WINDOW_MEAN;
    this.datapointCount = settings.instanceCountSource() == InstanceCountSource.DATAPOINT;
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    forget();
    int desired = plane.desired();
    if (high.inAlarm()) {
      double load = load(high, group.warm());
      if (load != load) {
        return held(Hold.MISSING_DATA);
      }
      return scaleOut(load, desired);
    }
    if (low != null && low.inAlarm()) {
      if (!scaleInEnabled) {
        return held(Hold.SCALE_IN_DISABLED);
      }
      double load = load(low, group.warm() + group.terminating());
      if (load != load) {
        return held(Hold.MISSING_DATA);
      }
      return scaleIn(load, desired);
    }
    return held(quiet(high.latest()));
  }

  /** AlarmHigh's proposal for load {@code load} (not NaN): ceil(L / T), at least desired (§2.2 item 3 [D]). */
  private int scaleOut(double load, int desired) {
    return Math.max(desired, Adjustments.ceil(load / target, epsilon));
  }

  /** AlarmLow's proposal for load {@code load} (not NaN): ceil(L / T), at most desired, at most maxScaleInStep fewer. */
  private int scaleIn(double load, int desired) {
    int proposed = Adjustments.ceil(load / target, epsilon);
    long floor = (long) desired - maxScaleInStep;
    if (proposed < floor) {
      proposed = (int) floor;
    }
    return Math.min(desired, proposed);
  }

  /**
   * Whether the proposal made while an alarm is in ALARM reads nothing but the alarm's newest datapoint and the count
   * behind it ({@link MetricValueSource#LATEST}, {@link InstanceCountSource#DATAPOINT}, the defaults, §13 Q1, §1.5
   * "Which N"): then {@link #alarmProposal} gives it from that datapoint alone.
   */
  boolean proposesFromNewestDatapoint() {
    return !windowMean && datapointCount;
  }

  /**
   * {@link #propose}'s proposal while AlarmHigh ({@code highInAlarm}) or else AlarmLow with scale-in enabled is in
   * ALARM, the alarm's newest datapoint being M with count N behind it, {@code load} = M × N not NaN (§1.5 [I]: so
   * the decision-time count is not read), when {@link #proposesFromNewestDatapoint}.
   */
  int alarmProposal(boolean highInAlarm, double load, int desired) {
    return highInAlarm ? scaleOut(load, desired) : scaleIn(load, desired);
  }

  /**
   * What {@link #propose} records while an alarm is in ALARM and its newest datapoint is {@code newest}
   * ({@link ScalingEngine#quietMinute} answered it): AlarmHigh's or AlarmLow's proposal driven by that value, or,
   * AlarmLow with DisableScaleIn ({@code proposes} false), the reason for none.
   */
  void quietAlarmed(boolean highInAlarm, boolean proposes, double newest) {
    forget();
    if (proposes) {
      drivenBy((highInAlarm ? high : low).name(), newest);
    } else {
      held(Hold.SCALE_IN_DISABLED);
    }
  }

  /**
   * {@link #propose} when neither alarm is in ALARM and AlarmHigh's newest datapoint is {@code newest} (what
   * {@link ScalingEngine#quietMinute} has shown): the same reason, recorded the same way; returns its ordinal.
   */
  int quietHold(double newest) {
    forget();
    held(quiet(newest));
    return lastHoldOrdinal();
  }

  /**
   * {@link #quietHold}'s ordinals for the newest datapoints {@code v[from..from+count)} into
   * {@code out[at..at+count)},
   * recording nothing (a reader of every answered minute's reason): {@link #quiet}'s rule from an eight-entry table by
   * the value's three comparisons, so that a value straddling the target costs no mispredicted branch.
   */
  void quietReasons(double[] v, int from, int count, int[] out, int at) {
    if (high.insufficientData()) {
      for (int k = 0; k < count; k++) {
        out[at + k] = quiet(v[from + k]).ordinal();
      }
      return;
    }
    for (int i = 0; i < reasons.length; i++) {
      reasons[i] = quiet((i & 1) != 0, (i & 2) != 0, (i & 4) != 0 && low != null).ordinal();
    }
    double hi = high.threshold();
    double lo = low == null ? Double.NEGATIVE_INFINITY : low.threshold();
    int missing = Hold.INSUFFICIENT_DATA.ordinal();
    for (int k = 0; k < count; k++) {
      double m = v[from + k];
      out[at + k] = m != m ? missing : reasons[(m > hi ? 1 : 0) | (m < target ? 2 : 0) | (m < lo ? 4 : 0)];
    }
  }

  /**
   * Why neither alarm invokes the policy, read from the newest datapoint AlarmHigh saw (aws-behaviour §1.4: AlarmHigh
   * {@code > target} 3 of 3, AlarmLow {@code < ≈ 0.7 × target} 15 of 15; between them is the dead band).
   */
  private Hold quiet(double m) {
    if (m != m || high.insufficientData()) {
      return Hold.INSUFFICIENT_DATA;
    }
    return quiet(m > high.threshold(), m < target, low != null && m < low.threshold());
  }

  /**
   * {@link #quiet(double)} for a datapoint that is not NaN while AlarmHigh has data, by where it lies: above AlarmHigh's
   * threshold, below the target, below AlarmLow's threshold.
   */
  private Hold quiet(boolean above, boolean belowTarget, boolean belowLow) {
    if (above) {
      return Hold.SCALE_OUT_PENDING;
    }
    if (!scaleInEnabled) {
      return belowTarget ? Hold.SCALE_IN_DISABLED : Hold.NONE;
    }
    if (!belowLow) {
      return belowTarget ? Hold.DEAD_BAND : Hold.NONE;
    }
    return low.insufficientData() ? Hold.INSUFFICIENT_DATA : Hold.SCALE_IN_PENDING;
  }

  /**
   * L = M × N for the alarm that drives the proposal (and records it as the driver), NaN when there is no datapoint
   * or no instance to multiply it by. {@code decisionTimeCount} is N when the datapoint's own count is not used.
   */
  private double load(Alarm alarm, int decisionTimeCount) {
    double m = windowMean ? alarm.windowMean() : alarm.latest();
    double load = Double.NaN;
    if (datapointCount) {
      load = windowMean ? alarm.windowLoadMean() : m * alarm.latestContributors();
    }
    if (load != load && decisionTimeCount > 0) {
      load = m * decisionTimeCount;
    }
    if (load == load) {
      drivenBy(alarm.name(), m);
    }
    return load;
  }

  /**
   * A scale-in vote is a proposal below desired, which only AlarmLow makes (AlarmHigh proposes at least desired);
   * with DisableScaleIn the policy has no vote (aws-behaviour §1.7 [D]).
   */
  @Override
  public CombinationRule.Role role() {
    return scaleInEnabled ? CombinationRule.Role.SCALE_IN_BY_CONSENSUS : CombinationRule.Role.SCALE_OUT_ONLY;
  }

  @Override
  public DecisionSource source() {
    return DecisionSource.TARGET_TRACKING;
  }

  public boolean scaleInEnabled() {
    return scaleInEnabled;
  }

  public double targetValue() {
    return target;
  }

  public Alarm highAlarm() {
    return high;
  }

  /** AlarmLow, or null when DisableScaleIn and the engine was told not to create it (§13 Q4). */
  public Alarm lowAlarm() {
    return low;
  }

  public int metricIndex() {
    return metricIndex;
  }
}
