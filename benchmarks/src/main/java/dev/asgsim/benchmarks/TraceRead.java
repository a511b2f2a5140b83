package dev.asgsim.benchmarks;

import dev.asgsim.simulator.load.Trace;
import dev.asgsim.simulator.load.TraceReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * Reading a trace CSV of one million rows ({@code timestamp,value}, ISO-8601 UTC, one a minute: about 1.9 years,
 * 28 MB), as {@code --load FILE.csv} does before a run: ms/op is the time per million rows. Target (issue 15): a 525 600-row
 * trace read well inside the 1.5 s a whole simulate may take, without per-row garbage (see {@code -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class TraceRead {
  static final int ROWS = 1_000_000;
  private Path file;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("asgsim-trace", ".csv");
    long start = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      w.write("timestamp,value\n");
      for (int m = 0; m < ROWS; m++) {
        double v = 150 + 120 * Math.sin(2 * Math.PI * m / 1440) + 10 * Math.sin(m * 0.37);
        w.write(Instant.ofEpochSecond(start + 60L * m) + "," + Math.round(Math.max(0, v) * 100) / 100.0 + "\n");
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  public Trace million() {
    return TraceReader.read(file);
  }
}
