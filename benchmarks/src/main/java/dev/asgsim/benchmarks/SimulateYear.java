package dev.asgsim.benchmarks;

import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSeries;
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
 * One simulated year (525 600 one-minute steps) of the seed group ({@code examples/fastcampus-nginx.yaml}: t2.nano,
 * Min 1, Max 10, target tracking at 50 % CPU; in unlimited credit mode, see {@link Fixtures#seedGroup()}), which
 * moves between 1 and 10 instances every day. Target: ≤ 20 ms/op, i.e. ≥ 25 M simulated minutes per second.
 *
 * <p>Loads, rendered once in setup: {@code diurnal} {@value Fixtures#DIURNAL_SPEC}; {@code nab} the NAB trace
 * {@value Fixtures#NAB_RESOURCE} (14 days, one instance's CPU) × {@value Fixtures#NAB_SCALE} looped to a year.
 * CpuTime also takes {@code const}, {@code const(250)}: a year in which the group never scales. {@code group} picks
 * the seed group's instance type, credit mode and metric ({@link Fixtures#seedGroupOf}).
 * {@code record=false} is how sweeps run (scores only); {@code record=true} also keeps the per-minute timeline and
 * the activity history, as {@code asgsim simulate} does to write its files.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SimulateYear {
  @Param({"diurnal", "nab"})
  public String load;

  @Param({"false", "true"})
  public boolean record;

  /**
   * The group ({@link Fixtures#seedGroupOf}): the default is the seed group in unlimited mode;
   * {@code -p group=t2-standard,t3.large-standard,m5.large,m5.large-requests} runs the groups the quiet kernel took on
   * later (not in the default set, which keeps its length).
   */
  @Param({"t2-unlimited"})
  public String group = "t2-unlimited";

  private Simulation simulation;

  @Setup(Level.Trial)
  public void setUp() {
    simulation = Simulation.builder(Fixtures.seedGroupOf(group))
        .load(year(load, 1.0))
        .seed(Fixtures.SEED)
        .recordTimeline(record)
        .recordActivities(record)
        .build();
  }

  /** A year of {@code load} ({@code diurnal} or {@code nab}) multiplied by {@code scale}. */
  static LoadSeries year(String load, double scale) {
    return switch (load) {
      case "diurnal" -> Fixtures.diurnal(Fixtures.YEAR_MINUTES, scale);
      case "nab" -> Fixtures.nabLooped(Fixtures.YEAR_MINUTES, Fixtures.NAB_SCALE * scale);
      // Not a JMH parameter: CpuTime's year in which the group never scales (every minute quiet, benchmarks/HISTORY.md).
      case "const" -> LoadSeries.constant(250 * scale, Fixtures.YEAR_MINUTES);
      default -> throw new IllegalArgumentException("unknown load " + load + "; use diurnal, nab or const");
    };
  }

  @Benchmark
  public void year(Blackhole bh) {
    SimulationResult r = simulation.run();
    bh.consume(r.scores());
  }
}
