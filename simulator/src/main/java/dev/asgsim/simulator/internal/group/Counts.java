package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.Cohorts.NEVER;

/**
 * How many of the group's instances are in each state at one time, and the next time any cohort's clock changes that
 * (one pass over the cohorts). Pending, InService and Terminating partition the instances (aws-behaviour §6.4 [D]).
 * Counts are in capacity units, the group's weights applied (instances when not weighted, aws-behaviour §7.11 [D]:
 * "MinSize, MaxSize and desired are capacity units"); the {@code *Instances} counts and {@link #servingCpu} are for
 * the metric (an average over instances) and the load balancer.
 */
final class Counts {
  private final TypeAllocation types;
  /** InService instances in the aggregated metric (not units): CloudWatch averages over instances. */
  int warmInstances;
  /** Serving instances (not units): the load balancer's targets. */
  int servingInstances;
  int servingWarmInstances;
  /** What the serving instances serve at 100 % CPU, in instances of the reference type (aws-behaviour §7.11 [I]). */
  double servingCpu;
  int pending;
  int inService;
  /** InService and in the aggregated metric: N_eff (aws-behaviour §2.2 item 1). */
  int warm;
  /** Receiving traffic from the load balancer. */
  int serving;
  int servingWarm;
  int terminating;
  /** Held by launch hooks: Pending:Wait (aws-behaviour §6.5). */
  int pendingWait;
  /** Held by terminate hooks: Terminating:Wait (aws-behaviour §6.5). */
  int terminatingWait;
  /** Pending or InService and not selected for termination: what counts toward desired. */
  int nonTerminating;
  /** Launched by a scale-out and still warming (aws-behaviour §2.2 rule 3, 4). */
  int warmingScaleOut;
  /** Health replacements not yet warm and healthy: they use the 10 % replacement batch (aws-behaviour §6.3). */
  int replacementsInFlight;
  /**
   * Instances of a health check replacement not yet done: marked Unhealthy and not yet terminated, or launched as a
   * replacement and not yet InService (aws-behaviour §3 [D]: simple policies wait for it).
   */
  int healthReplacing;

  /** {@link #count}'s flags: which totals a cohort is in (its units, and for some its instances). */
  private static final int NON_TERMINATING = 0;
  private static final int WARMING_SCALE_OUT = 1;
  private static final int REPLACEMENT_IN_FLIGHT = 2;
  private static final int HEALTH_REPLACING = 3;
  private static final int TERMINATING = 4;
  private static final int TERMINATING_WAIT = 5;
  private static final int IN_SERVICE = 6;
  private static final int WARM = 7;
  private static final int SERVING = 8;
  private static final int SERVING_WARM = 9;
  private static final int PENDING = 10;
  private static final int PENDING_WAIT = 11;
  private static final int FLAGS = 12;
  /**
   * The flags {@link ServingSums#list} reads through a cohort's phase: serving, and serving and in the metric. A cohort
   * whose recount keeps both and its count leaves the serving list as it was ({@link Cohorts#servingMoved}).
   */
  private static final int LISTED = 1 << SERVING | 1 << SERVING_WARM;
  /** Per flag, the units and the instances of the cohorts counted in it: the totals kept between recounts. */
  private final int[] units = new int[FLAGS];
  private final int[] instances = new int[FLAGS];
  /** Every type's CPU capacity is 1: {@link #servingCpu} is the serving instances, summed exactly. */
  private final boolean unitCpu;

  /**
   * Counts {@code cohorts} at {@code t} and returns the first clock after {@code t} at which a count or an event
   * changes ({@link Cohorts#NEVER} if none). Only the cohorts whose state may have moved since they were last counted
   * are counted again ({@link Cohorts#due}: a clock of theirs passed, or they changed); the others' part of every
   * total is the same at {@code t}, as every clock their state depends on is on the same side of {@code t} (issue 15
   * item 4). Integer totals do not depend on the order they are summed in, so the totals are the full recount's.
   *
   * @param maxInstanceLifetime seconds, 0 for none: an instance past it must be retired at the next step
   */
  long count(Cohorts cohorts, long t, int maxInstanceLifetime) {
    long next = NEVER;
    long[] due = cohorts.due;
    long[] nextOf = cohorts.nextOf;
    for (int i = 0; i < cohorts.size; i++) {
      if (due[i] <= t) {
        recount(cohorts, i, t, maxInstanceLifetime);
      }
      next = Math.min(next, nextOf[i]);
    }
    publish(cohorts);
    return next;
  }

