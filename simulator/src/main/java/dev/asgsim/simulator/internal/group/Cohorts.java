package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

// Over 300 lines because every per-cohort array must grow, shift and copy together (one list each, kept side by side
// so that a new array is added in all of them), and the balances some cohorts share (CreditShares) are read and left
// here, where the phases that decide a share are set.

/**
 * Instances launched together into one AZ share every clock, so the group is a handful of cohorts in primitive
 * arrays, not an object per instance: per-minute work is O(#cohorts) and allocation-free (arrays only grow).
 * Slots stay in launch order; a cohort partly selected for termination is split in two.
 */
final class Cohorts {
  static final long NEVER = Long.MAX_VALUE;

  int size;
  int[] count = new int[8];
  int[] az = new int[8];
  int[] firstSeq = new int[8];
  byte[] reason = new byte[8];
  /** {@link PurchaseMix#ON_DEMAND} or {@link PurchaseMix#SPOT}. */
  byte[] option = new byte[8];
  /**
   * The instance type, an index into the group's {@link TypeAllocation} (aws-behaviour §7.11); with {@link #az} and
   * {@link #option} it names the instances' Spot pool.
   */
  byte[] type = new byte[8];
  boolean[] scaleOut = new boolean[8];
  long[] launchAt = new long[8];
  long[] inServiceAt = new long[8];
  long[] lbHealthyAt = new long[8];
  long[] lbUnhealthyAt = new long[8];
  long[] warmAt = new long[8];
  /** When the instance's metrics join the group's aggregate (aws-behaviour §2.2 item 1): InService, or warmAt. */
  long[] aggregatedAt = new long[8];
  long[] unhealthyAt = new long[8];
  long[] drainAt = new long[8];
  long[] terminatedAt = new long[8];
  /** When the launch hooks start holding it in Pending:Wait (aws-behaviour §6.5); NEVER without launch hooks. */
  long[] waitAt = new long[8];
  /** When a launch hook's ABANDON terminates it before InService (aws-behaviour §6.5 [D]); NEVER if it proceeds. */
  long[] abandonAt = new long[8];
  /** When the terminate hooks start holding it in Terminating:Wait, after deregistration; NEVER without them. */
  long[] termWaitAt = new long[8];
  /** Scaled in with ReuseOnScaleIn: back to the warm pool when terminated from the group (aws-behaviour §7.6). */
  boolean[] toPool = new boolean[8];
  /** Earned CPU credits per instance (negative: surplus in unlimited mode). */
  double[] credits = new double[8];
  /** T2 launch credits per instance, kept apart from the earned balance (aws-behaviour §8.1). */
  double[] launchCredits = new double[8];
  /**
   * The {@link CreditShares} entry that holds this cohort's two balances instead of {@link #credits} and
   * {@link #launchCredits}, or -1 (issue 15 item 4); read them with {@link #earned} and {@link #launch}.
   */
  int[] share = new int[8];
  /** The balances cohorts share, or null when none does. */
  CreditShares shares;
  /** When EC2 sent this Spot instance a rebalance recommendation (aws-behaviour §7.7); NEVER if none. */
  long[] rebalanceAt = new long[8];
  /** When EC2 interrupts it, two minutes after the notice (aws-behaviour §7.7 [D]); NEVER if not. */
  long[] interruptAt = new long[8];
  /** When its Capacity Rebalancing replacement passed its health check (aws-behaviour §7.7 [D]); NEVER if none. */
  long[] replacedAt = new long[8];
  /**
   * What {@link Counts#count} found of each cohort at the last recount ({@link #ACTIVE}, {@link #SERVES},
   * {@link #AGGREGATED}): it holds until the group's next event, so the minute's demand spread reads one byte per
   * cohort instead of five clocks (issue 15 item 4).
   */
  byte[] phase = new byte[8];
  /**
   * What {@link Counts} holds of each cohort in its totals: the {@link Counts} flags and the instances they were
   * counted with (0 and 0: not counted yet). Kept with the cohort so that a recount changes only the cohorts whose
   * state moved (issue 15 item 4).
   */
  int[] countedFlags = new int[8];
  int[] countedCount = new int[8];
  /**
   * The first time after the cohort's last count at which any of its clocks changes its counts, its events or an
   * advance's work on it ({@link #STALE}: changed since, count it again), and its own part of the group's next event.
   */
  long[] due = new long[8];
  long[] nextOf = new long[8];

