package dev.asgsim.simulator.report;

import dev.asgsim.simulator.SimulationResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The registry of {@code simulate}'s output files, in writing order. Adding an output is its renderer (one file)
 * and one constant here; {@link OutputFiles} renders and writes whatever is listed.
 */
public enum OutputFile {
  TIMELINE("timeline.csv", (r, in) -> utf8(TimelineCsv.render(r.timeline().orElseThrow(
      () -> new IllegalArgumentException("the run recorded no timeline"))))),
  ACTIVITIES("activities.json", (r, in) -> utf8(ActivitiesJson.render(r))),
  SUMMARY("summary.json", (r, in) -> utf8(SummaryJson.render(r))),
  CHART("chart.png", (r, in) -> in.chartPng()),
  REPORT("report.html", (r, in) -> utf8(HtmlReport.render(r, in.chartPng(), in.findings())));

  /**
   * What a renderer may use besides the run: the validator's findings, one line each (null when it did not run), and
   * the chart, drawn once and shared by the files that hold it.
   */
  record Inputs(List<String> findings, byte[] chartPng) {}

  @FunctionalInterface
  interface Renderer {
    byte[] render(SimulationResult result, Inputs inputs);
  }

  private final String fileName;
  private final Renderer renderer;

  OutputFile(String fileName, Renderer renderer) {
    this.fileName = fileName;
    this.renderer = renderer;
  }

  public String fileName() {
    return fileName;
  }

  byte[] render(SimulationResult result, Inputs inputs) {
    return renderer.render(result, inputs);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