  /**
   * Takes cohort {@code i}'s part out of the totals as it leaves the group (published at the next recount); its slot
   * is removed before then.
   */
  void forget(Cohorts cohorts, int i) {
    add(cohorts.countedFlags[i], -cohorts.countedCount[i], weight(cohorts, i));
    if ((cohorts.countedFlags[i] & LISTED) != 0) {
      cohorts.servingMoved = true;
    }
  }

  /**
   * {@code n} units left desired (a scale-in's victim, Capacity Rebalancing): {@link #nonTerminating} drops now; the
   * recount that follows counts them as terminating and publishes every total afresh.
   */
  void takeOut(int n) {
    nonTerminating -= n;
  }

  private int weight(Cohorts cohorts, int i) {
    return types.weight(cohorts.type[i]);
  }

  private void add(int flags, int count, int weight) {
    int n = count * weight;
    for (int f = flags; f != 0; f &= f - 1) {
      int b = Integer.numberOfTrailingZeros(f);
      units[b] += n;
      instances[b] += count;
    }
  }

  private void publish(Cohorts cohorts) {
    pending = units[PENDING];
    inService = units[IN_SERVICE];
    warm = units[WARM];
    serving = units[SERVING];
    terminating = units[TERMINATING];
    pendingWait = units[PENDING_WAIT];
    terminatingWait = units[TERMINATING_WAIT];
    nonTerminating = units[NON_TERMINATING];
    warmingScaleOut = units[WARMING_SCALE_OUT];
    replacementsInFlight = units[REPLACEMENT_IN_FLIGHT];
    healthReplacing = units[HEALTH_REPLACING];
    servingWarm = units[SERVING_WARM];
    warmInstances = instances[WARM];
    servingInstances = instances[SERVING];
    servingWarmInstances = instances[SERVING_WARM];
    if (unitCpu) {
      servingCpu = servingInstances; // a sum of whole numbers × 1.0: exact in any order
    } else {
      // Capacities are not whole numbers: summed in slot order, as ever, for the same bits.
      servingCpu = 0;
      for (int i = 0; i < cohorts.size; i++) {
        if ((cohorts.phase[i] & Cohorts.SERVES) != 0) {
          servingCpu += cohorts.count[i] * types.cpu(cohorts.type[i]);
        }
      }
    }
  }

