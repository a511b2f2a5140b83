package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmState;

/**
 * A simple scaling policy (aws-behaviour §3, §4.1): one {@code ScalingAdjustment} applied to desired when its alarm is in
 * ALARM, ignored while any simple-scaling activity or its cooldown runs ({@link ControlPlaneView#simpleScalingBlocked})
 * and while a health check replacement is in progress ({@link GroupView#replacingUnhealthy}).
 * The cooldown is the policy's {@code Cooldown}, else the group's {@code DefaultCooldown}.
 */
public final class SimpleEvaluator extends AwsEvaluator {
  private final Alarm alarm;
  private final AdjustmentType type;
  private final int adjustment;
  private final int minMagnitude;
  private final int cooldownSeconds;
  private final AlarmInvocation invocation;


  SimpleEvaluator(String name, Alarm alarm, AdjustmentType type, int adjustment, int minMagnitude,
      int cooldownSeconds, int warmupSeconds) {
    super(name, warmupSeconds);
    this.alarm = alarm;
    this.type = type;
    this.adjustment = adjustment;
    this.minMagnitude = minMagnitude;
    this.cooldownSeconds = cooldownSeconds;
    this.invocation = new AlarmInvocation(alarm.spec().periodSeconds());
  }

  @Override
  public int propose(long now, GroupView group, ControlPlaneView plane) {
    forget();
    if (!alarm.inAlarm()) {
      return alarm.state() == AlarmState.INSUFFICIENT_DATA ? held(Hold.INSUFFICIENT_DATA) : NO_PROPOSAL;
    }
    if (!invocation.tryInvoke(now)) {
      return NO_PROPOSAL;
    }
    if (plane.simpleScalingBlocked(now)) {
      return held(Hold.SIMPLE_COOLDOWN);
    }
    if (group.replacingUnhealthy()) {
      return held(Hold.HEALTH_REPLACEMENT);
    }
    drivenBy(alarm.name(), alarm.latest());
    if (adjustment < 0 && type != AdjustmentType.ExactCapacity) {
      return Adjustments.removal(type, plane.desired(), group.terminating() + group.overage(), adjustment,
          minMagnitude);
    }
    return Adjustments.apply(type, plane.desired(), adjustment, minMagnitude);
  }

  /** Seconds of cooldown after this policy's activity completes (aws-behaviour §3 [D]). */
  @Override
  public int cooldownSeconds() {
    return cooldownSeconds;
  }

  @Override
  public CombinationRule.Role role() {
    return CombinationRule.Role.INDEPENDENT;
  }

  @Override
  public DecisionSource source() {
    return DecisionSource.SIMPLE;
  }

  public Alarm alarm() {
    return alarm;
  }
}
