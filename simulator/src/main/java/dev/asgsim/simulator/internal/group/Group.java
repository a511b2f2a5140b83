package dev.asgsim.simulator.internal.group;

// Over 400 lines because the lifecycle steps (launch across purchase options and types, scale-in, termination, hook
// waits, health marks, Spot interruptions' hand-offs, the minute's advance) share the cohort arrays, the counts and the
// next-event clock, and the run reads the group through one facade (about 90 lines of one-line getters); every rule
// that stands alone has its own class (CohortLaunches, VictimSelector, HealthClocks, DemandSpread, CreditModel, Billing,
// LifecycleHooks, WarmPool, SpotInterruptions, TypeAllocation, Zones). The next split would move scale-in and its
// victim cache into a class of their own.

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.spot.PoolSeries;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import java.util.function.IntUnaryOperator;
import java.util.function.LongToDoubleFunction;

/**
 * The instances of one Auto Scaling group and their lifecycle (aws-behaviour §6, §7): launch into the emptiest AZ, Pending →
 * InService, lifecycle hooks' wait states, warm-up, unhealthy replacement in 10 % batches, scale-in, deregistration delay,
 * MaxInstanceLifetime, and the minute's CPU. Its collaborators hold one rule each: {@link HealthClocks} (load balancer
 * health, grace), {@link VictimSelector} (which instance a scale-in takes), {@link DemandSpread} and
 * {@link CreditModel} (CPU and credits), {@link Replacements}, {@link Counts}, {@link CohortEvents}, {@link Billing},
 * {@link CohortLaunches} (new cohorts and their clocks), {@link LifecycleHooks} (how long a hook holds an instance),
 * {@link WarmPool} (the pool beside the group), {@link SpotInterruptions} (Spot interruptions, Capacity Rebalancing).
 * Every clock is fixed when a cohort is created, so state at time {@code t} is a function of {@code t} and work is
 * done only when {@code t} crosses the next clock ({@link #nextEventAt()}).
 *
 * <p>Not thread-safe; one simulation owns it.
 */
public final class Group {
  private static final LaunchReason[] REASONS = LaunchReason.values();
  final Cohorts cohorts = new Cohorts();
  private final GroupParams params;
  private final PurchaseMix mix;
  private final TypeAllocation types;
  private final SplittableRandom random;
  private final Zones zones;
  private final HealthClocks health;
  private final CohortEvents events;
  private final VictimSelector victims;
  private final LifecycleHooks hooks;
  private final WarmPool pool;
  private final Billing billing;
  private final CohortLaunches launches;
  private long lastAdvance = Long.MIN_VALUE;
  /** The clock hour's end at which {@link #serve} next charges surplus credits (aws-behaviour §8.1), once known. */
  private long hourEnd = Long.MIN_VALUE;
  private long nextEventAt = Long.MIN_VALUE;
  private final Replacements owed = new Replacements();
  private int launchedTotal;
  /** How many of the last launch's instances came from the warm pool (its first ones), and their ids. */
  private int lastWarmStarts;
  private int[] warmStartSeqs = new int[4];
  /** The slots of the cohorts terminated in one advance, removed together at its end. */
  private int[] goneSlots = new int[8];
  /** Sequence numbers for instances launched into the warm pool, from the group's own numbering. */
  private final IntSupplier poolSeqs;
  /** The group's On-Demand instances per AZ, for the warm pool's choice of instance (aws-behaviour §7.2, §7.6). */
  private final IntUnaryOperator inAz;
  /** The last launch's instances and capacity units (more units than asked when weights overshoot). */
  private int lastLaunched;
  private int lastLaunchedUnits;
  private int terminatedTotal;
  /** Spot interruptions and Capacity Rebalancing (aws-behaviour §7.7); null when no hazard is given. */
  private SpotInterruptions interruptions;
  /** No warm pool: an advance that crosses no clock only moves {@link #lastAdvance} ({@link #generalPathOnly}). */
  private boolean quietAdvance;
  /**
   * Counts every cohort again at every recount and visits every cohort at every advance, instead of only those a
   * clock or a change moved ({@link Counts#count}, {@link #generalPathOnly}; also with Spot interruptions).
   */
  private boolean countEveryCohort;
  /**
   * A scale-in holds the victims it takes from a cohort and splits them off when it ends ({@link SplitVictims}),
   * instead of splitting at each cohort's first victim; {@link #generalPathOnly} splits at once.
   */
  private boolean holdSplits = true;
  private final SplitVictims split = new SplitVictims();

  /** At the last advance. */
  final Counts counts;
  private final DemandSpread minute;
  /** The quiet kernel's minutes of {@link #minute} served ahead. */
  private final MinutesAhead ahead;

  public Group(GroupParams params, long seed) {
    this(params, seed, PurchaseMix.ALL_ON_DEMAND, LifecycleHooks.NONE, WarmPool.NONE);
  }

  /** A group whose launches follow {@code mix}, the On-Demand / Spot split (aws-behaviour §7.11). */
  public Group(GroupParams params, long seed, PurchaseMix mix) {
    this(params, seed, mix, LifecycleHooks.NONE, WarmPool.NONE);
  }

  /**
   * A group whose launches and terminations wait for {@code hooks} (aws-behaviour §6.5) and whose scale-outs draw from
   * {@code pool} first (aws-behaviour §7.6).
   */
  public Group(GroupParams params, long seed, LifecycleHooks hooks, WarmPool pool) {
    this(params, seed, PurchaseMix.ALL_ON_DEMAND, hooks, pool);
  }

  /**
   * A group with all three: the purchase mix, the lifecycle hooks and the warm pool. AWS forbids a warm pool with a
   * mixed instances policy (aws-behaviour §7.6), so at most one of {@code mix} and {@code pool} is not the default.
   */
  public Group(GroupParams params, long seed, PurchaseMix mix, LifecycleHooks hooks, WarmPool pool) {
    this(params, seed, mix, TypeAllocation.SINGLE, hooks, pool);
  }

