package dev.asgsim.simulator;

import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.internal.group.Group;
import dev.asgsim.simulator.score.ScoreAccumulator;

/**
 * The minutes of a quiet stretch that the engine answers ({@link ScalingEngine#quietMinutes}), a chunk at a time
 * instead of a minute at a time (issue 15 item 2): the chunk's demands, then what the group would serve and
 * its metric ({@link Group#sumsAhead}: no balance moves), then the datapoints the feed would hold
 * ({@link MetricFeed#heldAhead}), then the engine's answers over them up to the first minute it cannot answer, and
 * only then the minutes answered are run: the balances and hours' ends ({@link Group#serveAhead}), the held datapoint
 * ({@link MetricFeed#hold}) and the scores ({@link ScoreAccumulator#minutes}). A minute the engine does not answer, and
 * what follows it, is left to {@link Run#quietStretch}'s per-minute way, so the minute that acts ends the stretch as it
 * did; the minutes computed past it moved nothing (serving is undone by not running it). Each value is computed by the
 * same expressions in the same order as the per-minute way, so the run is the same bits (QuietKernelTest compares the
 * two, each run also cut short at random minutes).
 *
 * <p>Chosen at set-up for a run whose stretches the engine answers, that keeps no timeline rows, whose not-scaled
 * reasons nothing reads, whose group serves ahead ({@link Group#servesAhead}: shared balances, one unlimited credit
 * model on CPU capacity 1; or no type in unlimited mode: fixed-performance types, standard credit mode), without
 * predictive policies or invariant checks; used for a stretch whose datapoints are held a minute, on one metric (the
 * group's CPU or the requests per target), while a group with shared balances has few serving cohorts (a large fleet's
 * sums go four minutes at a time in its own pass). In standard mode a chunk ends before a minute that might hold an
 * instance at its baseline ({@link Group#sumsAhead}): that one goes the per-minute way.
 */
final class QuietKernel {
  /** The first chunk's minutes, doubled after each chunk answered in full up to {@link #MAX}. */
  static final int FIRST = 8;
  static final int MAX = 128;
  private final Simulation sim;
  private final Group group;
  private final MetricFeed feed;
  private final ScalingEngine engine;
  private final ScoreAccumulator scores;
  private final EngineView view;
  /** The one metric is the requests per target ({@link MetricFeed#onRequests}): {@link #perTarget} is filled. */
  private final boolean requests;
  private final double[] perTarget = new double[MAX];
  private final double[] demand = new double[MAX];
  private final double[] want = new double[MAX];
  private final double[] served = new double[MAX];
  private final double[] meanCpu = new double[MAX];
  private final double[] metric = new double[MAX];
  /** The datapoint each minute's evaluation sees: [0] the one held before the chunk, [k + 1] minute k's. */
  private final double[] value = new double[MAX + 1];
  private final double[] contributors = new double[MAX + 1];
  /** Minutes answered, and minutes computed ahead but not run (for the tests and the figures). */
  private long answered;
  private long wasted;
  /** Runs of chunks cut before a minute that might hold an instance at its baseline (standard mode, for the tests). */
  private long cut;
  /** {@link #declined}. */
  private boolean declined;
  /** The group may serve fewer minutes ahead than asked ({@link Group#cutsAhead}): the engine is asked after it. */
  private final boolean cuts;

  QuietKernel(Simulation sim, Group group, MetricFeed feed, ScalingEngine engine, ScoreAccumulator scores,
      EngineView view) {
    this.sim = sim;
    this.requests = feed.onRequests();
    this.cuts = group.cutsAhead();
    this.group = group;
    this.feed = feed;
    this.engine = engine;
    this.scores = scores;
    this.view = view;
  }

  /**
   * Whether this stretch's minutes can be served ahead ({@link Group#aheadFits}: with shared balances a small group; a
   * large fleet's sums go four minutes at a time in its own pass) with one metric, the group's CPU or the requests per
   * target ({@link MetricFeed#oneModelledMetric}): asked once a stretch, whose serving cohorts do not change.
   */
  boolean fits() {
    return feed.oneModelledMetric() && group.aheadFits();
  }

