package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.SimulationSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The group's kept state (issue 15 item 4) against the plain one, on random groups with many scale-outs and
 * scale-ins: {@link Counts} keeps its totals between recounts and counts again only the cohorts a clock or a change
 * moved, and an advance visits only the cohorts with something due. Each random group runs twice from one seed, once
 * as the minute loop runs it and once with {@link Group#generalPathOnly} (every cohort counted and visited every
 * time); after every step the two must hold the same cohorts, have told the same instance events and victims in the
 * same order, and report the same counts, next event and served minute, and the kept counts and phases must equal
 * {@link PlainCounts}, the full recount as it was written before. The groups cover what the counts and the victims
 * depend on: up to 1 200 instances in 1–4 AZs (launches into the emptiest AZ, aws-behaviour §7.2; AZ balance first at
 * scale-in, §7.4), every termination policy (§7.4), protection from scale-in, weights and mixed types (§7.11), Spot and
 * On-Demand (§7.11), load balancer health with Unhealthy marks and 10 % replacement batches (§6.1–§6.3),
 * MaxInstanceLifetime (§7.5), deregistration delay and lifecycle hooks with ABANDON (§6.5). The plain run also splits
 * each victim off its cohort at once, where the other holds a scale-in's victims and splits them off at its end
 * ({@link SplitVictims}); some scale-ins come in two at one time.
 */
class IncrementalCountsTest {
  private static final List<String> POLICIES = List.of("OldestInstance", "NewestInstance",
      "ClosestToNextInstanceHour", "Default", "AllocationStrategy", "OldestLaunchTemplate");
  private static final CreditParams UNLIMITED = new CreditParams(true, true, 2, 12 / 60.0, 288, 10, 0, 0, 0, 0.05);
  private static final int SEEDS = 60;
  private static final int STEPS = 300;

  /** One group and what it told. */
  private static final class Run {
    final Group group;
    final GroupParams params;
    final List<String> told = new ArrayList<>();
    final GroupListener listener = (t, e, first, count, az, reason) ->
        told.add(t + " " + e + " " + first + "+" + count + " az " + az + " " + reason);
    final Group.VictimSink sink = (t, seq, az, why) -> told.add(t + " victim " + seq + " az " + az + " " + why);

    Run(long seed, boolean plain) {
      SplittableRandom r = new SplittableRandom(seed);
      int azCount = 1 + r.nextInt(4);
      List<String> azs = new ArrayList<>();
      for (int a = 0; a < azCount; a++) {
        azs.add("az" + a);
      }
      boolean lb = r.nextBoolean();
      List<String> policies = new ArrayList<>();
      for (int p = 1 + r.nextInt(2); p > 0; p--) {
        policies.add(POLICIES.get(r.nextInt(POLICIES.size())));
      }
      // An app slower to start than two failed target checks (30 s apart) is marked Unhealthy with ELB checks.
      int appStart = r.nextInt(4) == 0 ? 90 + r.nextInt(120) : r.nextInt(60);
      params = new GroupParams(azs, lb, lb && r.nextBoolean(), r.nextBoolean() ? 0 : 120, policies,
          r.nextInt(6) == 0, r.nextInt(3) == 0 ? 1800 * (1 + r.nextInt(8)) : 0, r.nextInt(300), 30 + r.nextInt(120),
          r.nextInt(30), appStart, 30, 2 + r.nextInt(3), 2, 60, r.nextInt(3) == 0 ? 0 : r.nextInt(400),
          r.nextBoolean() ? CreditParams.FIXED : UNLIMITED, true, r.nextBoolean(), r.nextInt(40), 0, 0);
      boolean weighted = r.nextBoolean();
      List<TypeAllocation.Type> list = new ArrayList<>();
      for (int t = 1 + r.nextInt(3); t > 0; t--) {
        int weight = weighted ? 1 + r.nextInt(4) : 1;
        list.add(new TypeAllocation.Type("t" + t, weight, r.nextBoolean() ? 1 : weight * 0.75,
            0.1 + r.nextInt(5) / 10.0, 0.05 + r.nextInt(5) / 20.0, 1 + r.nextInt(3)));
      }
      TypeAllocation types = new TypeAllocation(list, r.nextBoolean() ? "prioritized" : "lowest-price",
          r.nextBoolean() ? "lowest-price" : "capacity-optimized", 2);
      PurchaseMix mix = r.nextBoolean() ? PurchaseMix.ALL_ON_DEMAND : new PurchaseMix(r.nextInt(5), r.nextInt(101));
      List<LifecycleHookSpecification> hooks = new ArrayList<>();
      if (r.nextInt(4) == 0) {
        hooks.add(new LifecycleHookSpecification("up", LifecycleHookSpecification.LAUNCHING, 60 + r.nextInt(600),
            r.nextBoolean() ? "ABANDON" : "CONTINUE", null, null, null));
      }
      if (r.nextInt(4) == 0) {
        hooks.add(new LifecycleHookSpecification("down", LifecycleHookSpecification.TERMINATING, 60 + r.nextInt(600),
            "CONTINUE", null, null, null));
      }
      group = new Group(params, seed, mix, types, LifecycleHooks.of(hooks, SimulationSettings.builder().build()),
          WarmPool.NONE);
      if (plain) {
        group.generalPathOnly();
      }
    }

