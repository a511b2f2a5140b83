package dev.asgsim.simulator.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The trace files of a load spec, read ahead on a thread of their own: {@code simulate --load year.csv} starts reading
 * the trace while it reads and validates the config (issue 15: a year's trace is a third of a second, the config about
 * as long). The spec is then parsed as always, in its turn; a trace it names comes from here when the read went well,
 * and is read again (with the same message) when it did not, so what goes wrong is reported in the same order and
 * words as without it.
 */
public final class TracePrefetch {
  /** Reads nothing ahead. */
  public static final TracePrefetch NONE = new TracePrefetch(Map.of());

  private final Map<Path, FutureTask<Trace>> traces;

  private TracePrefetch(Map<Path, FutureTask<Trace>> traces) {
    this.traces = traces;
  }

  /**
   * Starts reading the traces {@code spec} names, relative to the working directory (as a {@code --load} spec's are);
   * nothing when the spec names none or does not parse (the real parse then says why).
   */
  public static TracePrefetch start(String spec) {
    Map<Path, FutureTask<Trace>> tasks = new LinkedHashMap<>();
    try {
      for (String f : spec == null ? List.<String>of() : LoadSpec.traceFiles(spec)) {
        Path p = Path.of(f);
        tasks.putIfAbsent(p, new FutureTask<>(() -> TraceReader.read(p)));
      }
    } catch (LoadSpecException | InvalidPathException e) {
      return NONE;
    }
    if (tasks.isEmpty()) {
      return NONE;
    }
    Thread reader = new Thread(() -> tasks.values().forEach(FutureTask::run), "asgsim-trace-reader");
    reader.setDaemon(true);
    reader.start();
    return new TracePrefetch(Map.copyOf(tasks));
  }

  /** The trace in {@code file}: read ahead if it was, else read now. */
  Trace read(Path file) {
    FutureTask<Trace> ahead = traces.get(file);
    if (ahead != null) {
      try {
        return ahead.get();
      } catch (ExecutionException e) {
        // read again below: the same failure, raised where the parse expects it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return TraceReader.read(file);
  }
}
