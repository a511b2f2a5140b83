package dev.asgsim.simulator;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.policy.Decision;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.PluginPolicy;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.group.CreditParams;
import dev.asgsim.simulator.group.Group;
import dev.asgsim.simulator.group.GroupListener;
import dev.asgsim.simulator.group.GroupParams;
import dev.asgsim.simulator.group.Ids;
import dev.asgsim.simulator.group.InstanceEvent;
import dev.asgsim.simulator.group.LaunchReason;
import dev.asgsim.simulator.score.ScoreAccumulator;
import dev.asgsim.simulator.score.Scores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One run: the minute loop. Each minute {@code t0}: move instance clocks to {@code t0}, spread the minute's demand,
 * close metric periods and queue their datapoints for publication, then at each evaluation instant ({@code t0} +
 * EvaluationOffsetSeconds, every engine interval) move clocks again, publish the datapoints now visible, let the
 * engine decide, and launch or terminate {@code AlarmActionDelaySeconds} later. Allocation happens only when something
 * changes (a decision, an activity).
 */
final class Run implements GroupView, GroupListener, Group.VictimSink {
  private final Simulation sim;
  private final ScalingEngine engine;
  private final Group group;
  private final MetricSpec[] metrics;
  private final int[] monitoringPeriod;
  private final double[] periodSum;
  private final int[] periodCount;
  private final Timeline timeline;
  private final ScoreAccumulator scores;
  private final List<Activity> activities = new ArrayList<>();
  private final List<ScalingDecision> decisions = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final String groupName;
  private final int actionDelay;
  private final int evalOffset;
  private final int publishDelay;
  private final int highAlarm;
  private final int lowAlarm;
  private final AlarmState[] alarmStates;
  private final SimulationListener listener;
  private final boolean recordActivities;
  private final CreditParams credits;

  // Publication queue (primitive ring, small).
  private long[] pubVisible = new long[16];
  private int[] pubMetric = new int[16];
  private long[] pubPeriod = new long[16];
  private double[] pubValue = new double[16];
  private int pubSize;

  // Activity bookkeeping: per instance sequence, the activity (index) and the decision (index) it belongs to.
  private int[] launchActivity = new int[16];
  private int[] terminateActivity = new int[16];
  private int[] launchDecision = new int[16];
  private int[] terminateDecision = new int[16];
  private int[] decisionRemaining = new int[8];
  private int decisionCount;
  private final List<Mutable> building = new ArrayList<>();
  private int activitySeq;

  private double demandNow;
  private int desired;
  private int scaleOuts;
  private int scaleIns;
  private long now;
  private ScalingDecision currentDecision;
  private int currentDecisionIndex = -1;
  private int capacityBefore;
  private int throttledMinutes;

