package dev.asgsim.simulator;

import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.internal.group.Group;
import dev.asgsim.simulator.predictive.PredictiveStretch;
import dev.asgsim.simulator.score.ScoreAccumulator;

/**
 * The minutes of a quiet stretch that the engine answers ({@link ScalingEngine#quietMinutes}), a chunk at a time
 * instead of a minute at a time (issue 15 item 2): the chunk's demands, then what the group would serve and
 * its metric ({@link Group#sumsAhead}: no balance moves), then the datapoints the feed would hold
 * ({@link MetricFeed#heldAhead}), then the engine's answers over them up to the first minute it cannot answer, and
 * only then the minutes answered are run: the balances and hours' ends ({@link Group#serveAhead}), the held datapoint
 * ({@link MetricFeed#hold}), the scores ({@link ScoreAccumulator#minutes}) and the predictive policies' hour sums
 * ({@link PredictiveStretch#minutes}). A minute the engine does not answer, and
 * what follows it, is left to {@link Run#quietStretch}'s per-minute way, so the minute that acts ends the stretch as it
 * did; the minutes computed past it moved nothing (serving is undone by not running it). Each value is computed by the
 * same expressions in the same order as the per-minute way, so the run is the same bits (QuietKernelTest compares the
 * two, each run also cut short at random minutes).
 *
 * <p>Chosen at set-up for a run whose stretches the engine answers, whose group's balances are shared
 * ({@link Group#sharesBalances}: one unlimited credit model on CPU capacity 1), without invariant checks, and whose
 * predictive policies (if any) count by one load metric ({@link PredictiveStretch#holdsMinutes}) in a run that reads
 * neither timeline rows nor not-scaled reasons; used for a stretch whose datapoints are held a minute, while the group
 * has few serving cohorts (a large fleet's sums go four minutes at a time in its own pass). A run without predictive
 * policies that reads its rows or reasons gets them for the minutes answered a chunk at a time ({@link #record};
 * QuietKernelRowsTest compares them with the per-minute stretch's).
 *
 * <p>With predictive policies (aws-behaviour §5.2, issue 12) the chunk's minutes are added to the hour's sums from the
 * chunk's metrics ({@link PredictiveStretch#minutes}), and the engine is asked an hour at a time: before an hour's
 * first minute is asked, the minutes before it go into the hour's sums and that minute is observed
 * ({@link PredictiveStretch#observe}: the hour closes, a forecast may be made), as the per-minute way does before its
 * evaluation. A stretch's first minute goes the per-minute way, which finds the hour. The floors are looked at by the
 * engine where {@link ScalingEngine#quietMinute} looks at them (the kept floors' window, which SchedulingBufferTime
 * puts inside the hour), and one above desired ends its answers there, so the minute that scales out goes the
 * per-minute way.
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
  private final PredictiveStretch predictive;
  /** The readers of each answered minute's reason and row, or null when nothing reads them (see {@link #record}). */
  private final NotScaledRecorder notScaled;
  private final TimelineRecorder timeline;
  /** The answered minutes' mean credit balances (read by the timeline) and reasons ({@link ScalingEngine#quietHolds}). */
  private final double[] meanCredits = new double[MAX];
  private final int[] holds = new int[MAX];
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

  QuietKernel(Simulation sim, Group group, MetricFeed feed, ScalingEngine engine, ScoreAccumulator scores,
      EngineView view, PredictiveStretch predictive, NotScaledRecorder notScaled, TimelineRecorder timeline) {
    this.sim = sim;
    this.group = group;
    this.feed = feed;
    this.engine = engine;
    this.scores = scores;
    this.view = view;
    this.predictive = predictive;
    this.notScaled = notScaled.reads() ? notScaled : null;
    this.timeline = timeline.keepsRows() ? timeline : null;
  }

  /**
   * Whether this stretch's minutes can be served ahead ({@link Group#sumsAhead}: a small group; a large fleet's sums go
   * four minutes at a time in its own pass) with the metric on the group's CPU ({@link MetricFeed#onCpu}): asked once a
   * stretch, whose serving cohorts do not change.
   */
  boolean fits() {
    return feed.onCpu() && group.sumsAhead(demand, 0, want, served, meanCpu, metric);
  }

  /**
   * Minutes {@code m} to at most {@code end - 1} of a quiet stretch that {@link #fits}, whose datapoints are held a
   * minute, one datapoint held now ({@link MetricFeed#holdsOneDatapoint}): runs those the engine answers, in chunks;
   * returns the first minute not run ({@code end}, or one for the per-minute way). The counts are the stretch's
   * ({@link Run#quietStretch}).
   */
  int run(int m, int end, int firstTick, boolean counted, int desired, int serving, int supply, int warm,
      int warmInstances, int targets) {
    long start = sim.startEpochSecond;
    double cpuPerLoadUnit = sim.cpuPerLoadUnit;
    int size = FIRST;
    while (m < end && feed.holdsOneDatapoint()) {
      int held = predictive.minutesHeld(start + 60L * m);
      if (held < 0) {
        return m; // a stretch's first minute: PredictiveStretch.minute observes it, in the hour it finds
      }
      value[0] = feed.heldValue();
      contributors[0] = feed.heldContributors();
      long tick = start + 60L * m + firstTick;
      long period = feed.heldMinute();
      int a = 0;
      if (held > 0) {
        // The first minute's evaluation sees the datapoint held now: asked before anything is computed ahead, so that
        // a minute the engine does not answer (an alarm not OK, one about to go to ALARM) costs nothing here. (A minute
        // that starts an hour is observed first, with its metric: below.)
        if (engine.quietMinutes(tick, period, value, contributors, 0, 1) == 0) {
          return m;
        }
        a = 1;
      }
      int n = Math.min(size, end - m);
      for (int k = 0; k < n; k++) {
        demand[k] = sim.load.at(m + k) * cpuPerLoadUnit;
      }
      group.sumsAhead(demand, n, want, served, meanCpu, metric);
      // No metric is NaN: the held datapoint is not, and the metric's NaN comes from the stretch's count of warm ones.
      feed.heldAhead(metric, n - 1, warm, warmInstances, value, contributors, 1);
      // The engine's answers, an hour of the predictive policies' history at a time: the minutes before an hour's first
      // go into the hour's sums, and the hour's first is observed (which may close the hour and forecast again) before
      // its evaluation is asked, the per-minute way's order (PredictiveStretch.minute). Without predictive policies,
      // one call.
      int from = 0; // the first of the chunk's minutes not in the hour's sums yet
      while (a < n) {
        long minuteStart = start + 60L * (m + a);
        int count = predictive.minutesHeld(minuteStart);
        if (count == 0) {
          predictive.minutes(m + from, metric, from, a - from);
          predictive.observe(m + a, minuteStart, metric[a]);
          from = a + 1;
          count = predictive.minutesHeld(minuteStart);
        }
        count = Math.min(count, n - a);
        int k = engine.quietMinutes(tick + 60L * a, period + 60L * a, value, contributors, a, count);
        a += k;
        if (k < count) {
          break;
        }
      }
      if (a == 0) {
        // an hour's first minute observed and not answered: the per-minute way runs it (PredictiveStretch.minute knows
        // it is observed)
        wasted += n;
        return m;
      }
      group.serveAhead(start + 60L * m, a, demand, want, served, meanCpu, metric, meanCredits);
      if (notScaled != null) {
        record(m, a, period, desired);
      }
      int last = a - 1;
      feed.hold(start + 60L * (m + last), metric[last], warm, warmInstances,
          serving == 0 ? Double.NaN : sim.load.at(m + last) / targets, serving);
      view.demand(demand[last]);
      if (a > from) {
        predictive.minutes(m + from, metric, from, a - from);
      }
      if (counted) {
        scores.minutes(demand, served, meanCpu, a, desired, supply);
      }
      answered += a;
      m += a;
      if (a < n) {
        wasted += n - a;
        return m;
      }
      size = Math.min(MAX, size * 2);
    }
    return m;
  }

  /**
   * The reasons and rows of minutes {@code m} to {@code m + a - 1}, answered, whose evaluations saw the datapoints
   * {@code value[0..a)} of the periods from {@code period}: the not-scaled records and the timeline's rows, minute by
   * minute when the rows are handed on as they become final (a sink sees both in the per-minute stretch's order), else
   * each for the whole chunk.
   */
  private void record(int m, int a, long period, int desired) {
    engine.quietHolds(value, 0, a, holds);
    long t0 = sim.startEpochSecond + 60L * m;
    int policy = engine.quietHoldPolicy();
    if (timeline == null || !timeline.streams()) {
      notScaled.answered(t0, 0, a, holds, policy, desired);
      if (timeline != null) {
        timeline.answeredMinutes(m, 0, a, period, value, holds, demand, served, meanCpu, meanCredits, desired, group);
      }
      return;
    }
    for (int k = 0; k < a; k++) {
      notScaled.answered(t0, k, k + 1, holds, policy, desired);
      timeline.answeredMinutes(m, k, k + 1, period, value, holds, demand, served, meanCpu, meanCredits, desired, group);
    }
  }

  long answered() {
    return answered;
  }

  long wasted() {
    return wasted;
  }
}
