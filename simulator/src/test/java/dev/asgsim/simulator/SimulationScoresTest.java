package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A run for its scores alone ({@link Simulation#runScores}, what a sweep's point runs) gives the scores of the full run
 * ({@link Simulation#run}) to the bit: the notes, labels and records it leaves out feed no score.
 */
class SimulationScoresTest {
  @Test
  void randomRunsScoreAlike() throws Exception {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 48; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      boolean record = random.nextBoolean();
      Simulation sim = Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(record)
          .recordActivities(record).build();
      assertThat(sim.runScores()).as(c.what()).isEqualTo(sim.run().scores());
    }
  }

  /** The points of a sweep like the benchmark's: the seed group in unlimited mode, TargetValue × warm-up. */
  @Test
  void sweepPointsScoreAlike() throws Exception {
    ScalingConfig seed = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    seed = seed.toBuilder().simulation(seed.simulation().toBuilder().creditSpecification("unlimited").build()).build();
    SplittableRandom random = new SplittableRandom(16);
    int kernelRuns = 0;
    for (int i = 0; i < 24; i++) {
      ScalingPolicy p = seed.policies().get(0);
      var tt = p.targetTrackingConfiguration();
      ScalingPolicy point = p.toBuilder().estimatedInstanceWarmup(60 * random.nextInt(8))
          .targetTrackingConfiguration(new TargetTrackingConfiguration(tt.predefinedMetricSpecification(),
              tt.customizedMetricSpecification(), 20.0 + 3 * random.nextInt(25), tt.disableScaleIn())).build();
      ScalingConfig config = seed.toBuilder().scalingPolicies(List.of(point)).build();
      Simulation sim = Simulation.builder(config)
          .load(LoadSpec.parse("sine(250, 200, 24h, 14h) + noise(15)").render(3 * 1440, random.nextLong()))
          .seed(random.nextLong()).recordTimeline(false).recordActivities(false).build();
      assertThat(sim.runScores()).as("point " + i).isEqualTo(sim.run().scores());
      Run scoresOnly = new Run(sim, false);
      scoresOnly.runScores();
      kernelRuns += scoresOnly.kernelMinutes() > 1000 ? 1 : 0;
    }
    assertThat(kernelRuns).as("points with minutes in the quiet kernel").isGreaterThan(20);
  }

  /** Every example, the predictive one also in ForecastOnly (whose full run adds a ForecastAndScale variant's run). */
  @Test
  void examplesScoreAlike() throws Exception {
    List<ScalingConfig> configs = new ArrayList<>();
    for (String example : List.of("fastcampus-nginx.yaml", "step-scaling.yaml", "alb-request-count.yaml",
        "scheduled-business-hours.yaml", "mixed-weights.yaml", "attribute-based.yaml", "warm-pool-slow-start.yaml",
        "spot-fleet.yaml", "predictive-daily.yaml")) {
      configs.add(ConfigReader.read(Path.of("../examples", example)));
    }
    ScalingConfig predictive = configs.get(configs.size() - 1);
    List<ScalingPolicy> forecastOnly = new ArrayList<>();
    for (ScalingPolicy p : predictive.policies()) {
      var c = p.predictiveScalingConfiguration();
      forecastOnly.add(c == null ? p : p.toBuilder().predictiveScalingConfiguration(
          new PredictiveScalingConfiguration(c.metricSpecifications(), "ForecastOnly", c.schedulingBufferTime(),
              c.maxCapacityBreachBehavior(), c.maxCapacityBuffer())).build());
    }
    ScalingConfig onlyForecasting = predictive.toBuilder().scalingPolicies(forecastOnly).build();
    configs.add(onlyForecasting);
    ScalingConfig spot = configs.get(7);
    // Spot interruptions and Capacity Rebalancing (aws-behaviour §7.7): the run's Spot scores.
    configs.add(spot.toBuilder().autoScalingGroup(spot.autoScalingGroup().toBuilder().capacityRebalance(true).build())
        .simulation(spot.effectiveSimulation().toBuilder().spot(new SpotSettings(70.0, null, null, 0.05, 300)).build())
        .build());
    int interrupted = 0;
    for (ScalingConfig config : configs) {
      Simulation sim = Simulation.builder(config).configDirectory(Path.of("../examples"))
          .load(LoadSpec.parse("sine(300, 250, 24h) + noise(20)").render(3 * 1440, 5)).seed(5)
          .recordTimeline(false).recordActivities(false).build();
      SimulationResult full = sim.run();
      assertThat(sim.runScores()).as(config.autoScalingGroup().autoScalingGroupName()).isEqualTo(full.scores());
      interrupted += full.scores().spotInterruptions() > 0 ? 1 : 0;
    }
    assertThat(interrupted).as("runs with Spot interruptions").isPositive();
    Simulation variant = Simulation.builder(onlyForecasting).load(LoadSpec.parse("sine(300, 250, 24h)")
        .render(3 * 1440, 5)).seed(5).build();
    assertThat(variant.run().forecastAndScale()).as("the ForecastOnly run has its variant").isPresent();
  }

  @Test
  void aRunForItsScoresHasNothingToDescribe() throws Exception {
    Simulation sim = Simulation.builder(ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml")))
        .load(LoadSpec.parse("const(100)").render(60, 1)).build();
    assertThatThrownBy(() -> new Run(sim, false).run()).isInstanceOf(IllegalStateException.class);
  }
}
