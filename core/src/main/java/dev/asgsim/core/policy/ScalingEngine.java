package dev.asgsim.core.policy;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmSpec;
import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.alarm.ComparisonOperator;
import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.alarm.TreatMissingData;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.schedule.ScheduledActionTimer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Auto Scaling control plane for one group: holds Min/Max/Desired, evaluates CloudWatch alarms, the group's
 * target tracking, step and simple policies, plug-in policies and scheduled actions, and decides desired capacity.
 * The caller owns time and instances:
 *
 * <pre>{@code
 * ScalingEngine engine = ScalingEngine.builder(config).build();
 * MetricSpec[] metrics = engine.metrics();           // publish one value per period for each
 * engine.publish(metricIndex, periodStart, value);   // when a datapoint becomes visible to CloudWatch
 * Decision d = engine.evaluate(now, groupView);      // every evaluationIntervalSeconds() (60, or 10 for high-res)
 * if (d.changed()) record(d.cause());                 // then reconcile instances to engine.desired()
 * engine.activityCompleted(now);                      // when the last instance of an activity launched/terminated
 * }</pre>
 *
 * <p>Combination (aws-behaviour §1.7, §7.1, §12 step 4 [D]): scale out if any policy proposes more than desired, taking the
 * largest proposal; otherwise scale in if target tracking agrees (every scale-in-enabled target tracking policy's
 * AlarmLow proposes less) or a step/simple/plug-in policy proposes less, taking the largest (most conservative)
 * proposal; no policy scale-in while instances launched by a scale-out warm up (§2.2 [D]); every result is clamped
 * to [Min, Max]. Scheduled actions (§5.1) run first at their time (plus {@link EngineSettings#scheduledActionDelaySeconds()}),
 * rewrite Min/Max/Desired and re-clamp desired (a desired outside the new bounds is clamped at run time [I], §13 Q13).
 *
 * <p>Allocation-free after construction on every path that does not change desired. Not thread-safe.
 */
public final class ScalingEngine implements ControlPlaneView {
  private static final int TT = 0;
  private static final int STEP = 1;
  private static final int SIMPLE = 2;
  private static final int PLUGIN = 3;
  /** [D] aws-behaviour §8.4: alarms on 10- or 30-second periods are evaluated every 10 seconds. */
  public static final int HIGH_RESOLUTION_EVALUATION_SECONDS = 10;

  private final String groupName;
  private final EngineSettings settings;
  private final TargetTrackingAlarmProfile profile;
  private final MetricSpec[] metrics;
  private final MetricSeries[] series;
  private final Alarm[] alarms;
  private final PolicyEvaluator[] policies;
  private final int[] kinds;
  private final DecisionSource[] sources;
  private final ScheduledActionTimer[] timers;
  private final int defaultInstanceWarmup;
  private final int evaluationInterval;
  private final Decision decision = new Decision();

  private int minSize;
  private int maxSize;
  private int desired;
  private long startTime;
  private boolean started;
  private boolean simpleInProgress;
  private int simpleCooldownPending;
  private long cooldownUntil = Long.MIN_VALUE;

  private ScalingEngine(Builder b) {
    ScalingConfig config = b.config;
    AutoScalingGroup group = Objects.requireNonNull(config.autoScalingGroup(), "config has no AutoScalingGroup");
    this.groupName = group.autoScalingGroupName() == null ? "asg" : group.autoScalingGroupName();
    this.settings = b.settings;
    this.profile = b.profile != null ? b.profile : config.effectiveSimulation().effectiveTargetTrackingAlarms();
    if (group.maxSize() == null) {
      throw new IllegalArgumentException("AutoScalingGroup " + groupName + ": MaxSize is required");
    }
    this.minSize = group.minSize() == null ? 0 : group.minSize();
    this.maxSize = group.maxSize();
    if (minSize > maxSize) {
      throw new IllegalArgumentException("AutoScalingGroup " + groupName + ": MinSize " + minSize
          + " is above MaxSize " + maxSize);
    }
    this.desired = Adjustments.clamp(group.effectiveDesiredCapacity(), minSize, maxSize);
    this.defaultInstanceWarmup = WarmupChain.forOther(group);
    this.startTime = b.startTime;
    this.started = false;

    Wiring w = new Wiring(settings.extraEvaluationRange());
    List<PolicyEvaluator> ps = new ArrayList<>();
    List<Integer> ks = new ArrayList<>();
    for (ScalingPolicy p : config.policies()) {
      if (!p.effectiveEnabled()) {
        continue;
      }
      PolicyType type = p.type();
      if (type == null) {
        throw new IllegalArgumentException("policy " + p.policyName() + ": PolicyType '" + p.policyType()
            + "' is not one of SimpleScaling, StepScaling, TargetTrackingScaling, PredictiveScaling");
      }
      switch (type) {
        case TargetTrackingScaling:
          ps.add(targetTracking(p, group, w));
          ks.add(TT);
          break;
        case StepScaling:
          ps.add(step(p, group, w));
          ks.add(STEP);
          break;
        case SimpleScaling:
          ps.add(simple(p, group, w));
          ks.add(SIMPLE);
          break;
        default:
          // PredictiveScaling is not modelled by this engine (aws-behaviour §5.2): it sets no dynamic proposal.
          break;
      }
    }
    for (PluginPolicy plugin : b.plugins) {
      ps.add(plugin);
      ks.add(PLUGIN);
    }
    this.policies = ps.toArray(new PolicyEvaluator[0]);
    this.kinds = new int[ks.size()];
    this.sources = new DecisionSource[ks.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = ks.get(i);
      sources[i] = kinds[i] == TT ? DecisionSource.TARGET_TRACKING : kinds[i] == STEP ? DecisionSource.STEP
          : kinds[i] == SIMPLE ? DecisionSource.SIMPLE : DecisionSource.PLUGIN;
    }
    w.finish();
    this.metrics = w.metrics.toArray(new MetricSpec[0]);
    this.series = w.series;
    this.alarms = w.alarms.toArray(new Alarm[0]);
    int interval = 60;
    for (MetricSpec m : metrics) {
      if (m.periodSeconds() < 60) {
        interval = HIGH_RESOLUTION_EVALUATION_SECONDS; // aws-behaviour §8.4 [D]: 10/30-s alarms are evaluated every 10 s
      }
    }
    this.evaluationInterval = interval;

    List<ScheduledAction> actions = config.actions();
    this.timers = new ScheduledActionTimer[actions.size()];
    for (int i = 0; i < timers.length; i++) {
      timers[i] = new ScheduledActionTimer(actions.get(i));
    }
    for (PluginPolicy plugin : b.plugins) {
      plugin.attach(this);
    }
  }

  private PolicyEvaluator targetTracking(ScalingPolicy p, AutoScalingGroup group, Wiring w) {
    TargetTrackingConfiguration tt = p.targetTrackingConfiguration();
    if (tt == null || tt.targetValue() == null) {
      throw new IllegalArgumentException("policy " + p.policyName()
          + ": TargetTrackingScaling needs a TargetTrackingConfiguration with a TargetValue");
    }
    double target = tt.targetValue();
    if (!(target > 0) || Double.isInfinite(target)) {
      throw new IllegalArgumentException("policy " + p.policyName() + ": TargetValue must be a positive number, got "
          + target);
    }
    MetricSpec metric = MetricSpec.of(tt, profile.effectivePeriodSeconds(), p.policyName());
    int mi = w.metric(metric);
    int hi = profile.effectiveHighDatapoints();
    int lo = profile.effectiveLowDatapoints();
    AlarmSpec highSpec = new AlarmSpec(AlarmNames.high(groupName, p.policyName()), metric.periodSeconds(), hi, hi,
        target, ComparisonOperator.GreaterThanThreshold, TreatMissingData.MISSING);
    Alarm high = w.alarm(mi, highSpec);
    Alarm low = null;
    boolean scaleIn = !tt.scaleInDisabled();
    if (scaleIn || settings.lowAlarmWhenScaleInDisabled()) {
      AlarmSpec lowSpec = new AlarmSpec(AlarmNames.low(groupName, p.policyName()), metric.periodSeconds(), lo, lo,
          profile.effectiveLowThresholdFactor() * target, ComparisonOperator.LessThanThreshold,
          TreatMissingData.MISSING);
      low = w.alarm(mi, lowSpec);
    }
    return new TargetTrackingEvaluator(p.policyName(), target, scaleIn, high, low, WarmupChain.forPolicy(p, group),
        mi, settings);
  }

  private PolicyEvaluator step(ScalingPolicy p, AutoScalingGroup group, Wiring w) {
    Alarm alarm = userAlarm(p, w);
    int mag = p.effectiveMinAdjustmentMagnitude() == null ? 0 : p.effectiveMinAdjustmentMagnitude();
    return new StepEvaluator(p.policyName(), alarm, AdjustmentType.parse(p.adjustmentType(), p.policyName()), mag,
        MetricAggregation.parse(p.effectiveMetricAggregationType(), p.policyName()),
        p.stepAdjustments() == null ? List.of() : p.stepAdjustments(),
        WarmupChain.forPolicy(p, group));
  }

  private PolicyEvaluator simple(ScalingPolicy p, AutoScalingGroup group, Wiring w) {
    Alarm alarm = userAlarm(p, w);
    if (p.scalingAdjustment() == null) {
      throw new IllegalArgumentException("policy " + p.policyName() + ": SimpleScaling needs a ScalingAdjustment");
    }
    int mag = p.effectiveMinAdjustmentMagnitude() == null ? 0 : p.effectiveMinAdjustmentMagnitude();
    int cooldown = p.cooldown() != null ? p.cooldown() : group.effectiveDefaultCooldown();
    return new SimpleEvaluator(p.policyName(), alarm, AdjustmentType.parse(p.adjustmentType(), p.policyName()),
        p.scalingAdjustment(), mag, cooldown, WarmupChain.forOther(group));
  }

  private Alarm userAlarm(ScalingPolicy p, Wiring w) {
    if (p.alarm() == null) {
      throw new IllegalArgumentException("policy " + p.policyName() + ": " + p.policyType()
          + " needs the CloudWatch Alarm that triggers it (an 'Alarm' member beside the policy)");
    }
    int mi = w.metric(MetricSpec.of(p.alarm()));
    return w.alarm(mi, AlarmSpec.of(p.alarm(), p.policyName() + "-alarm"));
  }

  public static Builder builder(ScalingConfig config) {
    return new Builder(config);
  }

  // ---- inputs ---------------------------------------------------------------------------------------------------

  /** The metrics the caller must publish, in index order (a copy). */
  public MetricSpec[] metrics() {
    return metrics.clone();
  }

  /**
   * A datapoint of metric {@code metricIndex} for the period starting at {@code periodStartEpochSecond} became visible.
   * A period never published is "missing" for CloudWatch's rules; NaN publishes an explicit gap.
   */
  public void publish(int metricIndex, long periodStartEpochSecond, double value) {
    series[metricIndex].put(periodStartEpochSecond, value);
  }

  /**
   * The last instance of the latest activity finished launching or terminating: starts the cooldown of a simple
   * policy's activity (aws-behaviour §3 [D]). Harmless after other activities.
   */
  public void activityCompleted(long nowEpochSecond) {
    if (simpleInProgress) {
      simpleInProgress = false;
      cooldownUntil = nowEpochSecond + simpleCooldownPending;
    }
  }

  // ---- the decision ---------------------------------------------------------------------------------------------

  /**
   * Runs due scheduled actions, evaluates every alarm and policy at {@code nowEpochSecond} and returns the reused
   * {@link Decision}. Call it every {@link #evaluationIntervalSeconds()}; when {@link Decision#reevaluate()} is true,
   * call it again with the same time.
   */
  public Decision evaluate(long nowEpochSecond, GroupView group) {
    long now = nowEpochSecond;
    if (!started) {
      started = true;
      if (startTime == Long.MIN_VALUE) {
        startTime = now;
      }
      for (ScheduledActionTimer t : timers) {
        t.start(startTime);
      }
    }
    decision.reset(now, desired, minSize, maxSize);
    if (runScheduledActions(now)) {
      return decision;
    }
    for (Alarm a : alarms) {
      a.evaluate(now);
    }
    int current = desired;
    int bestOut = Integer.MIN_VALUE;
    int outIdx = -1;
    int ttIn = Integer.MIN_VALUE;
    int ttInIdx = -1;
    boolean ttAgree = true;
    int ttVoters = 0;
    int otherIn = Integer.MIN_VALUE;
    int otherInIdx = -1;
    for (int i = 0; i < policies.length; i++) {
      PolicyEvaluator p = policies[i];
      int cap = p.propose(now, group, this);
      boolean has = cap != PolicyEvaluator.NO_PROPOSAL;
      if (has && cap > current && cap > bestOut) {
        bestOut = cap;
        outIdx = i;
      }
      if (kinds[i] == TT) {
        TargetTrackingEvaluator tt = (TargetTrackingEvaluator) p;
        if (tt.scaleInEnabled()) {
          ttVoters++;
          if (has && cap < current && tt.lastWasScaleIn()) {
            if (cap > ttIn) {
              ttIn = cap;
              ttInIdx = i;
            }
          } else {
            ttAgree = false;
          }
        }
      } else if (has && cap < current && cap > otherIn) {
        otherIn = cap;
        otherInIdx = i;
      }
    }
    int chosen;
    int idx;
    if (outIdx >= 0) {
      chosen = bestOut;
      idx = outIdx;
    } else {
      chosen = Integer.MIN_VALUE;
      idx = -1;
      if (ttVoters > 0 && ttAgree && ttInIdx >= 0) {
        chosen = ttIn;
        idx = ttInIdx;
      }
      if (otherInIdx >= 0 && otherIn > chosen) {
        chosen = otherIn;
        idx = otherInIdx;
      }
      if (idx >= 0 && group.scaleOutWarming() > 0) {
        idx = -1; // aws-behaviour §2.2 item 4 [D]: policy scale-in waits for scale-out instances to warm up
      }
    }
    if (idx < 0) {
      return decision;
    }
    int next = Adjustments.clamp(chosen, minSize, maxSize);
    if (next == current) {
      return decision;
    }
    PolicyEvaluator p = policies[idx];
    int warm = p.warmupSeconds() >= 0 ? p.warmupSeconds() : defaultInstanceWarmup;
    desired = next;
    decision.policyChange(next, sources[idx], idx, p.name(), p.lastAlarmName(), p.lastMetricValue(), warm);
    if (kinds[idx] == SIMPLE) {
      simpleInProgress = true;
      simpleCooldownPending = ((SimpleEvaluator) p).cooldownSeconds();
    }
    return decision;
  }

  private boolean runScheduledActions(long now) {
    long at = now - settings.scheduledActionDelaySeconds();
    while (true) {
      int due = -1;
      long earliest = Long.MAX_VALUE;
      for (int i = 0; i < timers.length; i++) {
        long n = timers[i].next();
        if (n <= at && n < earliest) {
          earliest = n;
          due = i;
        }
      }
      if (due < 0) {
        return false;
      }
      ScheduledActionTimer t = timers[due];
      t.fired(at);
      ScheduledAction a = t.action();
      int before = desired;
      if (a.minSize() != null) {
        minSize = a.minSize();
      }
      if (a.maxSize() != null) {
        maxSize = a.maxSize();
      }
      if (minSize > maxSize) {
        // An inconsistent action is a validation error; keep the engine usable by letting Min win [I].
        maxSize = minSize;
      }
      int want = a.desiredCapacity() != null ? a.desiredCapacity() : desired;
      desired = Adjustments.clamp(want, minSize, maxSize);
      decision.bounds(minSize, maxSize);
      if (desired != before) {
        decision.scheduledChange(desired, minSize, maxSize, t.name(), defaultInstanceWarmup);
        return true;
      }
    }
  }

  // ---- read side ------------------------------------------------------------------------------------------------

  @Override
  public int desired() {
    return desired;
  }

  @Override
  public int minSize() {
    return minSize;
  }

  @Override
  public int maxSize() {
    return maxSize;
  }

  @Override
  public MetricSpec metric(int index) {
    return metrics[index];
  }

  @Override
  public int metricCount() {
    return metrics.length;
  }

  @Override
  public double latest(int index) {
    MetricSeries s = series[index];
    long p = s.newestPeriod();
    return p == Long.MIN_VALUE ? Double.NaN : s.valueAt(p);
  }

  @Override
  public boolean simpleScalingBlocked(long nowEpochSecond) {
    return simpleInProgress || nowEpochSecond < cooldownUntil;
  }

  @Override
  public int defaultInstanceWarmup() {
    return defaultInstanceWarmup;
  }

  /** Seconds between {@link #evaluate} calls: 60, or 10 when any metric has a 10- or 30-second period (§8.4). */
  public int evaluationIntervalSeconds() {
    return evaluationInterval;
  }

  public int alarmCount() {
    return alarms.length;
  }

  /**
   * Alarm {@code index}, in policy order: AlarmHigh then AlarmLow (if any) of a target tracking policy, the user alarm
   * of a step or simple policy. Its {@link Alarm#state()}, {@link Alarm#threshold()} and {@link Alarm#name()} feed the
   * timeline's alarm columns; {@link TargetTrackingEvaluator#highAlarm()} finds a policy's pair.
   */
  public Alarm alarm(int index) {
    return alarms[index];
  }

  public AlarmState alarmState(int index) {
    return alarms[index].state();
  }

  public int policyCount() {
    return policies.length;
  }

  /** Policy {@code index}: the config's enabled non-predictive policies in order, then plug-ins. */
  public PolicyEvaluator policy(int index) {
    return policies[index];
  }

  public String groupName() {
    return groupName;
  }

  public EngineSettings settings() {
    return settings;
  }

  public TargetTrackingAlarmProfile alarmProfile() {
    return profile;
  }

  /** The reused decision of the last {@link #evaluate}. */
  public Decision lastDecision() {
    return decision;
  }

  /** Builds an engine from a validated config. */
  public static final class Builder {
    private final ScalingConfig config;
    private EngineSettings settings = EngineSettings.DEFAULTS;
    private TargetTrackingAlarmProfile profile;
    private final List<PluginPolicy> plugins = new ArrayList<>();
    private long startTime = Long.MIN_VALUE;

    private Builder(ScalingConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    public Builder settings(EngineSettings v) {
      settings = Objects.requireNonNull(v, "settings");
      return this;
    }

    /** The target tracking alarm shape (aws-behaviour §1.4 [O]); default: the config's {@code Simulation} profile. */
    public Builder alarmProfile(TargetTrackingAlarmProfile v) {
      profile = v;
      return this;
    }

    public Builder addPlugin(PluginPolicy v) {
      plugins.add(Objects.requireNonNull(v, "plugin"));
      return this;
    }

    /**
     * When the simulated group starts existing (scheduled actions due before it do not run); default: the time of
     * the first {@link ScalingEngine#evaluate}.
     */
    public Builder startTime(long epochSecond) {
      startTime = epochSecond;
      return this;
    }

    public ScalingEngine build() {
      return new ScalingEngine(this);
    }
  }

  /** Collects distinct metrics (one shared series each) and the alarms reading them. */
  private static final class Wiring {
    final int extra;
    final List<MetricSpec> metrics = new ArrayList<>();
    final List<MetricSeries> seriesList = new ArrayList<>();
    final List<Alarm> alarms = new ArrayList<>();
    MetricSeries[] series;

    Wiring(int extra) {
      this.extra = extra;
    }

    int metric(MetricSpec m) {
      int i = metrics.indexOf(m);
      if (i >= 0) {
        return i;
      }
      metrics.add(m);
      seriesList.add(new MetricSeries(m.periodSeconds(), 2));
      return metrics.size() - 1;
    }

    Alarm alarm(int metric, AlarmSpec spec) {
      MetricSeries s = seriesList.get(metric);
      s.ensureCapacity(spec.evaluationPeriods() + extra);
      Alarm a = new Alarm(spec, s, extra);
      alarms.add(a);
      return a;
    }

    void finish() {
      series = seriesList.toArray(new MetricSeries[0]);
    }
  }
}
