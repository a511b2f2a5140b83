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
 * <p>Chosen at set-up for a run whose stretches the engine answers, whose group serves ahead
 * ({@link Group#servesAhead}: shared balances, one unlimited credit model on CPU capacity 1; or no type in unlimited
 * mode and no mean balance read: fixed-performance types, standard credit mode), without invariant checks, and whose
 * predictive policies (if any) count by one load metric ({@link PredictiveStretch#holdsMinutes}) in a run that reads
 * neither timeline rows nor not-scaled reasons; used for a stretch whose datapoints are held a minute, on one metric
 * (the group's CPU or the requests per target), with any number of serving cohorts (issue 15 item 4: a large fleet's
 * chunk sums its many cohorts' chains side by side, {@link Group#sumsAhead}). In standard mode a chunk ends before a
 * minute that might hold an instance at its baseline ({@link Group#sumsAhead}): that one goes the per-minute way. A
 * run without predictive policies, on the group's CPU, that reads its rows or reasons gets them for the minutes
 * answered a chunk at a time ({@link #record}; QuietKernelRowsTest compares them with the per-minute stretch's).
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
  /**
   * The first chunk's minutes, doubled after each chunk answered in full up to {@link #MAX}. A chunk's set-up costs
   * about 20 computed minutes (~150 ns against ~7 ns, diurnal year), and a run between two clocks or changes averages
   * ~31 answered minutes, so a run starts at 64: most take one chunk (issue 15 item 2; 8 had them in two). A group
   * that {@link #cuts} starts at {@link #FIRST_CUT}: its chunks may stop early anyway, and 64 measured ~1 % slower.
   */
  static final int FIRST = 64;
  static final int FIRST_CUT = 8;
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
  /** Where {@link #holds} changes in the chunk being recorded. */
  private final HoldChanges changes = new HoldChanges(MAX);
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
  /** Chunks computed ahead (for the figures: minutes answered and wasted per chunk). */
  private long chunks;
  /** Runs of chunks cut before a minute that might hold an instance at its baseline (standard mode, for the tests). */
  private long cut;
  /** Chunks whose first minute the engine declined, all of them computed ahead for nothing (for the tests). */
  private long declinedFirst;
  /** {@link #declined}. */
  private boolean declined;
  /** The group may serve fewer minutes ahead than asked ({@link Group#cutsAhead}): the engine is asked after it. */
  private final boolean cuts;

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
    this.requests = feed.onRequests();
    this.cuts = group.cutsAhead();
  }

  /**
   * Whether this stretch's minutes can be served ahead: with one metric, the group's CPU or the requests per target
   * ({@link MetricFeed#oneModelledMetric}), asked once a stretch (the group serves ahead whatever its size, chosen at
   * set-up: {@link Group#servesAhead}).
   */
  boolean fits() {
    return feed.oneModelledMetric();
  }

  /**
   * Minutes {@code m} to at most {@code end - 1} of a quiet stretch that {@link #fits}, whose datapoints are held a
   * minute, one datapoint held now ({@link MetricFeed#holdsOneDatapoint}): runs those the engine answers, in chunks;
   * returns the first minute not run: {@code end}; or one for the per-minute way, among them a minute the engine was
   * asked about and declined, with nothing changed ({@link ScalingEngine#quietMinutes}: {@link #declined}, for the
   * per-minute way to publish and evaluate without asking again), and one that might
   * hold an instance at its baseline ({@link Group#sumsAhead}), not asked about. The counts are the stretch's
   * ({@link Run#quietStretch}).
   */
  int run(int m, int end, int firstTick, boolean counted, int desired, int serving, int supply, int warm,
      int warmInstances, int targets) {
    long start = sim.startEpochSecond;
    double cpuPerLoadUnit = sim.cpuPerLoadUnit;
    int size = cuts ? FIRST_CUT : FIRST;
    // The engine's declining a minute says what the per-minute way's question would (ScalingEngine.quietMinutes: the
    // first minute not answered changed nothing but the floors, which quietMinute would bring up to date to the same),
    // also with predictive policies: a minute declined here was observed first when it starts an hour.
    declined = false;
    while (m < end && feed.holdsOneDatapoint()) {
      int held = predictive.minutesHeld(start + 60L * m);
      if (held < 0) {
        return m; // a stretch's first minute: PredictiveStretch.minute observes it, in the hour it finds
      }
      value[0] = feed.heldValue();
      contributors[0] = feed.heldContributors();
      long tick = start + 60L * m + firstTick;
      long period = feed.heldMinute();
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
      chunks += n > 0 ? 1 : 0;
      if (n == 0) {
        cut++;
        return m;
      }
      // No value is NaN: the held datapoint is not, and a value's NaN comes from the stretch's counts (no warm
      // instance for the CPU, no serving target for the requests).
      feed.heldAhead(metric, perTarget, n - 1, warm, warmInstances, serving, value, contributors, 1);
      // The engine's answers, an hour of the predictive policies' history at a time: the minutes before an hour's first
      // go into the hour's sums, and the hour's first is observed (which may close the hour and forecast again) before
      // its evaluation is asked, the per-minute way's order (PredictiveStretch.minute). Without predictive policies,
      // one call.
      int from = 0; // the first of the chunk's minutes not in the hour's sums yet
      int a = 0;
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
        // the chunk's first minute declined (an hour's first, observed: PredictiveStretch.minute knows it is): the
        // per-minute way runs it
        declined = true;
        declinedFirst++;
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

  /**
   * The reasons and rows of minutes {@code m} to {@code m + a - 1}, answered, whose evaluations saw the datapoints
   * {@code value[0..a)} of the periods from {@code period}: the not-scaled records and the timeline's rows, minute by
   * minute when the rows are handed on as they become final (a sink sees both in the per-minute stretch's order), else
   * each for the whole chunk. A kept timeline's state columns change at the minute the alarms went back to OK
   * ({@link ScalingEngine#quietAlarmEndIn}), where the rows before it in the chunk still show the old states.
   */
  private void record(int m, int a, long period, int desired) {
    engine.quietHolds(value, 0, a, holds);
    long t0 = sim.startEpochSecond + 60L * m;
    int policy = engine.quietHoldPolicy();
    if (timeline == null) {
      changes.find(holds, 0, a);
      notScaled.answered(t0, changes, holds, policy, desired);
      return;
    }
    int end = engine.quietAlarmEndIn(a); // the minute the alarms went back to OK, if any: its states' full row
    if (!timeline.streams()) {
      changes.find(holds, 0, a);
      notScaled.answered(t0, changes, holds, policy, desired);
      timeline.answeredMinutes(m, 0, a, period, value, holds, changes, demand, served, meanCpu, meanCredits, desired,
          group, end);
      return;
    }
    for (int k = 0; k < a; k++) {
      changes.find(holds, k, k + 1);
      notScaled.answered(t0, changes, holds, policy, desired);
      timeline.answeredMinutes(m, k, k + 1, period, value, holds, changes, demand, served, meanCpu, meanCredits, desired,
          group, end);
    }
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

  long chunks() {
    return chunks;
  }

  long declinedFirst() {
    return declinedFirst;
  }

  long cut() {
    return cut;
  }
}