  Run(Simulation sim) {
    this.sim = sim;
    this.listener = sim.listener;
    this.recordActivities = sim.recordActivities;
    ScalingEngine.Builder eb = ScalingEngine.builder(sim.config).settings(sim.engineSettings)
        .startTime(sim.startEpochSecond);
    if (!sim.settings.effectiveDetailedMonitoring()) {
      eb.alarmProfile(sim.settings.effectiveTargetTrackingAlarms().forBasicMonitoring());
    }
    for (PluginPolicy p : sim.plugins) {
      eb.addPlugin(p);
    }
    try {
      this.engine = eb.build();
    } catch (IllegalArgumentException e) {
      throw new SimulationException(e.getMessage(), e);
    }
    this.groupName = engine.groupName();
    this.credits = Setup.credits(sim.instanceType, sim.settings);
    GroupParams params = Setup.group(sim.config, credits);
    this.group = new Group(params, sim.seed);
    this.metrics = engine.metrics();
    this.monitoringPeriod = new int[metrics.length];
    this.periodSum = new double[metrics.length];
    this.periodCount = new int[metrics.length];
    boolean detailed = sim.settings.effectiveDetailedMonitoring();
    for (int i = 0; i < metrics.length; i++) {
      MetricKind k = metrics[i].kind();
      // EC2 metrics come every 5 minutes with basic monitoring, every minute with detailed (aws-behaviour §8.1 [D]);
      // the load balancer publishes every minute.
      monitoringPeriod[i] = (k == MetricKind.CPU || k == MetricKind.NETWORK_IN || k == MetricKind.NETWORK_OUT)
          && !detailed ? 300 : 60;
      if (k == MetricKind.NETWORK_IN || k == MetricKind.NETWORK_OUT || k == MetricKind.CUSTOM) {
        notes.add("metric " + metrics[i] + " is not modelled by the simulator: it never gets datapoints, so its "
            + "alarms stay INSUFFICIENT_DATA");
      }
      if (monitoringPeriod[i] > metrics[i].periodSeconds()) {
        notes.add("basic monitoring: " + metrics[i] + " gets one datapoint per 5 minutes, visible "
            + "MetricPublishDelaySeconds after the start of the period's last minute; alarms with 60 s periods see at "
            + "most one datapoint in five periods and may stay INSUFFICIENT_DATA (aws-behaviour §1.9, §13 Q3)");
      }
      if (k == MetricKind.ALB_REQUEST_COUNT_PER_TARGET) {
        notes.add("ALBRequestCountPerTarget reads the load as requests per minute: demand / serving targets");
      }
    }
    var g = sim.config.autoScalingGroup();
    if (g.lifecycleHookSpecificationList() != null && !g.lifecycleHookSpecificationList().isEmpty()) {
      notes.add("lifecycle hooks are not modelled: instances go InService (and terminate) without waiting for them");
    }
    if (g.mixedInstancesPolicy() != null) {
      notes.add("MixedInstancesPolicy is simulated as one type, Simulation.InstanceType, without instance weights");
    }
    this.actionDelay = sim.settings.effectiveAlarmActionDelaySeconds();
    this.evalOffset = sim.settings.effectiveEvaluationOffsetSeconds();
    this.publishDelay = sim.settings.effectiveMetricPublishDelaySeconds();
    int hi = -1;
    int lo = -1;
    for (int i = 0; i < engine.alarmCount(); i++) {
      Alarm a = engine.alarm(i);
      if (a.spec().comparisonOperator().isUpper()) {
        hi = hi < 0 ? i : hi;
      } else {
        lo = lo < 0 ? i : lo;
      }
    }
    this.highAlarm = hi;
    this.lowAlarm = lo;
    this.alarmStates = new AlarmState[engine.alarmCount()];
    for (int i = 0; i < alarmStates.length; i++) {
      alarmStates[i] = engine.alarmState(i);
    }
    this.timeline = sim.recordTimeline ? new Timeline(sim.startEpochSecond, sim.load.minutes()) : null;
    this.scores = new ScoreAccumulator(sim.settings.effectiveCpuThresholdPercent());
    Arrays.fill(launchActivity, -1);
    Arrays.fill(terminateActivity, -1);
    Arrays.fill(launchDecision, -1);
    Arrays.fill(terminateDecision, -1);
  }

