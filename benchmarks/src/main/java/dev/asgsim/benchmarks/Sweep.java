package dev.asgsim.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.PointRunner;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepListener;
import dev.asgsim.simulator.sweep.SweepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Points per second of a sweep on all cores: the seed group's TargetValue ({@value #TARGETS} values, 20 to 92) ×
 * EstimatedInstanceWarmup ({@value #WARMUPS} values, 0 to 420 s) grid plus the base point, each point one 30-day
 * simulation of the NAB trace looped to 30 days, through the real sweep runner (config variation on the Jackson tree,
 * thread pool, ordered rows, statistics). Target (issue 15 item 3): 10 000 points × 30 days in ≤ 10 s on 2 cores, i.e.
 * ≥ 1 000 points/s, about 2 ms of CPU per point on each core. The sweep's report (charts, HTML) is not part of it:
 * {@code asgsim sweep} draws it after the last row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(Sweep.POINTS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(2)
public class Sweep {
  static final int TARGETS = 25;
  static final int WARMUPS = 8;
  /** Grid points plus the base point. */
  static final int POINTS = TARGETS * WARMUPS + 1;
  static final String LOAD = "nab-30d";

  private SweepDefinition definition;
  /** The points' runner; {@link CpuTime} wraps it to tell the simulations' CPU from the rest of the process's. */
  PointRunner runner;
  private int threads;

  @Setup(Level.Trial)
  public void setUp() {
    List<JsonNode> targets = new ArrayList<>();
    for (int i = 0; i < TARGETS; i++) {
      targets.add(DoubleNode.valueOf(20 + 3 * i));
    }
    List<JsonNode> warmups = new ArrayList<>();
    for (int i = 0; i < WARMUPS; i++) {
      warmups.add(IntNode.valueOf(60 * i));
    }
    List<Axis> axes = List.of(
        Axis.member("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue", targets),
        Axis.member("ScalingPolicies[0].EstimatedInstanceWarmup", warmups));
    definition = new SweepDefinition(Fixtures.seedGroup(), axes, Sampling.GRID, List.of(new LoadCase(LOAD, LOAD, "30d")),
        1, Fixtures.SEED, null, null, null, null);
    runner = new PreRenderedPointRunner(Map.of(LOAD,
        Fixtures.nabLooped(Fixtures.MONTH_MINUTES, Fixtures.NAB_SCALE)));
    threads = Runtime.getRuntime().availableProcessors();
  }

  @Benchmark
  public void grid(Blackhole bh) {
    SweepResult r = new dev.asgsim.simulator.sweep.Sweep(definition, runner).run(threads, SweepListener.NONE);
    bh.consume(r);
  }
}
