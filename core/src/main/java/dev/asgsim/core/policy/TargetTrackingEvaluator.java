package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;

/**
 * A target tracking policy (spec §1): the managed alarm pair and the capacity formula
 * {@code ceil(N_eff × M / T)} (§1.5 [I]) with AWS's rounding (adding rounds up, removing removes fewer [D]).
 *
 * <ul>
 *   <li>AlarmHigh in ALARM ⇒ propose {@code max(desired, ceil(N_eff × M / T))}: warming instances already count in
 *       desired (§2.2 item 3 [D]); the metric only covers warm instances (N_eff, item 2).</li>
 *   <li>AlarmLow in ALARM and scale-in enabled ⇒ propose {@code min(desired, max(ceil(N_eff × M / T),
 *       desired − maxScaleInStep))} (§13 Q5).</li>
 *   <li>Missing data (no datapoint, N_eff = 0) ⇒ no proposal (§1.8 [D]).</li>
 * </ul>
 * M is the alarm's newest datapoint by default (§13 Q1, {@link MetricValueSource}).
 */
public final class TargetTrackingEvaluator extends AwsEvaluator {
  private final double target;
  private final boolean scaleInEnabled;
  private final Alarm high;
  private final Alarm low;
  private final double epsilon;
  private final int maxScaleInStep;
  private final boolean windowMean;
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
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    forget();
    int desired = plane.desired();
    int nEff = group.warm();
    if (high.inAlarm()) {
      double m = windowMean ? high.windowMean() : high.latest();
      if (m != m || nEff <= 0) {
        return NO_PROPOSAL;
      }
      drivenBy(high.name(), m);
      return Math.max(desired, Adjustments.ceil(nEff * m / target, epsilon));
    }
    if (scaleInEnabled && low != null && low.inAlarm()) {
      double m = windowMean ? low.windowMean() : low.latest();
      if (m != m || nEff <= 0) {
        return NO_PROPOSAL;
      }
      drivenBy(low.name(), m);
      int proposed = Adjustments.ceil(nEff * m / target, epsilon);
      long floor = (long) desired - maxScaleInStep;
      if (proposed < floor) {
        proposed = (int) floor;
      }
      return Math.min(desired, proposed);
    }
    return NO_PROPOSAL;
  }

  /**
   * A scale-in vote is a proposal below desired, which only AlarmLow makes (AlarmHigh proposes at least desired);
   * with DisableScaleIn the policy has no vote (spec §1.7 [D]).
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