  /** InService and not draining: runs, and earns and spends CPU credits. */
  static final byte ACTIVE = 1;
  /** {@link #serving}. */
  static final byte SERVES = 2;
  /** In the group metric: its aggregation clock has passed (aws-behaviour §2.2 item 1). */
  static final byte AGGREGATED = 4;
  /** {@link #due} of a cohort changed since it was counted. */
  static final long STALE = Long.MIN_VALUE;
  /**
   * Since {@link ServingSums#list} last listed the serving cohorts: a recount found a cohort starting or stopping to
   * serve, entering or leaving the metric while serving, or serving with another count, or a serving cohort left
   * ({@link Counts}). Slots moving keep the serving cohorts' order, so while it is false the list is what listing again
   * would give.
   */
  boolean servingMoved = true;

  int add() {
    if (size == count.length) {
      int n = size * 2;
      count = Arrays.copyOf(count, n);
      az = Arrays.copyOf(az, n);
      firstSeq = Arrays.copyOf(firstSeq, n);
      reason = Arrays.copyOf(reason, n);
      option = Arrays.copyOf(option, n);
      type = Arrays.copyOf(type, n);
      scaleOut = Arrays.copyOf(scaleOut, n);
      launchAt = Arrays.copyOf(launchAt, n);
      inServiceAt = Arrays.copyOf(inServiceAt, n);
      lbHealthyAt = Arrays.copyOf(lbHealthyAt, n);
      lbUnhealthyAt = Arrays.copyOf(lbUnhealthyAt, n);
      warmAt = Arrays.copyOf(warmAt, n);
      aggregatedAt = Arrays.copyOf(aggregatedAt, n);
      unhealthyAt = Arrays.copyOf(unhealthyAt, n);
      drainAt = Arrays.copyOf(drainAt, n);
      terminatedAt = Arrays.copyOf(terminatedAt, n);
      waitAt = Arrays.copyOf(waitAt, n);
      abandonAt = Arrays.copyOf(abandonAt, n);
      termWaitAt = Arrays.copyOf(termWaitAt, n);
      toPool = Arrays.copyOf(toPool, n);
      credits = Arrays.copyOf(credits, n);
      launchCredits = Arrays.copyOf(launchCredits, n);
      share = Arrays.copyOf(share, n);
      rebalanceAt = Arrays.copyOf(rebalanceAt, n);
      interruptAt = Arrays.copyOf(interruptAt, n);
      replacedAt = Arrays.copyOf(replacedAt, n);
      phase = Arrays.copyOf(phase, n);
      countedFlags = Arrays.copyOf(countedFlags, n);
      countedCount = Arrays.copyOf(countedCount, n);
      due = Arrays.copyOf(due, n);
      nextOf = Arrays.copyOf(nextOf, n);
    }
    uncounted(size);
    share[size] = -1;
    return size++;
  }

  /** Slot {@code i} is new: nothing of it is in the counts yet. */
  private void uncounted(int i) {
    countedFlags[i] = 0;
    countedCount[i] = 0;
    due[i] = STALE;
  }

  /** Cohort {@code i} changed (a clock, its count or its termination): the next recount counts it again. */
  void touched(int i) {
    due[i] = STALE;
  }

  /** Every cohort is counted again at the next recount. */
  void touchedAll() {
    Arrays.fill(due, 0, size, STALE);
  }