  SimulationResult run() {
    long start = sim.startEpochSecond;
    int minutes = sim.load.minutes();
    desired = engine.desired();
    group.start(start, desired, this);
    ensureSeq(desired);
    now = start;
    int interval = engine.evaluationIntervalSeconds();
    int firstTick = Math.floorMod(evalOffset, interval);
    for (int m = 0; m < minutes; m++) {
      long t0 = start + 60L * m;
      advance(t0);
      demandNow = sim.load.at(m);
      double served = group.serve(demandNow);
      if (group.throttled()) {
        throttledMinutes++;
      }
      closeMinute(m, t0);
      int servingAtStart = group.serving();
      int pendingAtStart = group.pending();
      int inServiceAtStart = group.inService();
      int warmAtStart = group.warm();
      for (long tick = t0 + firstTick; tick < t0 + 60; tick += interval) {
        advance(tick);
        publishVisible(tick);
        Decision d;
        do {
          d = engine.evaluate(tick, this);
          trackAlarms(tick);
          if (d.changed()) {
            apply(d);
          }
        } while (d.reevaluate());
      }
      if (sim.checkInvariants) {
        checkInvariants();
      }
      scores.minute(demandNow, served, desired, servingAtStart, group.meanCpu());
      if (timeline != null) {
        timeline.demand[m] = demandNow;
        timeline.desired[m] = desired;
        timeline.pending[m] = pendingAtStart;
        timeline.inService[m] = inServiceAtStart;
        timeline.warm[m] = warmAtStart;
        timeline.serving[m] = servingAtStart;
        timeline.cpu[m] = group.meanCpu();
        timeline.alarmHigh[m] = code(highAlarm);
        timeline.alarmLow[m] = code(lowAlarm);
        timeline.unserved[m] = Math.max(0, demandNow - served);
        timeline.credits[m] = group.meanCredits();
      }
      listener.onMinute(m, minutes);
    }
    long end = start + 60L * minutes;
    advance(end);
    group.finish(end);
    Scores s = scores.finish(group.billedSeconds(), sim.instanceType.pricePerHour(), group.surplusCredits(),
        credits.surplusPricePerVcpuHour(), scaleOuts, scaleIns, group.launchedTotal() - desiredAtStart(),
        group.terminatedTotal());
    for (Mutable a : building) {
      activities.add(a.toActivity());
    }
    return new SimulationResult(sim.config, sim.load.description(), sim.seed, start, minutes, sim.instanceType.name(),
        s, timeline, activities, decisions, notesWithLoad(), highAlarm < 0 ? null : engine.alarm(highAlarm).name(),
        lowAlarm < 0 ? null : engine.alarm(lowAlarm).name(), metrics.length == 0 ? null : metrics[0].toString(),
        targetValue(), highAlarm < 0 ? Double.NaN : engine.alarm(highAlarm).threshold(),
        lowAlarm < 0 ? Double.NaN : engine.alarm(lowAlarm).threshold());
  }

  private int initialDesired = -1;

  private int desiredAtStart() {
    return initialDesired < 0 ? 0 : initialDesired;
  }

  private List<String> notesWithLoad() {
    List<String> all = new ArrayList<>(sim.load.notes());
    all.addAll(notes);
    if (throttledMinutes > 0) {
      all.add(String.format(java.util.Locale.ROOT, "CPU credits ran out: %d minutes with instances throttled to the "
          + "%s %% baseline (standard mode); the reported CPU falls with them, which can make target tracking scale "
          + "in (aws-behaviour §11.2). Consider CreditSpecification unlimited or a larger type.", throttledMinutes,
          new java.math.BigDecimal(credits.baselinePercent()).setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()));
    }
    return all;
  }

  private double targetValue() {
    for (var p : sim.config.policies()) {
      if (p.targetTrackingConfiguration() != null && p.targetTrackingConfiguration().targetValue() != null
          && p.effectiveEnabled()) {
        return p.targetTrackingConfiguration().targetValue();
      }
    }
    return Double.NaN;
  }

  private byte code(int alarm) {
    if (alarm < 0) {
      return Timeline.NONE;
    }
    return switch (engine.alarmState(alarm)) {
      case OK -> Timeline.OK;
      case ALARM -> Timeline.ALARM;
      default -> Timeline.INSUFFICIENT_DATA;
    };
  }

  // ---- clocks ---------------------------------------------------------------------------------------------------

  private void advance(long t) {
    if (initialDesired < 0) {
      initialDesired = group.nonTerminating();
    }
    if (t < now) {
      // An activity moved the group's clock past this evaluation (action delay longer than a 10 s cadence).
      return;
    }
    now = t;
    group.advance(t, desired, this, this);
    replaceMissing(t);
  }

