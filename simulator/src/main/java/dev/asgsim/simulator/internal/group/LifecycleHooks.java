package dev.asgsim.simulator.internal.group;

import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.SimulationSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How long the group's lifecycle hooks hold an instance in {@code Pending:Wait} / {@code Terminating:Wait}, and with
 * which result (aws-behaviour §6.5). AWS's rules: the action times out after {@code HeartbeatTimeout}; each
 * {@code RecordLifecycleActionHeartbeat} restarts that timeout, up to the global limit min(48 h, 100 × HeartbeatTimeout);
 * on timeout {@code DefaultResult} applies. What the instance's own work takes is a setting
 * ({@code Simulation.LifecycleHooks.<name>}, [I]); without it nothing completes the action. Hooks of one transition run
 * side by side: the instance proceeds when the last completes; an ABANDON ends the wait at once (on launch the instance
 * is terminated and replaced; on termination the remaining hooks are skipped).
 *
 * <p>A draw sets {@link #seconds} and {@link #abandoned}; no allocation per draw.
 */
public final class LifecycleHooks {
  /** [D] aws-behaviour §6.5: the global limit is the lesser of 48 hours and 100 times the heartbeat timeout. */
  static final long GLOBAL_LIMIT_SECONDS = 48L * 3600;
  public static final LifecycleHooks NONE = new LifecycleHooks(List.of(), List.of());

  private final Hook[] launch;
  private final Hook[] terminate;
  /** The last draw: seconds in the wait state. */
  long seconds;
  /** The last draw ended with ABANDON. */
  boolean abandoned;

  /** One hook as the simulation needs it. */
  record Hook(String name, int timeoutSeconds, boolean abandonOnTimeout, HookTiming timing) {}

  private LifecycleHooks(List<Hook> launch, List<Hook> terminate) {
    this.launch = launch.toArray(new Hook[0]);
    this.terminate = terminate.toArray(new Hook[0]);
  }

  /** The group's hooks with their timings from {@code settings} (hooks with an unknown transition are ignored). */
  public static LifecycleHooks of(List<LifecycleHookSpecification> specs, SimulationSettings settings) {
    List<Hook> launch = new ArrayList<>();
    List<Hook> terminate = new ArrayList<>();
    for (LifecycleHookSpecification h : specs == null ? List.<LifecycleHookSpecification>of() : specs) {
      if (h == null) {
        continue;
      }
      Hook hook = new Hook(h.lifecycleHookName(), h.effectiveHeartbeatTimeout(),
          HookTiming.ABANDON.equals(h.effectiveDefaultResult()), settings.hookTiming(h.lifecycleHookName()));
      if (LifecycleHookSpecification.LAUNCHING.equals(h.lifecycleTransition())) {
        launch.add(hook);
      } else if (LifecycleHookSpecification.TERMINATING.equals(h.lifecycleTransition())) {
        terminate.add(hook);
      }
    }
    return launch.isEmpty() && terminate.isEmpty() ? NONE : new LifecycleHooks(launch, terminate);
  }

  public boolean hasLaunch() {
    return launch.length > 0;
  }

  public boolean hasTerminate() {
    return terminate.length > 0;
  }

  /**
   * Draws one instance's {@code Pending:Wait} (or {@code Warmed:Pending:Wait}); {@code warmStart}: it comes out of the
   * warm pool, the hook's second run (WarmStartHoldSeconds).
   */
  void drawLaunch(SplittableRandom random, boolean warmStart) {
    draw(launch, random, warmStart);
  }

  /** Draws one instance's {@code Terminating:Wait}. */
  void drawTerminate(SplittableRandom random) {
    draw(terminate, random, false);
  }

  private void draw(Hook[] hooks, SplittableRandom random, boolean warmStart) {
    long proceed = 0;
    long abandon = Long.MAX_VALUE;
    for (Hook h : hooks) {
      HookTiming t = h.timing();
      long hold = -1;
      Integer base = t == null ? null : t.holdSeconds(warmStart);
      if (base != null) {
        int jitter = t.effectiveHoldJitterSeconds();
        hold = Math.max(0, base + (jitter > 0 ? random.nextInt(-jitter, jitter + 1) : 0));
      }
      long deadline = deadline(h.timeoutSeconds(), t == null ? null : t.heartbeatIntervalSeconds(),
          t == null ? null : t.heartbeatCount(), hold);
      boolean completed = hold >= 0 && hold <= deadline;
      long end = completed ? hold : deadline;
      boolean abandons = completed ? HookTiming.ABANDON.equals(t.effectiveResult()) : h.abandonOnTimeout();
      if (abandons) {
        abandon = Math.min(abandon, end);
      } else {
        proceed = Math.max(proceed, end);
      }
    }
    abandoned = abandon != Long.MAX_VALUE;
    seconds = abandoned ? abandon : proceed;
  }

  /**
   * When the action times out (aws-behaviour §6.5 [D]): {@code timeout} after the last heartbeat that came before the
   * timeout it restarts and before the work ended at {@code hold} (−1: never), capped at the global limit. AWS's example:
   * timeout 3600 s, one heartbeat at 1800 s ⇒ 5400 s (90 min).
   *
   * @param every heartbeat interval, null for none
   * @param count most heartbeats, null for no limit
   */
  static long deadline(int timeout, Integer every, Integer count, long hold) {
    long global = Math.min(GLOBAL_LIMIT_SECONDS, 100L * timeout);
    if (every == null || every >= timeout || (count != null && count <= 0)) {
      return Math.min(timeout, global); // no heartbeat lands before the action times out
    }
    long beats = hold < 0 ? Long.MAX_VALUE : Math.max(0, (hold - 1) / every); // heartbeats strictly before the hold
    if (count != null) {
      beats = Math.min(beats, count);
    }
    if (beats == Long.MAX_VALUE) {
      return global;
    }
    return Math.min(beats * every + timeout, global);
  }
}
