package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.simulator.report.Chromium;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.report.SweepReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sweep.html in a real browser (issue 17 item 7): no page or console error; the Pareto chart drew its points. */
class SweepReportBrowserTest {
  private static final String TARGET = "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue";

  @Test
  void paretoChartDraws(@TempDir Path dir) throws Exception {
    Path chromium = Chromium.require();
    SweepDefinition def = new SweepDefinition(Fixtures.seed(),
        List.of(Axis.member(TARGET, Fixtures.ints(30, 40, 60)), Axis.member("AutoScalingGroup.MinSize",
            Fixtures.ints(1, 20))),
        Sampling.GRID, List.of(new LoadCase("day", "const(50)", null), new LoadCase("peak", "const(90)", null)),
        2, 5, new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)), Score.COST, Path.of("."), List.of());
    SweepResult result = new Sweep(def, new FakeRunner(false)).run(2, SweepListener.NONE);
    JsonNode probe = Chromium.probe(chromium, SweepReport.of(result).html(), dir);
    assertThat(probe.get("errors")).as("page and console errors").isEmpty();
    assertThat(probe.get("panels")).hasSize(1);
    JsonNode panel = probe.get("panels").get(0);
    List<String> labels = new ArrayList<>();
    panel.get("labels").forEach(l -> labels.add(l.asText()));
    assertThat(labels).contains("points", "Pareto front", "base config", "recommended", "SLO UnservedPercent ≤ 0.1");
    panel.get("series").forEach(s -> {
      if (List.of("points", "Pareto front", "base config").contains(s.get("label").asText())) {
        assertThat(s.get("pixels").asInt()).as("pixels of " + s.get("label").asText()).isGreaterThan(20);
      }
    });
  }
}
