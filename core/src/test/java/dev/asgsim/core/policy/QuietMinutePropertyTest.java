package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.forecast.RandomForecast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link ScalingEngine#quietMinute} (publish then evaluate, answered without evaluating when the engine can prove the
 * evaluation a quiet hold) is the same as {@link ScalingEngine#publish} then {@link ScalingEngine#evaluate}: on seeded
 * random target tracking groups (alarm pairs of random N and low-threshold factor, aws-behaviour §1.4 [O]; scale-in on
 * or off, with or without AlarmLow, §13 Q4; an extra evaluation range of 0–3 and an evaluation 0–3 periods after the
 * datapoint's, §8.4 [I]; sometimes a scheduled action, sometimes a ForecastAndScale policy whose floor, drawn per hour
 * and per forecast, falls on either side of desired, §5.2) under random metric streams with gaps and missed minutes, two
 * engines — one always evaluating, one asking quietMinute first — give the same decision at every minute (the change
 * or the hold and its policy), the same alarm states and proposals, and, read back at random minutes, the same newest
 * value and the same metric ring over every period an alarm reads (its evaluation range, N + the extra range, back
 * from the newest: values and contributors); after every evaluation the
 * alarms' newest datapoint and window mean (what a policy reads) are the same. An alarm's {@code latest()} between
 * evaluations is that of the last one evaluated, which quietMinute's minutes are not. quietMinute looks at the floors
 * only when its kept "floors quiet until" instant has passed or a forecast, desired or MaxSize moved: the test
 * requires new forecasts that raise the floor in force above desired inside its window (SchedulingBufferTime before
 * the hour), which it fails on when that instant is not cleared by a new forecast. Minutes answered while an alarm is
 * in ALARM (aws-behaviour §1.5's proposal equal to desired, §7.1's MaxSize clamp, §1.7's DisableScaleIn) have floors
 * per reason, and the policies' recorded alarm and metric value are compared too. Two engines in three answer the
 * minute where the alarms in ALARM go back to OK ({@link ScalingEngine#answerAlarmEnds}, §8.4): those minutes have a
 * floor, whatever the alarm's last proposal (equal to desired, a scale-in held or not yet made), and every alarm's
 * instant of its last state change is compared every minute too.
 */
class QuietMinutePropertyTest {
  private static final int MINUTES = 900;
  /** Minutes quietMinute answered, per hold: guards the property against being vacuous. */
  private final Map<Hold, Integer> answered = new TreeMap<>();
  private int minutes;
  /** Of those answered, the minutes of engines with a predictive policy (its floors brought up to date first). */
  private int predictiveAnswered;
  /**
   * Hours' first minutes whose new forecast moved the floor in force above desired (a re-forecast inside the floor's
   * window, which starts SchedulingBufferTime before the hour): what quietMinute must see although its floors' window
   * has not ended.
   */
  private int floorsRaisedByForecast;
  /** Minutes answered while an alarm is in ALARM (the policy proposing, or not, without a change), per hold. */
  private final Map<Hold, Integer> answeredInAlarm = new TreeMap<>();
  /** Minutes answered where the alarms went back to OK, and of those, after an evaluation that scaled in or held one. */
  private long alarmEnds;
  private int endsAfterScaleIn;

  @Test
  void quietMinuteIsPublishThenEvaluate() {
    for (long seed = 1; seed <= 150; seed++) {
      run(seed);
    }
    int all = answered.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(all).as("minutes answered by quietMinute").isGreaterThan(minutes / 10);
    assertThat(predictiveAnswered).as("minutes answered with a predictive policy").isGreaterThan(minutes / 100);
    assertThat(floorsRaisedByForecast).as("floors in force raised above desired by a new forecast")
        .isGreaterThanOrEqualTo(15);
    assertThat(answered).as("holds answered").containsKeys(Hold.NONE, Hold.DEAD_BAND, Hold.SCALE_OUT_PENDING,
        Hold.SCALE_IN_PENDING, Hold.SCALE_IN_DISABLED);
    // an alarm in ALARM whose policy's proposal changes nothing: the rounding (aws-behaviour §1.5), MaxSize's clamp
    // (§7.1), DisableScaleIn (§1.7)
    assertThat(answeredInAlarm.getOrDefault(Hold.EQUALS_CURRENT, 0)).as("answered in ALARM, equal to desired")
        .isGreaterThan(2_000);
    assertThat(answeredInAlarm.getOrDefault(Hold.AT_MAX_SIZE, 0)).as("answered in ALARM at MaxSize")
        .isGreaterThan(50);
    assertThat(answeredInAlarm.getOrDefault(Hold.SCALE_IN_DISABLED, 0)).as("answered in ALARM, DisableScaleIn")
        .isGreaterThan(200);
    assertThat(alarmEnds).as("answered where the alarms went back to OK").isGreaterThan(700);
    assertThat(endsAfterScaleIn).as("of those, after a proposal below desired").isGreaterThan(60);
  }

  private void run(long seed) {
    Random r = new Random(seed);
    double target = 20 + r.nextInt(60);
    boolean disableScaleIn = r.nextInt(4) == 0;
    int min = r.nextInt(3);
    int max = min + 1 + r.nextInt(12);
    List<ScheduledAction> actions = r.nextInt(6) != 0 ? List.of()
        : List.of(ScheduledAction.builder().scheduledActionName("s").recurrence(r.nextInt(60) + " * * * *")
            .minSize(min).maxSize(max).build());
    List<ScalingPolicy> policies = new ArrayList<>(List.of(Configs.tt("cpu", "ASGAverageCPUUtilization", target,
        disableScaleIn)));
    boolean predictive = actions.isEmpty() && r.nextInt(2) == 0; // the engine answers no minute with a schedule
    if (predictive) {
      boolean raise = r.nextBoolean();
      policies.add(r.nextInt(2), Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale",
          60 * r.nextInt(20), raise ? "IncreaseMaxCapacity" : null, raise ? 10 : null));
    }
    ScalingConfig c = ScalingConfig.builder().autoScalingGroup(Configs.group("g", min, max, min + r.nextInt(max - min)))
        .scalingPolicies(policies).scheduledActions(actions).build();
    TargetTrackingAlarmProfile profile =
        new TargetTrackingAlarmProfile(1 + r.nextInt(5), 1 + r.nextInt(20), 0.5 + r.nextDouble() * 0.45, 60);
    EngineSettings settings = EngineSettings.builder().extraEvaluationRange(r.nextInt(4))
        .lowAlarmWhenScaleInDisabled(r.nextBoolean()).build();
    int bound = max + 3;
    ScalingEngine plain = ScalingEngine.builder(c).alarmProfile(profile).settings(settings).startTime(T0)
        .forecaster(() -> RandomForecast.of(seed, bound)).build();
    ScalingEngine quick = ScalingEngine.builder(c).alarmProfile(profile).settings(settings).startTime(T0)
        .forecaster(() -> RandomForecast.of(seed, bound)).build();
    if (seed % 3 != 0) {
      quick.answerAlarmEnds();
    }
    FakeGroup g = new FakeGroup(plain.desired());
    int lag = r.nextInt(4); // periods between the datapoint's and the evaluation's newest
    int offset = 1 + r.nextInt(60);
    double level = target * (0.3 + r.nextDouble());
    double swing = r.nextDouble() * target * 0.4;
    // the count behind each datapoint: steady for a while, as a group's, so that an alarm in ALARM sees its policy
    // propose the same capacity minute after minute (the minutes answered then) until the load or the count moves
    double count = 1 + r.nextInt(6);
    for (int k = 0; k < MINUTES; k++) {
      minutes++;
      String at = "seed " + seed + " minute " + k;
      if (r.nextInt(40) == 0) {
        level = target * (0.3 + r.nextDouble()); // a new level: alarms fire and return to OK
      }
      long start = T0 + 60L * k;
      long now = start + 60L * lag + offset;
      g.set(plain.desired(), plain.desired(), 0, r.nextInt(10) == 0 ? 1 : 0);
      int kind = r.nextInt(50);
      if (predictive) { // the minute's load, before its evaluation: each hour's first starts the hour (and forecasts)
        double cpu = Math.min(100, level);
        PredictiveEvaluator p = quick.predictivePolicies().get(0);
        long applying = p.hourApplyingAt(now);
        int before = p.capacityForecast(applying);
        plain.observeLoad(now - offset, cpu, 2, 2, 0, 0);
        quick.observeLoad(now - offset, cpu, 2, 2, 0, 0);
        int after = p.capacityForecast(applying);
        floorsRaisedByForecast += before >= 0 && after > plain.desired() && before <= plain.desired() ? 1 : 0;
      }
      Decision q = null;
      long endsBefore = quick.quietAlarmEnds();
      boolean belowDesired = false; // the last proposal, which an alarm's end does not read, was a scale-in vote
      for (int i = 0; i < plain.policyCount(); i++) {
        belowDesired |= plain.lastProposal(i) != PolicyEvaluator.NO_PROPOSAL
            && plain.lastProposal(i) < plain.desired() && !(plain.policy(i) instanceof PredictiveEvaluator);
      }
      if (kind > 1) { // the usual minute: a datapoint, a NaN gap now and then
        // exactly the target now and then: between AlarmHigh's threshold and the dead band, no reason at all
        double v = kind == 2 ? Double.NaN : kind < 6 ? target : Math.max(0, level + (r.nextDouble() - 0.5) * swing);
        if (r.nextInt(8) == 0) {
          count = 1 + r.nextInt(6);
        }
        double n = count;
        plain.publish(0, start, v, n);
        q = quick.quietMinute(now, start, v, n);
        if (q == null) {
          quick.publish(0, start, v, n);
        }
      } // kind 0 or 1: no datapoint this minute (missing data)
      if (q != null) {
        Decision p = plain.evaluate(now, g);
        answered.merge(q.hold(), 1, Integer::sum);
        for (int i = 0; i < plain.alarmCount(); i++) {
          if (plain.alarmState(i) == AlarmState.ALARM) {
            answeredInAlarm.merge(q.hold(), 1, Integer::sum);
            break;
          }
        }
        predictiveAnswered += predictive ? 1 : 0;
        assertThat(p.reevaluate()).as(at).isFalse();
        same(at, p, q);
        if (quick.quietAlarmEnds() > endsBefore) {
          alarmEnds++;
          endsAfterScaleIn += belowDesired ? 1 : 0;
        }
      } else {
        Decision p;
        do {
          p = plain.evaluate(now, g);
          Decision e = quick.evaluate(now, g);
          same(at, p, e);
        } while (p.reevaluate());
        for (int i = 0; i < plain.alarmCount(); i++) { // what the evaluation read: the same window
          assertThat(Double.doubleToRawLongBits(quick.alarm(i).latest())).as(at)
              .isEqualTo(Double.doubleToRawLongBits(plain.alarm(i).latest()));
          assertThat(quick.alarm(i).windowMean()).as(at).isEqualTo(plain.alarm(i).windowMean(), within(0.0));
        }
      }
      for (int i = 0; i < plain.alarmCount(); i++) {
        assertThat(quick.alarmState(i)).as(at).isEqualTo(plain.alarmState(i));
      }
      List<Alarm> plainAlarms = unflushed(plain);
      List<Alarm> quickAlarms = unflushed(quick);
      for (int i = 0; i < plainAlarms.size(); i++) {
        assertThat(quickAlarms.get(i).lastStateChange()).as(at).isEqualTo(plainAlarms.get(i).lastStateChange());
      }
      for (int i = 0; i < plain.policyCount(); i++) {
        assertThat(quick.lastProposal(i)).as(at).isEqualTo(plain.lastProposal(i));
        assertThat(quick.policy(i).lastHold()).as(at).isEqualTo(plain.policy(i).lastHold());
        // what a change's record would name (read only by a change, which proposes first; held the same anyway)
        assertThat(quick.policy(i).lastAlarmName()).as(at).isEqualTo(plain.policy(i).lastAlarmName());
        assertThat(Double.doubleToRawLongBits(quick.policy(i).lastMetricValue())).as(at)
            .isEqualTo(Double.doubleToRawLongBits(plain.policy(i).lastMetricValue()));
      }
      assertThat(quick.maxSize()).as(at).isEqualTo(plain.maxSize()); // IncreaseMaxCapacity's raise
      if (r.nextInt(25) == 0) {
        sameSeries(at, plain, quick, settings.extraEvaluationRange()); // the deferred datapoints are put first
      }
    }
    sameSeries("seed " + seed + " end", plain, quick, settings.extraEvaluationRange());
  }

  /** The target tracking policies' alarms, read without putting the deferred datapoints (as ScalingEngine.alarm would). */
  private static List<Alarm> unflushed(ScalingEngine engine) {
    List<Alarm> alarms = new ArrayList<>();
    for (int i = 0; i < engine.policyCount(); i++) {
      if (engine.policy(i) instanceof TargetTrackingEvaluator tt) {
        alarms.add(tt.highAlarm());
        if (tt.lowAlarm() != null) {
          alarms.add(tt.lowAlarm());
        }
      }
    }
    return alarms;
  }

  private static void same(String at, Decision p, Decision q) {
    assertThat(q.changed()).as(at).isEqualTo(p.changed());
    assertThat(q.newDesired()).as(at).isEqualTo(p.newDesired());
    assertThat(q.hold()).as(at).isEqualTo(p.hold());
    assertThat(q.holdPolicyIndex()).as(at).isEqualTo(p.holdPolicyIndex());
    assertThat(q.minSize()).as(at).isEqualTo(p.minSize());
    assertThat(q.maxSize()).as(at).isEqualTo(p.maxSize());
    assertThat(q.time()).as(at).isEqualTo(p.time());
    assertThat(q.cause()).as(at).isEqualTo(p.cause());
  }

  private static void sameSeries(String at, ScalingEngine plain, ScalingEngine quick, int extraRange) {
    assertThat(Double.doubleToRawLongBits(quick.latest(0))).as(at)
        .isEqualTo(Double.doubleToRawLongBits(plain.latest(0)));
    for (int i = 0; i < plain.alarmCount(); i++) {
      Alarm a = plain.alarm(i);
      Alarm b = quick.alarm(i);
      MetricSeries s = a.series();
      MetricSeries t = b.series();
      assertThat(t.newestPeriod()).as(at).isEqualTo(s.newestPeriod());
      for (long p = s.newestPeriod() - a.spec().evaluationPeriods() - extraRange + 1; p <= s.newestPeriod(); p++) {
        assertThat(Double.doubleToRawLongBits(t.valueAt(p))).as(at + " period " + p)
            .isEqualTo(Double.doubleToRawLongBits(s.valueAt(p)));
        assertThat(Double.doubleToRawLongBits(t.contributorsAt(p))).as(at + " period " + p)
            .isEqualTo(Double.doubleToRawLongBits(s.contributorsAt(p)));
      }
    }
  }
}
