package dev.asgsim.benchmarks;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of predictive scaling in a simulated year (issue 12: "keep the simulator's year benchmark within 10 % of its
 * time without predictive"): {@link SimulateYear}'s seed group and loads, scores only ({@code record=false}, as sweeps
 * run), with {@code predictive}:
 * <ul>
 *   <li>{@code false}: its target tracking policy alone;</li>
 *   <li>{@code true}: plus the ForecastAndScale policy of {@link Fixtures#seedGroupPredictive()}. Its floor raises the
 *       group before the daily rise, so that year also simulates more capacity (NAB: 8 % more instance-hours), and the
 *       ratio to {@code false} mixes the predictive path with the cost of simulating more instances;</li>
 *   <li>{@code inert}: that policy with a TargetValue so high that its forecast capacity is always 1
 *       ({@link PredictiveAb#inert()}): the whole predictive path runs (a load observation every minute, the hourly
 *       history, a forecast every 6 hours, the floor offered at every evaluation) on the capacity of {@code false} (the
 *       same scores, FixturesTest), so its ratio to {@code false} is the predictive path's own cost.</li>
 * </ul>
 * Run them as an A/B set, e.g. interleaved short runs: {@code java -jar benchmarks.jar SimulatePredictiveYear -p
 * predictive=false -f 1} then {@code ... =inert} and {@code ... =true}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SimulatePredictiveYear {
  @Param({"diurnal", "nab"})
  public String load;

  @Param({"false", "true", "inert"})
  public String predictive;

  private Simulation simulation;

  @Setup(Level.Trial)
  public void setUp() {
    ScalingConfig config = switch (predictive) {
      case "false" -> Fixtures.seedGroup();
      case "true" -> Fixtures.seedGroupPredictive();
      case "inert" -> PredictiveAb.inert();
      default -> throw new IllegalArgumentException("unknown predictive " + predictive + "; use false, true or inert");
    };
    simulation = Simulation.builder(config)
        .load(SimulateYear.year(load, 1.0))
        .seed(Fixtures.SEED)
        .recordTimeline(false)
        .recordActivities(false)
        .build();
  }

  @Benchmark
  public void year(Blackhole bh) {
    SimulationResult r = simulation.run();
    bh.consume(r.scores());
  }
}