  /**
   * A group whose launches take the instance types of {@code types} by their allocation strategies and count their
   * weights toward desired (aws-behaviour §7.11); {@link TypeAllocation#SINGLE} is one type of weight 1.
   */
  public Group(GroupParams params, long seed, PurchaseMix mix, TypeAllocation types, LifecycleHooks hooks,
      WarmPool pool) {
    this.hooks = hooks;
    this.types = types;
    this.counts = new Counts(types);
    this.billing = new Billing(cohorts, params.pendingSeconds(), types, params.credits());
    this.pool = pool;
    if (params.availabilityZones().isEmpty()) {
      throw new IllegalArgumentException("a group needs at least one Availability Zone");
    }
    this.params = params;
    this.mix = mix;
    this.random = new SplittableRandom(seed ^ 0x6a09e667f3bcc908L);
    this.zones = new Zones(params.availabilityZones().size(), types);
    this.health = new HealthClocks(params);
    this.events = new CohortEvents(cohorts, params.loadBalanced());
    this.launches = new CohortLaunches(cohorts, params, zones, types, health, hooks, random);
    this.poolSeqs = launches::claimSeq;
    this.inAz = az -> zones.count(az, PurchaseMix.ON_DEMAND);
    pool.attach(zones.size(), seed);
    this.victims = new VictimSelector(cohorts, zones, types, params.terminationPolicies(),
        params.newInstancesProtected(), random, true);
    this.minute = new DemandSpread(cohorts, types, params.credits(), params.outsideTargets(),
        params.outsideCapacityPercent());
    this.ahead = new MinutesAhead(minute, cohorts);
    this.quietAdvance = !pool.present();
  }

  /**
   * Takes the general path of every per-minute step, never a shortcut chosen at set-up (the advance without a warm
   * pool, {@link DemandSpread}'s pass for unlimited credits, counting and visiting only the cohorts a clock or a change
   * moved): the tests that compare the two call it before {@link #start}.
   */
  public void generalPathOnly() {
    quietAdvance = false;
    countEveryCohort = true;
    holdSplits = false;
    minute.generalOnly();
  }

  /**
   * Nothing reads {@link #meanCredits} in this run (no timeline rows): the minute's pass (and the kernel's minutes
   * ahead, {@link #serveAhead}) stops summing the balances.
   * Call before {@link #start}.
   */
  public void meanCreditsUnread() {
    minute.creditsUnread();
  }

  /**
   * The demand the run will serve at each minute's start (second → percent of one instance's CPU), when it is known
   * ahead: a large group sums several minutes' serving cohorts at once ({@link ServingSums}). Only a prediction, held
   * to what {@link #serve} is then given.
   */
  public void demandAhead(LongToDoubleFunction demandAt) {
    minute.demandAhead(demandAt);
  }

  /** Unit scale-ins that took their victims one at a time for twins ({@link #scaleInUnits}): for tests. */
  long twinScaleIns;

  /** Scale-ins that picked through {@link UnitPicks} so far: the tests check that they compared some. */
  long unitPicks() {
    return victims.unitPicks;
  }

  /** The shared pass's serving-cohort sums: the tests read how many minutes a pass ahead answered. */
  ServingSums servingSums() {
    return minute.sums();
  }

  /** Updates every cohort's credits on its own, never shared ({@link CreditShares}): the test that compares the two. */
  void creditsUnshared() {
    minute.unshared();
  }

  /**
   * Interrupts the group's Spot instances at {@code settings}' hazard, and with {@code capacityRebalance} replaces
   * them on the rebalance recommendation (aws-behaviour §7.7). Call before {@link #start}.
   *
   * @param maxSize the group's MaxSize now, for the 10 % of desired Capacity Rebalancing may exceed it by
   */
  public void interruptSpot(SpotSettings settings, boolean capacityRebalance, IntSupplier maxSize, long seed) {
    interruptSpot(settings, null, null, null, capacityRebalance, maxSize, seed);
  }

  /**
   * {@link #interruptSpot(SpotSettings, boolean, IntSupplier, long)} with a hazard per pool over time
   * ({@code hazard}, interruptions per instance-hour; null: the settings' constant rate) and interruptions when a
   * pool's price in {@code prices} rises above its type's {@code maxPrice} (null: none), aws-behaviour §7.7, §7.11.
   */
  public void interruptSpot(SpotSettings settings, PoolSeries hazard, PoolSeries prices, double[] maxPrice,
      boolean capacityRebalance, IntSupplier maxSize, long seed) {
    interruptions = new SpotInterruptions(cohorts, zones.size(), types.size(), settings, hazard, prices, maxPrice,
        capacityRebalance, maxSize, seed);
    countEveryCohort = true; // its steps change clocks of many cohorts, and visit each at every advance
  }

  /**
   * Puts running, healthy, warm instances holding {@code n} capacity units in the group at {@code t} (the group as it
   * stands).
   */
  public void start(long t, int n, GroupListener listener) {
    int onDemand = launches.start(t, mix.onDemand(n), PurchaseMix.ON_DEMAND);
    // Without Spot launches (Spot price above SpotMaxPrice) the group never got its Spot share (aws-behaviour §7.11);
    // an On-Demand overshoot leaves less for Spot.
    launches.start(t, mix.spotLaunches() ? n - onDemand : 0, PurchaseMix.SPOT);
    launchedTotal += launches.takeLaunched();
    lastAdvance = t;
    if (interruptions != null) {
      interruptions.start(t);
    }
    recount(t);
  }

  /** Whether Spot instances launch (false: the Spot price is above SpotMaxPrice, aws-behaviour §7.11). */
  public boolean spotLaunches() {
    return mix.spotLaunches();
  }

