package dev.asgsim.simulator.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.report.SummaryJson;
import java.nio.file.Path;
import java.util.Collections;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 13: 10 000 load components took 12-90 s for a 30-minute run, all of it JFreeChart breaking the
 * subtitle (the whole spec) into lines, which is quadratic in its length. The subtitle is cut; the full spec stays
 * in summary.json and the report.
 */
class LongLoadChartTest {
  @Test
  void theChartSubtitleOfAHugeSpecIsCutToTwoHundredCharacters() throws Exception {
    String spec = String.join(" + ", Collections.nCopies(10_000, "noise(1)"));
    SimulationResult r = Simulation.builder(ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml")))
        .load(LoadSpec.parse(spec).render(30, 1)).seed(1).build().run();
    assertThat(r.loadDescription()).hasSize(spec.length());
    org.jfree.chart.JFreeChart chart = TimelineChart.build(r, new RunSeries(r, TimelineChart.COLUMNS));
    String subtitle = java.util.stream.IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
        .filter(TextTitle.class::isInstance).map(t -> ((TextTitle) t).getText()).findFirst().orElseThrow();
    assertThat(subtitle).startsWith("load: noise(1) + noise(1)").endsWith("…");
    assertThat(subtitle.length()).isLessThan(260);
    assertThat(SummaryJson.render(r)).contains(spec);
  }
}
