package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;

/**
 * A simple scaling policy (spec §3, §4.1): one {@code ScalingAdjustment} applied to desired when its alarm is in
 * ALARM, ignored while any simple-scaling activity or its cooldown runs ({@link ControlPlaneView#simpleScalingBlocked}).
 * The cooldown is the policy's {@code Cooldown}, else the group's {@code DefaultCooldown}.
 */
public final class SimpleEvaluator implements PolicyEvaluator {
  private final String name;
  private final Alarm alarm;
  private final AdjustmentType type;
  private final int adjustment;
  private final int minMagnitude;
  private final int cooldownSeconds;
  private final int warmupSeconds;
  private final AlarmInvocation invocation;

  private double lastValue = Double.NaN;
  private String lastAlarm;

  SimpleEvaluator(String name, Alarm alarm, AdjustmentType type, int adjustment, int minMagnitude,
      int cooldownSeconds, int warmupSeconds) {
    this.name = name;
    this.alarm = alarm;
    this.type = type;
    this.adjustment = adjustment;
    this.minMagnitude = minMagnitude;
    this.cooldownSeconds = cooldownSeconds;
    this.warmupSeconds = warmupSeconds;
    this.invocation = new AlarmInvocation(alarm.spec().periodSeconds());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    lastAlarm = null;
    lastValue = Double.NaN;
    if (!alarm.inAlarm() || !invocation.tryInvoke(now) || plane.simpleScalingBlocked(now)) {
      return NO_PROPOSAL;
    }
    lastAlarm = alarm.name();
    lastValue = alarm.latest();
    return Adjustments.apply(type, plane.desired(), adjustment, minMagnitude);
  }

  /** Seconds of cooldown after this policy's activity completes (spec §3 [D]). */
  public int cooldownSeconds() {
    return cooldownSeconds;
  }

  public Alarm alarm() {
    return alarm;
  }

  @Override
  public String lastAlarmName() {
    return lastAlarm;
  }

  @Override
  public double lastMetricValue() {
    return lastValue;
  }

  @Override
  public int warmupSeconds() {
    return warmupSeconds;
  }
}