  /** Launches what health and lifetime replacements took away (the group holds desired, aws-behaviour §7.1 [D]). */
  private void replaceMissing(long t) {
    int missing = desired - group.nonTerminating();
    while (missing > 0) {
      LaunchReason why = group.takeLaunchReason();
      int have = group.nonTerminating();
      int first = group.launch(t, 1, why, engine.defaultInstanceWarmup(), false);
      ensureSeq(first + 1);
      if (recordActivities) {
        String cause = "At " + iso(t) + " an instance was started in response to a difference between desired and "
            + "actual capacity, increasing the capacity from " + have + " to " + (have + 1) + ".";
        launchActivity[first] = addActivity(Activity.Kind.LAUNCH, first, t, cause, null, 0);
      }
      missing--;
    }
  }

  // ---- metrics --------------------------------------------------------------------------------------------------

  private void closeMinute(int m, long t0) {
    for (int i = 0; i < metrics.length; i++) {
      double v = minuteValue(metrics[i].kind());
      if (!Double.isNaN(v)) {
        periodSum[i] += v;
        periodCount[i]++;
      }
      int perMinutes = monitoringPeriod[i] / 60;
      if ((m + 1) % perMinutes == 0) {
        long periodStart = t0 - 60L * (perMinutes - 1);
        if (periodCount[i] > 0) {
          // Visible PublishDelay after the start of the period's last minute (aws-behaviour §12 [I]).
          enqueue(t0 + publishDelay, i, periodStart, periodSum[i] / periodCount[i]);
        }
        periodSum[i] = 0;
        periodCount[i] = 0;
      }
    }
  }

  private double minuteValue(MetricKind kind) {
    return switch (kind) {
      case CPU -> group.metricCpu();
      case ALB_REQUEST_COUNT_PER_TARGET -> group.serving() == 0 ? Double.NaN : demandNow / group.serving();
      default -> Double.NaN;
    };
  }

  private void enqueue(long visible, int metric, long period, double value) {
    if (pubSize == pubVisible.length) {
      int n = pubSize * 2;
      pubVisible = Arrays.copyOf(pubVisible, n);
      pubMetric = Arrays.copyOf(pubMetric, n);
      pubPeriod = Arrays.copyOf(pubPeriod, n);
      pubValue = Arrays.copyOf(pubValue, n);
    }
    pubVisible[pubSize] = visible;
    pubMetric[pubSize] = metric;
    pubPeriod[pubSize] = period;
    pubValue[pubSize] = value;
    pubSize++;
  }

