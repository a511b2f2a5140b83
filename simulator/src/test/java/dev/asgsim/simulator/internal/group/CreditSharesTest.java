package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Shared credit balances ({@link CreditShares}, issue 15 item 4) against every cohort's own: each random group runs
 * twice from one seed, half of them without the mean balance (as a run without a timeline) and half with it (summed
 * from the shares, cohort by cohort), once as the minute loop runs it and once with {@link Group#creditsUnshared}.
 * After every minute the two must have served the same demand and CPU, hold the same balances for every cohort, the
 * same mean balance, and have charged the same surplus, bit for bit. The groups are burstable in
 * unlimited mode with CPU capacity 1 (the pass that shares), one to three types, with or without launch credits,
 * under demand that drains the balances past 24 hours of earnings (charged at each clock hour's end, aws-behaviour
 * §8.1 [D]) and idles them back to their maximum; scale-outs and scale-ins every few minutes, warm-up and load
 * balancer health (phases that leave a share: not yet serving, not yet in the metric, draining, §2.2, §6.1).
 */
class CreditSharesTest {
  private static final int SEEDS = 40;
  private static final int MINUTES = 3 * 24 * 60;

  static Group group(long seed, boolean unshared, boolean creditsRead) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> azs = new ArrayList<>();
    for (int a = 1 + r.nextInt(3); a > 0; a--) {
      azs.add("az" + a);
    }
    boolean lb = r.nextBoolean();
    double earn = (3 + r.nextInt(4) * 3) / 60.0;
    double launchCredits = r.nextInt(3) == 0 ? 30 : 0;
    CreditParams credits = new CreditParams(true, true, 1 + r.nextInt(2), earn, earn * 24 * 60, 5 + r.nextInt(4) * 5,
        r.nextInt(3) == 0 ? earn * 600 : 0, launchCredits, launchCredits, 0.05);
    GroupParams params = new GroupParams(azs, lb, lb && r.nextBoolean(), r.nextBoolean() ? 0 : 120,
        List.of(r.nextBoolean() ? "Default" : "NewestInstance"), false, 0, r.nextInt(300), 30 + r.nextInt(120),
        r.nextInt(30), r.nextInt(60), 30, 2 + r.nextInt(3), 2, 60, r.nextInt(3) == 0 ? 0 : r.nextInt(400), credits,
        true, r.nextBoolean(), r.nextInt(40), r.nextInt(3), 50);
    List<TypeAllocation.Type> types = new ArrayList<>();
    for (int t = 1 + r.nextInt(3); t > 0; t--) {
      types.add(new TypeAllocation.Type("t" + t, 1 + r.nextInt(2), 1, 0.1 + t / 10.0, 0.05, 1));
    }
    Group g = new Group(params, seed, PurchaseMix.ALL_ON_DEMAND,
        new TypeAllocation(types, "prioritized", "lowest-price", 2), LifecycleHooks.NONE, WarmPool.NONE);
    if (!creditsRead) {
      g.meanCreditsUnread();
    }
    if (unshared) {
      g.creditsUnshared();
    }
    return g;
  }

  /** What the runs did, summed over every seed: the test fails if the random groups stop exercising the shares. */
  private long sharedCohortMinutes;
  /** Per minute, the shares some cohort holds. */
  private long shareMinutes;
  private int chargedHourEnds;
  private int leftShares;
  private int launchCreditMinutes;
  /** Minutes with a mean balance read (some burstable instance active). */
  private int meanCreditMinutes;

  @Test
  @DisplayName("§8.1: balances kept once for the cohorts that hold them alike equal every cohort's own, served demand, "
      + "CPU, balances and surplus charges bit for bit, minute by minute on 40 random unlimited groups")
  void sharedBalancesEqualEveryCohortsOwn() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      compare(seed, seed % 2 == 0);
    }
    assertThat(shareMinutes).as("shares held, against the cohorts in them").isLessThan(sharedCohortMinutes * 3 / 4);
    assertThat(chargedHourEnds).as("hours' ends that charged surplus (§8.1)").isGreaterThan(500);
    assertThat(leftShares).as("cohorts whose phase left their share").isGreaterThan(1_000);
    assertThat(launchCreditMinutes).as("shared minutes with launch credits").isGreaterThan(1_000);
    assertThat(meanCreditMinutes).as("minutes whose mean balance was read").isGreaterThan(SEEDS / 2 * MINUTES / 2);
  }

  private void compare(long seed, boolean creditsRead) {
    Group shared = group(seed, false, creditsRead);
    Group plain = group(seed, true, creditsRead);
    SplittableRandom r = new SplittableRandom(-seed);
    int max = 20 + r.nextInt(300);
    int desired = 1 + r.nextInt(max);
    shared.start(0, desired, GroupListener.NONE);
    plain.start(0, desired, GroupListener.NONE);
    double level = 0;
    double charged = 0;
    Map<Integer, Byte> sharedPhase = new HashMap<>();
    for (int m = 0; m < MINUTES; m++) {
      long t = 60L * m;
      for (Group g : List.of(shared, plain)) {
        g.advance(t, desired, GroupListener.NONE, PairedScaling.NO_VICTIMS);
      }
      if (r.nextInt(5) == 0) {
        desired = PairedScaling.step(r, t, desired, 0, max, 120, shared, plain);
      }
      if (m % 60 == 0) {
        // An hour at a level between idle and twice the fleet's capacity: credits drain past what is free, or refill.
        level = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 200 * max;
      }
      double demand = level * (0.9 + 0.2 * r.nextDouble());
      shared.serve(t, demand);
      plain.serve(t, demand);
      String where = "seed " + seed + " minute " + m;
      same(where + " served", shared.served(), plain.served());
      same(where + " mean CPU", shared.meanCpu(), plain.meanCpu());
      same(where + " metric", shared.metricCpu(), plain.metricCpu());
      same(where + " metric min", shared.metricCpuMin(), plain.metricCpuMin());
      same(where + " metric max", shared.metricCpuMax(), plain.metricCpuMax());
      same(where + " surplus", shared.surplusCredits(), plain.surplusCredits());
      same(where + " mean credits", shared.meanCredits(), plain.meanCredits());
      if (creditsRead && !Double.isNaN(shared.meanCredits())) {
        meanCreditMinutes++;
      }
      same(where + " charged at hours' ends", shared.surplusChargedAtHourEnds(), plain.surplusChargedAtHourEnds());
      Cohorts a = shared.cohorts;
      Cohorts b = plain.cohorts;
      assertThat(a.size).as(where + " cohorts").isEqualTo(b.size);
      for (int i = 0; i < a.size; i++) {
        if (bits(a.earned(i)) != bits(b.earned(i)) || bits(a.launch(i)) != bits(b.launch(i))) {
          same(where + " cohort " + i + " earned", a.earned(i), b.earned(i));
          same(where + " cohort " + i + " launch credits", a.launch(i), b.launch(i));
        }
      }
      count(a, sharedPhase);
      if (shared.surplusChargedAtHourEnds() != charged) {
        chargedHourEnds++;
        charged = shared.surplusChargedAtHourEnds();
      }
    }
    shared.finish(60L * MINUTES);
    plain.finish(60L * MINUTES);
    same("seed " + seed + " surplus at the end", shared.surplusCredits(), plain.surplusCredits());
  }

  /** Counts the shared cohorts and shares, and the cohorts whose phase left their share since the last minute. */
  private void count(Cohorts c, Map<Integer, Byte> sharedPhase) {
    Map<Integer, Byte> now = new HashMap<>();
    for (int i = 0; i < c.size; i++) {
      Byte before = sharedPhase.get(c.firstSeq[i]);
      if (before != null && CreditShares.key(c.phase[i]) != before) {
        leftShares++;
      }
      if (c.share[i] >= 0) {
        sharedCohortMinutes++;
        now.put(c.firstSeq[i], CreditShares.key(c.phase[i]));
        if (c.launch(i) != 0) {
          launchCreditMinutes++;
        }
      }
    }
    BitSet held = new BitSet();
    for (int i = 0; i < c.size; i++) {
      if (c.share[i] >= 0) {
        held.set(c.share[i]);
      }
    }
    shareMinutes += held.cardinality();
    sharedPhase.clear();
    sharedPhase.putAll(now);
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }

  private static void same(String what, double a, double b) {
    if (bits(a) != bits(b)) {
      assertThat(bits(a)).as(what + ": " + a + " vs " + b).isEqualTo(bits(b));
    }
  }
}
