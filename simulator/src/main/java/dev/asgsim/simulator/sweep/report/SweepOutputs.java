package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's files in {@code --out}, replaced as a set (issue 19 item 10): rows stream into
 * {@value #RESULTS}{@value #PARTIAL} as they finish (a killed JVM leaves its finished rows there), and only when the
 * report is ready do {@value #RESULTS}, {@value #PARETO}, {@value #AXES} and {@value #HTML} replace an earlier sweep's files
 * together. A sweep that fails before that leaves the earlier set untouched and removes its partial file, so a new
 * {@code results.csv} never sits beside an old chart.
 */
public final class SweepOutputs implements Closeable {
  public static final String RESULTS = "results.csv";
  public static final String PARETO = "pareto.png";
  public static final String AXES = "axes.png";
  public static final String HTML = "sweep.html";
  /** The suffix of the results file while rows are still coming. */
  public static final String PARTIAL = ".partial";

  private final Path dir;
  private final Path partial;
  private final ResultsCsvWriter results;
  private boolean resultsClosed;
  private boolean committed;

  private SweepOutputs(Path dir, Path partial, ResultsCsvWriter results) {
    this.dir = dir;
    this.partial = partial;
    this.results = results;
  }

  /** Creates {@code dir} if needed and opens the partial results file. */
  public static SweepOutputs open(Path dir, SweepDefinition definition) throws IOException {
    Files.createDirectories(dir);
    Path partial = dir.resolve(RESULTS + PARTIAL);
    return new SweepOutputs(dir, partial,
        new ResultsCsvWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), definition));
  }

  /** Where the rows go; flushed row by row. */
  public ResultsCsvWriter results() {
    return results;
  }

  public Path dir() {
    return dir;
  }

  /** Finishes the results and puts the four files in place together; the charts and report are staged first. */
  public void commit(byte[] paretoPng, byte[] axesPng, String html) throws IOException {
    resultsClosed = true;
    results.close();
    List<Path[]> staged = new ArrayList<>();
    try {
      staged.add(stage(paretoPng, PARETO));
      staged.add(stage(axesPng, AXES));
      staged.add(stage(html.getBytes(StandardCharsets.UTF_8), HTML));
      AtomicFiles.commit(partial, dir.resolve(RESULTS));
      for (Path[] p : staged) {
        AtomicFiles.commit(p[0], p[1]);
      }
      committed = true;
    } finally {
      for (Path[] p : staged) {
        Files.deleteIfExists(p[0]);
      }
    }
  }

  private Path[] stage(byte[] bytes, String name) throws IOException {
    Path tmp = AtomicFiles.stage(dir);
    Files.write(tmp, bytes);
    return new Path[] {tmp, dir.resolve(name)};
  }

  /** Without a {@link #commit}: closes and deletes the partial results, leaving the earlier set as it was. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    try {
      if (!resultsClosed) {
        resultsClosed = true;
        results.close();
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
