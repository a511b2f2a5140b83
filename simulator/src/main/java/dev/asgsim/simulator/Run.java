package dev.asgsim.simulator;

// Over 500 lines because it is one run's minute loop (the plain minute and the kernel for quiet stretches side by
// side, which QuietStretchTest holds equal bit for bit, with a stretch's way past the group's clocks, which
// StretchStepTest holds to stretches that end there; a stretch's answered minutes in chunks are QuietKernel's) and
// the listener the group reports to; the rules it applies live in their own classes (MetricFeed, ActivityRecorder,
// TimelineRecorder, Group and its internals).

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.config.ScalingProcess;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.policy.Decision;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.policy.PluginPolicy;
import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.internal.group.CreditParams;
import dev.asgsim.simulator.internal.group.Group;
import dev.asgsim.simulator.internal.group.GroupListener;
import dev.asgsim.simulator.internal.group.Ids;
import dev.asgsim.simulator.internal.group.LaunchReason;
import dev.asgsim.simulator.internal.group.LifecycleHooks;
import dev.asgsim.simulator.internal.group.PurchaseMix;
import dev.asgsim.simulator.internal.group.TypeAllocation;
import dev.asgsim.simulator.spot.PoolSeries;
import dev.asgsim.simulator.internal.group.WarmPool;
import dev.asgsim.simulator.predictive.PredictiveRecorder;
import dev.asgsim.simulator.predictive.PredictiveStretch;
import dev.asgsim.simulator.score.ScoreAccumulator;
import dev.asgsim.simulator.score.Scores;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One run: the minute loop. Each minute {@code t0}: move instance clocks to {@code t0}, spread the minute's demand,
 * close metric periods ({@link MetricFeed}), then at each evaluation instant ({@code t0} + EvaluationOffsetSeconds,
 * every engine interval) move clocks again, publish the datapoints now visible, let the engine decide, and launch or
 * terminate {@code AlarmActionDelaySeconds} later. The collaborators each keep one record: {@link ActivityRecorder}
 * (AWS's activities), {@link ActivityCompletion} (when the latest activity is done, for cooldowns),
 * {@link TimelineRecorder}, {@link ModelNotes}, {@link ScoreAccumulator}. Allocation happens only when something
 * changes (a decision, an activity). Most minutes of a long run are quiet (no clock of the group is due before their
 * evaluation): a run without the features that need a step every minute (chosen at set-up, {@link #quiet}) takes such
 * stretches of minutes in {@link #quietStretch}, which leaves out the steps that cannot act in them.
 */
final class Run implements GroupListener, Group.VictimSink, MetricFeed.Subscriber {
  private final Simulation sim;
  private final ScalingEngine engine;
  private final Group group;
  private final EngineView view;
  private final MetricFeed feed;
  private final TimelineRecorder timeline;
  /** The timeline is kept or streamed: {@link TimelineRecorder#endOfMinute} has rows to write. */
  private final boolean keepsRows;
  /** A quiet stretch tells the timeline every minute's counts (a ring's), not only its first minute's (kept runs). */
  private final boolean countsEveryMinute;
  /** The timeline writes a short row for a minute the engine answers ({@link TimelineRecorder#endOfAnsweredMinute}). */
  private final boolean answeredRows;
  private final ScoreAccumulator scores;
  private final ModelNotes notes;
  private final PredictiveRecorder predictive;
  /** A quiet stretch's predictive steps, made once an hour (issue 12). */
  private final PredictiveStretch predictiveStretch;
  private final ActivityCompletion completion = new ActivityCompletion();
  private final ActivityRecorder activities;
  private final NotScaledRecorder notScaled;
  private final List<ScalingDecision> decisions = new ArrayList<>();
  private final AlarmState[] alarmStates;
  private final SimulationListener listener;
  private final CreditParams credits;
  private final int actionDelay;
  private final StartState.Resolved startState;
  /** Launch and Terminate are not suspended (aws-behaviour §7.8 [D]): desired still changes when they are. */
  private final boolean launches;
  private final boolean terminates;
  /** The Spot price and interruption hazard per pool over time, or null (aws-behaviour §7.7, §7.11). */
  private final PoolSeries spotPrices;
  private final PoolSeries spotHazard;
  /**
   * Quiet stretches may run in {@link #quietStretch}: chosen at set-up for a run without the features whose per-minute
   * steps it leaves out (a listener, Spot interruptions and price histories, hooks, a warm pool,
   * evaluations more often than once a minute); {@link Simulation.Builder#plainMinutes} and
   * {@link Simulation.Builder#generalPathOnly} turn it off (the tests that compare the paths).
   */
  private final boolean quiet;
  /** The engine answers quiet minutes itself ({@link ScalingEngine#quietMinute}); a stretch then asks it first. */
  private final boolean answersQuiet;
  /** Runs a stretch's answered minutes in chunks, or null (chosen at set-up: see its class comment). */
  private final QuietKernel kernel;
  /**
   * A stretch goes on past a clock's minute and a minute that acts ({@link #quietStretch}): chosen at set-up for a
   * quiet run that keeps no timeline rows or a kept timeline (whose counts a stretch writes each time it reads them),
   * not a streaming ring alone (which takes them every minute; left as it was, not tried); the predictive policies'
   * history takes the counts read again ({@link PredictiveStretch#counts}).
   * {@link Simulation.Builder#stretchesEndAtClocks} turns it off.
   */
  private final boolean stepsOver;
  /** Stretches that went on past a clock or an acting minute instead of ending, for the tests that check it ran. */
  private int stepped;
  /**
   * The run says what it did beside its scores: notes, labels, the result ({@link #run}); false for a run whose scores
   * alone are read ({@link #runScores}), which then writes none of them.
   */
  private final boolean describes;
  /** Minutes run by {@link #quietStretch}, for the tests that check it ran. */
  private int quietMinutes;
  /** Of those, the minutes the engine answered itself ({@link ScalingEngine#quietMinute}), for the same tests. */
  private int answeredMinutes;

  private int desired;
  private int scaleOuts;
  private int scaleIns;
  private long now;
  /** The decision being carried out (between its launches or victims), for the activities' Cause; else null. */
  private ScalingDecision carrying;
  private int capacityBefore;
  /** Spot interruptions counted so far, and whether the group has not yet served desired since the last one. */
  private int interruptionsSeen;
  private boolean afterInterruption;

  Run(Simulation sim) {
    this(sim, true);
  }

  /** @param describes see {@link #describes} */
  Run(Simulation sim, boolean describes) {
    this.sim = sim;
    this.describes = describes;
    this.listener = sim.listener;
    ScalingEngine.Builder eb = ScalingEngine.builder(sim.config).settings(sim.engineSettings)
        .startTime(sim.startEpochSecond).forecaster(sim.forecaster);
    eb.alarmProfile(sim.settings.effectiveTargetTrackingAlarms())
        .basicMonitoring(!sim.settings.effectiveDetailedMonitoring());
    for (PluginPolicy p : sim.plugins) {
      eb.addPlugin(p);
    }
    try {
      this.engine = eb.build();
    } catch (IllegalArgumentException e) {
      throw new SimulationException(e.getMessage(), e);
    }
    // The types' capacity units size a steady start, whose load settles each type's credits (aws-behaviour §7.11, §12.1).
    TypeAllocation unsettled = Setup.types(sim.config, sim.instanceType, UnaryOperator.identity());
    this.startState = StartState.resolve(sim, engine, Setup.credits(sim.instanceType, sim.settings),
        unsettled.unitsPerCpu(), unsettled.unitsPerTarget());
    this.credits = startState.credits();
    LifecycleHooks hooks =
        LifecycleHooks.of(sim.config.autoScalingGroup().lifecycleHookSpecificationList(), sim.settings);
    TypeAllocation types = Setup.types(sim.config, sim.instanceType, startState::settle);
    this.group = new Group(Setup.group(sim.config, credits, sim.instanceType), sim.seed,
        Setup.purchaseMix(sim.config, types), types, hooks,
        WarmPool.of(sim.config.autoScalingGroup(), sim.settings, hooks));
    SpotSettings spot = sim.settings.spot();
    List<String> azs = group.availabilityZones();
    // Only a group with Spot capacity has Spot pools to price (aws-behaviour §7.11); the notes say when a file is unused.
    boolean spotCapacity = Setup.usesSpot(sim.config);
    this.spotPrices = sim.spotPriceHistory == null || !spotCapacity ? null
        : Setup.spotPrices(sim.spotPriceHistory, spot, types, azs, sim.startEpochSecond);
    this.spotHazard = sim.spotHazardHistory == null || !spotCapacity ? null
        : Setup.spotHazard(sim.spotHazardHistory, spot, types, azs, sim.startEpochSecond);
    double[] maxPrice = spotPrices == null ? null : Setup.spotMaxPrices(sim.config, types);
    if (spotPrices != null) {
      group.priceSpot(spotPrices, maxPrice);
    }
    // A price history interrupts too: a pool whose price rises above SpotMaxPrice (aws-behaviour §7.7).
    if (spot != null && (spot.interrupts() || spotPrices != null) && group.spotLaunches()) {
      group.interruptSpot(spot, spotHazard, spotPrices, maxPrice,
          Boolean.TRUE.equals(sim.config.autoScalingGroup().capacityRebalance()), engine::maxSize, sim.seed);
    }
    this.view = new EngineView(group);
    this.feed = new MetricFeed(engine.metrics(), sim.settings.effectiveDetailedMonitoring(),
        sim.instanceType.nitro(), sim.settings.effectiveMetricPublishDelaySeconds());
    if (sim.generalPathOnly) {
      // The tests that compare every shortcut chosen at set-up with the general path.
      group.generalPathOnly();
      feed.generalOnly();
    }
    this.notes = describes ? new ModelNotes(sim.config, engine, feed, sim.instanceType.name(),
        sim.settings.effectiveRequestsPerMinuteAtFullCpu(), sim.load.minutes(), types)
        : ModelNotes.unread(sim.config, sim.instanceType.name(), types);
    this.predictive = new PredictiveRecorder(engine, sim.load.minutes());
    this.predictiveStretch = new PredictiveStretch(engine, predictive, sim.load);
    this.activities = sim.recordActivities || sim.sink != RecordSink.NONE ? new ActivityRecorder(sim.seed,
        engine.groupName(), group.availabilityZones(), listener, sim.recordActivities, sim.sink) : null;
    if (describes) {
      notes.started(startState.state());
    }
    this.actionDelay = sim.settings.effectiveAlarmActionDelaySeconds();
    this.launches = !sim.config.autoScalingGroup().suspended().contains(ScalingProcess.Launch);
    this.terminates = !sim.config.autoScalingGroup().suspended().contains(ScalingProcess.Terminate);
    this.alarmStates = new AlarmState[engine.alarmCount()];
    for (int i = 0; i < alarmStates.length; i++) {
      alarmStates[i] = engine.alarmState(i);
    }
    this.timeline = new TimelineRecorder(sim.recordTimeline, sim.sink,
        feed.lagMinutes(engine.evaluationIntervalSeconds()), sim.startEpochSecond, engine, group.hasHooks(),
        group.pool().present(), group.interruptsSpot(), types.unitsPerCpu(), sim.load.minutes(), sim::demand);
    this.keepsRows = timeline.keepsRows();
    this.countsEveryMinute = timeline.countsEveryMinute();
    this.answeredRows = timeline.writesAnsweredRows();
    this.notScaled = new NotScaledRecorder(engine, sim.recordActivities, sim.sink, keepsRows);
    if (!keepsRows) {
      group.meanCreditsUnread(); // the timeline is the mean balance's only reader
    }
    // The demand each minute will serve, as the minute loop computes it: a large group sums a few minutes ahead.
    group.demandAhead(t -> sim.demand((int) ((t - sim.startEpochSecond) / 60)));
    this.scores = new ScoreAccumulator(sim.settings.effectiveCpuThresholdPercent());
    this.quiet = !sim.plainMinutes && !sim.generalPathOnly && listener == SimulationListener.NONE
        && engine.evaluationIntervalSeconds() == 60
        && spotPrices == null && spotHazard == null && !group.interruptsSpot() && !group.hasHooks()
        && !group.pool().present();
    this.answersQuiet = quiet && engine.answersQuietMinutes();
    if (answersQuiet && timeline.takesAlarmEnds()) {
      // No row reads the alarm states and proposals between evaluations (nor a listener: not quiet then), or a kept
      // timeline writes them at the minute they change (a full row there, ScalingEngine.quietAlarmEndIn), so the
      // engine also answers the minute its alarms go back to OK (issue 15 item 2: a third of a diurnal year's full
      // evaluations). A ring's rows of a kernel chunk read the states after the chunk.
      engine.answerAlarmEnds();
    }
    // Rows and reasons a chunk at a time without predictive policies, on the group's CPU, only: predictive floors may
    // move a proposal and MaxSize within a chunk, which the rows would have to follow minute by minute
    // (TimelineRecorder.endOfAnsweredMinute); the rows' chunks are held to the per-minute way for the CPU metric.
    boolean reads = keepsRows || notScaled.reads();
    boolean rowsFit = !reads || (!predictiveStretch.active() && !feed.onRequests() && timeline.takesAnsweredChunks());
    this.kernel = answersQuiet && rowsFit && predictiveStretch.holdsMinutes()
        && group.servesAhead() && !sim.checkInvariants && !sim.perMinuteStretches
        ? new QuietKernel(sim, group, feed, engine, scores, view, predictiveStretch, notScaled, timeline) : null;
    this.stepsOver = quiet && !countsEveryMinute && !sim.stretchesEndAtClocks;
  }

  /** Runs the minutes, then says what the run did: its scores, notes, labels and records. */
  SimulationResult run() {
    if (!describes) {
      throw new IllegalStateException("a run built for its scores alone has no notes to describe it");
    }
    Scores s = runScores();
    var scenario = new SimulationResult.Scenario(sim.config, sim.load.description(), sim.seed, sim.startEpochSecond,
        sim.load.minutes(), sim.instanceType.name(), sim.load.traceEnd(), startState.state());
    return new SimulationResult(scenario, s, timeline.timelineOrNull(),
        activities == null ? List.of() : activities.finish(), decisions, notes.all(sim.load.notes(), credits),
        timeline.labels(sim.config), predictive.finish(), null,
        notScaled.finish(sim.startEpochSecond + 60L * sim.load.minutes()));
  }

  /** Runs the minutes: the scores ({@link #run} adds the rest, when the run {@link #describes} itself). */
  Scores runScores() {
    long start = sim.startEpochSecond;
    int minutes = sim.load.minutes();
    desired = engine.desired();
    view.desired(desired);
    group.start(start, desired, this);
    if (startState.state().mode() == SimulationSettings.Start.Steady) {
      group.fillPool(start, desired);
    }
    int initialInstances = group.launchedTotal(); // instances, not capacity units (aws-behaviour §7.11)
    startState.prefill(engine, feed, start, sim.load.at(0), prefillRange(), initialInstances);
    now = start;
    int interval = engine.evaluationIntervalSeconds();
    int firstTick = Math.floorMod(sim.settings.effectiveEvaluationOffsetSeconds(), interval);
    int burnIn = Math.min(startState.state().burnInMinutes(), minutes);
    double burnInSeconds = 0;
    double burnInSpotSeconds = 0;
    BillByType burnInByType = null;
    for (int m = 0; m < minutes; m++) {
      long t0 = start + 60L * m;
      int limit = m < burnIn ? burnIn : minutes;
      int quietEnd = quiet && (m != burnIn || m == 0) ? quietEnd(m, limit, firstTick) : m;
      if (quietEnd > m) {
        int next = quietStretch(m, quietEnd, limit, m >= burnIn, firstTick);
        quietMinutes += next - m;
        m = next - 1; // the loop's m++ moves to the first minute not run
        continue;
      }
      advance(t0);
      if (m == burnIn && burnIn > 0) {
        // The scores leave out the burn-in (aws-behaviour §12.1 [I]): its instance time too.
        burnInSeconds = group.instanceSecondsUntil(t0);
        burnInSpotSeconds = group.instanceSecondsUntil(t0, PurchaseMix.SPOT);
        burnInByType = BillByType.until(group, t0);
      }
      double load = sim.load.at(m);
      // The load is requests per minute when a request has a CPU cost, else CPU percent (aws-behaviour §12.2 [I]);
      // the group serves CPU, the load balancer counts requests.
      double demand = load * sim.cpuPerLoadUnit;
      view.demand(demand);
      double served = group.serve(t0, demand);
      if (group.spotInterruptions() > interruptionsSeen) {
        interruptionsSeen = group.spotInterruptions();
        afterInterruption = true;
      }
      scores.afterInterruption(afterInterruption);
      if (group.throttled()) {
        notes.throttledMinute();
      }
      int serving = group.serving();
      engine.observeLoad(t0, group.metricCpu(), group.warm(), group.inService(), load, serving);
      predictive.minute(t0, desired);
      // RequestCountPerTarget divides by every healthy target, the group's and the outside ones (aws-behaviour §12.1a);
      // with none of the group's own serving there is no load behind it for target tracking (N_dp 0), so none is fed.
      // Targets are instances; N_dp is capacity units, what the engine's capacity arithmetic counts (aws-behaviour §7.11).
      feed.closeMinute(t0, group.metricCpu(), group.metricCpuMin(), group.metricCpuMax(), group.warm(),
          group.warmInstances(),
          serving == 0 ? Double.NaN : load / (group.servingInstances() + group.outsideTargets()), serving);
      timeline.startOfMinute(m, group);
      for (long tick = t0 + firstTick; tick < t0 + 60; tick += interval) {
        advance(tick);
        feed.publishVisible(tick, this);
        carryOut(evaluate(tick), tick);
      }
      if (sim.checkInvariants) {
        Invariants.check(group, desired, engine, now);
      }
      if (m >= burnIn) {
        // Supply s_t counts the healthy outside targets: they serve their share of the demand (aws-behaviour §12.1a).
        scores.minute(demand, served, desired, serving + group.outsideTargets(), group.meanCpu());
      }
      // The interruption's effect lasts until the group serves its desired capacity again (aws-behaviour §7.7).
      afterInterruption &= group.serving() < desired;
      Hold why = notScaled.endOfMinute(t0, desired);
      if (keepsRows) {
        timeline.endOfMinute(m, demand, served, desired, group, why); // not a call per minute for nothing
      }
      listener.onMinute(m, minutes);
    }
    long end = start + 60L * minutes;
    advance(end);
    group.finish(end);
    double spotSeconds = group.spotBilledSeconds() - burnInSpotSeconds;
    BillByType bill = BillByType.billed(group).minus(burnInByType);
    double onDemandPrice = bill.meanPricePerHour(PurchaseMix.ON_DEMAND, sim.instanceType.pricePerHour());
    double spotPrice = bill.meanPricePerHour(PurchaseMix.SPOT,
        Setup.spotPricePerHour(sim.config, sim.instanceType.pricePerHour()));
    if (describes) {
      notes.surplusCharged(group.surplusChargedAtHourEnds(), group.surplusCredits());
      notes.purchase.purchaseMix(spotSeconds, group.billedSeconds() - burnInSeconds, spotPrice, onDemandPrice,
          group.spotLaunches());
      notes.purchase.types(bill);
      notes.purchase.spotHistories(spotPrices, spotHazard, sim.settings.spot(), group.spotPriceRecommendations(),
          group.types().launchedAboveMax());
      notes.purchase.spotInterruptions(sim.settings.spot(), group.interruptsSpot(),
          Boolean.TRUE.equals(sim.config.autoScalingGroup().capacityRebalance()), group.spotInterruptions(),
          group.rebalanceLaunches());
    }
    timeline.finish();
    scores.spot(group.spotInterruptions(), group.rebalanceLaunches());
    return scores.finish(group.billedSeconds() - burnInSeconds - spotSeconds, onDemandPrice,
        spotSeconds, spotPrice, group.surplusCredits(), group.surplusPricePerVcpuHour(credits.surplusPricePerVcpuHour()),
        scaleOuts, scaleIns, group.launchedTotal() - initialInstances, group.terminatedTotal(),
        group.pool().cost(sim.instanceType.pricePerHour()), sim.settings.monitoringPricePerInstanceHour());
  }

  /** Times the last {@link #run}'s stretches went on past a clock or an acting minute (tests). */
  int stepped() {
    return stepped;
  }

  /** Steps of the last {@link #run} at a new desired that handed held predictive minutes over (tests). */
  int predictiveHandOversAtNewDesired() {
    return predictiveStretch.handOversAtNewDesired();
  }

  /** Minutes the last {@link #run} ran in quiet stretches. */
  int quietMinutes() {
    return quietMinutes;
  }

  /** The engine's predictive policies, as the last {@link #run} left them (the tests compare their calibration). */
  List<PredictiveEvaluator> predictivePolicies() {
    return engine.predictivePolicies();
  }

  /** Of the minutes the engine answered, those with an alarm in ALARM and reason {@code why} (tests). */
  long answeredInAlarm(Hold why) {
    return engine.quietMinutesInAlarm(why);
  }

  /** Of the minutes the engine answered, those where its alarms went back to OK (tests). */
  long answeredAlarmEnds() {
    return engine.quietAlarmEnds();
  }

  /** Minutes of the last {@link #run} run by {@link QuietKernel}, and computed by it ahead but not run (tests). */
  long kernelMinutes() {
    return kernel == null ? 0 : kernel.answered();
  }

  long kernelWasted() {
    return kernel == null ? 0 : kernel.wasted();
  }

  long kernelDeclinedFirst() {
    return kernel == null ? 0 : kernel.declinedFirst();
  }

  long kernelChunks() {
    return kernel == null ? 0 : kernel.chunks();
  }

  long kernelCut() {
    return kernel == null ? 0 : kernel.cut();
  }

  /** Minutes of the last {@link #run} the engine answered without evaluating. */
  int answeredMinutes() {
    return answeredMinutes;
  }

  /** Whether the timeline writes those minutes' short rows ({@link TimelineRecorder#endOfAnsweredMinute}), for tests. */
  boolean writesAnsweredRows() {
    return answeredRows;
  }

  /** One evaluation at {@code tick}, told to the not-scaled recorder (and, with a listener, the alarms' changes). */
  private Decision evaluate(long tick) {
    Decision d = engine.evaluate(tick, view);
    if (listener != SimulationListener.NONE) {
      trackAlarms(tick); // only a listener hears of state changes
    }
    notScaled.evaluated(d);
    return d;
  }

  /** Carries out decision {@code d} made at {@code tick}, and evaluates again while the engine asks for it. */
  private void carryOut(Decision d, long tick) {
    for (;;) {
      if (d.changed()) {
        apply(d);
      }
      if (!d.reevaluate()) {
        return;
      }
      d = evaluate(tick);
    }
  }

  /**
   * The end (exclusive) of the quiet stretch that may start at minute {@code m}, or {@code m} when none may: the
   * minutes whose evaluation instant comes before the group's next clock ({@link Group#nextEventAt}: a launch ending,
   * a warm-up, a health or grace clock), so that the plain minute's two advances would only move the clock, and before
   * {@code limit} (the burn-in's end, or the run's: no stretch holds the burn-in's end); none while nothing missing
   * is to be replaced and no Spot interruption's effect is to be tracked ({@link #clockOnly}).
   */
  private int quietEnd(int m, int limit, int firstTick) {
    if (!clockOnly(m)) {
      return m;
    }
    // The last minute j with start + 60 j + firstTick < next (an instant no clock is due at; NEVER is Long.MAX_VALUE).
    long last = Math.floorDiv(group.nextEventAt() - 1 - firstTick - sim.startEpochSecond, 60);
    return (int) Math.max(m, Math.min(limit, last + 1));
  }

  /**
   * Whether minute {@code m} may be in a stretch but for the group's clocks: the clock not moved past its start by an
   * activity, no Spot interruption's effect open, nothing missing to replace.
   */
  private boolean clockOnly(int m) {
    long t0 = sim.startEpochSecond + 60L * m;
    return t0 >= now && !afterInterruption && !(launches && desired > group.nonTerminating());
  }

  /**
   * Minutes {@code m} to {@code end - 1} of a quiet stretch ({@link #quietEnd}): the plain minute of {@link #run}
   * without the steps that cannot act in it (the advances, which cross no clock; the replacement of missing
   * instances; the burn-in's end, which no stretch holds; the Spot and listener steps, absent from this run), with the
   * group's counts read once (nothing changes them before a clock or a change of desired), and the datapoints held a
   * minute instead of queued when that is when they become visible ({@link MetricFeed#closeHeld}); the held
   * datapoint and the evaluation that sees it then go to {@link ScalingEngine#quietMinute} first, which answers a
   * minute it can prove quiet without evaluating. The same arithmetic in the same order as the plain minute, so the
   * same bits (QuietStretchTest compares the two minute by minute). A minute whose evaluation acts is carried out as
   * the plain minute does. Returns the first minute not run.
   *
   * <p>Without {@link #stepsOver} the stretch ends after a minute that acts, and at {@code end}. With it, the stretch
   * goes on from there as the minute loop would: up to the group's next clock ({@link #quietEnd}), and a clock's own
   * minute (a launch going InService, a warm-up's end, a termination) is run inside it with the plain minute's two
   * advances, at its start (before its counts are read) and at its evaluation (before its datapoint is published).
   * After either, the counts are read again (a kept timeline's count columns take them at that minute, as the plain
   * minute's start writes them) and the held datapoint is kept, so the next minute's evaluation can still be answered
   * instead of being published from the queue and evaluated (issue 15 item 2: the diurnal year's stretches ended at
   * about 16 000 clocks and acting minutes a year). {@code limit} is the first minute no stretch may hold (the
   * burn-in's end, or the run's).
   */
  private int quietStretch(int m, int end, int limit, boolean counted, int firstTick) {
    long start = sim.startEpochSecond;
    double cpuPerLoadUnit = sim.cpuPerLoadUnit;
    boolean holds = feed.holdsOneMinute(firstTick);
    predictiveStretch.begin();
    long tick = start + 60L * m + firstTick;
    boolean clock = false; // minute m is a clock's: the plain minute's advance at its start and at its evaluation
    for (;;) {
      if (clock) {
        advance(start + 60L * m);
      }
      if (keepsRows && !countsEveryMinute) {
        timeline.startOfMinute(m, group); // a kept timeline's counts hold until the next clock or change of desired
      }
      int serving = group.serving();
      int supply = serving + group.outsideTargets(); // the scores' s_t (aws-behaviour §12.1a)
      int warm = group.warm();
      int warmInstances = group.warmInstances();
      int targets = group.servingInstances() + group.outsideTargets();
      // the predictive history's counts and desired as the plain minute passes them: read again past a clock or a change
      predictiveStretch.counts(warm, group.inService(), serving, desired, start + 60L * m);
      boolean chunks = kernel != null && holds && kernel.fits();
      // Whether the kernel tries the next minute: not after it stopped before a minute that might hold an instance at
      // its baseline (standard mode) until the engine has answered kernelWait minutes here — 1, doubling while the
      // kernel stops at once, up to 64 — so that a run of such minutes (a group out of credits, which the engine
      // answers every minute while its low alarm stays in ALARM at MinSize) is not looked at twice a minute; after a
      // minute the engine declined it tries the next one.
      boolean tryKernel = chunks;
      int kernelWait = 0;
      int kernelBackoff = 1;
      boolean acts = false;
      for (; m < end; m++) {
        // The kernel asked the engine about this minute and it declined (QuietKernel.declined): not asked again below.
        boolean declined = false;
        if (tryKernel && !clock && feed.holdsOneDatapoint()) {
          long cuts = kernel.cut();
          int next = kernel.run(m, end, firstTick, counted, desired, serving, supply, warm, warmInstances, targets);
          declined = kernel.declined();
          tryKernel = declined;
          if (next == m && kernel.cut() > cuts) {
            kernelWait = kernelBackoff;
            kernelBackoff = Math.min(64, 2 * kernelBackoff);
          }
          if (next > m) {
            kernelBackoff = 1; // it ran minutes: after its next stop at once it waits one answered minute again
            answeredMinutes += next - m;
            m = next;
            tick = start + 60L * (m - 1) + firstTick;
            if (m == end) {
              break;
            }
          }
        }
        long t0 = start + 60L * m;
        tick = t0 + firstTick;
        double load = sim.load.at(m);
        double demand = load * cpuPerLoadUnit;
        view.demand(demand);
        double served = group.serve(t0, demand);
        if (group.throttled()) {
          notes.throttledMinute();
        }
        // The predictive history's minute (aws-behaviour §5.2): the plain minute's observeLoad and recorder minute,
        // held within the hour (PredictiveStretch); with no predictive policy it returns at once. A floor or a raised
        // MaxSize that changes within the stretch is applied by the minute's evaluate, as in the plain minute: a floor
        // that changes desired ends the stretch there.
        predictiveStretch.minute(m, t0, group.metricCpu(), load);
        double requestsPerTarget = serving == 0 ? Double.NaN : load / targets;
        if (countsEveryMinute) {
          timeline.startOfMinute(m, group); // closing a period touches no row: the plain minute's order of writes
        }
        double cpu = group.metricCpu();
        if (clock) {
          advance(tick); // the plain minute's clock at its evaluation, before it publishes
        }
        Decision d = null;
        boolean answered = false;
        if (holds) {
          // The held datapoint and the evaluation that sees it, answered by the engine when it can prove the minute
          // quiet (ScalingEngine.quietMinute); the timeline still gets the datapoint, as publishing it would give it.
          if (answersQuiet && !declined && feed.holdsOneDatapoint()) {
            d = engine.quietMinute(tick, feed.heldMinute(), feed.heldValue(), feed.heldContributors());
          }
          if (d != null) {
            answered = true;
            answeredMinutes++;
            tryKernel = chunks && --kernelWait <= 0;
            timeline.datapoint(0, feed.heldMinute(), feed.heldValue());
            feed.hold(t0, cpu, warm, warmInstances, requestsPerTarget, serving);
            notScaled.evaluated(d);
          } else {
            feed.closeHeld(t0, tick, cpu, warm, warmInstances, requestsPerTarget, serving, this);
          }
        } else {
          feed.closeMinute(t0, cpu, group.metricCpuMin(), group.metricCpuMax(), warm, warmInstances,
              requestsPerTarget, serving);
          feed.publishVisible(tick, this);
        }
        if (d == null) {
          d = evaluate(tick);
        }
        acts = d.changed() || d.reevaluate();
        if ((acts || sim.checkInvariants) && !clock) {
          advance(tick); // the plain minute's clock; no clock is crossed
        }
        if (acts) {
          carryOut(d, tick);
        }
        if (sim.checkInvariants) {
          Invariants.check(group, desired, engine, now);
        }
        if (counted) {
          scores.minute(demand, served, desired, supply, group.meanCpu());
        }
        Hold why = notScaled.endOfMinute(t0, desired);
        if (keepsRows) {
          if (answered && answeredRows && engine.quietAlarmEndIn(1) < 0) { // the alarms' end: the states' full row
            timeline.endOfAnsweredMinute(m, demand, served, group, why);
          } else {
            timeline.endOfMinute(m, demand, served, desired, group, why);
          }
        }
        if (acts || clock) {
          m++; // the change or the clock set new clocks: the counts are read again, or the plain way goes on
          break;
        }
      }
      if (!acts && !clock) {
        advance(tick); // the stretch's clock at its last evaluation, as the plain loop leaves it
      }
      if (!stepsOver || m >= limit) {
        break;
      }
      // The next minute as the minute loop would take it: a stretch up to the next clock, or the clock's own minute.
      int next = quietEnd(m, limit, firstTick);
      clock = next == m && clockOnly(m);
      if (next == m && !clock) {
        break;
      }
      end = clock ? m + 1 : next;
      stepped++;
    }
    predictiveStretch.end();
    feed.releaseHeld();
    return m;
  }

  /** Periods to pre-fill on a steady start: the longest alarm window plus the extra evaluation range (aws-behaviour §8.4). */
  private int prefillRange() {
    int periods = 0;
    for (int i = 0; i < engine.alarmCount(); i++) {
      periods = Math.max(periods, engine.alarm(i).spec().evaluationPeriods());
    }
    return periods + sim.engineSettings.extraEvaluationRange();
  }

  private void advance(long t) {
    if (t < now) {
      // An activity moved the group's clock past this evaluation (action delay longer than a 10 s cadence).
      return;
    }
    now = t;
    group.advance(t, desired, this, this);
    replaceMissing(t);
  }

  /**
   * Launches what health and lifetime replacements took away (the group holds desired, aws-behaviour §7.1 [D]), one
   * instance at a time, each of the type the allocation strategies pick (aws-behaviour §7.11).
   */
  private void replaceMissing(long t) {
    int wanted = launches ? desired - group.nonTerminating() : 0;
    if (wanted <= 0) {
      return; // the usual minute: nothing missing (and launchable(n <= 0) launches nothing)
    }
    for (int missing = group.launchable(wanted); missing > 0; missing -= group.lastLaunchedUnits()) {
      LaunchReason why = group.takeLaunchReason();
      int have = group.nonTerminating();
      int seq = group.launchedSeq(group.launch(t, 1, why, engine.defaultInstanceWarmup(), false), 0);
      if (activities != null && why == LaunchReason.CAPACITY_REBALANCE) {
        activities.launchedForRebalance(seq, t);
      } else if (activities != null) {
        activities.launched(seq, t, have, have + group.lastLaunchedUnits(), null, 0, group.lastWarmStarts() > 0);
      }
    }
  }

  @Override
  public void datapoint(int metric, long periodStartEpochSecond, double value, double contributors) {
    engine.publish(metric, periodStartEpochSecond, value, contributors);
    timeline.datapoint(metric, periodStartEpochSecond, value);
  }

  private void trackAlarms(long t) {
    for (int i = 0; i < alarmStates.length; i++) {
      AlarmState s = engine.alarmState(i);
      if (s != alarmStates[i]) {
        listener.onAlarmStateChange(t, engine.alarm(i).name(), alarmStates[i], s);
        alarmStates[i] = s;
      }
    }
  }

  /** Carries out a change of desired capacity: launches or selects victims {@code AlarmActionDelaySeconds} later. */
  private void apply(Decision d) {
    int old = desired;
    desired = d.newDesired();
    view.desired(desired);
    if (desired > old) {
      scaleOuts++;
    } else if (desired < old) {
      scaleIns++;
    }
    ScalingDecision sd = new ScalingDecision(d.time(), d.source(), d.policyName(), d.alarmName(), d.metricValue(),
        d.oldDesired(), d.newDesired(), d.minSize(), d.maxSize(), d.warmupSeconds());
    decisions.add(sd);
    listener.onScalingDecision(sd);
    long at = d.time() + actionDelay;
    if (at > now) {
      // The activity starts a few seconds after the alarm; move clocks there first.
      group.advance(at, desired, this, this);
      now = at;
    }
    int have = group.nonTerminating();
    carrying = sd;
    capacityBefore = have;
    completion.begin();
    int n = launches && desired > have ? group.launchable(desired - have) : 0;
    if (desired > have && launches) {
      notes.purchase.spotNotLaunched(at, desired - have - n);
      int first = group.launch(at, n, LaunchReason.DESIRED_CHANGE, d.warmupSeconds(), d.scaleOut());
      int warmStarts = group.lastWarmStarts();
      int made = group.lastLaunched();
      group.forgiveReplacements(desired);
      // The warm pool's instances keep their numbers; the cold launches' are consecutive (Group#launchedSeq): one
      // run for the latest activity's set (issue 15 item 4).
      for (int k = 0; k < warmStarts; k++) {
        completion.launching(group.launchedSeq(first, k));
      }
      completion.launching(group.launchedSeq(first, warmStarts), made - warmStarts);
      for (int k = 0; activities != null && k < made; k++) {
        activities.launched(group.launchedSeq(first, k), at, have, desired, sd, d.warmupSeconds(), k < warmStarts);
      }
    } else if (desired < have && terminates && group.scaleIn(at, have - desired, this) < have - desired) {
      notes.allProtected(at);
      notScaled.allProtected();
    }
    carrying = null;
    if (completion.end()) {
      engine.activityCompleted(at);
    }
  }

  /** An instance selected for termination (scale-in, unhealthy, lifetime). */
  @Override
  public void selected(long t, int seq, int az, LaunchReason why) {
    if (why == LaunchReason.DESIRED_CHANGE && completion.inProgress()) {
      completion.terminating(seq);
    }
    if (why == LaunchReason.HOOK_ABANDONED && completion.inService(seq)) {
      // The abandoned launch is over: the latest activity is done (aws-behaviour §3, §6.5).
      engine.activityCompleted(t);
    }
    if (activities == null) {
      return;
    }
    switch (why) {
      case HEALTH_REPLACEMENT -> activities.unhealthy(seq, az, t);
      case MAX_LIFETIME -> activities.expired(seq, az, t);
      case HOOK_ABANDONED -> activities.abandoned(seq, az, t);
      case SPOT_INTERRUPTION -> activities.interrupted(seq, az, t);
      case CAPACITY_REBALANCE -> activities.rebalanced(seq, az, t);
      case POOL_SHRINK -> activities.leftPool(seq, az, t, group.pool().size() + 1, group.pool().targetSize(desired));
      case POOL_UNHEALTHY -> activities.leftPool(seq, az, t, -1, -1);
      default -> activities.scaledIn(seq, az, t, capacityBefore, desired, carrying, group.pool().reusesOnScaleIn());
    }
  }

  @Override
  public void onInstanceEvent(long t, InstanceEvent e, int firstSeq, int count, int az, LaunchReason reason) {
    if (listener != SimulationListener.NONE) {
      listener.onInstanceEvent(t, e, Ids.instanceId(sim.seed, firstSeq), count, group.availabilityZones().get(az));
    }
    if (e == InstanceEvent.IN_SERVICE) {
      for (int seq = firstSeq; activities != null && seq < firstSeq + count; seq++) {
        activities.inService(seq, az, t);
      }
      if (completion.inService(firstSeq, count)) {
        // The last instance of the latest activity: starts a simple policy's cooldown (aws-behaviour §3 [D]).
        engine.activityCompleted(t);
      }
    } else if (e == InstanceEvent.WARMED_PENDING && activities != null) {
      activities.launchedIntoPool(firstSeq, az, t, group.pool().size() - 1, group.pool().targetSize(desired));
    } else if (e == InstanceEvent.WARMED && activities != null) {
      activities.inService(firstSeq, az, t); // in its pool state: the launch into the pool is over
    } else if (e == InstanceEvent.WARMED_TERMINATED && activities != null) {
      activities.terminated(firstSeq, t);
    } else if (e == InstanceEvent.TERMINATED) {
      for (int seq = firstSeq; activities != null && seq < firstSeq + count; seq++) {
        activities.terminated(seq, t);
      }
      if (completion.terminated(firstSeq, count)) {
        engine.activityCompleted(t);
      }
    }
  }
}
