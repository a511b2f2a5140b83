package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.score.Score;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Runs a sweep: every point × load × seed as one task on a fixed thread pool, the scores of a point and load
 * summarised as soon as its last seed finishes, rows handed to the listener in point order. Only the summaries are
 * kept, never a timeline. The outcome does not depend on the thread count: seeds come from
 * {@link Seeds#derive}, and a cell's statistics are accumulated in seed order.
 */
public final class Sweep {
  private static final String CANCELLED = "cancelled";
  private final SweepDefinition definition;
  private final PointRunner runner;
  private volatile boolean cancelled;

  public Sweep(SweepDefinition definition, PointRunner runner) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** Asks a running sweep to stop: no new simulation starts, running ones are interrupted, finished rows are kept. */
  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  public SweepResult run(int threads, SweepListener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    List<Point> points = definition.points();
    List<LoadCase> loads = definition.loads();
    int seeds = definition.seeds();
    ConfigVariator variator = new ConfigVariator(definition.base(), definition.axes());
    int policyAxis = policyAxis();
    Emitter emitter = new Emitter(listener, (long) points.size() * loads.size() * seeds, this::cancel);
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    // Bounds the queued tasks, so that memory stays flat however many points the sweep has.
    Semaphore window = new Semaphore(threads * 32);
    definition.findings().forEach(emitter::note);
    try {
      for (int pos = 0; pos < points.size(); pos++) {
        Point point = points.get(pos);
        if (cancelled || Thread.currentThread().isInterrupted()) {
          break;
        }
        int firstSeq = pos * loads.size(); // by position: indexes may have gaps (a point equal to the base is dropped)
        ScalingConfig config;
        try {
          config = variator.configOf(point);
        } catch (InvalidVariationException e) {
          emitter.skip(firstSeq, loads.size(), new Finding(point.index(), label(point), e.getMessage()), seeds);
          continue;
        }
        String policy = policyAxis < 0 ? SweepDefinition.AWS_POLICIES : Point.text(point.values().get(policyAxis));
        for (int l = 0; l < loads.size(); l++) {
          Cell cell = new Cell(point, l, loads.get(l), firstSeq + l, seeds);
          for (int s = 0; s < seeds; s++) {
            window.acquire();
            RunRequest request = new RunRequest(point, config, policy, l, loads.get(l), s,
                Seeds.derive(definition.seed(), point.index(), s));
            int seedIndex = s;
            pool.execute(() -> {
              // Every task reports to its cell whatever happens, so a point is a row or a finding, never lost: a
              // worker that runs out of memory (static:1000000000) becomes a skipped point with its reason.
              Scores scores = null;
              String error = cancelled ? CANCELLED : null;
              try {
                if (error == null) {
                  scores = runner.run(request);
                }
              } catch (Throwable e) {
                error = cancelled ? CANCELLED : describe(e);
              } finally {
                window.release();
              }
              cell.done(seedIndex, scores, error, emitter);
            });
          }
        }
      }
    } catch (InterruptedException e) {
      cancelled = true;
      Thread.currentThread().interrupt();
    } finally {
      if (cancelled) {
        pool.shutdownNow();
      } else {
        pool.shutdown();
      }
      awaitQuietly(pool);
    }
    emitter.flushRemaining();
    if (emitter.listenerFailure != null) {
      throw emitter.listenerFailure; // e.g. results.csv could not be written: the caller must hear of it
    }
    return new SweepResult(definition, points, emitter.rows, emitter.findings, !cancelled);
  }

  private int policyAxis() {
    List<Axis> axes = definition.axes();
    for (int i = 0; i < axes.size(); i++) {
      if (axes.get(i).isPolicies()) {
        return i;
      }
    }
    return -1;
  }

  private String label(Point point) {
    return point.label(definition.axes());
  }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "simulation failed: out of memory; give Java more (ASGSIM_JAVA_OPTS=-Xmx4g), run fewer --threads, "
          + "or shorten the load";
    }
    if (e instanceof StackOverflowError) {
      return "simulation failed: stack overflow (a policy plug-in recursing without end?)";
    }
    String message = e.getMessage();
    return "simulation failed: " + (message == null ? e.getClass().getSimpleName() : message);
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
        pool.shutdownNow();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "asgsim-sweep-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** The seeds of one point under one load; summarised, in seed order, when the last one is in. */
  private final class Cell {
    private final Point point;
    private final int loadIndex;
    private final LoadCase load;
    private final int seq;
    private final Scores[] results;
    private final AtomicInteger remaining;
    private volatile String failure;

    Cell(Point point, int loadIndex, LoadCase load, int seq, int seeds) {
      this.point = point;
      this.loadIndex = loadIndex;
      this.load = load;
      this.seq = seq;
      this.results = new Scores[seeds];
      this.remaining = new AtomicInteger(seeds);
    }

    void done(int seedIndex, Scores scores, String error, Emitter emitter) {
      if (error != null && failure == null) {
        failure = error;
      }
      results[seedIndex] = scores;
      emitter.progress(1);
      // The atomic decrement publishes every thread's write to results[] to the thread that sees zero.
      if (remaining.decrementAndGet() != 0) {
        return;
      }
      if (CANCELLED.equals(failure)) {
        emitter.skip(seq, 1, null, 0);
        return;
      }
      if (failure != null) {
        emitter.skip(seq, 1, new Finding(point.index(), label(point), "load " + load.name() + ": " + failure), 0);
        return;
      }
      try {
        emitter.row(seq, summarise());
      } catch (IllegalArgumentException e) {
        emitter.skip(seq, 1, new Finding(point.index(), label(point), "load " + load.name() + ": " + e.getMessage()), 0);
      }
    }

    private PointResult summarise() {
      var names = results[0].names();
      var stats = new EnumMap<Score, SummaryStatistics>(Score.class);
      for (Score name : names) {
        stats.put(name, new SummaryStatistics());
      }
      for (Scores s : results) {
        for (Score name : names) {
          stats.get(name).addValue(s.get(name));
        }
      }
      var estimates = new EnumMap<Score, Estimate>(Score.class);
      stats.forEach((name, st) -> estimates.put(name, Estimate.of(st)));
      return new PointResult(point, loadIndex, load, estimates);
    }
  }

  /** Hands rows and findings to the listener in sequence order, holding back those that finish early. */
  private static final class Emitter {
    private static final Object SKIPPED = new Object();
    private final SweepListener listener;
    private final long total;
    private final Runnable stop;
    private RuntimeException listenerFailure;
    private final TreeMap<Integer, Object> pending = new TreeMap<>();
    private final List<PointResult> rows = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private int next;
    private long done;

    Emitter(SweepListener listener, long total, Runnable stop) {
      this.listener = listener;
      this.total = total;
      this.stop = stop;
    }

    /** A listener that throws (a full disk) stops the sweep; the first failure is rethrown by {@link #run}. */
    private void tell(Runnable call) {
      if (listenerFailure != null) {
        return;
      }
      try {
        call.run();
      } catch (RuntimeException e) {
        listenerFailure = e;
        stop.run();
      }
    }

    synchronized void row(int seq, PointResult row) {
      pending.put(seq, row);
      drain();
    }

    /** Skips {@code count} sequence slots from {@code seq}, reporting {@code finding} once. */
    synchronized void skip(int seq, int count, Finding finding, long simulationsSkipped) {
      pending.put(seq, finding == null ? SKIPPED : finding);
      for (int i = 1; i < count; i++) {
        pending.put(seq + i, SKIPPED);
      }
      if (simulationsSkipped > 0) {
        progress(simulationsSkipped);
      }
      drain();
    }

    /** A finding about the sweep as a whole, reported before any row. */
    synchronized void note(Finding finding) {
      findings.add(finding);
      tell(() -> listener.onFinding(finding));
    }

    synchronized void progress(long simulations) {
      done += simulations;
      tell(() -> listener.onProgress(done, total));
    }

    private void drain() {
      while (!pending.isEmpty() && pending.firstKey() == next) {
        emit(pending.pollFirstEntry().getValue());
        next++;
      }
    }

    /** After a cancel: what finished is kept, in order, gaps and all. */
    synchronized void flushRemaining() {
      while (!pending.isEmpty()) {
        emit(pending.pollFirstEntry().getValue());
      }
    }

    private void emit(Object item) {
      if (item instanceof PointResult row) {
        rows.add(row);
        tell(() -> listener.onRow(row));
      } else if (item instanceof Finding finding) {
        findings.add(finding);
        tell(() -> listener.onFinding(finding));
      }
    }
  }
}
