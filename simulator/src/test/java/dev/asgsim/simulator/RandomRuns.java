package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.RandomForecast;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The random runs of the tests that hold a shortcut chosen at set-up to the path it replaces (GeneralPathTest,
 * QuietStretchTest), and their check that two runs are the same bits. A run is an example (each in turn) with random
 * Min and Max, credit specification, monitoring, evaluation offset, publish and alarm action delays, start, burn-in
 * and, where the example names no mixed instances policy, instance type, under a random sine-and-noise load of two to
 * three days.
 */
final class RandomRuns {
  static final List<String> EXAMPLES = List.of("fastcampus-nginx.yaml", "step-scaling.yaml",
      "alb-request-count.yaml", "scheduled-business-hours.yaml", "mixed-weights.yaml", "attribute-based.yaml",
      "warm-pool-slow-start.yaml", "spot-fleet.yaml");
  static final List<String> TYPES = List.of("t2.nano", "t3.micro", "t3.small", "c5.large");

  private RandomRuns() {}

  /** One random run's inputs; {@link #what} names it in a failure. */
  record Case(String example, int min, int max, ScalingConfig config, LoadSeries load, long seed) {
    String what() {
      return String.format(Locale.ROOT, "%s (Min %d, Max %d, %s, seed %d) under %s", example, min, max,
          config.simulation(), seed, load.description());
    }

    /** The same run cut to its first {@code length} minutes. */
    Case firstMinutes(int length) {
      return new Case(example, min, max, config,
          new LoadSeries(Arrays.copyOf(load.toArray(), length), load.description(), List.of()), seed);
    }

    /** The same run with {@code policies} instead of the example's. */
    Case withPolicies(List<ScalingPolicy> policies) {
      return new Case(example, min, max, config.toBuilder().scalingPolicies(policies).build(), load, seed);
    }

    /** The run's instance type is burstable (T2, T3) in unlimited mode. */
    boolean burstableUnlimited() {
      String type = config.simulation().instanceType();
      return "unlimited".equals(config.simulation().creditSpecification()) && type != null && type.startsWith("t");
    }
  }

