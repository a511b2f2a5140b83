package dev.asgsim.simulator.sweep.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.Slo;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 10: a sweep's three files are replaced together, or not at all. */
class SweepOutputsTest {
  @TempDir
  Path dir;

  private static SweepDefinition definition() throws Exception {
    return new SweepDefinition(ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml")), List.of(),
        Sampling.GRID, List.of(new LoadCase("day", "const(50)", null)), 1, 1, Slo.NONE, Score.COST, Path.of("."), List.of());
  }

  private void earlierSweep() throws Exception {
    Files.writeString(dir.resolve(SweepOutputs.RESULTS), "old results\n");
    Files.writeString(dir.resolve(SweepOutputs.PARETO), "old chart");
    Files.writeString(dir.resolve(SweepOutputs.AXES), "old axes");
    Files.writeString(dir.resolve(SweepOutputs.HTML), "old report");
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @DisplayName("a sweep that fails before its report leaves the earlier set as it was, and no partial file")
  void aFailedSweepLeavesTheEarlierSet() throws Exception {
    earlierSweep();
    try (SweepOutputs outputs = SweepOutputs.open(dir, definition())) {
      assertThat(dir.resolve(SweepOutputs.RESULTS + SweepOutputs.PARTIAL)).exists();
      // ... rows would stream here; then the run fails (a full disk, an error) before commit.
    }
    assertThat(names()).containsExactly("axes.png", "pareto.png", "results.csv", "sweep.html");
    assertThat(dir.resolve(SweepOutputs.RESULTS)).hasContent("old results");
    assertThat(dir.resolve(SweepOutputs.PARETO)).hasContent("old chart");
    assertThat(dir.resolve(SweepOutputs.AXES)).hasContent("old axes");
  }

  @Test
  @DisplayName("a finished (or stopped) sweep replaces all four files, leaving nothing else")
  void aFinishedSweepReplacesTheSet() throws Exception {
    earlierSweep();
    try (SweepOutputs outputs = SweepOutputs.open(dir, definition())) {
      assertThat(dir.resolve(SweepOutputs.RESULTS)).hasContent("old results");
      outputs.commit("new chart".getBytes(StandardCharsets.UTF_8), "new axes".getBytes(StandardCharsets.UTF_8),
          "new report");
    }
    assertThat(names()).containsExactly("axes.png", "pareto.png", "results.csv", "sweep.html");
    assertThat(dir.resolve(SweepOutputs.RESULTS)).content().startsWith("point,load,seeds,meets_slo,slo_missed");
    assertThat(dir.resolve(SweepOutputs.PARETO)).hasContent("new chart");
    assertThat(dir.resolve(SweepOutputs.AXES)).hasContent("new axes");
    assertThat(dir.resolve(SweepOutputs.HTML)).hasContent("new report");
  }
}
