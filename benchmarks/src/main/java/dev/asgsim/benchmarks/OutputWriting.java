package dev.asgsim.benchmarks;

import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import dev.asgsim.simulator.report.OutputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing the five output files of one simulated year (the seed group, {@code diurnal} load, see {@link SimulateYear}):
 * the year is simulated once in setup with its timeline kept, and each operation streams its rows and activities
 * through {@link OutputFiles#open} into a temporary directory as a run would (timeline.csv of 525 600 rows,
 * activities.json), then renders summary.json, chart.png and report.html. This is {@code simulate}'s cost beyond the
 * simulation itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class OutputWriting {
  private SimulationResult result;
  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    result = Simulation.builder(Fixtures.seedGroup()).load(SimulateYear.year("diurnal", 1.0)).seed(Fixtures.SEED)
        .build().run();
    dir = Files.createTempDirectory("asgsim-outputs");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Fixtures.deleteDirectory(dir);
  }

  @Benchmark
  public byte[] year() throws IOException {
    Timeline t = result.timeline().orElseThrow();
    try (OutputFiles.Streaming out = OutputFiles.open(dir, t.minutes(), t.startEpochSecond())) {
      for (int m = 0; m < t.minutes(); m++) {
        out.timelineRow(t, m);
      }
      result.activities().forEach(out::activity);
      return out.finish(result, List.of()).get(OutputFiles.SUMMARY);
    }
  }
}