  /** The {@code i}-th random run: example {@code i} in turn, the rest drawn from {@code random}. */
  static Case next(SplittableRandom random, int i) throws IOException {
    String example = EXAMPLES.get(i % EXAMPLES.size());
    ScalingConfig base = ConfigReader.read(Path.of("../examples", example));
    int min = 1 + random.nextInt(3);
    int max = min + 1 + random.nextInt(12);
    var sim = base.simulation().toBuilder()
        .creditSpecification(random.nextBoolean() ? "unlimited" : "standard")
        .detailedMonitoring(random.nextInt(3) > 0)
        .evaluationOffsetSeconds(random.nextInt(60))
        .metricPublishDelaySeconds(random.nextInt(150))
        .alarmActionDelaySeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(90))
        .start(random.nextBoolean() ? "Cold" : "Steady")
        .burnInMinutes(random.nextBoolean() ? 0 : random.nextInt(300));
    if (base.autoScalingGroup().mixedInstancesPolicy() == null) {
      sim.instanceType(TYPES.get(random.nextInt(TYPES.size()))); // the mixed examples name their types in overrides
    }
    ScalingConfig config = base.toBuilder()
        .autoScalingGroup(base.autoScalingGroup().toBuilder().minSize(min).desiredCapacity(min).maxSize(max).build())
        .simulation(sim.build())
        .build();
    LoadSeries load = LoadSpec.parse(randomLoad(random, max)).render(2 * 1440 + random.nextInt(1440),
        random.nextLong());
    return new Case(example, min, max, config, load, random.nextLong());
  }

  static String randomLoad(SplittableRandom r, int max) {
    double base = 10 + r.nextDouble() * 40 * max;
    return String.format(Locale.ROOT, "sine(%.1f, %.1f, %dh, %dh) + noise(%.1f)", base, base * r.nextDouble(),
        2 + r.nextInt(22), r.nextInt(24), r.nextDouble() * 30);
  }

  /** The same scores, records and notes, and every timeline column of every minute kept, to the bit. */
  static void assertSameRun(String what, SimulationResult general, SimulationResult shortcut) {
    assertThat(shortcut.scores()).as(what).isEqualTo(general.scores());
    assertThat(shortcut.activities()).as(what).isEqualTo(general.activities());
    assertThat(shortcut.decisions()).as(what).isEqualTo(general.decisions());
    assertThat(shortcut.notScaled()).as(what).isEqualTo(general.notScaled());
    assertThat(shortcut.notes()).as(what).isEqualTo(general.notes());
    assertThat(shortcut.timeline().isPresent()).as(what).isEqualTo(general.timeline().isPresent());
    if (general.timeline().isEmpty()) {
      return;
    }
    assertSameTimeline(what, general.timeline().orElseThrow(), shortcut.timeline().orElseThrow());
  }

  /** Every column of every minute, to the bit. */
  static void assertSameTimeline(String what, Timeline g, Timeline s) {
    assertThat(s.minutes()).isEqualTo(g.minutes());
    assertThat(s.hasHookWait()).as(what).isEqualTo(g.hasHookWait());
    assertThat(s.hasWarmPool()).as(what).isEqualTo(g.hasWarmPool());
    assertThat(s.hasSpot()).as(what).isEqualTo(g.hasSpot());
    assertThat(s.policies()).isEqualTo(g.policies());
    assertThat(s.alarmPairs()).isEqualTo(g.alarmPairs());
    for (int m = 0; m < g.minutes(); m++) {
      String at = what + ", minute " + m;
      assertThat(bits(s.demand(m))).as(at).isEqualTo(bits(g.demand(m)));
      assertThat(s.desired(m)).as(at).isEqualTo(g.desired(m));
      assertThat(s.pending(m)).as(at).isEqualTo(g.pending(m));
      assertThat(s.inService(m)).as(at).isEqualTo(g.inService(m));
      assertThat(s.warm(m)).as(at).isEqualTo(g.warm(m));
      assertThat(s.serving(m)).as(at).isEqualTo(g.serving(m));
      assertThat(bits(s.cpu(m))).as(at + " cpu").isEqualTo(bits(g.cpu(m)));
      assertThat(bits(s.metric(m))).as(at + " metric").isEqualTo(bits(g.metric(m)));
      assertThat(bits(s.credits(m))).as(at + " credits").isEqualTo(bits(g.credits(m)));
      assertThat(bits(s.unserved(m))).as(at + " unserved").isEqualTo(bits(g.unserved(m)));
      assertThat(s.alarmHigh(m)).as(at).isEqualTo(g.alarmHigh(m));
      assertThat(s.alarmLow(m)).as(at).isEqualTo(g.alarmLow(m));
      assertThat(s.why(m)).as(at).isEqualTo(g.why(m));
      assertThat(s.minSize(m)).as(at).isEqualTo(g.minSize(m));
      assertThat(s.maxSize(m)).as(at).isEqualTo(g.maxSize(m));
      for (int p = 0; p < g.policies(); p++) {
        assertThat(s.proposed(p, m)).as(at + " proposed by policy " + p).isEqualTo(g.proposed(p, m));
      }
      for (int k = 2; k <= g.alarmPairs(); k++) {
        assertThat(s.alarmHigh(k, m)).as(at + " alarm pair " + k).isEqualTo(g.alarmHigh(k, m));
        assertThat(s.alarmLow(k, m)).as(at + " alarm pair " + k).isEqualTo(g.alarmLow(k, m));
      }
      assertThat(s.hookWait(m)).as(at + " hook_wait").isEqualTo(g.hookWait(m));
      assertThat(s.warmPool(m)).as(at + " warm_pool").isEqualTo(g.warmPool(m));
      assertThat(s.spotInterrupted(m)).as(at + " spot_interrupted").isEqualTo(g.spotInterrupted(m));
      assertThat(s.rebalanceLaunches(m)).as(at + " rebalance_launches").isEqualTo(g.rebalanceLaunches(m));
    }
  }

  /**
   * A predictive policy (aws-behaviour §5.2) on the group's CPU or, with {@code requests}, on the requests of a target
   * group (alb-request-count.yaml's), with MaxCapacityBuffer 10 % when it {@code raise}s MaxSize.
   */
  static ScalingPolicy predictivePolicy(String name, boolean requests, double target, String mode, int bufferSeconds,
      boolean raise) {
    var metric = new PredictiveScalingConfiguration.MetricSpecification(target,
        new PredictiveScalingConfiguration.PredefinedMetric(requests ? "ALBRequestCount" : "ASGCPUUtilization",
            requests ? "app/shop-alb/50dc6c495c0c9188/targetgroup/shop-frontend/943f017f100becff" : null),
        null, null, null, null, null);
    return ScalingPolicy.builder().policyName(name).policyType(PolicyType.PredictiveScaling)
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(metric), mode, bufferSeconds,
            raise ? "IncreaseMaxCapacity" : null, raise ? 10 : null))
        .build();
  }

  /**
   * A random run with predictive policies added (aws-behaviour §5.2): the {@code kind}-th in turn of an inert
   * ForecastAndScale policy (TargetValue 1e12: a forecast capacity of 1, a floor that never binds, as the benchmarks'
   * inert arm), a binding one ({@link RandomForecast}'s capacities below Max + 3: floors on both sides of desired), a
   * ForecastOnly one and a reachable target, one time in three beside a second policy on the CPU; SchedulingBufferTime
   * 0 or 1–19 minutes, IncreaseMaxCapacity or not, one time in four on the target group's requests.
   */
  record PredictiveCase(Case c, int kind, boolean requests, int buffer, boolean raise, boolean second,
      Supplier<Forecaster> forecaster, String what) {}

  static PredictiveCase predictive(SplittableRandom random, Case c, int kind) {
    boolean requests = random.nextInt(4) == 0;
    int buffer = random.nextBoolean() ? 0 : 60 * (1 + random.nextInt(19));
    boolean raise = random.nextBoolean();
    double target = kind == 0 ? 1e12 : requests ? 100.0 + random.nextInt(400) : 30.0 + random.nextInt(50);
    List<ScalingPolicy> policies = new ArrayList<>(c.config().policies());
    policies.add(random.nextInt(2), predictivePolicy("forecast", requests, target,
        kind == 2 ? "ForecastOnly" : "ForecastAndScale", buffer, raise));
    boolean second = kind == 3 && random.nextInt(3) == 0;
    if (second) {
      policies.add(predictivePolicy("forecast-cpu", false, 30.0 + random.nextInt(50), "ForecastAndScale",
          60 * random.nextInt(20), random.nextBoolean()));
    }
    Case with = c.withPolicies(policies);
    long forecastSeed = random.nextLong();
    int bound = with.max() + 3;
    Supplier<Forecaster> forecaster = kind == 1 ? () -> RandomForecast.of(forecastSeed, bound) : null;
    String what = with.what() + ", predictive kind " + kind + (requests ? " on requests" : "") + ", buffer " + buffer
        + (raise ? ", IncreaseMaxCapacity" : "") + (second ? ", two policies" : "");
    return new PredictiveCase(with, kind, requests, buffer, raise, second, forecaster, what);
  }

  /**
   * The predictive policies' last calibration L̂, last hour's load and forecast origin, bit for bit: the forecast rows
   * compare the capacity forecast's integers only, which a changed capacity sum seldom moves.
   */
  static void assertSameCalibration(String what, Run general, Run shortcut) {
    List<PredictiveEvaluator> a = general.predictivePolicies();
    List<PredictiveEvaluator> b = shortcut.predictivePolicies();
    assertThat(b).hasSameSizeAs(a);
    for (int k = 0; k < a.size(); k++) {
      assertThat(Double.doubleToLongBits(b.get(k).loadPerUnit())).as(what + ": L̂")
          .isEqualTo(Double.doubleToLongBits(a.get(k).loadPerUnit()));
      assertThat(Double.doubleToLongBits(b.get(k).lastHourLoad())).as(what + ": last hour's load")
          .isEqualTo(Double.doubleToLongBits(a.get(k).lastHourLoad()));
      assertThat(b.get(k).updateTime()).as(what + ": forecast origin").isEqualTo(a.get(k).updateTime());
    }
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }
}