  /**
   * Minutes {@code m} to at most {@code end - 1} of a quiet stretch that {@link #fits}, whose datapoints are held a
   * minute, one datapoint held now ({@link MetricFeed#holdsOneDatapoint}): runs those the engine answers, in chunks;
   * returns the first minute not run: {@code end}; or a minute the engine was asked about and declined, with nothing
   * changed ({@link ScalingEngine#quietMinutes}: {@link #declined}, for the per-minute way to publish and evaluate
   * without asking again); or one that might hold an instance at its baseline ({@link Group#sumsAhead}), not asked
   * about. The counts are the stretch's ({@link Run#quietStretch}).
   */
  int run(int m, int end, int firstTick, boolean counted, int desired, int serving, int supply, int warm,
      int warmInstances, int targets) {
    long start = sim.startEpochSecond;
    double cpuPerLoadUnit = sim.cpuPerLoadUnit;
    int size = FIRST;
    declined = false;
    while (m < end && feed.holdsOneDatapoint()) {
      // The first minute's evaluation sees the datapoint held now: asked before anything is computed ahead, so that a
      // minute the engine does not answer (an alarm not OK, one about to go to ALARM) costs nothing here; in standard
      // mode after the group said whether the minute might hold an instance at its baseline (then it is not asked).
      value[0] = feed.heldValue();
      contributors[0] = feed.heldContributors();
      long tick = start + 60L * m + firstTick;
      long period = feed.heldMinute();
      boolean asked = !cuts;
      if (asked && engine.quietMinutes(tick, period, value, contributors, 0, 1) == 0) {
        declined = true;
        return m;
      }
      int chunk = Math.min(size, end - m);
      for (int k = 0; k < chunk; k++) {
        demand[k] = sim.load.at(m + k) * cpuPerLoadUnit;
      }
      if (requests) {
        // Run.quietStretch's requests per target (aws-behaviour §12.1a), minute by minute.
        for (int k = 0; k < chunk; k++) {
          perTarget[k] = serving == 0 ? Double.NaN : sim.load.at(m + k) / targets;
        }
      }
      // Up to the first minute that might hold an instance in standard mode at its baseline: that one goes the
      // per-minute way, the engine not yet asked about it.
      int n = group.sumsAhead(demand, chunk, want, served, meanCpu, metric);
      if (n == 0) {
        cut++;
        return m;
      }
      if (!asked && engine.quietMinutes(tick, period, value, contributors, 0, 1) == 0) {
        declined = true;
        wasted += n;
        return m;
      }
      // No value is NaN: the held datapoint is not, and a value's NaN comes from the stretch's counts (no warm
      // instance for the CPU, no serving target for the requests).
      feed.heldAhead(metric, perTarget, n - 1, warm, warmInstances, serving, value, contributors, 1);
      int a = 1 + engine.quietMinutes(tick + 60, period + 60, value, contributors, 1, n - 1);
      group.serveAhead(start + 60L * m, a, demand, want, served, meanCpu, metric);
      int last = a - 1;
      feed.hold(start + 60L * (m + last), metric[last], warm, warmInstances,
          serving == 0 ? Double.NaN : sim.load.at(m + last) / targets, serving);
      view.demand(demand[last]);
      if (counted) {
        scores.minutes(demand, served, meanCpu, a, desired, supply);
      }
      answered += a;
      m += a;
      if (a < n) {
        declined = true;
        wasted += n - a;
        return m;
      }
      if (n < chunk) {
        cut++;
        return m;
      }
      size = Math.min(MAX, size * 2);
    }
    return m;
  }

  /** Whether the minute the last {@link #run} returned is one the engine was asked about and declined. */
  boolean declined() {
    return declined;
  }

  long answered() {
    return answered;
  }

  long wasted() {
    return wasted;
  }

  long cut() {
    return cut;
  }
}
