package dev.asgsim.simulator.internal.group;

import java.util.Arrays;

/**
 * CPU credit balances that several cohorts hold bit for bit alike, kept once (issue 15 item 4, large fleets). Two active
 * cohorts with the same balances (earned and launch credits per instance) and the same phase (serving or not) spend
 * and earn the same credits each minute (every type's credits alike, unlimited mode, one CPU: {@link DemandSpread}'s
 * even pass), so their balances stay equal bit for bit until a phase changes or an hour's end charges them. In
 * unlimited mode a busy fleet's balances meet often: every instance that owes more than 24 hours of earnings is set
 * to owe exactly that at each clock hour's end (aws-behaviour §8.1 [D]), so the ~90 cohorts of a 1 000-instance fleet
 * hold about 9 balances, and the minute updates those instead of every cohort.
 *
 * <p>A cohort in a share has {@link Cohorts#share} set and its own balance fields unread ({@link Cohorts#earned}
 * reads through). A cohort whose phase leaves its share's takes its balances back when it is counted
 * ({@link Cohorts#phase(int, byte)}); before the next minute, {@link #update} puts every active cohort without a share
 * into the one with its balances and phase (a new one if none), and after an hour's end charged some shares, merges
 * the shares that became equal and drops those no cohort holds (also when they grow many).
 */
final class CreditShares {
  int size;
  double[] earned = new double[8];
  double[] launch = new double[8];
  /** {@link Cohorts#ACTIVE}, with {@link Cohorts#SERVES} or not: what the members' minute spends. */
  byte[] phase = new byte[8];
  /** Some active cohort has no share yet ({@link Cohorts#phase(int, byte)}). */
  boolean loose;
  /** An hour's end charged some shares, which may now be equal ({@link DemandSpread#endOfHour}). */
  boolean charged;
  /** {@link #merge} also runs when there are more shares than this (a run whose hours' ends charge nothing). */
  private int mergeAbove = 16;
  /** The share {@link #join} returned last. */
  private int last;
  /** {@link #merge}'s work space: per share, its members, then what it became. */
  private int[] members = new int[8];

  /** The phase bits a share is keyed by: whether it runs, and whether it serves. */
  static byte key(byte phase) {
    return (byte) (phase & (Cohorts.ACTIVE | Cohorts.SERVES));
  }

  /** Brings the shares up to date with the cohorts before a minute: see the class comment. */
  void update(Cohorts cohorts) {
    if (charged || size > mergeAbove) {
      merge(cohorts);
      charged = false;
      mergeAbove = 2 * size + 16;
    }
    if (loose) {
      for (int i = 0; i < cohorts.size; i++) {
        if (cohorts.share[i] < 0 && (cohorts.phase[i] & Cohorts.ACTIVE) != 0) {
          cohorts.share[i] = join(cohorts.credits[i], cohorts.launchCredits[i], key(cohorts.phase[i]));
        }
      }
      loose = false;
    }
  }

  /** Merges the shares with the same balances and phase, and drops those no cohort holds. */
  private void merge(Cohorts cohorts) {
    Arrays.fill(members, 0, size, 0);
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.share[i] >= 0) {
        members[cohorts.share[i]]++;
      }
    }
    int kept = 0;
    for (int s = 0; s < size; s++) {
      if (members[s] == 0) {
        continue;
      }
      int same = find(kept, earned[s], launch[s], phase[s]);
      if (same >= 0) {
        members[s] = same;
        continue;
      }
      earned[kept] = earned[s];
      launch[kept] = launch[s];
      phase[kept] = phase[s];
      members[s] = kept++;
    }
    size = kept;
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.share[i] >= 0) {
        cohorts.share[i] = members[cohorts.share[i]];
      }
    }
  }

  /**
   * The share holding exactly these balances in this phase, added if none does. The share the last cohort joined is
   * tried first: the cohorts that come loose together (one launch's AZs, a share's members whose phase moved alike)
   * mostly hold the same balances. Should two shares hold the same bits (balances that met since they were set
   * apart), either serves: their members' minutes are the same arithmetic on the same bits.
   */
  private int join(double e, double l, byte p) {
    if (last < size && phase[last] == p && Double.doubleToRawLongBits(earned[last]) == Double.doubleToRawLongBits(e)
        && Double.doubleToRawLongBits(launch[last]) == Double.doubleToRawLongBits(l)) {
      return last;
    }
    int s = find(size, e, l, p);
    last = s >= 0 ? s : size;
    if (s >= 0) {
      return s;
    }
    if (size == earned.length) {
      int n = size * 2;
      earned = Arrays.copyOf(earned, n);
      launch = Arrays.copyOf(launch, n);
      phase = Arrays.copyOf(phase, n);
      members = Arrays.copyOf(members, n);
    }
    earned[size] = e;
    launch[size] = l;
    phase[size] = p;
    return size++;
  }

  /** Of the first {@code n} shares, the one with these balances' bits and this phase, or -1. */
  private int find(int n, double e, double l, byte p) {
    long eb = Double.doubleToRawLongBits(e);
    long lb = Double.doubleToRawLongBits(l);
    for (int s = 0; s < n; s++) {
      if (phase[s] == p && Double.doubleToRawLongBits(earned[s]) == eb
          && Double.doubleToRawLongBits(launch[s]) == lb) {
        return s;
      }
    }
    return -1;
  }
}
