package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The minute loop's kernel for quiet stretches ({@code Run.quietStretch}: the minutes before the group's next clock,
 * without the steps that cannot act in them) gives exactly the plain loop's run ({@link
 * Simulation.Builder#plainMinutes}): on random configs, settings and loads, every timeline column of every minute
 * (proposals, Min/Max and the reason it did not scale included), the activities, decisions, not-scaled records,
 * notes, scores and predictive forecast evaluations are the same bits, with the timeline kept and without it. Half
 * the configs get a predictive policy (aws-behaviour §5.2: ForecastAndScale or ForecastOnly, a random
 * SchedulingBufferTime, IncreaseMaxCapacity or not), forecast by the built-in forecaster or by a given capacity drawn
 * per hour and per forecast around the group's range, so floors and raised MaxSizes change inside quiet stretches.
 */
class QuietStretchTest {
  private static final List<String> EXAMPLES = List.of("fastcampus-nginx.yaml", "step-scaling.yaml",
      "alb-request-count.yaml", "scheduled-business-hours.yaml", "mixed-weights.yaml", "attribute-based.yaml",
      "warm-pool-slow-start.yaml", "spot-fleet.yaml");
  private static final List<String> TYPES = List.of("t2.nano", "t3.micro", "t3.small", "c5.large");

  @Test
  void theQuietStretchKernelGivesThePlainLoopsRunMinuteByMinute() throws Exception {
    SplittableRandom random = new SplittableRandom(20261201L);
    int runs = 0;
    int stretched = 0;
    long quietMinutes = 0;
    long minutes = 0;
    long predictiveQuietMinutes = 0;
    long predictiveMinutes = 0;
    int predictiveDecisions = 0;
    for (int i = 0; i < 40; i++) {
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
        sim.instanceType(TYPES.get(random.nextInt(TYPES.size())));
      }
      boolean predictive = random.nextBoolean();
      List<ScalingPolicy> policies = new ArrayList<>(base.policies());
      if (predictive) {
        policies.add(random.nextInt(policies.size() + 1), predictivePolicy(random, example));
      }
      ScalingConfig config = base.toBuilder()
          .autoScalingGroup(base.autoScalingGroup().toBuilder().minSize(min).desiredCapacity(min).maxSize(max).build())
          .scalingPolicies(policies)
          .simulation(sim.build())
          .build();
      long forecastSeed = random.nextLong();
      Supplier<Forecaster> forecaster = random.nextBoolean() ? null : () -> givenForecast(forecastSeed, max + 3);
      LoadSeries load = LoadSpec.parse(randomLoad(random, max)).render(2 * 1440 + random.nextInt(1440),
          random.nextLong());
      long seed = random.nextLong();
      String what = String.format(Locale.ROOT, "%s (Min %d, Max %d, %s, seed %d) under %s", example, min, max,
          config.simulation(), seed, load.description());
      for (boolean record : new boolean[] {true, false}) {
        SimulationResult plain = new Run(simulation(config, load, seed, record, true, forecaster)).run();
        Run kernel = new Run(simulation(config, load, seed, record, false, forecaster));
        SimulationResult stretches = kernel.run();
        GeneralPathTest.assertSameRun(what + (record ? "" : ", no timeline"), plain, stretches);
        assertThat(stretches.forecasts()).as(what).isEqualTo(plain.forecasts());
        if (record) {
          quietMinutes += kernel.quietMinutes();
          minutes += load.minutes();
          stretched += kernel.quietMinutes() > 0 ? 1 : 0;
          if (predictive) {
            predictiveQuietMinutes += kernel.quietMinutes();
            predictiveMinutes += load.minutes();
            predictiveDecisions += (int) plain.decisions().stream()
                .filter(d -> d.source() == DecisionSource.PREDICTIVE).count();
          }
        }
      }
      runs++;
    }
    assertThat(runs).isEqualTo(40);
    assertThat(stretched).as("runs with quiet stretches").isGreaterThanOrEqualTo(20);
    assertThat(quietMinutes).as("minutes run in quiet stretches").isGreaterThan(minutes / 4);
    assertThat(predictiveQuietMinutes).as("minutes of runs with a predictive policy run in quiet stretches")
        .isGreaterThan(predictiveMinutes / 4);
    assertThat(predictiveDecisions).as("changes of desired by a predictive policy").isGreaterThan(20);
  }

  /** A predictive policy on the group's CPU, or on its requests where the example has a target group. */
  private static ScalingPolicy predictivePolicy(SplittableRandom r, String example) {
    boolean requests = example.equals("alb-request-count.yaml") && r.nextBoolean();
    boolean raise = r.nextBoolean();
    double target = requests ? 200.0 + r.nextInt(800) : 30.0 + r.nextInt(50);
    var metric = new PredictiveScalingConfiguration.MetricSpecification(target,
        new PredictiveScalingConfiguration.PredefinedMetric(requests ? "ALBRequestCount" : "ASGCPUUtilization",
            requests ? "app/shop-alb/50dc6c495c0c9188/targetgroup/shop-frontend/943f017f100becff" : null),
        null, null, null, null, null);
    return ScalingPolicy.builder().policyName("forecast").policyType(PolicyType.PredictiveScaling)
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(metric),
            r.nextInt(4) == 0 ? "ForecastOnly" : "ForecastAndScale", 60 * r.nextInt(20),
            raise ? "IncreaseMaxCapacity" : null, raise ? 10 : null))
        .build();
  }

  /**
   * A given forecast that ignores the history (as QuietPathPropertyTest's in core): the capacity drawn per hour and
   * per forecast below {@code bound}, so every new forecast (each 6 h) may move the floor, above desired or below it.
   */
  private static Forecaster givenForecast(long seed, int bound) {
    return new Forecaster() {
      private long origin;

      @Override
      public String name() {
        return "given";
      }

      @Override
      public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
        Arrays.fill(out, Double.NaN);
        origin = originHour;
        return true;
      }

      @Override
      public double givenCapacity(long hour) {
        return new SplittableRandom(seed * 31 + hour * 7 + origin).nextInt(bound);
      }
    };
  }

  private static String randomLoad(SplittableRandom r, int max) {
    double base = 10 + r.nextDouble() * 40 * max;
    return String.format(Locale.ROOT, "sine(%.1f, %.1f, %dh, %dh) + noise(%.1f)", base, base * r.nextDouble(),
        2 + r.nextInt(22), r.nextInt(24), r.nextDouble() * 30);
  }

  private static Simulation simulation(ScalingConfig config, LoadSeries load, long seed, boolean record,
      boolean plain, Supplier<Forecaster> forecaster) {
    Simulation.Builder b = Simulation.builder(config).load(load).seed(seed).checkInvariants(true)
        .recordTimeline(record).recordActivities(record).plainMinutes(plain);
    return (forecaster == null ? b : b.forecaster(forecaster)).build();
  }
}
