package dev.asgsim.simulator.report;

import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.RecordSink;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Writes the output files of a run ({@link OutputFile}). A long run streams into {@link #open}: the timeline and the
 * activities go to temporary files in the output directory as the run produces them, the rest is rendered at the end,
 * and every file is renamed into place only when all are written, so a failure leaves no half-written file.
 */
public final class OutputFiles {
  public static final String TIMELINE = OutputFile.TIMELINE.fileName();
  public static final String ACTIVITIES = OutputFile.ACTIVITIES.fileName();
  public static final String SUMMARY = OutputFile.SUMMARY.fileName();
  public static final String CHART = OutputFile.CHART.fileName();
  public static final String REPORT = OutputFile.REPORT.fileName();

  private OutputFiles() {}

  /**
   * Renders every output of {@link OutputFile} of a result that kept its timeline and activities; file name to
   * bytes, in registry order.
   *
   * @param findings the validator's findings, one line each, for the report; null when it did not run
   */
  public static Map<String, byte[]> render(SimulationResult r, List<String> findings) {
    Map<String, ByteArrayOutputStream> streamed = new LinkedHashMap<>();
    Timeline t = r.timeline().orElseThrow(() -> new IllegalArgumentException("the run recorded no timeline"));
    RunDigest digest = new RunDigest(t.minutes(), t.startEpochSecond());
    List<OutputFile.Streamed> sinks = new ArrayList<>();
    for (OutputFile f : OutputFile.values()) {
      if (f.streamed()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        streamed.put(f.fileName(), bytes);
        sinks.add(f.open(bytes));
      }
    }
    List<RecordSink> all = new ArrayList<>();
    all.add(digest);
    all.addAll(sinks);
    RecordSink sink = new Tee(all);
    for (int m = 0; m < t.minutes(); m++) {
      sink.timelineRow(t, m);
    }
    r.activities().forEach(sink::activity);
    r.notScaled().forEach(sink::notScaled);
    sinks.forEach(OutputFile.Streamed::finish);
    Map<String, byte[]> rendered = renderRest(r, digest.finish(r), findings);
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (OutputFile f : OutputFile.values()) {
      files.put(f.fileName(), f.streamed() ? streamed.get(f.fileName()).toByteArray() : rendered.get(f.fileName()));
    }
    return files;
  }

  /**
   * The files rendered at the end, in registry order. The chart is drawn on this thread while the others render on a
   * second one (issue 15: both cores; report.html waits for the chart only where it embeds it), so what each file
   * holds does not depend on the threads.
   */
  private static Map<String, byte[]> renderRest(SimulationResult r, RunDigest digest, List<String> findings) {
    CompletableFuture<byte[]> chart = new CompletableFuture<>();
    OutputFile.Inputs inputs = new OutputFile.Inputs(findings, digest, chart::join);
    FutureTask<Map<OutputFile, byte[]>> others = new FutureTask<>(() -> {
      Map<OutputFile, byte[]> files = new EnumMap<>(OutputFile.class);
      for (OutputFile f : OutputFile.values()) {
        if (!f.streamed() && f != OutputFile.CHART) {
          files.put(f, f.render(r, inputs));
        }
      }
      return files;
    });
    Thread t = new Thread(others, "asgsim-report");
    t.setDaemon(true);
    t.start();
    try {
      chart.complete(Chart.png(r, digest));
    } catch (RuntimeException | Error e) {
      chart.completeExceptionally(e); // ends the other thread's wait; this failure is the one reported
      throw e;
    }
    Map<OutputFile, byte[]> rendered;
    try {
      rendered = others.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering the outputs", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (OutputFile f : OutputFile.values()) {
      if (!f.streamed()) {
        files.put(f.fileName(), f == OutputFile.CHART ? chart.join() : rendered.get(f));
      }
    }
    return files;
  }

  /** A failure of another thread, thrown here as it was thrown there. */
  static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException e) {
      throw e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }

  /** Writes {@code files} into {@code dir} (created if needed) all-or-nothing. */
  public static void write(Path dir, Map<String, byte[]> files) throws IOException {
    try (Streaming s = new Streaming(dir)) {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Files.write(s.stage(e.getKey()), e.getValue());
      }
      s.commit();
    }
  }

  /**
   * Starts writing a run's outputs into {@code dir} (created if needed): hand the result to
   * {@code Simulation.Builder.sink}, run, then {@link Streaming#finish}. Closing without finishing removes what was
   * written.
   *
   * @param minutes          the run's length
   * @param startEpochSecond when it starts
   */
  public static Streaming open(Path dir, int minutes, long startEpochSecond) throws IOException {
    Streaming s = new Streaming(dir);
    try {
      s.start(minutes, startEpochSecond);
      return s;
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  /** A run's outputs being written into temporary files of one directory; renamed into place by {@link #finish}. */
  public static final class Streaming implements RecordSink, Closeable {
    private final Path dir;
    /** The directory did not exist before: removed again when nothing is committed. */
    private final boolean created;
    private boolean committed;
    private final Map<String, Path> staged = new LinkedHashMap<>();
    private final List<OutputStream> streams = new ArrayList<>();
    private final List<OutputFile.Streamed> files = new ArrayList<>();
    private RunDigest digest;
    /** The streamed files and the digest, fed on writer threads. */
    private RecordHandOff tee;

    private Streaming(Path dir) throws IOException {
      this.dir = dir;
      this.created = !Files.exists(dir);
      Files.createDirectories(dir);
    }

    private void start(int minutes, long startEpochSecond) throws IOException {
      digest = new RunDigest(minutes, startEpochSecond);
      for (OutputFile f : OutputFile.values()) {
        if (f.streamed()) {
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(stage(f.fileName())), 1 << 16);
          streams.add(out);
          files.add(f.open(out));
        }
      }
      // The digest on a thread of its own, beside the files' (two cores: the run, the files and the digest share them).
      tee = new RecordHandOff(new Tee(files), digest);
    }

    private Path stage(String name) throws IOException {
      Path tmp = AtomicFiles.stage(dir);
      staged.put(name, tmp);
      return tmp;
    }

    @Override
    public void timelineRow(Timeline t, int m) {
      tee.timelineRow(t, m);
    }

    @Override
    public void activity(Activity a) {
      tee.activity(a);
    }

    @Override
    public void notScaled(NotScaled n) {
      tee.notScaled(n);
    }

    /**
     * Ends the streamed files, renders the others from {@code r} and renames all into place. Returns the rendered
     * (not streamed) files by name.
     */
    public Map<String, byte[]> finish(SimulationResult r, List<String> findings) throws IOException {
      try {
        tee.finish();
        files.forEach(OutputFile.Streamed::finish);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      for (OutputStream out : streams) {
        out.close();
      }
      streams.clear();
      Map<String, byte[]> rendered = renderRest(r, digest.finish(r), findings);
      for (Map.Entry<String, byte[]> e : rendered.entrySet()) {
        Files.write(stage(e.getKey()), e.getValue());
      }
      commit();
      return rendered;
    }

    private void commit() throws IOException {
      for (Map.Entry<String, Path> e : staged.entrySet()) {
        AtomicFiles.commit(e.getValue(), dir.resolve(e.getKey()));
        committed = true;
      }
      staged.clear();
    }

    /** Removes whatever was written and not committed. */
    @Override
    public void close() throws IOException {
      if (tee != null) {
        tee.cancel();
        tee = null;
      }
      for (OutputStream out : streams) {
        try {
          out.close();
        } catch (IOException ignored) {
          // the file is discarded below
        }
      }
      streams.clear();
      for (Path p : staged.values()) {
        AtomicFiles.discard(p);
      }
      staged.clear();
      if (created && !committed) {
        Files.deleteIfExists(dir);
      }
    }
  }

  /** One record to every sink, in order. */
  private record Tee(List<? extends RecordSink> sinks) implements RecordSink {
    @Override
    public void timelineRow(Timeline t, int m) {
      for (RecordSink s : sinks) {
        s.timelineRow(t, m);
      }
    }

    @Override
    public void activity(Activity a) {
      for (RecordSink s : sinks) {
        s.activity(a);
      }
    }

    @Override
    public void notScaled(NotScaled n) {
      for (RecordSink s : sinks) {
        s.notScaled(n);
      }
    }
  }
}
