package dev.asgsim.simulator.internal.group;

// Over 400 lines because the pool's lifecycle steps (filling, its hooks, health checks, leaving through
// Warmed:Terminating, warm starts, returns) share its slot lists, AZ counts and billing; the rules that stand alone
// live elsewhere (LifecycleHooks for hook times, Zones and CohortLaunches for the group's side of a warm start).

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.config.WarmPoolSettings;
import dev.asgsim.simulator.event.InstanceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;

/**
 * The group's warm pool (aws-behaviour §7.6): pre-initialised instances beside the group, kept at
 * {@code max(MinSize, P − desired)} (P = MaxGroupPreparedCapacity, else MaxSize). An instance enters the pool through
 * {@code Warmed:Pending} (a cold launch) and {@code Warmed:Pending:Wait} (the launch hooks run here), then sits in its pool
 * state; a scale-out takes pool instances first ({@link #take}) and they start into the group, with their instance id
 * and Availability Zone, in {@code WarmPool.From<State>Seconds} before the launch hooks run a second time. With
 * {@code ReuseOnScaleIn} scaled-in instances come back ({@link #returned}). Instances leave the pool through
 * {@code Warmed:Terminating} (and {@code Warmed:Terminating:Wait} while terminate hooks hold them) when the pool
 * shrinks, when a launch hook abandons them and when they fail the pool's health check. Pool instances serve nothing
 * and are not in any metric. Cost: running time (filling, or the whole time in a Running pool) at the instance price,
 * EBS for Stopped and Hibernated instances.
 *
 * <p>An object per pooled instance: a pool holds at most MaxSize instances and changes only on launches and
 * terminations. Not thread-safe.
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
  /** Failed pool health checks per instance-second (aws-behaviour §7.6 [I]); 0: none. */
  private final double unhealthyPerSecond;
  private final int unhealthyTerminationSeconds;
  private final LifecycleHooks hooks;

  /** In the pool (Warmed:Pending and warmed), oldest first. */
  private final List<Slot> slots = new ArrayList<>();
  /** Warmed:Terminating (and :Wait): leaving the pool, billed until terminated. */
  private final List<Slot> leaving = new ArrayList<>();
  /** Pool instances per Availability Zone (aws-behaviour §7.2 [D] balance, kept for the pool [I]). */
  private int[] perAz = new int[0];
  /** Its own stream: the pool's health draws leave the group's draws as they were. */
  private SplittableRandom healthRandom;
  private long lastAt = Long.MIN_VALUE;
  private double runningSeconds;
  private double ebsUsd;
  private int launched;
  /** The instance the last successful {@link #take} took: its sequence number and Availability Zone. */
  int takenSeq;
  int takenAz;

  /** One pooled instance and its clocks. */
  private static final class Slot {
    int seq;
    int az;
    long launchAt;
    /** When it reaches its pool state (Warmed:Stopped/Running/Hibernated); NEVER when a hook abandons it. */
    long readyAt;
    /** When its Warmed:Pending:Wait starts; NEVER when no launch hook holds it. */
    long waitAt = NEVER;
    /** When its Warmed:Pending:Wait ends (the launch hooks' end or ABANDON). */
    long waitUntil;
    /** When a launch hook's ABANDON terminates it in Warmed:Pending:Wait; NEVER otherwise. */
    long abandonAt = NEVER;
    /** When it fails the pool's health check; NEVER if it does not. */
    long unhealthyAt = NEVER;
    /** Warmed:Terminating:Wait from here (terminate hooks); NEVER without them. */
    long termWaitAt = NEVER;
    long terminatedAt = NEVER;
    /** Why it is leaving the pool. */
    LaunchReason why;
  }

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
    unhealthyPerSecond = 0;
    unhealthyTerminationSeconds = 0;
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
    unhealthyPerSecond = ws.effectiveUnhealthyPerInstanceDay() / 86_400.0;
    unhealthyTerminationSeconds = ws.effectiveUnhealthyTerminationSeconds();
    this.hooks = hooks;
  }

  /** The group's pool, or {@link #NONE} without a WarmPoolConfiguration. */
  public static WarmPool of(AutoScalingGroup g, SimulationSettings s, LifecycleHooks hooks) {
    WarmPoolConfiguration w = g.warmPoolConfiguration();
    return w == null ? NONE : new WarmPool(w, g.maxSize() == null ? 0 : g.maxSize(), s, hooks);
  }

  /** Binds the pool to its group's Availability Zones and seed (the group's constructor calls this once). */
  void attach(int zones, long seed) {
    if (present) {
      perAz = new int[zones];
      healthRandom = new SplittableRandom(seed ^ 0x3c6ef372fe94f82bL);
    }
  }

  /**
   * [D] aws-behaviour §7.6: the pool's size, {@code max(MinSize, P − desired)}, never negative (desired 6, max 10 ⇒ 4;
   * MaxGroupPreparedCapacity 8 ⇒ 2; desired above P ⇒ 0 unless MinSize).
   */
  static int targetSize(int minSize, int prepared, int desired) {
    return Math.max(minSize, Math.max(0, prepared - desired));
  }

  /** The size the pool is kept at while the group's desired capacity is {@code desired} (aws-behaviour §7.6). */
  public int targetSize(int desired) {
    return present ? targetSize(minSize, prepared, desired) : 0;
  }

  public boolean present() {
    return present;
  }

  /** Seconds from the pool state into the group, before the launch hooks run again. */
  int fromPoolSeconds() {
    return fromPoolSeconds;
  }

  /** Scaled-in instances return to the pool (InstanceReusePolicy.ReuseOnScaleIn, aws-behaviour §7.6 [D]). */
  public boolean reusesOnScaleIn() {
    return reuse;
  }

  /** A group that has been running: the pool is full and warmed at {@code t} (aws-behaviour §12.1 [I]). */
  void fill(long t, int desired, IntSupplier seqs) {
    for (int n = targetSize(desired) - slots.size(); n > 0; n--) {
      Slot s = add(seqs.getAsInt(), emptiestAz(), t);
      s.readyAt = t;
      s.waitUntil = t;
      healthClock(s);
    }
    lastAt = t;
  }

  /**
   * Moves the pool's clocks to {@code t}: instances reach their pool state, abandoned and unhealthy instances leave
   * through Warmed:Terminating and are terminated; then it launches into the pool or takes pool instances out (newest
   * first, from the AZ with the most) so that it holds its target size for {@code desired}. It does not shrink below
   * what the {@code owed} launches not yet made will take from it (a raised desired is filled from the pool), and
   * does not launch for the {@code returning} instances on their way back with ReuseOnScaleIn.
   */
  void maintain(long t, int desired, int owed, int returning, SplittableRandom random, IntSupplier seqs,
      GroupListener listener, Group.VictimSink sink) {
    if (!present) {
      return;
    }
    long from = lastAt;
    lastAt = t;
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      emit(listener, from, t, s.waitAt, InstanceEvent.WARMED_PENDING_WAIT, s);
      emit(listener, from, t, s.readyAt, InstanceEvent.WARMED, s);
      if (s.abandonAt <= t) {
        // A launch hook ended with ABANDON: terminated, and the pool launches another (aws-behaviour §6.5 [D]).
        startLeaving(i--, s.abandonAt, LaunchReason.HOOK_ABANDONED, random, listener, sink);
      } else if (s.unhealthyAt <= t) {
        emit(listener, from, t, s.unhealthyAt, InstanceEvent.MARKED_UNHEALTHY, s);
        long out = s.unhealthyAt + unhealthyTerminationSeconds;
        if (out <= t) {
          // "Amazon EC2 Auto Scaling automatically deletes the unhealthy instance and creates a new one to replace
          // it" (aws-behaviour §7.6 [D]).
          startLeaving(i--, out, LaunchReason.POOL_UNHEALTHY, random, listener, sink);
        }
      }
    }
    for (int i = 0; i < leaving.size(); i++) {
      Slot s = leaving.get(i);
      if (s.terminatedAt <= t) {
        listener.onInstanceEvent(s.terminatedAt, InstanceEvent.WARMED_TERMINATED, s.seq, 1, s.az, s.why);
        bill(s, s.terminatedAt);
        leaving.remove(i--);
      }
    }
    int target = targetSize(desired);
    for (int n = target - slots.size() - returning; n > 0; n--) {
      launchInto(t, random, seqs, listener);
    }
    while (slots.size() > target + owed) {
      startLeaving(newestInFullestAz(), t, LaunchReason.POOL_SHRINK, random, listener, sink);
    }
  }

  /** A cold launch into the pool's emptiest AZ: Warmed:Pending, the launch hooks' Warmed:Pending:Wait, its state. */
  private void launchInto(long t, SplittableRandom random, IntSupplier seqs, GroupListener listener) {
    Slot s = add(seqs.getAsInt(), emptiestAz(), t);
    long booted = t + launchDelaySeconds;
    s.readyAt = booted + intoPoolExtraSeconds;
    s.waitUntil = t;
    if (hooks.hasLaunch()) {
      hooks.drawLaunch(random, false); // Warmed:Pending:Wait (aws-behaviour §7.6: the launch hook runs here too)
      s.waitAt = booted;
      s.waitUntil = booted + hooks.seconds;
      if (hooks.abandoned) {
        s.abandonAt = s.waitUntil;
        s.readyAt = NEVER;
      } else {
        s.readyAt += hooks.seconds;
      }
    }
    healthClock(s);
    launched++;
    listener.onInstanceEvent(t, InstanceEvent.WARMED_PENDING, s.seq, 1, s.az, LaunchReason.DESIRED_CHANGE);
  }

  /**
   * When a pooled instance fails its health check: checks start when it reaches its pool state, "Amazon EC2 Auto
   * Scaling doesn't start checking instance health until the lifecycle hook finishes" and there is "no health check
   * grace period for warm pool instances" (aws-behaviour §7.6 [D]); how often one fails is
   * {@code Simulation.WarmPool.UnhealthyPerInstanceDay} [I] (exponential, seeded; no draw when it is 0).
   */
  private void healthClock(Slot s) {
    if (unhealthyPerSecond > 0 && s.readyAt != NEVER) {
      double wait = -Math.log(1.0 - healthRandom.nextDouble()) / unhealthyPerSecond;
      s.unhealthyAt = wait >= NEVER - s.readyAt ? NEVER : s.readyAt + (long) Math.ceil(wait);
    }
  }

  /**
   * Slot {@code i} leaves the pool at {@code at}: Warmed:Terminating, then Warmed:Terminating:Wait while the
   * terminate hooks hold it ("hooks apply to … warm pools", aws-behaviour §6.4, §6.5 [D]), then Warmed:Terminated.
   */
  private void startLeaving(int i, long at, LaunchReason why, SplittableRandom random, GroupListener listener,
      Group.VictimSink sink) {
    Slot s = slots.remove(i);
    perAz[s.az]--;
    s.why = why;
    s.terminatedAt = at;
    if (hooks.hasTerminate()) {
      hooks.drawTerminate(random);
      s.termWaitAt = at;
      s.terminatedAt = at + hooks.seconds;
    }
    leaving.add(s);
    sink.selected(at, s.seq, s.az, why);
    listener.onInstanceEvent(at, InstanceEvent.WARMED_TERMINATING, s.seq, 1, s.az, why);
    if (s.termWaitAt != NEVER) {
      listener.onInstanceEvent(at, InstanceEvent.WARMED_TERMINATING_WAIT, s.seq, 1, s.az, why);
    }
  }

  /**
   * Takes one instance in its pool state at {@code t} for a scale-out, and sets {@link #takenSeq} / {@link #takenAz}:
   * the oldest healthy warmed instance in the AZ where the group has the fewest ({@code groupInAz}), so that warm
   * starts keep the group balanced as a cold launch would (aws-behaviour §7.2 [D]; the choice among pool instances is
   * [I]). False when none is warmed: the rest launch cold.
   */
  boolean take(long t, IntUnaryOperator groupInAz) {
    int best = -1;
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (s.readyAt <= t && s.unhealthyAt > t
          && (best < 0 || groupInAz.applyAsInt(s.az) < groupInAz.applyAsInt(slots.get(best).az))) {
        best = i;
      }
    }
    if (best < 0) {
      return false;
    }
    Slot s = slots.remove(best);
    perAz[s.az]--;
    bill(s, t);
    takenSeq = s.seq;
    takenAz = s.az;
    return true;
  }

  /**
   * Instance {@code seq} of zone {@code az}, scaled in, returns to the pool at {@code t} (ReuseOnScaleIn) keeping its
   * id and AZ; it is stopped again first.
   */
  void returned(long t, int seq, int az) {
    Slot s = add(seq, az, t);
    s.readyAt = t + intoPoolExtraSeconds;
    s.waitUntil = t;
    healthClock(s);
  }

  /** Every instance in the pool: Warmed:Pending(:Wait) and warmed, not those terminating. */
  public int size() {
    return slots.size();
  }

  /** Instances in their pool state at {@code t}. */
  public int warmed(long t) {
    int n = 0;
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (s.readyAt <= t) {
        n++;
      }
    }
    return n;
  }

  /** Pool instances in Availability Zone {@code az} (index in the group's list). */
  public int inAz(int az) {
    return az < perAz.length ? perAz[az] : 0;
  }

  /**
   * Instances held by hooks at {@code t}: the launch hooks in Warmed:Pending:Wait and the terminate hooks in
   * Warmed:Terminating:Wait (aws-behaviour §6.5, §7.6).
   */
  public int waitingInHooks(long t) {
    int n = 0;
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      if (s.waitAt <= t && t < s.waitUntil) {
        n++;
      }
    }
    for (int i = 0; i < leaving.size(); i++) {
      Slot s = leaving.get(i);
      if (s.termWaitAt <= t && t < s.terminatedAt) {
        n++;
      }
    }
    return n;
  }

  /** Instances leaving the pool at {@code t} (Warmed:Terminating and :Wait). */
  public int terminating() {
    return leaving.size();
  }

  /**
   * The next time a pool instance changes state after {@code t}, or NEVER. Asked at every quiet stretch's end, so
   * indexed loops: a for-each's iterator is garbage wherever the JIT does not scalar-replace it (issue 15 item 2).
   */
  long nextEventAfter(long t) {
    long next = NEVER;
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      next = after(t, next, s.readyAt);
      next = after(t, next, s.abandonAt);
      next = after(t, next, s.unhealthyAt == NEVER ? NEVER : s.unhealthyAt + unhealthyTerminationSeconds);
    }
    for (int i = 0; i < leaving.size(); i++) {
      next = after(t, next, leaving.get(i).terminatedAt);
    }
    return next;
  }

  private static long after(long t, long next, long at) {
    return at > t ? Math.min(next, at) : next;
  }

  /** Bills the instances still in the pool at the end of the run as if they left at {@code end}. */
  void finish(long end) {
    for (Slot s : slots) {
      bill(s, end);
    }
    for (Slot s : leaving) {
      bill(s, Math.min(end, s.terminatedAt));
    }
    slots.clear();
    leaving.clear();
  }

  /** What the pool cost: its running instance-seconds at {@code pricePerHour} plus its EBS volumes. */
  public double cost(double pricePerHour) {
    return runningSeconds / 3600.0 * pricePerHour + ebsUsd;
  }

  /** Instances launched into the pool during the run (not counting those there at the start or returned). */
  public int launchedIntoPool() {
    return launched;
  }

  private Slot add(int seq, int az, long launch) {
    Slot s = new Slot();
    s.seq = seq;
    s.az = az;
    s.launchAt = launch;
    slots.add(s);
    perAz[az]++;
    return s;
  }

  /** The AZ with the fewest pool instances, the first in config order on a tie (aws-behaviour §7.2 [D], [I] here). */
  private int emptiestAz() {
    int best = 0;
    for (int a = 1; a < perAz.length; a++) {
      if (perAz[a] < perAz[best]) {
        best = a;
      }
    }
    return best;
  }

  /** The newest pool instance in the AZ with the most (AZ balance first, as a scale-in, aws-behaviour §7.4 [D]). */
  private int newestInFullestAz() {
    int fullest = 0;
    for (int a = 1; a < perAz.length; a++) {
      if (perAz[a] > perAz[fullest]) {
        fullest = a;
      }
    }
    for (int i = slots.size() - 1; i > 0; i--) {
      if (slots.get(i).az == fullest) {
        return i;
      }
    }
    return 0;
  }

  private static void emit(GroupListener l, long from, long to, long at, InstanceEvent e, Slot s) {
    if (at > from && at <= to && at != NEVER) {
      l.onInstanceEvent(at, e, s.seq, 1, s.az, LaunchReason.DESIRED_CHANGE);
    }
  }

  /** Bills slot {@code s} until {@code end}: running until its pool state (all along when Running), EBS from there. */
  private void bill(Slot s, long end) {
    long stoppedFrom = running ? end : Math.min(end, Math.max(s.launchAt, s.readyAt));
    runningSeconds += Math.max(0, stoppedFrom - s.launchAt);
    ebsUsd += Math.max(0, end - stoppedFrom) * ebsUsdPerSecond;
  }
}
