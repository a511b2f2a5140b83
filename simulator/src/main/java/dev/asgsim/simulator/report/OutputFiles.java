package dev.asgsim.simulator.report;

import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.simulator.SimulationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the five output files of a run. Every file is rendered in memory first, written to a temporary file in the
 * output directory and renamed into place only when all five are written, so a failure leaves no half-written file.
 */
public final class OutputFiles {
  public static final String TIMELINE = "timeline.csv";
  public static final String ACTIVITIES = "activities.json";
  public static final String SUMMARY = "summary.json";
  public static final String CHART = "chart.png";
  public static final String REPORT = "report.html";

  private OutputFiles() {}

  /**
   * Renders every output (needs a recorded timeline); file name to bytes, in a fixed order.
   *
   * @param findings the validator's findings, one line each, for the report; null when it did not run
   */
  public static Map<String, byte[]> render(SimulationResult r, List<String> findings) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] png = Chart.png(r);
    files.put(TIMELINE, TimelineCsv.render(r.timeline().orElseThrow(
        () -> new IllegalArgumentException("the run recorded no timeline"))).getBytes(StandardCharsets.UTF_8));
    files.put(ACTIVITIES, ActivitiesJson.render(r).getBytes(StandardCharsets.UTF_8));
    files.put(SUMMARY, SummaryJson.render(r).getBytes(StandardCharsets.UTF_8));
    files.put(CHART, png);
    files.put(REPORT, HtmlReport.render(r, png, findings).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** Writes {@code files} into {@code dir} (created if needed) all-or-nothing. */
  public static void write(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path tmp = AtomicFiles.stage(dir);
        staged.add(new Path[] {tmp, dir.resolve(e.getKey())});
        Files.write(tmp, e.getValue());
      }
      for (Path[] p : staged) {
        AtomicFiles.commit(p[0], p[1]);
      }
    } finally {
      for (Path[] p : staged) {
        AtomicFiles.discard(p[0]);
      }
    }
  }
}
