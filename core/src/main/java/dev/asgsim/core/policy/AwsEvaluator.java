package dev.asgsim.core.policy;

/**
 * What the three AWS policy types share: a name, the warm-up of the instances they launch (aws-behaviour §2.1 chain, resolved
 * by the engine), and the alarm and metric value behind the last proposal, for the decision record.
 */
abstract sealed class AwsEvaluator implements PolicyEvaluator
    permits TargetTrackingEvaluator, StepEvaluator, SimpleEvaluator, PredictiveEvaluator {
  private final String name;
  private final int warmupSeconds;
  private String lastAlarm;
  private double lastValue = Double.NaN;
  private Hold lastHold = Hold.NONE;

  AwsEvaluator(String name, int warmupSeconds) {
    this.name = name;
    this.warmupSeconds = warmupSeconds;
  }

  /** Called at the start of every proposal: nothing drove it yet. */
  final void forget() {
    lastAlarm = null;
    lastValue = Double.NaN;
    lastHold = Hold.NONE;
  }

  /** The reason the proposal being made is {@link #NO_PROPOSAL}; returns {@link #NO_PROPOSAL}. */
  final int held(Hold why) {
    lastHold = why;
    return NO_PROPOSAL;
  }

  @Override
  public final Hold lastHold() {
    return lastHold;
  }

  /** The alarm and metric value that drive the proposal being made. */
  final void drivenBy(String alarm, double value) {
    lastAlarm = alarm;
    lastValue = value;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String lastAlarmName() {
    return lastAlarm;
  }

  @Override
  public final double lastMetricValue() {
    return lastValue;
  }

  @Override
  public final int warmupSeconds() {
    return warmupSeconds;
  }
}