    /** The cohorts' clocks and counts, slot by slot. */
    String cohorts() {
      Cohorts c = group.cohorts;
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < c.size; i++) {
        b.append(c.firstSeq[i]).append('+').append(c.count[i]).append(" az").append(c.az[i]).append(" o")
            .append(c.option[i]).append(" t").append(c.type[i]).append(' ').append(c.launchAt[i]).append(' ')
            .append(c.inServiceAt[i]).append(' ').append(c.unhealthyAt[i]).append(' ').append(c.drainAt[i])
            .append(' ').append(c.terminatedAt[i]).append(' ').append(c.phase[i]).append('\n');
      }
      return b.toString();
    }
  }

  /** What the runs did, summed over every seed: the test fails if the random groups stop exercising the rules. */
  private int victims;
  private int launches;
  private int unhealthy;
  private int lifetimes;
  private int hookWaits;
  private int largestCohorts;
  private long unitScaleIns;

  @Test
  @DisplayName("§6.3, §6.5, §7.2, §7.4, §7.5, §7.11: the kept counts and the advance over due cohorts only equal the "
      + "full recount and the visit of every cohort, step by step, on 60 random groups of up to 1 200 instances")
  void keptCountsEqualTheFullRecount() {
    for (long seed = 1; seed <= SEEDS; seed++) {
      compare(seed);
    }
    assertThat(victims).as("scale-in victims").isGreaterThan(100_000);
    assertThat(launches).as("launches").isGreaterThan(200_000);
    assertThat(unhealthy).as("instances marked Unhealthy (§6.2)").isGreaterThan(1_000);
    assertThat(lifetimes).as("instances retired at MaxInstanceLifetime (§7.5)").isGreaterThan(500);
    assertThat(hookWaits).as("instances held in Pending:Wait (§6.5)").isGreaterThan(2_000);
    assertThat(largestCohorts).as("cohorts in the largest group").isGreaterThan(100);
    assertThat(unitScaleIns).as("scale-ins picked by UnitPicks (one unit each, no Spot left)").isGreaterThan(400);
  }

  @Test
  @DisplayName("§7.4: a unit scale-in that takes a cohort whole whose twin (one launch, consecutive ids) sits before it "
      + "takes the victims one at a time, as the twin's victims join its slot when picked after it")
  void twinsTakeTheirVictimsInTheOrderPicked() {
    long twinScaleIns = 0;
    long unit = 0;
    for (long seed = 1_001; seed <= 1_000 + SEEDS; seed++) {
      Run fast = new Run(seed, false);
      Run plain = new Run(seed, true);
      SplittableRandom r = new SplittableRandom(-seed);
      int max = 20 + r.nextInt(400);
      fast.group.start(0, max, fast.listener);
      plain.group.start(0, max, plain.listener);
      long t = 0;
      for (int step = 0; step < 40; step++) {
        t += 60L * (1 + r.nextInt(20));
        fast.group.advance(t, max, fast.listener, fast.sink);
        plain.group.advance(t, max, plain.listener, plain.sink);
        int have = fast.group.nonTerminating();
        if (have < max) {
          for (Run run : List.of(fast, plain)) {
            run.group.launch(t, run.group.launchable(max - have), run.group.takeLaunchReason(), 0, true);
          }
        }
        t += 600;
        fast.group.advance(t, max, fast.listener, fast.sink);
        plain.group.advance(t, max, plain.listener, plain.sink);
        check(seed, step, t, fast, plain);
        // Twins, as no split leaves them today: a cohort's last instances split off into a slot of their own, neither
        // terminating, in both groups alike; then a scale-in of up to all the group.
        Cohorts c = fast.group.cohorts;
        int i = c.size == 0 ? 0 : r.nextInt(c.size);
        if (c.size > 0 && !c.terminating(i) && c.count[i] > 1) {
          int twin = 1 + r.nextInt(Math.min(3, c.count[i] - 1));
          for (Run run : List.of(fast, plain)) {
            Cohorts cohorts = run.group.cohorts;
            int j = cohorts.splitAfter(i);
            cohorts.count[i] -= twin;
            cohorts.count[j] = twin;
            cohorts.firstSeq[j] = cohorts.firstSeq[i] + cohorts.count[i];
          }
          assertThat(c.twins(i)).isTrue();
        }
        have = fast.group.nonTerminating();
        int victims = 1 + r.nextInt(Math.max(1, have));
        for (Run run : List.of(fast, plain)) {
          run.group.scaleIn(t, victims, run.sink);
        }
        check(seed, step, t, fast, plain);
      }
      twinScaleIns += fast.group.twinScaleIns;
      unit += fast.group.unitPicks();
    }
    assertThat(unit).as("unit scale-ins").isGreaterThan(300);
    assertThat(twinScaleIns).as("unit scale-ins that took a twin's partner whole").isGreaterThan(50);
  }

  private void compare(long seed) {
    Run fast = new Run(seed, false);
    Run plain = new Run(seed, true);
    SplittableRandom r = new SplittableRandom(-seed);
    int max = 20 + r.nextInt(1200);
    int desired = 1 + r.nextInt(max);
    fast.group.start(0, desired, fast.listener);
    plain.group.start(0, desired, plain.listener);
    long t = 0;
    for (int step = 0; step < STEPS; step++) {
      // Steps of 10 s to 10 min: times on and between the clocks, several clocks crossed at once or none.
      t += 10L * (1 + r.nextInt(60));
      fast.group.advance(t, desired, fast.listener, fast.sink);
      plain.group.advance(t, desired, plain.listener, plain.sink);
      check(seed, step, t, fast, plain);
      if (r.nextInt(3) == 0) {
        // Large jumps and small steps: whole days' worth of scale-outs and scale-ins.
        desired = r.nextBoolean() ? r.nextInt(max + 1) : Math.max(0, Math.min(max, desired + r.nextInt(21) - 10));
      }
      int have = fast.group.nonTerminating();
      if (desired > have) {
        int warmup = r.nextInt(2) * 120;
        for (Run run : List.of(fast, plain)) {
          LaunchReason why = run.group.takeLaunchReason();
          run.group.launch(t, run.group.launchable(desired - have), why, warmup, true);
          run.group.forgiveReplacements(desired);
        }
        launches += fast.group.lastLaunched();
      } else if (desired < have) {
        // Now and then as two scale-ins at one time (a scheduled action and a policy in one minute): the second's
        // victims join the slots the first split off, and a scale-in holding its splits (SplitVictims) must too.
        int first = r.nextInt(4) == 0 ? 1 + r.nextInt(have - desired) : have - desired;
        for (Run run : List.of(fast, plain)) {
          run.group.scaleIn(t, first, run.sink);
          if (first < have - desired) {
            run.group.scaleIn(t, have - desired - first, run.sink);
          }
        }
      }
      check(seed, step, t, fast, plain);
      double demand = r.nextDouble() * 60 * max;
      fast.group.serve(t, demand);
      plain.group.serve(t, demand);
      assertThat(Double.doubleToRawLongBits(fast.group.metricCpu())).as("seed %d step %d metric", seed, step)
          .isEqualTo(Double.doubleToRawLongBits(plain.group.metricCpu()));
      assertThat(Double.doubleToRawLongBits(fast.group.served())).as("seed %d step %d served", seed, step)
          .isEqualTo(Double.doubleToRawLongBits(plain.group.served()));
      largestCohorts = Math.max(largestCohorts, fast.group.cohortCount());
    }
    unitScaleIns += fast.group.unitPicks();
    for (String told : fast.told) {
      victims += told.contains("victim") && told.endsWith("DESIRED_CHANGE") ? 1 : 0;
      lifetimes += told.contains("victim") && told.endsWith("MAX_LIFETIME") ? 1 : 0;
      unhealthy += told.contains("MARKED_UNHEALTHY") ? 1 : 0;
      hookWaits += told.contains("PENDING_WAIT") ? 1 : 0;
    }
  }

  private static void check(long seed, int step, long t, Run fast, Run plain) {
    String where = "seed " + seed + " step " + step + " t " + t;
    Group g = fast.group;
    PlainCounts full = new PlainCounts(g.cohorts, g.types(), t, fast.params.maxInstanceLifetime());
    assertThat(PlainCounts.of(g.counts)).as(where + ": kept counts").isEqualTo(full.totals());
    assertThat(Arrays.copyOf(g.cohorts.phase, g.cohorts.size)).as(where + ": phases").isEqualTo(full.phase);
    assertThat(PlainCounts.of(plain.group.counts)).as(where + ": counts of every cohort").isEqualTo(full.totals());
    assertThat(g.nextEventAt()).as(where + ": next event").isEqualTo(plain.group.nextEventAt());
    assertThat(fast.cohorts()).as(where + ": cohorts").isEqualTo(plain.cohorts());
    // The serving list kept while no recount moved a serving cohort (Cohorts.servingMoved) is the list taken afresh.
    ServingSums sums = g.servingSums();
    sums.list(g.cohorts);
    StringBuilder kept = new StringBuilder();
    for (int j = 0; j < sums.size; j++) {
      kept.append(sums.count[j]).append(sums.inMetric[j] ? "m " : " ");
    }
    StringBuilder fresh = new StringBuilder();
    for (int i = 0; i < g.cohorts.size; i++) {
      if ((g.cohorts.phase[i] & Cohorts.SERVES) != 0) {
        fresh.append((double) g.cohorts.count[i]).append((g.cohorts.phase[i] & Cohorts.AGGREGATED) != 0 ? "m " : " ");
      }
    }
    assertThat(kept.toString()).as(where + ": serving list").isEqualTo(fresh.toString());
    int k = 0;
    while (k < fast.told.size() && k < plain.told.size() && fast.told.get(k).equals(plain.told.get(k))) {
      k++;
    }
    // From the first difference on, a few of each: the whole lists are too long to read.
    assertThat(fast.told.subList(k, Math.min(k + 8, fast.told.size()))).as(where + ": events and victims from " + k)
        .isEqualTo(plain.told.subList(k, Math.min(k + 8, plain.told.size())));
  }
}
