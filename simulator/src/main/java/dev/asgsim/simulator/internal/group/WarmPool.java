package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.config.WarmPoolSettings;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The group's warm pool (aws-behaviour §7.6): pre-initialised instances beside the group, kept at
 * {@code max(MinSize, P − desired)} (P = MaxGroupPreparedCapacity, else MaxSize). An instance enters the pool through
 * {@code Warmed:Pending} (a cold launch) and {@code Warmed:Pending:Wait} (the launch hooks run here), then sits in its pool
 * state; a scale-out takes pool instances first ({@link #take}) and they start into the group in
 * {@code WarmPool.From<State>Seconds} before the launch hooks run a second time. With {@code ReuseOnScaleIn} scaled-in
 * instances come back ({@link #returned}). Pool instances serve nothing and are not in any metric. Cost: running time
 * (filling, or the whole time in a Running pool) at the instance price, EBS for Stopped and Hibernated instances.
 *
 * <p>One slot per instance, oldest first; arrays only grow. Not thread-safe.
 */
public final class WarmPool {
  /** 730 hours a month: AWS's EBS prices are per GiB-month. */
  private static final double SECONDS_PER_MONTH = 730 * 3600.0;
  public static final WarmPool NONE = new WarmPool();

  private final boolean present;
  private final int minSize;
  private final int prepared;
  private final boolean running;
  private final boolean reuse;
  private final int fromPoolSeconds;
  private final int intoPoolExtraSeconds;
  private final int launchDelaySeconds;
  private final double ebsUsdPerSecond;
  private final LifecycleHooks hooks;

  private int size;
  private long[] launchAt = new long[8];
  /** When the instance reaches its pool state (Warmed:Stopped/Running/Hibernated); NEVER when a hook abandons it. */
  private long[] readyAt = new long[8];
  /** When a launch hook's ABANDON terminates it in Warmed:Pending:Wait; NEVER otherwise. */
  private long[] abandonAt = new long[8];
  /** When its Warmed:Pending:Wait ends (the launch hooks' end or ABANDON); its launch time when no hook held it. */
  private long[] waitUntil = new long[8];
  private double runningSeconds;
  private double ebsUsd;
  private int launched;

  private WarmPool() {
    present = false;
    minSize = 0;
    prepared = 0;
    running = false;
    reuse = false;
    fromPoolSeconds = 0;
    intoPoolExtraSeconds = 0;
    launchDelaySeconds = 0;
    ebsUsdPerSecond = 0;
    hooks = LifecycleHooks.NONE;
  }

  private WarmPool(WarmPoolConfiguration w, int maxSize, SimulationSettings s, LifecycleHooks hooks) {
    WarmPoolSettings ws = s.effectiveWarmPool();
    String state = w.poolState() == null ? "Stopped" : w.poolState();
    present = true;
    minSize = w.minSize() == null ? 0 : w.minSize();
    Integer p = w.maxGroupPreparedCapacity();
    prepared = p == null || p < 0 ? maxSize : p;
    running = "Running".equals(state);
    reuse = w.instanceReusePolicy() != null && Boolean.TRUE.equals(w.instanceReusePolicy().reuseOnScaleIn());
    fromPoolSeconds = ws.fromPoolSeconds(state);
    intoPoolExtraSeconds = ws.effectiveIntoPoolExtraSeconds();
    launchDelaySeconds = s.effectiveLaunchDelaySeconds();
    ebsUsdPerSecond = running ? 0 : ws.effectiveEbsGiB() * ws.effectiveEbsPricePerGibMonth() / SECONDS_PER_MONTH;
    this.hooks = hooks;
  }

  /** The group's pool, or {@link #NONE} without a WarmPoolConfiguration. */
  public static WarmPool of(AutoScalingGroup g, SimulationSettings s, LifecycleHooks hooks) {
    WarmPoolConfiguration w = g.warmPoolConfiguration();
    return w == null ? NONE : new WarmPool(w, g.maxSize() == null ? 0 : g.maxSize(), s, hooks);
  }

  /**
   * [D] aws-behaviour §7.6: the pool's size, {@code max(MinSize, P − desired)}, never negative (desired 6, max 10 ⇒ 4;
   * MaxGroupPreparedCapacity 8 ⇒ 2; desired above P ⇒ 0 unless MinSize).
   */
  static int targetSize(int minSize, int prepared, int desired) {
    return Math.max(minSize, Math.max(0, prepared - desired));
  }

  public boolean present() {
    return present;
  }

  /** Seconds from the pool state into the group, before the launch hooks run again. */
  int fromPoolSeconds() {
    return fromPoolSeconds;
  }

  boolean reusesOnScaleIn() {
    return reuse;
  }

  /** A group that has been running: the pool is full and warmed at {@code t} (aws-behaviour §12.1 [I]). */
  void fill(long t, int desired) {
    for (int n = targetSize(minSize, prepared, desired) - size; n > 0; n--) {
      add(t, t, NEVER, t);
    }
  }

  /**
   * Removes instances abandoned by a launch hook by {@code t}, then launches into the pool or terminates pool
   * instances (newest first) so that it holds its target size for {@code desired}. It does not shrink below what the
   * {@code owed} launches not yet made will take from it (a raised desired is filled from the pool).
   */
  void maintain(long t, int desired, int owed, SplittableRandom random) {
    if (!present) {
      return;
    }
    for (int i = size - 1; i >= 0; i--) {
      if (abandonAt[i] <= t) {
        remove(i, abandonAt[i]);
      }
    }
    int target = targetSize(minSize, prepared, desired);
    for (int n = target - size; n > 0; n--) {
      long booted = t + launchDelaySeconds;
      long ready = booted + intoPoolExtraSeconds;
      long abandon = NEVER;
      long waitEnd = t;
      if (hooks.hasLaunch()) {
        hooks.drawLaunch(random, false); // Warmed:Pending:Wait (aws-behaviour §7.6: the launch hook runs here too)
        waitEnd = booted + hooks.seconds;
        if (hooks.abandoned) {
          abandon = waitEnd;
          ready = NEVER;
        } else {
          ready += hooks.seconds;
        }
      }
      add(t, ready, abandon, waitEnd);
      launched++;
    }
    while (size > target + owed) {
      remove(size - 1, t);
    }
  }

  /** Takes up to {@code n} instances in their pool state at {@code t} (oldest first) for a scale-out. */
  int take(long t, int n) {
    int taken = 0;
    for (int i = 0; i < size && taken < n; ) {
      if (readyAt[i] <= t) {
        remove(i, t);
        taken++;
      } else {
        i++;
      }
    }
    return taken;
  }

  /** {@code n} scaled-in instances return to the pool at {@code t} (ReuseOnScaleIn); they are stopped again first. */
  void returned(long t, int n) {
    for (int k = 0; k < n; k++) {
      add(t, t + intoPoolExtraSeconds, NEVER, t);
    }
  }

  /** Every instance in the pool: Warmed:Pending(:Wait) and warmed. */
  public int size() {
    return size;
  }

  /** Instances in their pool state at {@code t}. */
  public int warmed(long t) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (readyAt[i] <= t) {
        n++;
      }
    }
    return n;
  }

  /** Instances held by the launch hooks in Warmed:Pending:Wait at {@code t} (aws-behaviour §7.6). */
  public int waitingInHooks(long t) {
    int n = 0;
    for (int i = 0; i < size; i++) {
      if (launchAt[i] + launchDelaySeconds <= t && t < waitUntil[i]) {
        n++;
      }
    }
    return n;
  }

  /** The next time an instance reaches its pool state or is abandoned after {@code t}, or NEVER. */
  long nextEventAfter(long t) {
    long next = NEVER;
    for (int i = 0; i < size; i++) {
      if (readyAt[i] > t) {
        next = Math.min(next, readyAt[i]);
      }
      if (abandonAt[i] > t) {
        next = Math.min(next, abandonAt[i]);
      }
    }
    return next;
  }

  /** Bills the instances still in the pool at the end of the run as if they left at {@code end}. */
  void finish(long end) {
    for (int i = size - 1; i >= 0; i--) {
      remove(i, end);
    }
  }

  /** What the pool cost: its running instance-seconds at {@code pricePerHour} plus its EBS volumes. */
  public double cost(double pricePerHour) {
    return runningSeconds / 3600.0 * pricePerHour + ebsUsd;
  }

  /** Instances launched into the pool during the run (not counting those there at the start or returned). */
  public int launchedIntoPool() {
    return launched;
  }

  private void add(long launch, long ready, long abandon, long waitEnd) {
    if (size == launchAt.length) {
      launchAt = Arrays.copyOf(launchAt, size * 2);
      readyAt = Arrays.copyOf(readyAt, size * 2);
      abandonAt = Arrays.copyOf(abandonAt, size * 2);
      waitUntil = Arrays.copyOf(waitUntil, size * 2);
    }
    launchAt[size] = launch;
    readyAt[size] = ready;
    abandonAt[size] = abandon;
    waitUntil[size] = waitEnd;
    size++;
  }

  /** Takes slot {@code i} out at {@code end}, billing it: running until its pool state, EBS from there. */
  private void remove(int i, long end) {
    long stoppedFrom = running ? end : Math.min(end, Math.max(launchAt[i], readyAt[i]));
    runningSeconds += Math.max(0, stoppedFrom - launchAt[i]);
    ebsUsd += Math.max(0, end - stoppedFrom) * ebsUsdPerSecond;
    int tail = size - 1 - i;
    if (tail > 0) {
      System.arraycopy(launchAt, i + 1, launchAt, i, tail);
      System.arraycopy(readyAt, i + 1, readyAt, i, tail);
      System.arraycopy(abandonAt, i + 1, abandonAt, i, tail);
      System.arraycopy(waitUntil, i + 1, waitUntil, i, tail);
    }
    size--;
  }
}
