package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.SimulationSettings.OutsideTargets;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.instance.InstanceTypes;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link QuietKernel} on the groups users sweep beyond one burstable type in unlimited mode: fixed-performance types
 * (no credit balance), burstable types in standard mode (an instance out of credits is held at its baseline,
 * aws-behaviour §8.1 [D]; a t2 spends its launch credits within hours above its baseline, a standard t3 has none), and
 * target tracking on ALBRequestCountPerTarget (the datapoint is the minute's requests per serving target,
 * aws-behaviour §12.1a) on each kind; half the runs with healthy targets outside the group. Random runs of the
 * seed example (half of them with a CPU target a little above the type's baseline, where a throttled group's alarms
 * stay OK and the engine answers its minutes) and of the request-count example, as {@link QuietKernelTest#answering}
 * makes them (each minute's datapoint held a minute, random alarm pairs and extra range, scale-in on or off), each
 * also cut short at random minutes, give exactly the run of the per-minute stretch and of the plain loop: the same
 * scores, decisions and notes (the throttled minutes among them), bit for bit.
 * The minutes the engine answers while an alarm is in ALARM (the proposal equal to desired, clamped back by MaxSize, or
 * none with DisableScaleIn: {@link AnsweredInAlarm}) have a floor per reason.
 */
class QuietKernelGroupsTest {
  private static final int SEED_EXAMPLE = 0;
  private static final int REQUESTS_EXAMPLE = 2;

  /** A kind of group: the example, its instance types and credit specification. */
  private record Kind(String name, int example, List<String> types, String credits) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("fixed, CPU", SEED_EXAMPLE, List.of("c5.large", "m5.large", "c6i.large", "m6g.large"), "standard"),
      new Kind("standard, CPU", SEED_EXAMPLE, List.of("t2.nano", "t2.micro", "t3.micro", "t3.small"), "standard"),
      new Kind("fixed, requests", REQUESTS_EXAMPLE, List.of("c6g.large", "m5.large"), "unlimited"),
      new Kind("standard, requests", REQUESTS_EXAMPLE, List.of("t2.micro", "t3.micro"), "standard"),
      new Kind("unlimited, requests", REQUESTS_EXAMPLE, List.of("t3.micro", "t2.small"), "unlimited"));

  @Test
  void theKernelRunsFixedStandardAndRequestGroupsAsThePerMinuteWay() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_16L);
    long[] kernelMinutes = new long[KINDS.size()];
    AnsweredInAlarm[] inAlarm = new AnsweredInAlarm[KINDS.size()];
    for (int k = 0; k < inAlarm.length; k++) {
      inAlarm[k] = new AnsweredInAlarm();
    }
    long[] cuts = new long[KINDS.size()];
    long[] minutes = new long[KINDS.size()];
    long wasted = 0;
    int compared = 0;
    for (int i = 0; i < 10 * KINDS.size(); i++) {
      int kind = i % KINDS.size();
      RandomRuns.Case c = of(random, KINDS.get(kind));
      int full = c.load().minutes();
      boolean activities = KINDS.get(kind).example() == SEED_EXAMPLE && (c.seed() & 1) == 1;
      int[] lengths = {full, 1 + random.nextInt(full), 1 + random.nextInt(full), 1 + random.nextInt(full)};
      for (int length : lengths) {
        RandomRuns.Case cut = c.firstMinutes(length);
        Run kernelRun = new Run(simulation(cut, false, false, activities));
        SimulationResult kernel = kernelRun.run();
        String what = KINDS.get(kind).name() + ": " + c.what() + ", first " + length + " minutes";
        RandomRuns.assertSameRun(what, new Run(simulation(cut, false, true, activities)).run(), kernel);
        if (length == full) {
          RandomRuns.assertSameRun(what + ", plain", new Run(simulation(cut, true, true, activities)).run(), kernel);
          kernelMinutes[kind] += kernelRun.kernelMinutes();
          inAlarm[kind].add(kernelRun);
          cuts[kind] += kernelRun.kernelCut();
          minutes[kind] += full;
          wasted += kernelRun.kernelWasted();
        }
        compared++;
      }
    }
    assertThat(compared).isEqualTo(10 * KINDS.size() * 4);
    for (int k = 0; k < KINDS.size(); k++) {
      // Standard runs that spend their credits run per minute from then on (held at the baseline).
      assertThat(kernelMinutes[k]).as("minutes run by the kernel, " + KINDS.get(k).name())
          .isGreaterThan(minutes[k] / (KINDS.get(k).name().startsWith("standard") ? 20 : 8));
    }
    // In standard mode the kernel stops before a minute that might hold an instance at its baseline.
    assertThat(cuts[1]).as("chunks cut before a held minute, standard on CPU").isGreaterThan(100);
    assertThat(cuts[3]).as("chunks cut before a held minute, standard on requests").isGreaterThan(100);
    assertThat(wasted).as("minutes computed ahead and not run").isGreaterThan(0);
    for (AnsweredInAlarm counts : inAlarm) { // each kind: rounding, MaxSize's clamp, DisableScaleIn with an alarm in ALARM
      counts.assertAtLeast(300, 150, 300);
    }
  }

  /** A random run of {@code kind}, made to hold each minute's datapoint a minute. */
  private static RandomRuns.Case of(SplittableRandom random, Kind kind) throws Exception {
    RandomRuns.Case c = QuietKernelTest.answering(random, RandomRuns.next(random, kind.example()));
    String type = kind.types().get(random.nextInt(kind.types().size()));
    // A request's cost (aws-behaviour §12.2): the example's (half an instance at the target); a tenth of it, under a
    // burstable type's baseline at the target, so that standard runs keep their credits; or four times it, so that
    // the instances saturate while the metric tracks its target.
    double requestsAtFullCpu = List.of(2000.0, 20000.0, 500.0).get(random.nextInt(3));
    boolean saturated = kind.example() == REQUESTS_EXAMPLE && requestsAtFullCpu == 500.0;
    var sim = c.config().simulation().toBuilder().instanceType(type).creditSpecification(kind.credits())
        // Healthy targets outside the group take their share of the requests (aws-behaviour §12.1a), up to their
        // capacity: smaller than the group's instances, the same, or twice (4 vCPUs: a saturated run's, so that
        // their share goes above 100 % of a group instance's).
        .outsideTargets(saturated || random.nextBoolean() ? new OutsideTargets(1 + random.nextInt(2),
            saturated ? "c5.xlarge" : List.of(type, "t2.nano", "c5.xlarge").get(random.nextInt(3)), true) : null);
    LoadSeries load = c.load();
    List<ScalingPolicy> policies = c.config().policies();
    if (kind.example() == SEED_EXAMPLE) {
      // Half the runs aim a little above the type's baseline: an instance held there then leaves the alarms OK, so the
      // engine answers minutes next to the held ones, where the kernel must stop (further from it, a group out of
      // credits reads its baseline and scales in to MinSize, where no minute is quiet).
      double baseline = InstanceTypes.find(type).orElseThrow().baselinePercent();
      double target = random.nextBoolean() ? baseline * (1.05 + random.nextDouble() * 0.6)
          : 4 + random.nextDouble() * 56;
      policies = policies.stream().map(p -> {
        var tt = p.targetTrackingConfiguration();
        return p.toBuilder().targetTrackingConfiguration(new TargetTrackingConfiguration(
            tt.predefinedMetricSpecification(), tt.customizedMetricSpecification(), target, tt.disableScaleIn()))
            .build();
      }).toList();
    } else {
      // Requests per minute around the example's target of 1 000 per target (RandomRuns' loads are CPU percents).
      double base = 300 + random.nextDouble() * 900 * c.max();
      load = LoadSpec.parse(String.format(Locale.ROOT, "sine(%.1f, %.1f, %dh, %dh) + noise(%.1f)", base,
          base * random.nextDouble(), 2 + random.nextInt(22), random.nextInt(24), random.nextDouble() * 300))
          .render(c.load().minutes(), random.nextLong());
      sim.requestsPerMinuteAtFullCpu(requestsAtFullCpu);
    }
    return new RandomRuns.Case(c.example(), c.min(), c.max(),
        c.config().toBuilder().simulation(sim.build()).scalingPolicies(policies).build(), load, c.seed());
  }

  /**
   * Half the CPU runs record their activities, so that the kernel also gives the not-scaled reasons of groups without
   * shared balances ({@link QuietKernel#record}; a request-count run that reads them goes the per-minute way).
   */
  static Simulation simulation(RandomRuns.Case c, boolean plain, boolean perMinute, boolean activities) {
    return Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(false)
        .recordActivities(activities).plainMinutes(plain).perMinuteStretches(perMinute).build();
  }
}