  /**
   * How many of {@code n} instances wanted now can launch: all of them, or only the On-Demand share when the Spot
   * price is above SpotMaxPrice (aws-behaviour §7.11). Callers launch this many.
   */
  public int launchable(int n) {
    return mix.launchable(n, zones.total(PurchaseMix.ON_DEMAND), zones.total(PurchaseMix.SPOT));
  }

  /**
   * Launches instances holding at least {@code n} capacity units at {@code at} into the AZs with the fewest (aws-behaviour
   * §7.2 [D]), of the types the allocation strategies pick; with weights the group may end above desired by less than
   * the largest weight (aws-behaviour §7.11 [D]). {@link #lastLaunched()} says how many instances.
   *
   * @param warmupSeconds warm-up counted from InService (aws-behaviour §2.2 [D] for DefaultInstanceWarmup; Q6 for
   *                      EstimatedInstanceWarmup, read the same way)
   * @param scaleOut      launched by a scale-out: blocks policy scale-in until warm (aws-behaviour §2.2 rule 4 [D])
   * @return the sequence number of the first instance launched cold; those are numbered consecutively, the
   *     {@link #lastWarmStarts()} from the pool keep theirs ({@link #launchedSeq(int, int)})
   */
  public int launch(long at, int n, LaunchReason reason, int warmupSeconds, boolean scaleOut) {
    // A scale-out takes warmed pool instances first, each keeping its id and AZ; a depleted pool launches cold
    // (aws-behaviour §7.6 [D]).
    int warm = 0;
    while (warm < n && pool.take(at, inAz)) {
      if (warm == warmStartSeqs.length) {
        warmStartSeqs = Arrays.copyOf(warmStartSeqs, warm * 2);
      }
      warmStartSeqs[warm++] = pool.takenSeq;
      launches.launchWarm(at, pool.takenSeq, pool.takenAz, reason, warmupSeconds, scaleOut, pool.fromPoolSeconds());
    }
    lastWarmStarts = warm;
    int first = launches.nextSeq();
    // The purchase option below its share is filled first, then each option goes to its emptiest AZs (§7.11).
    int cold = n - warm;
    // Without Spot launches (Spot price above SpotMaxPrice) every cold launch made is On-Demand (callers ask only for
    // Group#launchable instances).
    int onDemand = mix.spotLaunches()
        ? mix.onDemandOfLaunch(cold, zones.total(PurchaseMix.ON_DEMAND), zones.total(PurchaseMix.SPOT)) : cold;
    int units = warm; // warm starts are weight 1: AWS allows no warm pool with a mixed instances policy (§7.6)
    int onDemandUnits = launches.launch(at, onDemand, PurchaseMix.ON_DEMAND, reason, warmupSeconds, scaleOut);
    // An On-Demand overshoot leaves less for Spot, so the launch as a whole overshoots by less than the largest weight.
    units += onDemandUnits;
    units += launches.launch(at, cold - onDemandUnits, PurchaseMix.SPOT, reason, warmupSeconds, scaleOut);
    if (reason == LaunchReason.CAPACITY_REBALANCE) {
      interruptions.replacementLaunched(cohorts.size - 1, params.loadBalanced());
    }
    lastLaunched = launches.takeLaunched();
    lastLaunchedUnits = units;
    launchedTotal += lastLaunched;
    recount(lastAdvance);
    return first;
  }

  /**
   * Terminates instances holding up to {@code k} capacity units for a scale-in at {@code at}, never taking one whose
   * weight would leave the group below desired (aws-behaviour §7.11 [D]: "either at the desired capacity or above it");
   * returns the units handled: {@code k}, less those left because every remaining instance is protected from scale-in
   * (units left because no remaining instance is light enough count as handled).
   */
  public int scaleIn(long at, int k, VictimSink sink) {
    int left = k;
    victims.begin(at);
    boolean hold = holdSplits && !hooks.hasTerminate(); // a terminate hook draws its time at each split's start
    if (hold && victims.cached() && types.largestWeight() == 1 && zones.total(PurchaseMix.SPOT) == 0) {
      return scaleInUnits(at, k, sink);
    }
    while (left > 0) {
      // A mixed group first takes the purchase option above its share (aws-behaviour §7.4, §7.11 [D]).
      int option = mix.optionToTerminate(zones.total(PurchaseMix.ON_DEMAND), zones.total(PurchaseMix.SPOT));
      int v = victims.pick(option, left);
      if (v < 0) {
        v = victims.pick(1 - option, left);
      }
      if (v < 0) {
        return endScaleIn(at, k, left);
      }
      left -= takeVictim(v, at, hold, sink);
    }
    endScaleIn(at);
    return k;
  }

  /**
   * {@link #scaleIn} when every instance weighs one unit and no Spot instance is left: every pick is On-Demand (the
   * option above its share, aws-behaviour §7.11, as Spot has none) and takes one unit, so the picks need not check
   * either ({@link UnitPicks}: the same victims and draws). Victims are held in their cohorts until the end.
   *
   * <p>The picks read only {@link UnitPicks}' own counts, and the sink no group state (Run#selected), so the victims
   * are taken out of their cohorts after the picks, each cohort's together ({@link #takeVictims}) in the state its
   * victims one at a time leave. But a victim of a cohort whose twin after it ({@link Cohorts#twins}) has gone whole
   * joins the twin's slot, which depends on the order of the picks: then the victims are taken one at a time, in the
   * order picked.
   */
  private int scaleInUnits(long at, int k, VictimSink sink) {
    UnitPicks picks = victims.unitPicks(PurchaseMix.ON_DEMAND);
    int left = k;
    for (; left > 0; left--) {
      int p = picks.pick();
      if (p < 0) {
        break;
      }
      // The instance takeVictim names: the cohort's last not taken yet, or the same in the slot it merges into.
      int v = picks.slot(p);
      sink.selected(at, cohorts.firstSeq[v] + picks.left(p), cohorts.az[v], LaunchReason.DESIRED_CHANGE);
    }
    if (twinGoneWhole(picks)) {
      twinScaleIns++;
      for (int j = 0, n = picks.picked(); j < n; j++) {
        takeVictim(picks.slot(picks.pickedAt(j)), at, true, TOLD);
      }
    } else {
      for (int p = 0, n = picks.positions(); p < n; p++) {
        int v = picks.slot(p);
        int taken = cohorts.count[v] - picks.left(p);
        if (taken > 0) {
          takeVictims(v, taken, at);
        }
      }
    }
    if (left > 0) {
      return endScaleIn(at, k, left);
    }
    endScaleIn(at);
    return k;
  }

