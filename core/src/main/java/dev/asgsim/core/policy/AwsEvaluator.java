package dev.asgsim.core.policy;

/**
 * What the three AWS policy types share: a name, the warm-up of the instances they launch (aws-behaviour §2.1 chain, resolved
 * by the engine), and the alarm and metric value behind the last proposal, for the decision record.
 */
abstract sealed class AwsEvaluator implements PolicyEvaluator
    permits TargetTrackingEvaluator, StepEvaluator, SimpleEvaluator, PredictiveEvaluator {
  private final String name;
  private final int warmupSeconds;
  /** Whether {@link #drivenBy} ran since the last {@link #forget}: else the alarm and value below are stale. */
  private boolean driven;
  private String lastAlarm;
  private double lastValue = Double.NaN;
  /** A {@link Hold} ordinal (see {@link Hold#ofOrdinal} for why not the enum). */
  private int lastHold = Hold.NONE_ORDINAL;

  AwsEvaluator(String name, int warmupSeconds) {
    this.name = name;
    this.warmupSeconds = warmupSeconds;
  }

  /** Called at the start of every proposal: nothing drove it yet. */
  final void forget() {
    driven = false;
    lastHold = Hold.NONE_ORDINAL;
  }

  /** The reason the proposal being made is {@link #NO_PROPOSAL}; returns {@link #NO_PROPOSAL}. */
  final int held(Hold why) {
    lastHold = why.ordinal();
    return NO_PROPOSAL;
  }

  /** {@link #lastHold()} as its ordinal, for the engine's per-minute path. */
  final int lastHoldOrdinal() {
    return lastHold;
  }

  @Override
  public final Hold lastHold() {
    return Hold.ofOrdinal(lastHold);
  }

  /** The alarm and metric value that drive the proposal being made. */
  final void drivenBy(String alarm, double value) {
    driven = true;
    if (lastAlarm != alarm) { // the same alarm drives minute after minute: a reference store costs a GC barrier
      lastAlarm = alarm;
    }
    lastValue = value;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String lastAlarmName() {
    return driven ? lastAlarm : null;
  }

  @Override
  public final double lastMetricValue() {
    return driven ? lastValue : Double.NaN;
  }

  @Override
  public final int warmupSeconds() {
    return warmupSeconds;
  }
}
