package dev.asgsim.simulator.report;

import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.simulator.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the output files of a run ({@link OutputFile}). Every file is rendered in memory first, written to a
 * temporary file in the output directory and renamed into place only when all are written, so a failure leaves no half-written file.
 */
public final class OutputFiles {
  public static final String TIMELINE = OutputFile.TIMELINE.fileName();
  public static final String ACTIVITIES = OutputFile.ACTIVITIES.fileName();
  public static final String SUMMARY = OutputFile.SUMMARY.fileName();
  public static final String CHART = OutputFile.CHART.fileName();
  public static final String REPORT = OutputFile.REPORT.fileName();

  private OutputFiles() {}

  /**
   * Renders every output of {@link OutputFile} (needs a recorded timeline); file name to bytes, in registry order.
   *
   * @param findings the validator's findings, one line each, for the report; null when it did not run
   */
  public static Map<String, byte[]> render(SimulationResult r, List<String> findings) {
    OutputFile.Inputs inputs = new OutputFile.Inputs(findings, Chart.png(r));
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (OutputFile f : OutputFile.values()) {
      files.put(f.fileName(), f.render(r, inputs));
    }
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