  private void publishVisible(long t) {
    int kept = 0;
    for (int i = 0; i < pubSize; i++) {
      if (pubVisible[i] <= t) {
        engine.publish(pubMetric[i], pubPeriod[i], pubValue[i]);
        if (timeline != null && pubMetric[i] == 0) {
          int m = (int) ((pubPeriod[i] - timeline.startEpochSecond) / 60);
          if (m >= 0 && m < timeline.minutes()) {
            timeline.metric[m] = pubValue[i];
          }
        }
      } else {
        pubVisible[kept] = pubVisible[i];
        pubMetric[kept] = pubMetric[i];
        pubPeriod[kept] = pubPeriod[i];
        pubValue[kept] = pubValue[i];
        kept++;
      }
    }
    pubSize = kept;
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

  // ---- decisions ------------------------------------------------------------------------------------------------

  private void apply(Decision d) {
    int old = desired;
    desired = d.newDesired();
    if (desired > old) {
      scaleOuts++;
    } else if (desired < old) {
      scaleIns++;
    }
    String cause = d.cause();
    ScalingDecision sd = new ScalingDecision(d.time(), d.source() == null ? "" : d.source().name(), d.policyName(),
        d.alarmName(), d.metricValue(), d.oldDesired(), d.newDesired(), d.minSize(), d.maxSize(), d.warmupSeconds(),
        cause);
    decisions.add(sd);
    listener.onScalingDecision(sd);
    long at = d.time() + actionDelay;
    if (at > now) {
      // The activity starts a few seconds after the alarm; move clocks there first.
      group.advance(at, desired, this, this);
      now = at;
    }
    int have = group.nonTerminating();
    currentDecision = sd;
    currentDecisionIndex = newDecisionSlot();
    capacityBefore = have;
    if (desired > have) {
      int n = desired - have;
      int first = group.launch(at, n, LaunchReason.DESIRED_CHANGE, d.warmupSeconds(), d.scaleOut());
      group.forgiveReplacements(desired);
      ensureSeq(first + n);
      for (int k = 0; k < n; k++) {
        launchDecision[first + k] = currentDecisionIndex;
        decisionRemaining[currentDecisionIndex]++;
        if (recordActivities) {
          String c = cause + " At " + iso(at) + " an instance was started in response to a difference between desired"
              + " and actual capacity, increasing the capacity from " + have + " to " + desired + ".";
          launchActivity[first + k] = addActivity(Activity.Kind.LAUNCH, first + k, at, c, sd, d.warmupSeconds());
        }
      }
    } else if (desired < have) {
      int picked = group.scaleIn(at, have - desired, this);
      if (picked < have - desired) {
        notes.add("At " + iso(at) + ": could not scale to desired capacity because all remaining instances are "
            + "protected from scale-in");
      }
    }
    currentDecision = null;
    currentDecisionIndex = -1;
    if (decisionRemaining[decisionCount - 1] == 0) {
      engine.activityCompleted(at);
    }
  }

  private int newDecisionSlot() {
    if (decisionCount == decisionRemaining.length) {
      decisionRemaining = Arrays.copyOf(decisionRemaining, decisionCount * 2);
    }
    decisionRemaining[decisionCount] = 0;
    return decisionCount++;
  }

  /** An instance selected for termination (scale-in, unhealthy, lifetime). */
  @Override
  public void selected(long t, int seq, int az, LaunchReason why) {
    ensureSeq(seq + 1);
    if (why == LaunchReason.DESIRED_CHANGE && currentDecision != null) {
      terminateDecision[seq] = currentDecisionIndex;
      decisionRemaining[currentDecisionIndex]++;
    }
    if (!recordActivities) {
      return;
    }
    String id = Ids.instanceId(sim.seed, seq);
    String cause;
    ScalingDecision sd = null;
    if (why == LaunchReason.HEALTH_REPLACEMENT) {
      cause = "At " + iso(t) + " an instance was taken out of service in response to an ELB system health check "
          + "failure.";
    } else if (why == LaunchReason.MAX_LIFETIME) {
      cause = "At " + iso(t) + " an instance was taken out of service in response to the maximum instance lifetime.";
    } else {
      sd = currentDecision;
      String prefix = sd == null ? "" : sd.cause() + " ";
      cause = prefix + "At " + iso(t) + " an instance was taken out of service in response to a difference between "
          + "desired and actual capacity, shrinking the capacity from " + capacityBefore + " to " + desired + ". At "
          + iso(t) + " instance " + id + " was selected for termination.";
    }
    terminateActivity[seq] = addActivity(Activity.Kind.TERMINATE, seq, t, cause, sd, 0);
    building.get(terminateActivity[seq]).az = az;
  }

  // ---- instance events ------------------------------------------------------------------------------------------

  @Override
  public void onInstanceEvent(long t, InstanceEvent e, int firstSeq, int count, int az, LaunchReason reason) {
    if (listener != SimulationListener.NONE) {
      listener.onInstanceEvent(t, e, Ids.instanceId(sim.seed, firstSeq), count,
          group.availabilityZones().get(az));
    }
    if (e == InstanceEvent.IN_SERVICE) {
      for (int s = firstSeq; s < firstSeq + count && s < launchDecision.length; s++) {
        if (recordActivities && launchActivity[s] >= 0) {
          Mutable a = building.get(launchActivity[s]);
          a.end = t + a.warmup;
          a.az = az;
        }
        finishOne(launchDecision, s, t);
      }
    } else if (e == InstanceEvent.TERMINATED) {
      for (int s = firstSeq; s < firstSeq + count && s < terminateDecision.length; s++) {
        if (recordActivities && terminateActivity[s] >= 0) {
          building.get(terminateActivity[s]).end = t;
        }
        finishOne(terminateDecision, s, t);
      }
    }
  }

  private void finishOne(int[] byDecision, int seq, long t) {
    int d = byDecision[seq];
    if (d >= 0) {
      byDecision[seq] = -1;
      if (--decisionRemaining[d] == 0 && d == decisionCount - 1) {
        // The last instance of the latest activity: starts a simple policy's cooldown (aws-behaviour §3 [D]).
        engine.activityCompleted(t);
      }
    }
  }

  private void ensureSeq(int n) {
    if (n > launchDecision.length) {
      int size = Math.max(n, launchDecision.length * 2);
      launchActivity = grow(launchActivity, size);
      terminateActivity = grow(terminateActivity, size);
      launchDecision = grow(launchDecision, size);
      terminateDecision = grow(terminateDecision, size);
    }
  }

  private static int[] grow(int[] a, int size) {
    int old = a.length;
    int[] b = Arrays.copyOf(a, size);
    Arrays.fill(b, old, size, -1);
    return b;
  }

  // ---- activities -----------------------------------------------------------------------------------------------

  private int addActivity(Activity.Kind kind, int seq, long start, String cause, ScalingDecision sd, int warmup) {
    Mutable a = new Mutable();
    a.kind = kind;
    a.seq = seq;
    a.start = start;
    a.cause = cause;
    a.decision = sd;
    a.warmup = warmup;
    a.az = -1;
    a.id = Ids.activityId(sim.seed, activitySeq++);
    building.add(a);
    return building.size() - 1;
  }

  private final class Mutable {
    Activity.Kind kind;
    int seq;
    long start;
    long end = Long.MIN_VALUE;
    int warmup;
    int az;
    String cause;
    String id;
    ScalingDecision decision;

    Activity toActivity() {
      String instance = Ids.instanceId(sim.seed, seq);
      String description = kind == Activity.Kind.LAUNCH ? "Launching a new EC2 instance: " + instance
          : "Terminating EC2 instance: " + instance;
      boolean done = end != Long.MIN_VALUE;
      return new Activity(id, groupName, description, cause, Instant.ofEpochSecond(start),
          done ? Instant.ofEpochSecond(end) : null, done ? "Successful" : "InProgress", done ? 100 : 50,
          az < 0 ? "{}" : "{\"Availability Zone\":\"" + group.availabilityZones().get(az) + "\"}", instance, kind,
          decision);
    }
  }

  static String iso(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }

  // ---- GroupView ------------------------------------------------------------------------------------------------

  @Override
  public int inService() {
    return group.inService();
  }

  @Override
  public int warm() {
    return group.warm();
  }

  @Override
  public int pending() {
    return group.pending();
  }

  @Override
  public int scaleOutWarming() {
    return group.warmingScaleOut();
  }

  @Override
  public double demand() {
    return demandNow;
  }

  private void checkInvariants() {
    group.checkInvariants();
    if (desired < engine.minSize() || desired > engine.maxSize()) {
      throw new IllegalStateException("desired " + desired + " outside [" + engine.minSize() + ", "
          + engine.maxSize() + "] at " + iso(now));
    }
    if (desired != engine.desired()) {
      throw new IllegalStateException("simulator desired " + desired + " != engine desired " + engine.desired());
    }
  }
}