  /** Copies slot {@code from} into a new slot right after it and returns the new slot's index. */
  int splitAfter(int from) {
    add();
    int to = from + 1;
    int tail = size - 1 - to;
    if (tail > 0) {
      shift(to, to + 1, tail);
    }
    copy(from, to);
    uncounted(to);
    touched(from);
    return to;
  }

  /**
   * Inserts a copy of each of the {@code n} slots in {@code slots} (ascending, distinct) right after it, in one pass:
   * each later slot moves once, not once per insert. The copy of {@code slots[k]} lands at {@code slots[k] + k + 1};
   * like {@link #splitAfter}, it is new to the counts and its parent is touched.
   */
  void splitAfterEach(int[] slots, int n) {
    if (n == 0) {
      return;
    }
    int end = size;
    for (int k = 0; k < n; k++) {
      add();
    }
    // Backwards: the block after the k-th slot moves by k + 1 (the inserts before it and its own).
    for (int k = n - 1; k >= 0; k--) {
      int p = slots[k];
      int length = end - (p + 1);
      if (length > 0) {
        shift(p + 1, p + 2 + k, length);
      }
      int to = p + k + 1;
      copy(p, to);
      uncounted(to);
      end = p + 1;
    }
    for (int k = 0; k < n; k++) {
      touched(slots[k] + k);
    }
  }

  void remove(int i) {
    int tail = size - 1 - i;
    if (tail > 0) {
      shift(i + 1, i, tail);
    }
    size--;
  }

  /** Removes the {@code n} slots in {@code slots} (ascending) in one pass: each later slot moves once. */
  void removeAll(int[] slots, int n) {
    if (n == 0) {
      return;
    }
    int write = slots[0];
    for (int k = 0; k < n; k++) {
      int from = slots[k] + 1;
      int length = (k + 1 < n ? slots[k + 1] : size) - from;
      if (length > 0) {
        shift(from, write, length);
      }
      write += length;
    }
    size -= n;
  }

  private void shift(int src, int dst, int n) {
    System.arraycopy(count, src, count, dst, n);
    System.arraycopy(az, src, az, dst, n);
    System.arraycopy(firstSeq, src, firstSeq, dst, n);
    System.arraycopy(reason, src, reason, dst, n);
    System.arraycopy(option, src, option, dst, n);
    System.arraycopy(type, src, type, dst, n);
    System.arraycopy(scaleOut, src, scaleOut, dst, n);
    System.arraycopy(launchAt, src, launchAt, dst, n);
    System.arraycopy(inServiceAt, src, inServiceAt, dst, n);
    System.arraycopy(lbHealthyAt, src, lbHealthyAt, dst, n);
    System.arraycopy(lbUnhealthyAt, src, lbUnhealthyAt, dst, n);
    System.arraycopy(warmAt, src, warmAt, dst, n);
    System.arraycopy(aggregatedAt, src, aggregatedAt, dst, n);
    System.arraycopy(unhealthyAt, src, unhealthyAt, dst, n);
    System.arraycopy(drainAt, src, drainAt, dst, n);
    System.arraycopy(terminatedAt, src, terminatedAt, dst, n);
    System.arraycopy(waitAt, src, waitAt, dst, n);
    System.arraycopy(abandonAt, src, abandonAt, dst, n);
    System.arraycopy(termWaitAt, src, termWaitAt, dst, n);
    System.arraycopy(toPool, src, toPool, dst, n);
    System.arraycopy(credits, src, credits, dst, n);
    System.arraycopy(launchCredits, src, launchCredits, dst, n);
    System.arraycopy(share, src, share, dst, n);
    System.arraycopy(rebalanceAt, src, rebalanceAt, dst, n);
    System.arraycopy(interruptAt, src, interruptAt, dst, n);
    System.arraycopy(replacedAt, src, replacedAt, dst, n);
    System.arraycopy(phase, src, phase, dst, n);
    System.arraycopy(countedFlags, src, countedFlags, dst, n);
    System.arraycopy(countedCount, src, countedCount, dst, n);
    System.arraycopy(due, src, due, dst, n);
    System.arraycopy(nextOf, src, nextOf, dst, n);
  }

