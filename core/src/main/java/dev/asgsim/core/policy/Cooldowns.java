package dev.asgsim.core.policy;

/**
 * The cooldown clock of simple scaling (spec §3 [D]): while a simple policy's activity runs and for its cooldown
 * after the activity's last instance finished launching or terminating, further simple-policy alarms are ignored.
 * Target tracking and step policies are not subject to it.
 */
final class Cooldowns {
  private boolean simpleActivityRunning;
  private int pendingSeconds;
  private long simpleUntil = Long.MIN_VALUE;

  /**
   * A policy's change of desired started an activity; {@code cooldownSeconds} is that policy's
   * {@link PolicyEvaluator#cooldownSeconds()}.
   */
  void activityStarted(int cooldownSeconds) {
    if (cooldownSeconds != PolicyEvaluator.NO_COOLDOWN) {
      simpleActivityRunning = true;
      pendingSeconds = cooldownSeconds;
    }
  }

  /** The last instance of the latest activity finished: a simple policy's cooldown starts now. */
  void activityCompleted(long nowEpochSecond) {
    if (simpleActivityRunning) {
      simpleActivityRunning = false;
      simpleUntil = nowEpochSecond + pendingSeconds;
    }
  }

  /** True while a simple policy's activity or its cooldown runs. */
  boolean blocksSimpleScaling(long nowEpochSecond) {
    return simpleActivityRunning || nowEpochSecond < simpleUntil;
  }
}
