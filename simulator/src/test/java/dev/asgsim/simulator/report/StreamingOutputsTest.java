package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that streams its records to disk (keeping none) writes the same bytes as a run that keeps them and renders
 * them at the end: every example, basic and detailed monitoring, a long publication delay (rows then wait longest for
 * their datapoint), and a run shorter than the streaming window.
 */
class StreamingOutputsTest {
  static Stream<Arguments> cases() throws Exception {
    Stream.Builder<Arguments> cases = Stream.builder();
    try (var files = Files.list(Path.of("../examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        cases.add(Arguments.of(p.getFileName().toString(), ConfigReader.read(p),
            "sine(150, 120, 24h, 14h) + noise(15)", 3 * 1440));
      }
    }
    ScalingConfig seed = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    for (boolean detailed : new boolean[] {false, true}) {
      for (int delay : new int[] {0, 150, 900}) {
        SimulationSettings s = seed.effectiveSimulation().toBuilder().detailedMonitoring(detailed)
            .metricPublishDelaySeconds(delay).build();
        cases.add(Arguments.of("seed detailed=" + detailed + " delay=" + delay,
            seed.toBuilder().simulation(s).build(), "const(40) + spikes(300, 20m, 6h) + noise(10)", 2 * 1440));
      }
    }
    cases.add(Arguments.of("3 minutes", seed, "const(80)", 3));
    return cases.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void streamedFilesEqualRenderedFiles(String name, ScalingConfig config, String load, int minutes,
      @TempDir Path dir) throws Exception {
    Simulation.Builder b = Simulation.builder(config).load(LoadSpec.parse(load).render(minutes, 3)).seed(3);
    Map<String, byte[]> kept = OutputFiles.render(b.build().run(), List.of("WARNING x"));
    SimulationResult streamedResult;
    try (OutputFiles.Streaming out = OutputFiles.open(dir, minutes, Simulation.DEFAULT_START.getEpochSecond())) {
      streamedResult = b.recordTimeline(false).recordActivities(false).sink(out).build().run();
      out.finish(streamedResult, List.of("WARNING x"));
    }
    assertThat(streamedResult.timeline()).isEmpty();
    assertThat(streamedResult.activities()).isEmpty();
    for (Map.Entry<String, byte[]> e : kept.entrySet()) {
      assertThat(Files.readAllBytes(dir.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    try (var files = Files.list(dir)) {
      assertThat(files.count()).as("no temporary file left").isEqualTo(kept.size());
    }
  }
}
