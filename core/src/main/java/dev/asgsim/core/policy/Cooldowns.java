package dev.asgsim.core.policy;

/**
 * The cooldown clocks of the group (spec §3 [D]); each starts when the last instance of an activity finished
 * launching or terminating.
 *
 * <ul>
 *   <li>Simple scaling: while a simple policy's activity runs and for its cooldown after it, further simple-policy
 *       alarms are ignored. Target tracking and step policies are not subject to it.</li>
 *   <li>Launches without DefaultInstanceWarmup (spec §2.2 item 5 [D]: "the default cooldown may be applied on
 *       launches and block dynamic scale-in until it ends"): after a launch activity the group's DefaultCooldown
 *       blocks every policy's scale-in ({@link EngineSettings#launchCooldownBlocksScaleIn()}).</li>
 * </ul>
 */
final class Cooldowns {
  /** DefaultCooldown when launches start a scale-in cooldown, else {@link PolicyEvaluator#NO_COOLDOWN}. */
  private final int launchCooldownSeconds;
  private boolean simpleActivityRunning;
  private int pendingSeconds;
  private long simpleUntil = Long.MIN_VALUE;
  private boolean launchActivityRunning;
  private long scaleInBlockedUntil = Long.MIN_VALUE;

  Cooldowns(int launchCooldownSeconds) {
    this.launchCooldownSeconds = launchCooldownSeconds;
  }

  /**
   * A change of desired started an activity.
   *
   * @param cooldownSeconds the deciding policy's {@link PolicyEvaluator#cooldownSeconds()}
   * @param launches whether the activity launches instances (desired grew)
   */
  void activityStarted(int cooldownSeconds, boolean launches) {
    if (cooldownSeconds != PolicyEvaluator.NO_COOLDOWN) {
      simpleActivityRunning = true;
      pendingSeconds = cooldownSeconds;
    }
    launchActivityRunning = launches && launchCooldownSeconds != PolicyEvaluator.NO_COOLDOWN;
  }

  /** The last instance of the latest activity finished: the cooldowns it owes start now. */
  void activityCompleted(long nowEpochSecond) {
    if (simpleActivityRunning) {
      simpleActivityRunning = false;
      simpleUntil = nowEpochSecond + pendingSeconds;
    }
    if (launchActivityRunning) {
      launchActivityRunning = false;
      scaleInBlockedUntil = nowEpochSecond + launchCooldownSeconds;
    }
  }

  /** True while a simple policy's activity or its cooldown runs. */
  boolean blocksSimpleScaling(long nowEpochSecond) {
    return simpleActivityRunning || nowEpochSecond < simpleUntil;
  }

  /** True while a launch's default cooldown blocks dynamic scale-in. */
  boolean blocksScaleIn(long nowEpochSecond) {
    return nowEpochSecond < scaleInBlockedUntil;
  }
}
