package dev.asgsim.core.policy;

// Over 600 lines because it is the engine's one public facade (inputs, the decision, the steady start, the read side,
// the builder); the rules live in its collaborators (EvaluatorFactory, CombinationRule, Cooldowns, ScheduledActions,
// GroupSize, PredictiveEvaluator). evaluate's paths — the quiet loop over every policy, the direct answer for one
// dynamic policy (the rule with one proposal, derived in decideSole's comment), the kept predictive floors, and
// quietMinute's answer without evaluating (QuietMinutes, after the floors' quiet-until instant; quietMinutes for the
// simulator's kernel, a chunk of minutes in one call; alarmMinutes, the reason for a run with an alarm in ALARM;
// alarmEnds, the minute the alarms go back to OK; and quietHolds, their reasons) — stay beside the
// state they read so that the JIT compiles them without indirection (aws-behaviour §1.7's rule itself is
// CombinationRule; QuietPathPropertyTest and QuietMinutePropertyTest hold the paths to it).

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingProcess;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Auto Scaling control plane for one group: holds Min/Max/Desired, evaluates CloudWatch alarms, the group's
 * target tracking, step and simple policies, plug-in policies and scheduled actions, and decides desired capacity.
 * The caller owns time and instances:
 *
 * <pre>{@code
 * ScalingEngine engine = ScalingEngine.builder(config).build();
 * MetricSpec[] metrics = engine.metrics();           // publish one value per period for each
 * engine.publish(metricIndex, periodStart, value, n); // when a datapoint of n instances becomes visible
 * Decision d = engine.evaluate(now, groupView);      // every evaluationIntervalSeconds() (60, or 10 for high-res)
 * if (d.changed()) record(d.cause());                 // then reconcile instances to engine.desired()
 * engine.activityCompleted(now);                      // when the last instance of an activity launched/terminated
 * }</pre>
 *
 * <p>One job: the control-plane loop of an evaluation. Scheduled actions ({@link ScheduledActions}, aws-behaviour §5.1) run
 * first; then every alarm is evaluated, every policy proposes, and {@link CombinationRule} (aws-behaviour §1.7, §7.1, §2.2)
 * picks the new desired capacity. Evaluators are built by {@link EvaluatorFactory}; the cooldown clocks are
 * {@link Cooldowns}.
 *
 * <p>Allocation-free after construction on every path that does not change desired. Not thread-safe.
 */
public final class ScalingEngine implements ControlPlaneView {
  /** [D] aws-behaviour §8.4: alarms on 10- or 30-second periods are evaluated every 10 seconds. */
  public static final int HIGH_RESOLUTION_EVALUATION_SECONDS = 10;

  private final String groupName;
  private final EngineSettings settings;
  private final MetricSpec[] metrics;
  private final MetricSeries[] series;
  private final Alarm[] alarms;
  private final PolicyEvaluator[] policies;
  private final PredictiveEvaluator[] predictive;
  private final List<String> notes;
  private final ScheduledActions schedule;
  private final Cooldowns cooldowns;
  private final CombinationRule rule = new CombinationRule();
  private final int defaultInstanceWarmup;
  private final int evaluationInterval;
  private final Decision decision = new Decision();
  /** The index in {@link #policies} of each of {@link #predictive}. */
  private final int[] predictiveIndex;
  /**
   * The predictive policies' proposals (in {@link #proposals}) and the max they raised to hold while the evaluation
   * time is in [floorFrom, floorUntil) and MaxSize is floorMax.
   */
  private long floorFrom = Long.MAX_VALUE;
  private long floorUntil = Long.MIN_VALUE;
  private int floorMax;
  /**
   * {@link #quietMinute}'s one look at the floors: before this instant they are current and at or below desired, so a
   * quiet minute need not bring them up to date nor compare them (the kept floors' window, set when quietMinute last
   * looked; {@link Long#MAX_VALUE} without predictive policies). Whatever could break it sets it back to
   * {@link Long#MIN_VALUE} ({@link #floorsMoved}): a change of desired or MaxSize, and a new forecast. Time never goes
   * back between quietMinute's calls (a minute apart), so the window's start needs no check.
   */
  private long floorsQuietUntil = Long.MIN_VALUE;
  /** The kept predictive proposals as {@link #decideSole} reads them: their maximum and its first policy. */
  private int floorCapacity = PolicyEvaluator.NO_PROPOSAL;
  private int floorIndex = -1;
  /**
   * The one dynamic policy when there is exactly one (the usual group: one target tracking policy, perhaps with
   * predictive policies beside it) and it does not act as a floor; else null ({@link #decideSole}).
   */
  private final PolicyEvaluator sole;
  private final int soleIndex;
  private final boolean soleScaleOutOnly;
  /** Each policy's {@link PolicyEvaluator#role()}, constant for a policy. */
  private final CombinationRule.Role[] roles;
  /** Each policy's proposal at the latest evaluation ({@link PolicyEvaluator#NO_PROPOSAL} for none). */
  private final int[] proposals;

