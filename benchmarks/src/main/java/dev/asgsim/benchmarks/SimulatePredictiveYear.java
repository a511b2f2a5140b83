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
 * run), with {@code predictive=false} (its target tracking policy alone) or {@code true} (plus the ForecastAndScale
 * policy of {@link Fixtures#seedGroupPredictive()}). Run the two as an A/B pair, e.g. interleaved short runs:
 * {@code java -jar benchmarks.jar SimulatePredictiveYear -p predictive=false -f 1} then {@code ... =true}.
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

  @Param({"false", "true"})
  public boolean predictive;

  private Simulation simulation;

  @Setup(Level.Trial)
  public void setUp() {
    ScalingConfig config = predictive ? Fixtures.seedGroupPredictive() : Fixtures.seedGroup();
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
