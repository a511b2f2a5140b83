package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code Simulation.LifecycleHooks.<LifecycleHookName>}: what AWS cannot know about one lifecycle hook — how long the
 * instance's own work holds it in {@code Pending:Wait} / {@code Terminating:Wait} (aws-behaviour §6.5 [I]). Every member
 * is optional. Without {@code HoldSeconds} nothing completes the action: the instance waits the hook's full
 * {@code HeartbeatTimeout} (extended by heartbeats) and then its {@code DefaultResult} applies, as AWS does.
 *
 * @param holdSeconds              seconds until the instance's script calls CompleteLifecycleAction; null = never
 * @param holdJitterSeconds        the hold is drawn uniformly from hold ± jitter (seeded); default 0
 * @param result                   the result the script completes with, {@code CONTINUE} (default) or {@code ABANDON}
 * @param heartbeatIntervalSeconds the script calls RecordLifecycleActionHeartbeat every this many seconds while it
 *                                 works (each restarts the HeartbeatTimeout); null = never
 * @param heartbeatCount           at most this many heartbeats; null = until done (capped by the global limit,
 *                                 min(48 h, 100 × HeartbeatTimeout))
 * @param warmStartHoldSeconds     the hold when the instance comes out of a warm pool (the hook runs a second time,
 *                                 aws-behaviour §7.6, usually finding the work done); null = HoldSeconds
 */
public record HookTiming(
    Integer holdSeconds,
    Integer holdJitterSeconds,
    String result,
    Integer heartbeatIntervalSeconds,
    Integer heartbeatCount,
    Integer warmStartHoldSeconds) implements Serializable {

  public static final String CONTINUE = "CONTINUE";
  public static final String ABANDON = "ABANDON";

  public int effectiveHoldJitterSeconds() {
    return holdJitterSeconds == null ? 0 : holdJitterSeconds;
  }

  /** The five original members; a warm start holds as long as a launch. */
  public HookTiming(Integer holdSeconds, Integer holdJitterSeconds, String result, Integer heartbeatIntervalSeconds,
      Integer heartbeatCount) {
    this(holdSeconds, holdJitterSeconds, result, heartbeatIntervalSeconds, heartbeatCount, null);
  }

  /** The hold for a launch ({@code warmStart} false) or a start out of the warm pool; null = nothing completes it. */
  public Integer holdSeconds(boolean warmStart) {
    return warmStart && warmStartHoldSeconds != null ? warmStartHoldSeconds : holdSeconds;
  }

  public String effectiveResult() {
    return result == null ? CONTINUE : result;
  }
}
