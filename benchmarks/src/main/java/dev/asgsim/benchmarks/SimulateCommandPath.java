package dev.asgsim.benchmarks;

import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.report.OutputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * What {@code asgsim simulate examples/fastcampus-nginx.yaml --load 'sine(150,120,24h)' --duration 365d} does, in
 * process and warmed up: read and validate the config, parse and render the load, simulate the year while streaming
 * its timeline and activities to disk, and write all five files. The command line's figure adds the JVM's start and
 * compilation (benchmarks/README.md, "Whole runs").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class SimulateCommandPath {
  static final String LOAD = "sine(150,120,24h)";
  private byte[] config;
  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    config = Fixtures.bytes("examples/fastcampus-nginx.yaml");
    dir = Files.createTempDirectory("asgsim-simulate");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Fixtures.deleteDirectory(dir);
  }

  @Benchmark
  public byte[] year() throws Exception {
    ConfigDocument doc = ConfigReader.parse(new String(config, StandardCharsets.UTF_8), "fastcampus-nginx.yaml",
        dev.asgsim.core.io.ConfigFormat.YAML);
    List<Finding> findings = Validator.defaults().validate(doc);
    LoadSeries load = LoadSpec.parse(LOAD).render(Fixtures.YEAR_MINUTES, 1);
    try (OutputFiles.Streaming out = OutputFiles.open(dir, load.minutes(),
        Simulation.DEFAULT_START.getEpochSecond())) {
      SimulationResult r = Simulation.builder(doc.config()).load(load).seed(1).recordTimeline(false)
          .recordActivities(false).sink(out).build().run();
      return out.finish(r, findings.stream().map(Finding::toString).toList()).get(OutputFiles.SUMMARY);
    }
  }
}
