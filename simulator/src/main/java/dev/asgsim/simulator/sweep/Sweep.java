package dev.asgsim.simulator.sweep;

// Over 300 lines because the sweep's driver: points, work units, seed-ordered statistics, findings and cancellation,
// which share its state; execution is behind SweepExecution.

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.score.Score;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;

/**
 * Runs a sweep: every point × load × seed as one request to a {@link SweepExecution} (this JVM's threads or a
 * cluster), the scores of a point and load summarised as soon as its last seed is in, rows handed to the listener in
 * point order. Only the summaries are kept, never a timeline. The outcome does not depend on the execution, its
 * thread or partition count: seeds come from {@link Seeds#derive}, and a row's statistics are accumulated in seed
 * order.
 */
public final class Sweep {
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

  /** Runs the sweep on {@code threads} threads of this JVM. */
  public SweepResult run(int threads, SweepListener listener) {
    return run(new ThreadPoolExecution(threads), listener);
  }

  /**
   * Runs the sweep on {@code execution}: the requests are made here, point by point, and the outcomes assembled here
   * into rows, so that the rows do not depend on where or in what order the simulations ran.
   */
  public SweepResult run(SweepExecution execution, SweepListener listener) {
    List<Point> points = definition.points();
    Emitter emitter = new Emitter(listener, (long) points.size() * definition.loads().size() * definition.seeds(),
        this::cancel);
    definition.findings().forEach(emitter::note);
    Requests requests = new Requests(points, emitter);
    try {
      execution.run(requests, runner, requests::done, () -> cancelled);
    } catch (InterruptedException e) {
      cancelled = true;
      Thread.currentThread().interrupt();
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

  /**
   * The sweep's requests, made on demand point by point (an invalid variation is a finding, not a request), and the
   * open rows their outcomes go to. Yields nothing more once the sweep is cancelled.
   */
  private final class Requests implements Iterator<RunRequest> {
    private final List<Point> points;
    private final List<LoadCase> loads = definition.loads();
    private final int seeds = definition.seeds();
    private final ConfigVariator variator = new ConfigVariator(definition.base(), definition.axes());
    private final int policyAxis = policyAxis();
    private final Emitter emitter;
    private final Map<Integer, Cell> open = new ConcurrentHashMap<>();
    private final ArrayDeque<RunRequest> ready = new ArrayDeque<>();
    private int pos;

    Requests(List<Point> points, Emitter emitter) {
      this.points = points;
      this.emitter = emitter;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && pos < points.size() && !stopped()) {
        make(points.get(pos), pos++);
      }
      return !ready.isEmpty() && !stopped();
    }

    @Override
    public RunRequest next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private boolean stopped() {
      return cancelled || Thread.currentThread().isInterrupted();
    }

    private void make(Point point, int position) {
      // By position: point indexes may have gaps (a point equal to the base is dropped).
      int firstRow = position * loads.size();
      ScalingConfig config;
      try {
        config = variator.configOf(point);
      } catch (InvalidVariationException e) {
        emitter.skip(firstRow, loads.size(), new Finding(point.index(), label(point), e.getMessage()),
            (long) loads.size() * seeds);
        return;
      }
      String policy = policyAxis < 0 ? SweepDefinition.AWS_POLICIES : Point.text(point.values().get(policyAxis));
      for (int l = 0; l < loads.size(); l++) {
        int row = firstRow + l;
        open.put(row, new Cell(point, l, loads.get(l), row, seeds));
        for (int s = 0; s < seeds; s++) {
          ready.add(new RunRequest(row, point.index(), config, policy, l, loads.get(l), s,
              Seeds.derive(definition.seed(), point.index(), s)));
        }
      }
    }

    /** Called once per request, from any thread. */
    void done(RunOutcome outcome) {
      Cell cell = open.get(outcome.row());
      if (cell == null) {
        throw new IllegalStateException("an outcome for row " + outcome.row() + ", which is not open");
      }
      if (cell.done(outcome, emitter)) {
        open.remove(outcome.row());
      }
    }
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

    /** Records one seed's outcome; true when it was the last and the row has been handed on. */
    boolean done(RunOutcome outcome, Emitter emitter) {
      String error = outcome.failure();
      if (error != null && failure == null) {
        failure = error;
      }
      results[outcome.seedIndex()] = outcome.scores();
      emitter.progress(1);
      // The atomic decrement publishes every thread's write to results[] to the thread that sees zero.
      if (remaining.decrementAndGet() != 0) {
        return false;
      }
      if (RunOutcome.CANCELLED.equals(failure)) {
        emitter.skip(seq, 1, null, 0);
      } else if (failure != null) {
        emitter.skip(seq, 1, new Finding(point.index(), label(point), "load " + load.name() + ": " + failure), 0);
      } else {
        try {
          emitter.row(seq, summarise());
        } catch (IllegalArgumentException e) {
          emitter.skip(seq, 1,
              new Finding(point.index(), label(point), "load " + load.name() + ": " + e.getMessage()), 0);
        }
      }
      return true;
    }

    private PointResult summarise() {
      var estimates = new EnumMap<Score, Estimate>(Score.class);
      for (Score name : results[0].names()) {
        SecondMoment moments = new SecondMoment();
        for (Scores s : results) {
          moments.increment(s.get(name));
        }
        estimates.put(name, Estimate.of(moments));
      }
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