  /** Counts cohort {@code i} at {@code t} again: its flags, phase, next clock and when it is due again. */
  private void recount(Cohorts cohorts, int i, long t, int maxInstanceLifetime) {
    int count = cohorts.count[i];
    int weight = weight(cohorts, i);
    int oldFlags = cohorts.countedFlags[i];
    int oldCount = cohorts.countedCount[i];
    int flags = 0;
    boolean replacement = cohorts.reason[i] == (byte) LaunchReason.HEALTH_REPLACEMENT.ordinal();
    if (!cohorts.terminating(i)) {
      flags |= 1 << NON_TERMINATING;
      if (cohorts.scaleOut[i] && cohorts.warmAt[i] > t) {
        flags |= 1 << WARMING_SCALE_OUT;
      }
      if (replacement && (cohorts.warmAt[i] > t || cohorts.lbHealthyAt[i] > t)) {
        flags |= 1 << REPLACEMENT_IN_FLIGHT;
      }
    }
    // A health victim's termination starts at its Unhealthy mark (Group.markUnhealthy); a scale-in victim's does not.
    if ((cohorts.terminating(i) && cohorts.unhealthyAt[i] <= cohorts.drainAt[i])
        || (replacement && !cohorts.terminating(i) && cohorts.inServiceAt[i] > t)) {
      flags |= 1 << HEALTH_REPLACING;
    }
    byte phase = 0;
    if (cohorts.drainAt[i] <= t) {
      flags |= 1 << TERMINATING;
      if (cohorts.termWaitAt[i] <= t) {
        flags |= 1 << TERMINATING_WAIT;
      }
    } else if (cohorts.inServiceAt[i] <= t) {
      flags |= 1 << IN_SERVICE;
      phase = Cohorts.ACTIVE;
      if (cohorts.aggregatedAt[i] <= t) {
        flags |= 1 << WARM;
        phase |= Cohorts.AGGREGATED;
      }
      if (cohorts.serving(i, t)) {
        flags |= 1 << SERVING;
        phase |= Cohorts.SERVES;
        if (cohorts.aggregatedAt[i] <= t) {
          flags |= 1 << SERVING_WARM;
        }
      }
    } else {
      flags |= 1 << PENDING;
      if (cohorts.waitAt[i] <= t) {
        flags |= 1 << PENDING_WAIT;
      }
    }
    // The same integer totals as taking the old part out and putting the new one in, touching only the totals that
    // move: a flag kept moves by the count's change, one lost or gained by the whole count (most recounts move a
    // flag or two of a dozen; issue 15 item 4: a large fleet's year recounts some 330 000 cohorts).
    int kept = flags & oldFlags;
    if (count != oldCount) {
      add(kept, count - oldCount, weight);
    }
    if (flags != oldFlags) {
      add(oldFlags & ~kept, -oldCount, weight);
      add(flags & ~kept, count, weight);
    }
    if ((flags & LISTED) != (oldFlags & LISTED) || ((flags & 1 << SERVING) != 0 && count != oldCount)) {
      cohorts.servingMoved = true;
    }
    cohorts.countedFlags[i] = flags;
    cohorts.countedCount[i] = count;
    cohorts.phase(i, phase);
    long next = NEVER;
    next = Math.min(next, after(t, cohorts.launchAt[i]));
    next = Math.min(next, after(t, cohorts.inServiceAt[i]));
    next = Math.min(next, after(t, cohorts.lbHealthyAt[i]));
    next = Math.min(next, after(t, cohorts.lbUnhealthyAt[i]));
    next = Math.min(next, after(t, cohorts.warmAt[i]));
    next = Math.min(next, after(t, cohorts.aggregatedAt[i]));
    next = Math.min(next, cohorts.terminating(i) ? after(t, cohorts.drainAt[i]) : cohorts.unhealthyAt[i] <= t ? t + 1
        : after(t, cohorts.unhealthyAt[i]));
    // A termination already due (a scale-in at this very time without deregistration delay) is the next event: the
    // next advance removes it, so it leaves the terminating count when AWS has it gone (aws-behaviour §2.2 item 6a).
    next = Math.min(next, Math.max(t, cohorts.terminatedAt[i]));
    next = Math.min(next, after(t, cohorts.waitAt[i]));
    next = Math.min(next, after(t, cohorts.termWaitAt[i]));
    if (!cohorts.terminating(i)) {
      next = Math.min(next, cohorts.abandonAt[i] <= t ? t + 1 : after(t, cohorts.abandonAt[i]));
    }
    if (maxInstanceLifetime > 0 && !cohorts.terminating(i)) {
      next = Math.min(next, Math.max(t + 1, cohorts.launchAt[i] + maxInstanceLifetime));
    }
    cohorts.nextOf[i] = next;
    // Due again at the first clock any test above or an advance reads (the few not in the next event's clocks added
    // here); at once when something is already due (next at t or t + 1), as those tests read t itself.
    long due = Math.min(next, after(t, cohorts.drainAt[i]));
    due = Math.min(due, after(t, cohorts.unhealthyAt[i]));
    due = Math.min(due, after(t, cohorts.interruptAt[i]));
    due = Math.min(due, after(t, cohorts.abandonAt[i]));
    cohorts.due[i] = next <= t + 1 ? Cohorts.STALE : due;
  }

  Counts(TypeAllocation types) {
    this.types = types;
    this.unitCpu = types.unitCpu();
  }

  private static long after(long t, long at) {
    return at > t ? at : NEVER;
  }

  /** Throws unless every instance is in exactly one state and no count is negative. */
  void check(Cohorts cohorts) {
    int total = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.count[i] <= 0) {
        throw new IllegalStateException("cohort " + i + " has " + cohorts.count[i] + " instances");
      }
      total += cohorts.count[i] * types.weight(cohorts.type[i]);
    }
    if (pending < 0 || inService < 0 || terminating < 0 || warm < 0 || serving < 0 || nonTerminating < 0) {
      throw new IllegalStateException("negative count");
    }
    if (pending + inService + terminating != total) {
      throw new IllegalStateException("states do not add up: pending " + pending + " + in service " + inService
          + " + terminating " + terminating + " != " + total + " units");
    }
    if (warm > inService || serving > inService || nonTerminating > total) {
      throw new IllegalStateException("warm/serving above in service");
    }
  }
}
