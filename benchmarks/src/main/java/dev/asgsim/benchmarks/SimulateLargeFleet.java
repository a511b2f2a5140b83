package dev.asgsim.benchmarks;

import dev.asgsim.simulator.Simulation;
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
 * {@link SimulateYear} with the seed group's MaxSize raised to {@code max} and the demand multiplied by
 * {@code max / 10}, so the fleet really grows to about {@code max} instances. How the cost of a simulated year grows
 * with fleet size; target: a 1000-instance year costs less than 10× a 10-instance year. Scores only, as sweeps run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SimulateLargeFleet {
  @Param({"10", "100", "1000"})
  public int max;

  @Param({"diurnal", "nab"})
  public String load;

  private Simulation simulation;

  @Setup(Level.Trial)
  public void setUp() {
    simulation = Simulation.builder(Fixtures.seedGroup(max))
        .load(SimulateYear.year(load, max / (double) Fixtures.SEED_MAX))
        .seed(Fixtures.SEED)
        .recordTimeline(false)
        .recordActivities(false)
        .build();
  }

  @Benchmark
  public void year(Blackhole bh) {
    bh.consume(simulation.run().scores());
  }
}
