package dev.asgsim.simulator.report;

import dev.asgsim.simulator.RecordSink;
import dev.asgsim.simulator.SimulationResult;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The registry of {@code simulate}'s output files, in writing order. Adding an output is its renderer (one file)
 * and one constant here; {@link OutputFiles} renders and writes whatever is listed. The timeline and the activities
 * are streamed: written record by record while the run goes on, so a long run does not hold them; the others are
 * rendered at the end from the result and the {@link RunDigest}.
 */
public enum OutputFile {
  TIMELINE("timeline.csv", TimelineCsv.Rows::new),
  ACTIVITIES("activities.json", ActivitiesJson.Items::new),
  SUMMARY("summary.json", (r, in) -> utf8(SummaryJson.render(r, in.digest().activityCount()))),
  CHART("chart.png", (r, in) -> in.chartPng()),
  REPORT("report.html", (r, in) -> utf8(HtmlReport.render(r, in.digest(), in::chartPng, in.findings())));

  /**
   * What a renderer may use besides the run: the validator's findings, one line each (null when it did not run), the
   * digest of the streamed records, and the chart, drawn once and shared by the files that hold it ({@code chart}
   * waits for it: it may be drawn on another thread).
   */
  record Inputs(List<String> findings, RunDigest digest, Supplier<byte[]> chart) {
    byte[] chartPng() {
      return chart.get();
    }
  }

  @FunctionalInterface
  interface Renderer {
    byte[] render(SimulationResult result, Inputs inputs);
  }

  /** A file written record by record; {@link #finish()} writes its end and flushes. */
  interface Streamed extends RecordSink {
    void finish();
  }

  private final String fileName;
  private final Renderer renderer;
  private final Function<OutputStream, Streamed> stream;

  OutputFile(String fileName, Renderer renderer) {
    this.fileName = fileName;
    this.renderer = renderer;
    this.stream = null;
  }

  OutputFile(String fileName, Function<OutputStream, Streamed> stream) {
    this.fileName = fileName;
    this.renderer = null;
    this.stream = stream;
  }

  public String fileName() {
    return fileName;
  }

  boolean streamed() {
    return stream != null;
  }

  Streamed open(OutputStream out) {
    return stream.apply(out);
  }

  byte[] render(SimulationResult result, Inputs inputs) {
    return renderer.render(result, inputs);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
