package dev.asgsim.core.policy;

/**
 * An alarm in ALARM invokes its Auto Scaling action once per minute (aws-behaviour §1.6 [D]); high-resolution alarms at every
 * evaluation of their period. Remembers the last invocation slot so that extra engine calls within the same minute
 * do not re-run step or simple policies.
 */
final class AlarmInvocation {
  private final int slotSeconds;
  private long lastSlot = Long.MIN_VALUE;

  AlarmInvocation(int alarmPeriodSeconds) {
    this.slotSeconds = Math.min(60, alarmPeriodSeconds);
  }

  /** True (and consumes the slot) if the alarm may invoke its policy at {@code now}. */
  boolean tryInvoke(long now) {
    long slot = Math.floorDiv(now, slotSeconds);
    if (slot == lastSlot) {
      return false;
    }
    lastSlot = slot;
    return true;
  }
}
