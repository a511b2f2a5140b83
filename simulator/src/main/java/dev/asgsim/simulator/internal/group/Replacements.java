package dev.asgsim.simulator.internal.group;

/**
 * Replacements the group owes: instances taken out for failing health checks (aws-behaviour §6.3 [D]: "terminated while a
 * replacement is launched", at most 10 % of desired at a time) or for reaching MaxInstanceLifetime (aws-behaviour §7.5 [D]:
 * "one at a time with pauses"). The run launches them as the group falls below desired.
 */
final class Replacements {
  private int owedHealth;
  private int owedLifetime;
  private long lifetimeBusyUntil = Long.MIN_VALUE;

  /** How many more unhealthy instances may be replaced now: the batch less those under way. */
  int healthRoom(int desired, int inFlight) {
    int batch = Math.max(1, (int) Math.floor(desired * GroupParams.DEFAULT_REPLACEMENT_BATCH_FRACTION));
    return batch - inFlight - owedHealth;
  }

  void owedForHealth(int n) {
    owedHealth += n;
  }

  /** Whether the next expired instance may be retired at {@code t}: the previous one's replacement is done. */
  boolean mayRetire(long t) {
    return owedLifetime == 0 && lifetimeBusyUntil <= t;
  }

  void owedForLifetime() {
    owedLifetime++;
  }

  /** Whether a replacement for an unhealthy instance is owed (not yet launched). */
  boolean healthOwed() {
    return owedHealth > 0;
  }

  boolean anyOwed() {
    return owedHealth > 0 || owedLifetime > 0;
  }

  /**
   * The reason of the next launch, consuming one owed replacement: health first, then lifetime (whose replacement
   * keeps the next retirement waiting {@code pauseSeconds} from {@code now}), else a desired change.
   */
  LaunchReason take(long now, long pauseSeconds) {
    if (owedHealth > 0) {
      owedHealth--;
      return LaunchReason.HEALTH_REPLACEMENT;
    }
    if (owedLifetime > 0) {
      owedLifetime--;
      lifetimeBusyUntil = now + pauseSeconds;
      return LaunchReason.MAX_LIFETIME;
    }
    return LaunchReason.DESIRED_CHANGE;
  }

  /** Forgets replacements beyond {@code room} (a lower desired capacity made them unnecessary). */
  void forgive(int room) {
    owedHealth = Math.min(owedHealth, room);
    owedLifetime = Math.min(owedLifetime, room - owedHealth);
  }
}