  /** The sink of victims told already ({@link #scaleInUnits}). */
  private static final VictimSink TOLD = (t, seq, az, why) -> { };

  /** Whether a cohort the picks took whole has a twin right before it ({@link #scaleInUnits}). */
  private boolean twinGoneWhole(UnitPicks picks) {
    for (int p = 0, n = picks.positions(); p < n; p++) {
      int v = picks.slot(p);
      if (picks.left(p) == 0 && v > 0 && cohorts.twins(v - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code n} instances of cohort {@code v}, each weighing one unit, are the scale-in's victims at {@code at}: the
   * state {@code n} calls of {@link #takeVictim} in a row leave (held, or grown into the slot after it, the last
   * instance terminated in its own slot), but for the sink, told already.
   */
  private void takeVictims(int v, int n, long at) {
    int held = n == cohorts.count[v] ? n - 1 : n; // a cohort's last instance terminates in its own slot
    if (held > 0) {
      boolean merges = mergesInto(v, v + 1, at);
      takeOut(v, held, held);
      if (merges) {
        growVictims(v + 1, held);
      } else {
        split.take(v, cohorts.firstSeq[v] + cohorts.count[v], held);
      }
    }
    if (held < n) {
      terminateVictim(v, at);
    }
  }

  /** {@code n} instances ({@code units} units) leave cohort {@code v} as scale-in victims: out of desired and its AZ. */
  private void takeOut(int v, int n, int units) {
    cohorts.count[v] -= n;
    cohorts.touched(v);
    zones.remove(cohorts.az[v], cohorts.option[v], cohorts.type[v], n);
    counts.takeOut(units);
  }

  /** Slot {@code next}, the scale-in's victims of the cohort right before it, takes its {@code n} instances before them. */
  private void growVictims(int next, int n) {
    cohorts.count[next] += n;
    cohorts.firstSeq[next] -= n;
    cohorts.touched(next);
  }

  /** Slot {@code slot}, a scale-in's victims in a slot of their own, starts terminating at {@code at}. */
  private void terminateVictim(int slot, long at) {
    startTermination(slot, at);
    cohorts.toPool[slot] = pool.reusesOnScaleIn(); // ReuseOnScaleIn (aws-behaviour §7.6 [D])
  }

  /**
   * The scale-in at {@code at} found no candidate with {@code left} of its {@code k} units to go: ends it and returns
   * the units handled.
   */
  private int endScaleIn(long at, int k, int left) {
    boolean heavyOnly = victims.anyUnprotected(at, PurchaseMix.ON_DEMAND)
        || victims.anyUnprotected(at, PurchaseMix.SPOT);
    endScaleIn(at);
    return heavyOnly ? k : k - left;
  }

  /**
   * One instance of cohort {@code v} is the scale-in's victim at {@code at}: held in its cohort when {@code hold}
   * ({@link SplitVictims}), else split off now; returns its weight.
   */
  private int takeVictim(int v, long at, boolean hold, VictimSink sink) {
    int w = types.weight(cohorts.type[v]);
    int next = v + 1;
    if (cohorts.count[v] > 1 && hold && (split.holds(v) || !mergesInto(v, next, at))) {
      // Held until the scale-in ends, then split off in one pass (SplitVictims): the same slots as splitting now.
      takeOut(v, 1, w);
      int seq = cohorts.firstSeq[v] + cohorts.count[v];
      split.take(v, seq);
      sink.selected(at, seq, cohorts.az[v], LaunchReason.DESIRED_CHANGE);
    } else if (cohorts.count[v] > 1 && mergesInto(v, next, at)) {
      // The cohort's previous victim of this scale-in sits right after it: grow that slot instead of splitting.
      takeOut(v, 1, w);
      growVictims(next, 1);
      sink.selected(at, cohorts.firstSeq[next], cohorts.az[next], LaunchReason.DESIRED_CHANGE);
    } else {
      int slot = cohorts.detachLast(v);
      if (slot != v) {
        victims.inserted(slot);
      }
      terminateVictim(slot, at);
      sink.selected(at, cohorts.firstSeq[slot], cohorts.az[slot], LaunchReason.DESIRED_CHANGE);
    }
    return w;
  }

  /** Whether slot {@code next} holds cohort {@code v}'s victims of the scale-in at {@code at}, right after it. */
  private boolean mergesInto(int v, int next, long at) {
    return next < cohorts.size && cohorts.drainAt[next] == at
        && cohorts.az[next] == cohorts.az[v] && cohorts.option[next] == cohorts.option[v]
        && cohorts.type[next] == cohorts.type[v]
        && cohorts.launchAt[next] == cohorts.launchAt[v]
        && cohorts.firstSeq[next] == cohorts.firstSeq[v] + cohorts.count[v];
  }

  /** Splits off the victims held in the scale-in at {@code at}, their termination started then, and recounts. */
  private void endScaleIn(long at) {
    for (int k = 0, n = split.split(cohorts); k < n; k++) {
      // Terminating since the scale-in; counted out of desired and its AZ at each pick already.
      int slot = split.splitSlot(k);
      terminationClocks(slot, at);
      cohorts.toPool[slot] = pool.reusesOnScaleIn(); // ReuseOnScaleIn (aws-behaviour §7.6 [D])
    }
    recount(lastAdvance);
  }

  /**
   * Receives each instance selected for termination; reads no group state, as a unit scale-in tells its victims before
   * it takes them out of their cohorts ({@link #scaleInUnits}).
   */
  @FunctionalInterface
  public interface VictimSink {
    /** @param why DESIRED_CHANGE for scale-in, HEALTH_REPLACEMENT or MAX_LIFETIME for replacements */
    void selected(long epochSecond, int instanceSeq, int az, LaunchReason why);
  }

  void startTermination(int i, long at) {
    // Capacity Rebalancing counted it out of desired and its AZ already (SpotInterruptions).
    boolean countedOut = cohorts.drainAt[i] == SpotInterruptions.AWAITING;
    terminationClocks(i, at);
    if (!countedOut) {
      countedOut(i);
    }
  }

  /** Cohort {@code i}'s termination starts at {@code at}: deregistration, terminate hooks, its end. */
  private void terminationClocks(int i, long at) {
    cohorts.drainAt[i] = at;
    cohorts.touched(i);
    boolean registered = params.loadBalanced() && cohorts.inServiceAt[i] <= at
        && (params.registersNewInstances() || cohorts.reason[i] == (byte) LaunchReason.INITIAL.ordinal());
    long deregistered = at + (registered ? params.deregistrationDelaySeconds() : 0);
    cohorts.terminatedAt[i] = deregistered;
    if (hooks.hasTerminate()) {
      // Deregistered first, then held by the terminate hooks; billed until terminated (aws-behaviour §6.5 [D]).
      hooks.drawTerminate(random);
      cohorts.termWaitAt[i] = deregistered;
      cohorts.terminatedAt[i] = deregistered + hooks.seconds;
    }
    if (at < nextEventAt) {
      nextEventAt = at;
    }
  }

  /** Cohort {@code i} no longer counts toward desired nor its AZ's balance. */
  void countedOut(int i) {
    zones.remove(cohorts.az[i], cohorts.option[i], cohorts.type[i], cohorts.count[i]);
    counts.takeOut(cohorts.count[i] * types.weight(cohorts.type[i]));
  }

  /** Auto Scaling's first periodic health check at or after {@code t} (aws-behaviour §6.1). */
  long nextHealthSweep(long t) {
    return health.nextSweep(t);
  }

  /** The earliest clock after the last advance, warm pool included: nothing changes before it. */
  public long nextEventAt() {
    return Math.min(nextEventAt, pool.nextEventAfter(lastAdvance));
  }

  /**
   * Moves the group's clocks to {@code t}: emits every instance event since the last advance up to {@code t}, marks
   * unhealthy instances (within the 10 % batch), retires instances past MaxInstanceLifetime one at a time, removes
   * terminated cohorts (billing them) and recounts.
   *
   * @param desired the current desired capacity, for the replacement batch size
   */
  public void advance(long t, int desired, GroupListener listener, VictimSink terminations) {
    if (t < nextEventAt && quietAdvance) {
      lastAdvance = t; // the usual minute: no clock crossed, no warm pool to maintain (what the general path does too)
      return;
    }
    advanceCohorts(t, desired, listener, terminations);
    // After the cohorts: instances returning with ReuseOnScaleIn count before the pool launches more (aws-behaviour §7.6).
    pool.maintain(t, desired, Math.max(0, desired - counts.nonTerminating), returningToPool(desired), random,
        poolSeqs, listener, terminations);
  }

  /**
   * With ReuseOnScaleIn, the instances on their way back to the warm pool: those scaled in and still terminating, and
   * those above {@code desired} a scale-in is about to select. The pool counts them as coming instead of launching.
   * Instances protected from scale-in are never selected (aws-behaviour §7.4 [D]: desired "is decremented. However,
   * the Auto Scaling group can't terminate the required number of instances"), so they are not coming.
   */
  private int returningToPool(int desired) {
    if (!pool.reusesOnScaleIn()) {
      return 0;
    }
    int above = counts.nonTerminating - desired;
    int n = above <= 0 ? 0 : Math.min(above, victims.unprotected(lastAdvance));
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.toPool[i] && cohorts.terminating(i)) {
        n += cohorts.count[i];
      }
    }
    return n;
  }

  private void advanceCohorts(long t, int desired, GroupListener listener, VictimSink terminations) {
    if (t < nextEventAt) {
      lastAdvance = t;
      return;
    }
    long from = lastAdvance;
    if (interruptions != null) {
      interruptions.accumulate(t, listener);
    }
    // A slot split off in this pass (its slot number now): its earlier events were already emitted with its parent's,
    // so its lifecycle is muted when the pass reaches it, and only then — not that of a cohort that later takes its
    // number after a removal.
    int split = -1;
    int gone = 0; // terminated cohorts of this pass, in goneSlots; a split inserts only after the current slot
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.due[i] > t && !countEveryCohort) {
        // None of its clocks lies in (last count, t]: no event, no step is due (Counts#count; issue 15 item 4).
        continue;
      }
      LaunchReason reason = REASONS[cohorts.reason[i]];
      boolean splitOff = i == split;
      if (splitOff) {
        split = -1;
      }
      events.lifecycle(splitOff ? GroupListener.NONE : listener, from, t, i, reason);
      if (interruptions != null) {
        interruptions.step(this, i, from, t, desired, listener, terminations);
      }
      if (!cohorts.terminating(i) && cohorts.unhealthyAt[i] <= t) {
        int j = markUnhealthy(i, t, desired, listener, terminations, reason);
        if (j >= 0) {
          split = j;
        }
      }
      if (params.maxInstanceLifetime() > 0 && !cohorts.terminating(i) && owed.mayRetire(t)
          && cohorts.launchAt[i] + params.maxInstanceLifetime() <= t) {
        // One at a time, with a pause for the replacement (aws-behaviour §7.5 [D]).
        int j = cohorts.detachLast(i);
        if (j != i) {
          split = j;
        }
        long at = Math.max(cohorts.launchAt[j] + params.maxInstanceLifetime(), from + 1);
        startTermination(j, Math.min(at, t));
        owed.owedForLifetime();
        terminations.selected(cohorts.drainAt[j], cohorts.firstSeq[j], cohorts.az[j], LaunchReason.MAX_LIFETIME);
      }
      if (!cohorts.terminating(i) && cohorts.abandonAt[i] <= t) {
        // A launch hook ended with ABANDON: terminated, and the group launches a replacement (aws-behaviour §6.5 [D]).
        startTermination(i, cohorts.abandonAt[i]);
        terminations.selected(cohorts.drainAt[i], cohorts.firstSeq[i], cohorts.az[i], LaunchReason.HOOK_ABANDONED);
      }
      if (cohorts.drainAt[i] != NEVER) {
        events.emit(listener, from, t, cohorts.drainAt[i], InstanceEvent.TERMINATING, i, reason);
        events.emit(listener, from, t, cohorts.termWaitAt[i], InstanceEvent.TERMINATING_WAIT, i, reason);
      }
      if (cohorts.terminatedAt[i] <= t) {
        listener.onInstanceEvent(cohorts.terminatedAt[i], InstanceEvent.TERMINATED, cohorts.firstSeq[i],
            cohorts.count[i], cohorts.az[i], reason);
        billing.bill(i, cohorts.terminatedAt[i]);
        for (int k = 0; cohorts.toPool[i] && k < cohorts.count[i]; k++) {
          pool.returned(cohorts.terminatedAt[i], cohorts.firstSeq[i] + k, cohorts.az[i]);
        }
        terminatedTotal += cohorts.count[i];
        counts.forget(cohorts, i);
        if (countEveryCohort) {
          cohorts.remove(i);
          if (split > i) {
            split--;
          }
          i--;
        } else {
          // Removed together after the pass: one shift of the slots after them instead of one per cohort (a
          // scale-in's victims, split off many cohorts, end together). Nothing later in the pass reads this slot.
          if (gone == goneSlots.length) {
            goneSlots = Arrays.copyOf(goneSlots, 2 * gone);
          }
          goneSlots[gone++] = i;
        }
      }
    }
    cohorts.removeAll(goneSlots, gone);
    lastAdvance = t;
    recount(t);
  }

  /**
   * Cohort {@code i} is past its Unhealthy mark: takes out as many of its instances as the replacement batch allows
   * (aws-behaviour §6.3 [D]) and moves the rest to the next health sweep. Returns the slot split off, or -1.
   */
  private int markUnhealthy(int i, long t, int desired, GroupListener listener, VictimSink terminations,
      LaunchReason reason) {
    int room = owed.healthRoom(desired, counts.replacementsInFlight);
    if (room <= 0) {
      cohorts.unhealthyAt[i] = health.nextSweep(t + 1);
      cohorts.touched(i);
      return -1;
    }
    // The batch is in capacity units (aws-behaviour Q11 [I]), at least one instance.
    int n = Math.min(Math.max(1, room / types.weight(cohorts.type[i])), cohorts.count[i]);
    int j = i;
    int split = -1;
    if (n < cohorts.count[i]) {
      j = cohorts.splitAfter(i);
      split = j;
      cohorts.count[i] -= n;
      cohorts.count[j] = n;
      cohorts.firstSeq[j] = cohorts.firstSeq[i] + cohorts.count[i];
      cohorts.unhealthyAt[i] = health.nextSweep(t + 1);
      cohorts.touched(i);
    }
    long at = cohorts.unhealthyAt[j];
    listener.onInstanceEvent(at, InstanceEvent.MARKED_UNHEALTHY, cohorts.firstSeq[j], n, cohorts.az[j], reason);
    startTermination(j, at);
    owed.owedForHealth(n);
    for (int k = 0; k < n; k++) {
      terminations.selected(at, cohorts.firstSeq[j] + k, cohorts.az[j], LaunchReason.HEALTH_REPLACEMENT);
    }
    return split;
  }

  private void recount(long t) {
    if (countEveryCohort) {
      cohorts.touchedAll();
    }
    long next = counts.count(cohorts, t, params.maxInstanceLifetime());
    minute.recounted();
    if (owed.anyOwed()) {
      next = Math.min(next, t + 1);
    }
    if (interruptions != null) {
      next = Math.min(next, interruptions.nextEventAfter(t));
    }
    nextEventAt = next;
  }

  /**
   * How the next launches should be accounted: replacements owed for unhealthy or expired instances first, then
   * Capacity Rebalancing's (aws-behaviour §7.7). Returns the reason and consumes one owed replacement.
   */
  public LaunchReason takeLaunchReason() {
    LaunchReason r = owed.take(lastAdvance, params.launchDelaySeconds() + params.defaultWarmupSeconds() + 60);
    boolean rebalance = interruptions != null && interruptions.owesReplacement();
    return r == LaunchReason.DESIRED_CHANGE && rebalance ? LaunchReason.CAPACITY_REBALANCE : r;
  }

  /** Forgets owed replacements that a lower desired capacity made unnecessary. */
  public void forgiveReplacements(int desired) {
    owed.forgive(Math.max(0, desired - counts.nonTerminating));
  }

  /**
   * Spreads {@code demand} (percent of one instance's CPU) over the serving instances for one minute: CPU per
   * instance is capped at 100 %, and at the baseline for a burstable instance in standard mode out of credits (aws-behaviour
   * §8.1 [D]); credits are earned and spent per minute, and surplus credits beyond what an instance may owe are charged
   * when the minute starting at {@code minuteStart} ends a clock hour. Minutes come in order. Returns the demand served.
   */
  public double serve(long minuteStart, double demand) {
    minute.serve(minuteStart, demand, counts);
    if (hourEnd == Long.MIN_VALUE) {
      hourEnd = CreditModel.nextHourEnd(minuteStart);
    }
    if (minuteStart + 60 >= hourEnd) { // kept, not a 64-bit division a minute
      minute.endOfHour(billing);
      hourEnd = CreditModel.nextHourEnd(minuteStart + 60);
    }
    return minute.served;
  }

  /**
   * Whether {@link #sumsAhead} can serve this group's minutes ahead (chosen at set-up, {@link MinutesAhead#servesAhead}):
   * its balances are shared, or no type is in unlimited mode.
   */
  public boolean servesAhead() {
    return ahead.servesAhead();
  }

  /** Whether {@link #sumsAhead} may compute fewer minutes than asked: some type is in standard mode. */
  public boolean cutsAhead() {
    return ahead.cutsAhead();
  }

  /**
   * What {@link #serve} would give for {@code n} minutes ahead while nothing is recounted (a quiet stretch), into the
   * arrays: each minute's want, served demand, mean CPU and group metric, the same bits, with no balance moved
   * ({@link MinutesAhead#sumsAhead}). Returns how many minutes from the first it computed: {@code n}, or fewer when a
   * minute might hold an instance in standard mode at its baseline; 0, with nothing computed, unless
   * {@link #servesAhead}. {@link #serveAhead} then runs the first of them.
   */
  public int sumsAhead(double[] demand, int n, double[] want, double[] served, double[] meanCpu, double[] metric) {
    return ahead.sumsAhead(demand, n, counts, want, served, meanCpu, metric);
  }

  /**
   * Minutes {@code 0..n-1} of the last {@link #sumsAhead}, the first starting at {@code minuteStart}, run: {@link #serve}'s
   * balances up to each clock hour's end, then that hour's charges, in its order ({@link MinutesAhead#creditsAhead}),
   * and the last minute's results as serve leaves them ({@link MinutesAhead#lastAhead}). Unless
   * {@link #meanCreditsUnread}, each minute's {@link #meanCredits} goes into {@code meanCredits[k]} (shared balances
   * only: without them {@link #servesAhead} needs the mean unread).
   */
  public void serveAhead(long minuteStart, int n, double[] demand, double[] want, double[] served, double[] meanCpu,
      double[] metric, double[] meanCredits) {
    for (int k = 0; k < n;) {
      long t = minuteStart + 60L * k;
      if (hourEnd == Long.MIN_VALUE) {
        hourEnd = CreditModel.nextHourEnd(t);
      }
      // The minutes up to the one that ends the clock hour (t + 60 >= hourEnd): no charge falls between them.
      int toHourEnd = (int) Math.max(0, -Math.floorDiv(t + 60 - hourEnd, 60L));
      int to = (int) Math.min(n, k + 1L + toHourEnd);
      ahead.creditsAhead(want, k, to, meanCredits);
      if (to - k == toHourEnd + 1) {
        minute.endOfHour(billing);
        meanCredits[to - 1] = minute.meanCredits; // the hour's charges move the mean of the minute that ends it
        hourEnd = CreditModel.nextHourEnd(minuteStart + 60L * to);
      }
      k = to;
    }
    ahead.lastAhead(n, demand, want, served, meanCpu, metric, counts);
  }

  /** Checks that every instance is in exactly one state and no count is negative; throws if not. */
  public void checkInvariants() {
    recount(lastAdvance);
    counts.check(cohorts);
  }

  /** Bills the instances still running at the end of the run as if terminated at {@code end}. */
  public void finish(long end) {
    for (int i = 0; i < cohorts.size; i++) {
      billing.bill(i, end);
    }
    pool.finish(end);
  }

  /** How many of the last {@link #launch}'s instances started from the warm pool: the first ones (aws-behaviour §7.6). */
  public int lastWarmStarts() { return lastWarmStarts; }

  /**
   * The sequence number of the {@code k}-th instance of the last {@link #launch}, which returned {@code first}: its
   * {@link #lastWarmStarts()} warm starts keep their pool ids, the cold launches follow from {@code first}.
   */
  public int launchedSeq(int first, int k) {
    return k < lastWarmStarts ? warmStartSeqs[k] : first + k - lastWarmStarts;
  }

  /** How many instances the last {@link #launch} made. */
  public int lastLaunched() { return lastLaunched; }

  /** The capacity units the last {@link #launch} added: at least those asked for, more when a weight overshot. */
  public int lastLaunchedUnits() { return lastLaunchedUnits; }

  /** The group's instance types, weights and allocation strategies (aws-behaviour §7.11). */
  public TypeAllocation types() { return types; }

  /**
   * Capacity units above {@code desired} that weights overshot it by (aws-behaviour §7.11 [D]: "either at the desired
   * capacity or above it"); 0 in a group without weights, where being above desired means protected instances.
   */
  public int overage(int desired) {
    return types.largestWeight() > 1 ? Math.max(0, counts.nonTerminating - desired) : 0;
  }

  /** The warm pool beside the group ({@link WarmPool#NONE} without one). */
  public WarmPool pool() { return pool; }

  /** A group that has been running has a full, warmed pool (aws-behaviour §7.6, §12.1 [I]). */
  public void fillPool(long t, int desired) { pool.fill(t, desired, poolSeqs); }

  public int pending() { return counts.pending; }
  public int inService() { return counts.inService; }
  /** InService and past warm-up: N_eff, the instances whose metrics are aggregated (aws-behaviour §2.2). */
  public int warm() { return counts.warm; }
  /** The instances behind {@link #warm()}: each publishes its own CPUUtilization (aws-behaviour §8.2, §7.11). */
  public int warmInstances() { return counts.warmInstances; }
  /** Capacity units receiving traffic from the load balancer. */
  public int serving() { return counts.serving; }
  /** Instances receiving traffic from the load balancer: its targets (units are the group's, targets are instances). */
  public int servingInstances() { return counts.servingInstances; }
  public int terminating() { return counts.terminating; }
  /**
   * Held by launch hooks (Pending:Wait, and Warmed:Pending:Wait in the pool) or terminate hooks (Terminating:Wait,
   * and Warmed:Terminating:Wait out of the pool) (aws-behaviour §6.4, §6.5, §7.6).
   */
  public int waitingInHooks() {
    return counts.pendingWait + counts.terminatingWait + pool.waitingInHooks(lastAdvance);
  }
  public int pendingWait() { return counts.pendingWait; }
  /** The group has lifecycle hooks (aws-behaviour §6.5). */
  public boolean hasHooks() { return hooks.hasLaunch() || hooks.hasTerminate(); }
  public int terminatingWait() { return counts.terminatingWait; }
  /** Pending or InService and not selected for termination: what counts toward desired. */
  public int nonTerminating() { return counts.nonTerminating; }
  /** Instances launched by a scale-out still warming up (aws-behaviour §2.2 rule 3, 4). */
  public int warmingScaleOut() { return counts.warmingScaleOut; }
  /** A health check replacement is in progress: owed, launching, or its unhealthy instance not yet terminated. */
  public boolean replacingUnhealthy() { return owed.healthOwed() || counts.healthReplacing > 0; }
  public double served() { return minute.served; }
  /** Mean CPU of the serving instances during the last served minute, NaN when none serves. */
  public double meanCpu() { return minute.meanCpu; }
  /** The group metric: mean CPU over InService, warm instances (aws-behaviour §2.2 [I]); NaN when none is warm. */
  public double metricCpu() { return minute.metricCpu; }
  /** The lowest and highest CPU among the instances in the group metric, NaN when none is warm (aws-behaviour §8.2). */
  public double metricCpuMin() { return minute.metricMin; }
  public double metricCpuMax() { return minute.metricMax; }
  /** Healthy targets outside the group that share the load balancer's requests (aws-behaviour §12.1a). */
  public int outsideTargets() { return params.outsideTargets(); }
  /** What the outside targets served in the last served minute. */
  public double outsideServed() { return minute.outsideServed; }
  /** The mean credit balance at the last served minute's end (aws-behaviour §8.1); NaN after {@link #meanCreditsUnread}. */
  public double meanCredits() { return minute.meanCredits; }
  /** Whether a serving instance was held below its demand by exhausted CPU credits in the last served minute. */
  public boolean throttled() { return minute.throttled; }
  public double billedSeconds() { return billing.instanceSeconds(); }
  /** The Spot instances' share of {@link #billedSeconds()}. */
  public double spotBilledSeconds() { return billing.spotInstanceSeconds(); }
  /** Spot instances that count toward desired (pending or InService, not terminating). */
  public int spot() { return zones.total(PurchaseMix.SPOT); }
  /** Spot instances EC2 interrupted so far (aws-behaviour §7.7); 0 without a hazard. */
  public int spotInterruptions() { return interruptions == null ? 0 : interruptions.interruptions(); }
  /** Rebalance recommendations given because a pool's Spot price rose above SpotMaxPrice (aws-behaviour §7.7). */
  public int spotPriceRecommendations() { return interruptions == null ? 0 : interruptions.priceRecommendations(); }
  /** Replacements Capacity Rebalancing launched so far (aws-behaviour §7.7). */
  public int rebalanceLaunches() { return interruptions == null ? 0 : interruptions.rebalanceLaunches(); }
  /** Whether Spot interruptions are simulated. */
  public boolean interruptsSpot() { return interruptions != null; }

  /** Instance-seconds run up to {@code t}: those billed, plus the running instances' time since {@code running}. */
  public double instanceSecondsUntil(long t) {
    return instanceSecondsUntil(t, PurchaseMix.ON_DEMAND) + instanceSecondsUntil(t, PurchaseMix.SPOT);
  }

  /** {@link #instanceSecondsUntil(long)} of the instances of purchase {@code option} only. */
  public double instanceSecondsUntil(long t, int option) {
    double billed = billing.spotInstanceSeconds();
    return (option == PurchaseMix.SPOT ? billed : billing.instanceSeconds() - billed) + billing.running(t, option, -1);
  }

  /** The instance-seconds billed so far of purchase {@code option} and {@code type}. */
  public double billedSeconds(int option, int type) {
    return billing.seconds(option, type);
  }

  /** {@link #instanceSecondsUntil(long)} of the instances of purchase {@code option} and {@code type} only. */
  public double instanceSecondsUntil(long t, int option, int type) {
    return billing.seconds(option, type) + billing.running(t, option, type);
  }

  /**
   * Bills Spot instances per second at their pool's price in {@code prices}, and places Spot launches at the prices
   * then, never into a pool above its type's {@code maxPrice} (aws-behaviour §7.11); before {@link #start}.
   */
  public void priceSpot(PoolSeries prices, double[] maxPrice) {
    billing.priceSpot(prices);
    types.priceSpotAt(prices, maxPrice);
  }

  /** Whether Spot is billed at a price history per pool ({@link #priceSpot}). */
  public boolean pricesSpotByPool() {
    return billing.pricesSpotByPool();
  }

  /** The Spot dollars of {@code type} billed so far (with {@link #priceSpot}). */
  public double spotCost(int type) {
    return billing.spotCost(type, -1);
  }

  /** {@link #spotCost(int)} plus the running Spot instances' dollars up to {@code t}. */
  public double spotCostUntil(long t, int type) {
    return billing.spotCost(type, t);
  }

  public double surplusCredits() { return billing.surplusCredits(); }
  /** The share of {@link #surplusCredits()} charged at the ends of hours, above 24 hours of earnings (aws-behaviour §8.1). */
  public double surplusChargedAtHourEnds() { return billing.surplusChargedAtHourEnds(); }
  /** The mean price of {@link #surplusCredits()} per vCPU-hour, each type's at its own ({@code fallback}: none). */
  public double surplusPricePerVcpuHour(double fallback) { return billing.surplusPricePerVcpuHour(fallback); }
  public int launchedTotal() { return launchedTotal; }
  public int terminatedTotal() { return terminatedTotal; }
  public int cohortCount() { return cohorts.size; }
  public List<String> availabilityZones() { return params.availabilityZones(); }
}