  private final GroupSize size;
  private final long startTime;
  /** SuspendedProcesses (aws-behaviour §7.8 [D]), for the whole run. */
  private final boolean alarmNotificationSuspended;
  private final boolean scheduledActionsSuspended;
  /** Whether evaluate looks at the schedule at all: there are actions and ScheduledActions is not suspended. */
  private final boolean runsSchedule;
  /** The quiet minutes this engine can answer without evaluating ({@link #quietMinute}), or null. */
  private final QuietMinutes quiet;
  /** {@link #quietMinute}'s datapoint for {@link QuietMinutes#alarmMinutes}. */
  private final double[] oneValue = new double[1];
  private final double[] oneContributors = new double[1];

  private ScalingEngine(Builder b) {
    ScalingConfig config = b.config;
    AutoScalingGroup group = Objects.requireNonNull(config.autoScalingGroup(), "config has no AutoScalingGroup");
    this.groupName = group.autoScalingGroupName() == null ? "asg" : group.autoScalingGroupName();
    this.settings = b.settings != null ? b.settings : EngineSettings.of(config.effectiveSimulation());
    TargetTrackingAlarmProfile profile =
        b.profile != null ? b.profile : config.effectiveSimulation().effectiveTargetTrackingAlarms();
    this.size = new GroupSize(group.minSize() == null ? 0 : group.minSize(),
        EvaluatorFactory.required(group.maxSize(), "AutoScalingGroup " + groupName, "MaxSize"),
        group.effectiveDesiredCapacity());
    this.defaultInstanceWarmup = WarmupChain.forOther(group);
    this.cooldowns = new Cooldowns(settings.launchCooldownBlocksScaleIn() && !WarmupChain.defaultWarmupEnabled(group)
        ? group.effectiveDefaultCooldown() : PolicyEvaluator.NO_COOLDOWN);

    EvaluatorFactory.Evaluators built = EvaluatorFactory.build(config, groupName, settings, profile,
        b.basicMonitoring, b.plugins, b.forecaster);
    this.metrics = built.metrics();
    this.series = built.series();
    this.alarms = built.alarms();
    this.policies = built.policies();
    this.predictive = built.predictive();
    this.roles = new CombinationRule.Role[policies.length];
    for (int i = 0; i < policies.length; i++) {
      roles[i] = policies[i].role();
    }
    this.predictiveIndex = new int[predictive.length];
    for (int k = 0; k < predictive.length; k++) {
      predictiveIndex[k] = Arrays.asList(policies).indexOf(predictive[k]);
    }
    this.proposals = new int[policies.length];
    int dynamic = -1;
    int dynamicCount = 0;
    for (int i = 0; i < policies.length; i++) {
      if (!(policies[i] instanceof PredictiveEvaluator)) {
        dynamic = i;
        dynamicCount++;
      }
    }
    boolean one = dynamicCount == 1 && roles[dynamic] != CombinationRule.Role.FLOOR;
    this.sole = one ? policies[dynamic] : null;
    this.soleIndex = one ? dynamic : -1;
    this.soleScaleOutOnly = one && roles[dynamic] == CombinationRule.Role.SCALE_OUT_ONLY;
    Arrays.fill(proposals, PolicyEvaluator.NO_PROPOSAL);
    this.notes = built.notes();
    this.evaluationInterval = built.evaluationIntervalSeconds();
    this.schedule = new ScheduledActions(config.actions(), settings.scheduledActionDelaySeconds(), b.startTime);
    this.startTime = b.startTime;
    Set<ScalingProcess> suspended = group.suspended();
    this.alarmNotificationSuspended = suspended.contains(ScalingProcess.AlarmNotification);
    this.scheduledActionsSuspended = suspended.contains(ScalingProcess.ScheduledActions);
    this.runsSchedule = !scheduledActionsSuspended && !config.actions().isEmpty();
    this.quiet = QuietMinutes.of(sole, !runsSchedule && !alarmNotificationSuspended,
        series, alarms, settings.extraEvaluationRange());
    for (PluginPolicy plugin : b.plugins) {
      plugin.attach(this);
    }
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
   *
   * @param contributors N_dp, how many instances (or healthy targets) were averaged into {@code value}: target
   *     tracking sizes the group for the load {@code value × contributors} (aws-behaviour §1.5 "Which N")
   */
  public void publish(int metricIndex, long periodStartEpochSecond, double value, double contributors) {
    flushQuiet();
    series[metricIndex].put(periodStartEpochSecond, value, contributors);
  }

  /**
   * A datapoint whose contributors are unknown: target tracking then multiplies it by the instance count at decision
   * time ({@link InstanceCountSource#DECISION_TIME}).
   */
  public void publish(int metricIndex, long periodStartEpochSecond, double value) {
    flushQuiet();
    series[metricIndex].put(periodStartEpochSecond, value);
  }

  /**
   * The last instance of the latest activity finished launching or terminating: starts the cooldown of a simple
   * policy's activity (aws-behaviour §3 [D]) and, without DefaultInstanceWarmup, the default cooldown after a launch
   * (§2.2 item 5). Harmless after other activities.
   */
  public void activityCompleted(long nowEpochSecond) {
    cooldowns.activityCompleted(nowEpochSecond);
  }

  /**
   * A steady start (aws-behaviour §12.1 [I]): the group has been running before its start time, so the schedule in
   * force then (every action's last run before it, in time order) has set Min, Max and desired. Call once, before the
   * first {@link #evaluate}; needs {@link Builder#startTime}. Returns the actions applied.
   */
  public List<ScheduledAction> applyScheduleInForce() {
    if (startTime == Long.MIN_VALUE) {
      throw new IllegalStateException("applyScheduleInForce needs Builder.startTime");
    }
    List<ScheduledAction> applied = schedule.inForce();
    for (ScheduledAction a : applied) {
      size.apply(a);
    }
    floorsMoved();
    return applied;
  }

  /**
   * A steady start (aws-behaviour §12.1 [I]): the group has settled at {@code desired} (clamped to Min and Max) before
   * the first {@link #evaluate}. Returns the clamped value.
   */
  public int settle(int desired) {
    size.desired = Adjustments.clamp(desired, size.min, size.max);
    floorsMoved();
    return size.desired;
  }

  /**
   * One minute of the group's metrics for the predictive policies' history (aws-behaviour §5.2), before
   * {@link #evaluate} at that minute. The load metric is ASGTotalCPUUtilization ({@code averageCpu × cpuReporting}) or
   * ALBTargetGroupRequestCount ({@code requests}); the calibration of L̂ pairs it with capacity units × scaling metric
   * ({@code inService × averageCpu}, {@code inService × requests / targets}). NaN values are gaps.
   */
  public void observeLoad(long minuteStart, double averageCpu, int cpuReporting, int inService, double requests,
      int targets) {
    for (PredictiveEvaluator p : predictive) {
      if (!p.inHour(minuteStart)) {
        startHour(minuteStart); // once an hour, out of the minute's path
      }
      p.observe(averageCpu, cpuReporting, inService, requests, targets);
    }
  }

  /**
   * Copies into {@code into} the sums of the hour the predictive policies that count by {@code into}'s load metric are
   * observing (they observe the same minutes, so share the sums). A caller that holds a quiet stretch's minutes takes
   * them after the hour's first {@link #observeLoad}, adds the minutes that follow within the hour to them
   * ({@link HourSums#add}) and hands them back ({@link #continueHour}) before the next {@link #observeLoad}: the same
   * additions in the same order as {@link #observeLoad} minute by minute, so the same history. Returns whether a policy
   * counts by that metric.
   */
  public boolean hourSums(HourSums into) {
    for (PredictiveEvaluator p : predictive) {
      if (p.loadMetric() == into.metric()) {
        into.copy(p.hourSums());
        return true;
      }
    }
    return false;
  }

  /**
   * The policies that count by {@code carried}'s load metric continue their hour from it ({@link #hourSums}).
   *
   * @throws IllegalArgumentException when it sums another hour than theirs
   */
  public void continueHour(HourSums carried) {
    for (PredictiveEvaluator p : predictive) {
      if (p.loadMetric() == carried.metric()) {
        p.continueHour(carried);
      }
    }
  }

  /** A new hour of load history for every predictive policy (they observe the same minutes, so share the hour). */
  private void startHour(long minuteStart) {
    for (PredictiveEvaluator p : predictive) {
      if (p.startHour(minuteStart)) {
        floorUntil = Long.MIN_VALUE; // a new forecast: the floors and the raised max are asked again
        floorsMoved();
      }
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
    flushQuiet();
    decision.reset(now, size);
    if (runsSchedule && runScheduledActions(now)) {
      return decision;
    }
    advanceAlarms(now);
    // The predictive floors are brought up to date at the start of each of the three paths below, not here: this
    // method is the same code with or without predictive policies, so the minute loop that inlines it compiles alike.
    if (alarmNotificationSuspended) {
      return suspended(now, group);
    }
    return sole != null ? decideSole(now, group) : decideEach(now, group);
  }

  /**
   * Every alarm evaluated at {@code now}, without reading the states back (the policies read them). A loop: the two
   * alarms of target tracking unrolled by hand (two fields, no strip-mined loop) were about 20 instructions shorter in
   * {@code TargetTrackingDecision}, yet measured 0.7–1.3 ns slower in {@code CpuTime decide}, and the second inlined
   * copy of {@link Alarm#advance} adds to what the simulator's quietStretch inlines (at its DesiredMethodLimit).
   */
  private void advanceAlarms(long now) {
    for (Alarm a : alarms) {
      a.advance(now);
    }
  }

  /**
   * {@link #publish}{@code (0, periodStartEpochSecond, value, contributors)} then {@link #evaluate}{@code
   * (nowEpochSecond, …)}, answered without evaluating when this engine can prove that evaluation is a quiet hold (see
   * {@link QuietMinutes}: one target tracking policy on one metric, every alarm keeping its state, the datapoint and
   * its predecessors present; with an alarm in ALARM, the policy's proposal the same as at the last evaluation and no
   * change: {@link #alarmMinutes}): returns that held decision, the same as evaluate's, or null when it cannot, and then
   * nothing happened (publish and evaluate as usual) but the predictive floors evaluate brings up to date first.
   * Consecutive calls must come a minute apart with consecutive periods; the datapoints reach the metric's series
   * before anything reads it. An answered minute changes no alarm's state, no dynamic policy's proposal and neither
   * desired nor MinSize; only the predictive floors it brings up to date may change a predictive policy's proposal and
   * raise MaxSize (the simulator's timeline writes an answered minute's row on this: {@code TimelineRecorder}) — unless
   * {@link #answerAlarmEnds} lets it answer the minute where the alarms in ALARM go back to OK
   * ({@link #quietAlarmEndIn} finds it).
   */
  public Decision quietMinute(long nowEpochSecond, long periodStartEpochSecond, double value, double contributors) {
    if (quiet == null) {
      return null;
    }
    if (nowEpochSecond >= floorsQuietUntil && !floorsQuiet(nowEpochSecond)) {
      return null;
    }
    if (!quiet.ready(nowEpochSecond, periodStartEpochSecond)) {
      return null;
    }
    int why;
    if (quiet.driver() == QuietMinutes.NO_DRIVER) {
      why = quiet.minute(nowEpochSecond, periodStartEpochSecond, value, contributors);
    } else {
      oneValue[0] = value;
      oneContributors[0] = contributors;
      why = alarmMinutes(nowEpochSecond, periodStartEpochSecond, oneValue, oneContributors, 0, 1, -1) > 0
          || alarmEnds(oneValue, oneContributors, 0) ? quiet.lastHold : -1;
    }
    if (why < 0) {
      return null;
    }
    decision.reset(nowEpochSecond, size);
    decision.held(why, why == Hold.NONE_ORDINAL ? -1 : soleIndex);
    return decision;
  }

  /**
   * {@link #quietMinute} for {@code count} evaluations a minute apart from {@code nowEpochSecond}, the k-th seeing the
   * datapoint ({@code values[from + k]}, {@code contributors[from + k]}) of the period starting {@code 60 k} seconds
   * after {@code periodStartEpochSecond}, up to the first it cannot answer: returns how many it answered (each the
   * same held decision quietMinute would have returned; the last one's is {@link #lastQuietDecision}). The first one
   * not answered changed nothing (the caller publishes and evaluates) but the predictive floors, brought up to date as
   * quietMinute brings them. No value may be NaN. With predictive policies the caller must not ask past the minute
   * that starts an hour of their history ({@link #observeLoad} may forecast again there, which the floors read): the
   * floors are looked at where quietMinute looks at them, at the first evaluation at or after {@link #floorsQuietUntil}
   * (the kept floors' window ends, aws-behaviour §5.2's hour applying from hourStart − SchedulingBufferTime), and a
   * floor above desired there ends the answers.
   */
  public int quietMinutes(long nowEpochSecond, long periodStartEpochSecond, double[] values, double[] contributors,
      int from, int count) {
    if (quiet == null) {
      return 0;
    }
    int done = 0;
    while (done < count) {
      long now = nowEpochSecond + 60L * done;
      if (now >= floorsQuietUntil && !floorsQuiet(now)) {
        break; // a predictive scale-out: evaluate's (without predictive policies floorsQuiet is true for good)
      }
      // the evaluations before the floors' window ends (floorsQuiet left it after now); without predictive policies it
      // never ends, and the 64-bit division is not paid at every call
      int limit = floorsQuietUntil == Long.MAX_VALUE ? count - done
          : (int) Math.min(count - done, Math.floorDiv(floorsQuietUntil - now - 1, 60) + 1);
      long start = periodStartEpochSecond + 60L * done;
      if (!quiet.ready(now, start)) {
        break;
      }
      int k = quiet.driver() == QuietMinutes.NO_DRIVER
          ? quiet.minutes(now, start, values, contributors, from + done, limit)
          : alarmMinutes(now, start, values, contributors, from + done, limit, done > 0 ? quiet.lastHold : -1);
      done += k;
      if (k < limit) {
        if (!alarmEnds(values, contributors, from + done)) {
          break;
        }
        done++; // every alarm back to OK: the minutes that follow are QuietMinutes.minutes'
      }
    }
    if (done > 0) {
      int why = quiet.lastHold;
      decision.reset(nowEpochSecond + 60L * (done - 1), size);
      decision.held(why, why == Hold.NONE_ORDINAL ? -1 : soleIndex);
    }
    return done;
  }

  /**
   * Why each of the last {@link #quietMinutes} call's {@code count} answered evaluations held (over the same
   * {@code values} from {@code from}): the {@link Hold} ordinal of the k-th's decision into {@code holds[k]}, about
   * policy {@link #quietHoldPolicy} unless {@link Hold#NONE}. Reads no state the answers changed (a reader of every
   * minute's reason: a timeline's rows, the not-scaled records).
   */
  public void quietHolds(double[] values, int from, int count, int[] holds) {
    quiet.holds(values, from, count, holds);
  }

  /**
   * Of the last {@code count} evaluations {@link #quietMinute} and {@link #quietMinutes} answered, the index of the one
   * where the alarms in ALARM went back to OK ({@link #answerAlarmEnds}), or -1 when none was: the one whose alarm
   * states and proposal differ from the evaluation's before (a reader of each minute's states writes them there).
   */
  public int quietAlarmEndIn(int count) {
    return quiet.endIn(count);
  }

  /**
   * {@link QuietMinutes#alarmMinutes} when the evaluation's reason is one that changes nothing: {@link #decideSole}'s
   * for the sole policy's last proposal (the one the answered minutes must make again) at or above desired — no
   * proposal with an alarm in ALARM (DisableScaleIn's), one equal to desired (EQUALS_CURRENT, aws-behaviour §1.5) or
   * one above it clamped back to desired by MaxSize (AT_MAX_SIZE, §7.1). Predictive floors at or below desired, all
   * {@link #floorsQuiet} lets through, play no part there. A proposal below desired (a scale-in vote, which reads the
   * group's warming instances, the launch cooldown and the floors) is evaluate's: 0. So is a reason other than
   * {@code same} when that is not -1 (one call's minutes give one reason).
   */
  private int alarmMinutes(long now, long start, double[] values, double[] contributors, int from, int count,
      int same) {
    int proposal = proposals[soleIndex];
    int desired = size.desired;
    int hold = proposal == PolicyEvaluator.NO_PROPOSAL
        ? (quiet.driver() == QuietMinutes.LOW_DISABLED ? Hold.SCALE_IN_DISABLED.ordinal() : -1)
        : proposal == desired ? Hold.EQUALS_CURRENT.ordinal()
        : proposal > desired && Adjustments.clamp(proposal, size.min, size.max) == desired
            ? Hold.AT_MAX_SIZE.ordinal() : -1;
    if (hold < 0 || (same >= 0 && hold != same)) {
      return 0;
    }
    return quiet.alarmMinutes(now, start, values, contributors, from, count, desired, proposal, hold);
  }

  /**
   * {@link QuietMinutes#endAlarm}: the next evaluation, whose datapoint is {@code values[at]} with
   * {@code contributors[at]}, answered when it is the one where the alarms in ALARM go back to OK (only after
   * {@link #answerAlarmEnds}). {@link #decideSole} then finds no proposal (every alarm OK) and floors at or below
   * desired (all {@link #floorsQuiet} lets through): the policy's quiet reason, whatever it proposed before.
   */
  private boolean alarmEnds(double[] values, double[] contributors, int at) {
    if (!quiet.endAlarm(values[at], contributors[at])) {
      return false;
    }
    proposals[soleIndex] = PolicyEvaluator.NO_PROPOSAL;
    return true;
  }

  /**
   * Lets {@link #quietMinute} and {@link #quietMinutes} also answer the evaluation where the alarms in ALARM go back to
   * OK and none goes to ALARM ({@link QuietMinutes#endAlarm}): a quiet hold, the same decision evaluate gives, which
   * changes those alarms' states (to OK, at that instant, as evaluate would) and the policy's proposal (to none).
   * For a caller that does not read the alarm states and proposals minute by minute between its evaluations, or reads
   * them after each answered minute, or finds that minute with {@link #quietAlarmEndIn} (a simulation's kept timeline,
   * whose columns hold the states between the minutes they change at); {@link #alarmState} and {@link #lastProposal}
   * still read the engine's states after each call. Call before the first quiet minute.
   */
  public void answerAlarmEnds() {
    if (quiet != null) {
      quiet.endsAlarms = true;
    }
  }

  /** How many evaluations {@link #quietMinute} and {@link #quietMinutes} answered where the alarms left ALARM (tests). */
  public long quietAlarmEnds() {
    return quiet == null ? 0 : quiet.alarmsEnded;
  }

  /**
   * How many evaluations {@link #quietMinute} and {@link #quietMinutes} answered with reason {@code why} while an alarm
   * was in ALARM (for the tests that check such minutes ran).
   */
  public long quietMinutesInAlarm(Hold why) {
    return quiet == null ? 0 : quiet.answeredInAlarm[why.ordinal()];
  }

  /** The policy an answered minute's hold names ({@link Decision#holdPolicyIndex}) when its reason is not NONE. */
  public int quietHoldPolicy() {
    return soleIndex;
  }

  /** The held decision of the last evaluation {@link #quietMinutes} answered. */
  public Decision lastQuietDecision() {
    return decision;
  }

  /**
   * {@link #quietMinute}'s look at the predictive floors when {@link #floorsQuietUntil} has passed: decideSole's
   * floors() first — they depend on the time, the forecasts and MaxSize only, none of which the alarms' evaluation
   * before them changes (no scheduled action runs in this shape), so bringing them up to date here leaves what
   * evaluate would (an hour's first evaluation then needs no evaluate). A floor above desired (a predictive scale-out)
   * is evaluate's: false. One at or below desired changes nothing in a quiet hold (its reason is the dynamic
   * policy's), and stays so until the kept floors' window ends or {@link #floorsMoved}: true, and that is kept.
   */
  private boolean floorsQuiet(long now) {
    if (predictive.length == 0) {
      floorsQuietUntil = Long.MAX_VALUE;
      return true;
    }
    floors(now);
    if (floorCapacity > size.desired) {
      return false;
    }
    floorsQuietUntil = floorUntil;
    return true;
  }

  /** Desired, MaxSize or a forecast changed: {@link #quietMinute} looks at the floors again. */
  private void floorsMoved() {
    floorsQuietUntil = Long.MIN_VALUE;
  }

  /** Whether {@link #quietMinute} can answer any minute of this engine's (its shape, fixed at build). */
  public boolean answersQuietMinutes() {
    return quiet != null;
  }

  /** The deferred quiet minutes' datapoints go into the series: before anything reads or writes it. */
  private void flushQuiet() {
    if (quiet != null) {
      quiet.flush();
    }
  }

  /** The predictive proposals and raised max for {@code now} ({@link #applyForecasts}, only when they changed). */
  private void floors(long now) {
    if (predictive.length > 0 && forecastsStale(now)) {
      applyForecasts(now);
    }
  }

  /**
   * The common shape: one dynamic policy ({@link #sole}), perhaps with predictive floors at or below desired.
   * {@link CombinationRule} with one proposal {@code d} and floors F ≤ desired (their maximum; a predictive policy
   * without a proposal gives no reason) answers: no proposal ⇒ the policy's reason; {@code d} above desired ⇒
   * {@code d} clamped to MaxSize, or AT_MAX_SIZE when clamped away; {@code d} equal ⇒ EQUALS_CURRENT; {@code d}
   * below (a scale-in vote; with one voter, consensus is agreed) ⇒ the scale-in block, else PREDICTIVE_FLOOR when F
   * equals desired, else max(d, F) clamped to MinSize, or AT_MIN_SIZE when clamped away — except a SCALE_OUT_ONLY
   * policy, whose proposal below desired is no vote. A floor above desired (a predictive scale-out) goes to the
   * rule. {@code QuietPathPropertyTest} replays every evaluation through a fresh rule. (The scale-in vote is
   * {@link #scaleInSole}: this method then stays under FreqInlineSize and inlines into its callers, without a call,
   * a frame and the spills around it — about 0.8 ns of each {@code TargetTrackingDecision} scenario's thread CPU time.
   * When {@code Run.quietStretch} compiles before {@code Run.evaluate}, it may now inline it too and reach
   * NodeCountInliningCutoff, the reason this method was once kept whole; the simulated years measured level in runs
   * with and without that cut-off.)
   */
  private Decision decideSole(long now, GroupView group) {
    floors(now);
    PolicyEvaluator p = sole;
    int proposal = p.propose(now, group, this);
    proposals[soleIndex] = proposal;
    int current = size.desired;
    if (floorCapacity > current) {
      return combine(soleIndex, now, group);
    }
    if (proposal == PolicyEvaluator.NO_PROPOSAL) {
      int why = lastHold(p);
      decision.held(why, why == Hold.NONE_ORDINAL ? -1 : soleIndex);
      return decision;
    }
    if (proposal > current) {
      int clamped = Adjustments.clamp(proposal, size.min, size.max);
      return clamped == current ? held(Hold.AT_MAX_SIZE, soleIndex) : change(soleIndex, clamped);
    }
    if (proposal == current) {
      return held(Hold.EQUALS_CURRENT, soleIndex);
    }
    return scaleInSole(now, group, proposal, current);
  }

  /**
   * {@link #decideSole} for a proposal below desired ({@code current}): a scale-in vote (aws-behaviour §1.7 [D], with
   * one voter consensus is agreed), blocked while scale-out instances warm (§2.2 item 4) or by the launch cooldown,
   * held by a predictive floor at desired, else clamped to MinSize (§7.1).
   */
  private Decision scaleInSole(long now, GroupView group, int proposal, int current) {
    if (soleScaleOutOnly) { // a proposal below desired is no vote, and no policy gave a reason
      decision.held(Hold.NONE_ORDINAL, -1);
      return decision;
    }
    if (group.scaleOutWarming() > 0) {
      return held(Hold.WARMING, soleIndex);
    }
    if (cooldowns.blocksScaleIn(now)) {
      return held(Hold.LAUNCH_COOLDOWN, soleIndex);
    }
    if (floorCapacity == current) {
      return held(Hold.PREDICTIVE_FLOOR, floorIndex);
    }
    int clamped = Adjustments.clamp(Math.max(proposal, floorCapacity), size.min, size.max);
    return clamped == current ? held(Hold.AT_MIN_SIZE, soleIndex) : change(soleIndex, clamped);
  }

  private Decision held(Hold why, int policyIndex) {
    decision.held(why.ordinal(), policyIndex);
    return decision;
  }

  /**
   * Every policy in order. The quiet evaluation is answered here, without the rule: no dynamic policy proposes, and
   * no predictive floor is above desired (a floor acts only by scaling out or by stopping a scale-in, and there is
   * neither). CombinationRule.close then names the strongest reason given, for its first policy, which is what this
   * loop keeps in locals (QuietPathPropertyTest compares the two on random runs). The first other proposal opens the
   * rule, which is then offered every policy in order, the quiet ones before it included.
   */
  private Decision decideEach(long now, GroupView group) {
    floors(now);
    int quiet = Hold.NONE_ORDINAL;
    int quietIndex = -1;
    int desired = size.desired;
    for (int i = 0; i < policies.length; i++) {
      PolicyEvaluator p = policies[i];
      int proposal;
      if (p instanceof PredictiveEvaluator) {
        proposal = proposals[i]; // set by applyForecasts, holds until floorUntil
      } else {
        proposal = p.propose(now, group, this);
        proposals[i] = proposal;
      }
      if (proposal == PolicyEvaluator.NO_PROPOSAL) {
        int why = lastHold(p);
        if (why < quiet) {
          quiet = why;
          quietIndex = i;
        }
      } else if (proposal > desired || !(p instanceof PredictiveEvaluator)) {
        return combine(i, now, group);
      }
    }
    decision.held(quiet, quietIndex);
    return decision;
  }

  /**
   * aws-behaviour §7.8 [D]: suspending AlarmNotification "suspends all dynamic policies"; alarms still change state.
   * (The rare branches of {@link #evaluate} are methods of their own: it stays small enough to be inlined.)
   */
  private Decision suspended(long now, GroupView group) {
    floors(now); // the predictive policy is not a dynamic policy: its raised MaxSize still applies
    decision.held(Hold.SUSPENDED.ordinal(), -1);
    Arrays.fill(proposals, PolicyEvaluator.NO_PROPOSAL); // no policy ran
    return decision;
  }

  /**
   * The combination once policy {@code first} made a proposal that acts: policies up to {@code first} have proposed
   * (their proposals are in {@link #proposals}), the others propose now; then the rule closes and the change, if one
   * wins, is applied.
   */
  private Decision combine(int first, long now, GroupView group) {
    rule.open(size.desired, size.min, size.max);
    for (int i = 0; i < policies.length; i++) {
      PolicyEvaluator p = policies[i];
      int proposal = proposals[i];
      if (i > first && !(p instanceof PredictiveEvaluator)) {
        proposal = p.propose(now, group, this);
        proposals[i] = proposal;
      }
      rule.offer(i, roles[i], proposal, proposal == PolicyEvaluator.NO_PROPOSAL ? lastHold(p) : Hold.NONE_ORDINAL);
    }
    int winner = rule.close(!rule.scaleInOffered() ? Hold.NONE // the block is read only for a scale-in
        : group.scaleOutWarming() > 0 ? Hold.WARMING : cooldowns.blocksScaleIn(now) ? Hold.LAUNCH_COOLDOWN : Hold.NONE);
    if (winner == CombinationRule.NONE) {
      decision.held(rule.holdOrdinal(), rule.holdIndex());
      return decision;
    }
    return change(winner, rule.desired());
  }

  /** {@code desired}, policy {@code winner}'s proposal clamped to Min and Max, becomes desired capacity. */
  private Decision change(int winner, int desired) {
    PolicyEvaluator p = policies[winner];
    int warm = p.warmupSeconds() >= 0 ? p.warmupSeconds() : defaultInstanceWarmup;
    size.desired = desired;
    floorsMoved();
    decision.policyChange(desired, p.source(), winner, p.name(), p.lastAlarmName(), p.lastMetricValue(), warm);
    cooldowns.activityStarted(p.cooldownSeconds(), decision.scaleOut());
    return decision;
  }

  /**
   * Why policy {@code p} made no proposal, as a {@link Hold} ordinal: the reason travels as an int from the evaluator
   * to the decision (see {@link Hold#ofOrdinal}).
   */
  private static int lastHold(PolicyEvaluator p) {
    return p instanceof AwsEvaluator a ? a.lastHoldOrdinal() : p.lastHold().ordinal();
  }

  /** Whether the kept predictive proposals and raised max no longer hold (see {@link #applyForecasts}). */
  private boolean forecastsStale(long now) {
    return now < floorFrom || now >= floorUntil || size.max != floorMax;
  }

  /**
   * The predictive policies' proposals (their forecast capacity for the hour that applies now, aws-behaviour §5.2) and
   * IncreaseMaxCapacity (§5.2 [D]): a forecast above MaxSize raises it to the forecast plus MaxCapacityBuffer %, and "a
   * raised MaxSize stays raised" — nothing here lowers it. Both change only when the applying hour, the forecast
   * ({@link #observeLoad}) or MaxSize (a scheduled action) does, so they are kept until then: the minute loop evaluates
   * every minute, the floor moves once an hour.
   */
  private void applyForecasts(long now) {
    int max = size.max;
    long from = Long.MIN_VALUE;
    long until = Long.MAX_VALUE;
    floorCapacity = PolicyEvaluator.NO_PROPOSAL;
    floorIndex = -1;
    for (int k = 0; k < predictive.length; k++) {
      PredictiveEvaluator p = predictive[k];
      int proposal = p.proposeAt(now);
      int i = predictiveIndex[k];
      proposals[i] = proposal;
      if (proposal > floorCapacity) { // NO_PROPOSAL is below every proposal
        floorCapacity = proposal;
        floorIndex = i;
      }
      max = Math.max(max, p.raisedMax(now, max));
      from = Math.max(from, p.floorFrom());
      until = Math.min(until, p.floorUntil());
    }
    if (max != size.max) { // reset wrote the bounds; only a raise changes them
      size.max = max;
      decision.bounds(size.min, max);
      floorsMoved();
    }
    floorFrom = from;
    floorUntil = until;
    floorMax = max;
  }

  /** Runs due scheduled actions in time order until one changes desired (aws-behaviour §5.1 [D]); returns whether one did. */
  private boolean runScheduledActions(long now) {
    schedule.arm(now);
    for (ScheduledAction a = schedule.takeDue(now); a != null; a = schedule.takeDue(now)) {
      boolean changed = size.apply(a);
      floorsMoved();
      decision.bounds(size.min, size.max);
      if (changed) {
        decision.scheduledChange(size.desired, size.min, size.max, a.scheduledActionName(), defaultInstanceWarmup);
        cooldowns.activityStarted(PolicyEvaluator.NO_COOLDOWN, decision.scaleOut());
        return true;
      }
    }
    return false;
  }

  // ---- read side ------------------------------------------------------------------------------------------------

  @Override
  public int desired() {
    return size.desired;
  }

  @Override
  public int minSize() {
    return size.min;
  }

  @Override
  public int maxSize() {
    return size.max;
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
    flushQuiet();
    MetricSeries s = series[index];
    long p = s.newestPeriod();
    return p == Long.MIN_VALUE ? Double.NaN : s.valueAt(p);
  }

  @Override
  public boolean simpleScalingBlocked(long nowEpochSecond) {
    return cooldowns.blocksSimpleScaling(nowEpochSecond);
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
   * timeline's alarm columns; {@link TargetTrackingEvaluator#highAlarm()} finds a policy's pair. Its window reads
   * ({@link Alarm#latest()} and the aggregates) are those of the last {@link #evaluate}: {@link #quietMinute}'s
   * minutes are answered without evaluating the alarm, whose state they leave as it is (or set to OK: {@link
   * #answerAlarmEnds}).
   */
  public Alarm alarm(int index) {
    flushQuiet(); // its newest datapoint and window are read from the series
    return alarms[index];
  }

  /**
   * Alarm {@code index}'s state, also after {@link #quietMinute}'s minutes (which do not change it, but for the alarm
   * ends {@link #answerAlarmEnds} lets them answer, which set it).
   */
  public AlarmState alarmState(int index) {
    return alarms[index].state();
  }

  public int policyCount() {
    return policies.length;
  }

  /**
   * What policy {@code index} proposed at the latest evaluation that ran the policies (before clamping), or
   * {@link PolicyEvaluator#NO_PROPOSAL}.
   */
  public int lastProposal(int index) {
    return proposals[index];
  }

  /** Policy {@code index}: the config's enabled non-predictive policies in order, then plug-ins. */
  public PolicyEvaluator policy(int index) {
    return policies[index];
  }

  /** The predictive policies the engine runs, in config order (those the notes do not exclude). */
  public List<PredictiveEvaluator> predictivePolicies() {
    return List.of(predictive);
  }

  /** What the engine was configured with but does not run, one sentence each (e.g. a network predictive metric). */
  public List<String> notes() {
    return notes;
  }

  public String groupName() {
    return groupName;
  }

  public EngineSettings settings() {
    return settings;
  }

  /** Builds an engine from a validated config. */
  public static final class Builder {
    private final ScalingConfig config;
    private EngineSettings settings;
    private TargetTrackingAlarmProfile profile;
    private boolean basicMonitoring;
    private final List<PluginPolicy> plugins = new ArrayList<>();
    private long startTime = Long.MIN_VALUE;
    private Supplier<Forecaster> forecaster = SeasonalMeanForecaster::new;

    private Builder(ScalingConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** The engine's [I] parameters; default: the config's {@code Simulation.Engine} block ({@link EngineSettings#of}). */
    public Builder settings(EngineSettings v) {
      settings = Objects.requireNonNull(v, "settings");
      return this;
    }

    /** The target tracking alarm shape (aws-behaviour §1.4 [O]); default: the config's {@code Simulation} profile. */
    public Builder alarmProfile(TargetTrackingAlarmProfile v) {
      profile = v;
      return this;
    }

    /**
     * Whether the instances are on basic (5-minute) monitoring: target tracking alarms on EC2 metrics then use the
     * profile's basic-monitoring period ({@link TargetTrackingAlarmProfile#forBasicMonitoring}); load balancer metrics
     * keep 60 s (aws-behaviour §1.9 [D]). Default: false.
     */
    public Builder basicMonitoring(boolean v) {
      basicMonitoring = v;
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

    /**
     * The forecaster each predictive policy uses (aws-behaviour §5.2); default the built-in {@link SeasonalMeanForecaster}.
     * A fresh one per policy; see {@link dev.asgsim.core.forecast.Forecasters} for the ones known by name.
     */
    public Builder forecaster(Supplier<Forecaster> v) {
      forecaster = Objects.requireNonNull(v, "forecaster");
      return this;
    }

    public ScalingEngine build() {
      return new ScalingEngine(this);
    }
  }
}