  private void copy(int s, int d) {
    count[d] = count[s];
    az[d] = az[s];
    firstSeq[d] = firstSeq[s];
    reason[d] = reason[s];
    option[d] = option[s];
    type[d] = type[s];
    scaleOut[d] = scaleOut[s];
    launchAt[d] = launchAt[s];
    inServiceAt[d] = inServiceAt[s];
    lbHealthyAt[d] = lbHealthyAt[s];
    lbUnhealthyAt[d] = lbUnhealthyAt[s];
    warmAt[d] = warmAt[s];
    aggregatedAt[d] = aggregatedAt[s];
    unhealthyAt[d] = unhealthyAt[s];
    drainAt[d] = drainAt[s];
    terminatedAt[d] = terminatedAt[s];
    waitAt[d] = waitAt[s];
    abandonAt[d] = abandonAt[s];
    termWaitAt[d] = termWaitAt[s];
    toPool[d] = toPool[s];
    credits[d] = credits[s];
    launchCredits[d] = launchCredits[s];
    share[d] = share[s];
    rebalanceAt[d] = rebalanceAt[s];
    interruptAt[d] = interruptAt[s];
    replacedAt[d] = replacedAt[s];
    phase[d] = phase[s];
  }

  /** Splits the last instance off cohort {@code i} and returns its slot ({@code i} itself for a single instance). */
  int detachLast(int i) {
    if (count[i] == 1) {
      return i;
    }
    int j = splitAfter(i);
    count[i] -= 1;
    count[j] = 1;
    firstSeq[j] = firstSeq[i] + count[i];
    return j;
  }

  /**
   * Sets cohort {@code i}'s phase ({@link Counts}): a cohort whose phase leaves its share's takes its balances back,
   * and an active cohort without a share is put into one before the next minute ({@link CreditShares#loose}).
   */
  void phase(int i, byte p) {
    phase[i] = p;
    if (shares == null) {
      return;
    }
    int s = share[i];
    if (s >= 0 && CreditShares.key(p) != shares.phase[s]) {
      credits[i] = shares.earned[s];
      launchCredits[i] = shares.launch[s];
      share[i] = -1;
    }
    if (share[i] < 0 && (p & ACTIVE) != 0) {
      shares.loose = true;
    }
  }

  /** Cohort {@code i}'s earned balance per instance ({@link #credits}, or its share's). */
  double earned(int i) {
    return share[i] < 0 ? credits[i] : shares.earned[share[i]];
  }

  /**
   * Whether cohorts {@code i} and {@code i + 1}, side by side and neither terminating, hold instances of one launch
   * (AZ, option, type, launch time) with consecutive sequence numbers: twins, which no split leaves today (each splits
   * off a terminating piece), and which a scale-in taking its victims by cohort must tell (Group's merge of a victim
   * into the slot after it).
   */
  boolean twins(int i) {
    return firstSeq[i + 1] == firstSeq[i] + count[i] && launchAt[i] == launchAt[i + 1] && az[i] == az[i + 1]
        && option[i] == option[i + 1] && type[i] == type[i + 1] && !terminating(i) && !terminating(i + 1);
  }

  /** Cohort {@code i}'s launch credits per instance ({@link #launchCredits}, or its share's). */
  double launch(int i) {
    return share[i] < 0 ? launchCredits[i] : shares.launch[share[i]];
  }

  boolean terminating(int i) {
    return drainAt[i] != NEVER;
  }

  /** Receiving traffic at {@code t}: InService, target healthy for good, not draining, not marked Unhealthy. */
  boolean serving(int i, long t) {
    // lbHealthyAt is the first time the target is healthy for good (after any unhealthy spell), see HealthClocks.
    return inServiceAt[i] <= t && lbHealthyAt[i] <= t && drainAt[i] > t && unhealthyAt[i] > t && interruptAt[i] > t;
  }
}
