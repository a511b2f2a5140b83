package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.forecast.RandomForecast;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ScalingEngine#quietMinutes} (a run of minutes' datapoints answered in one call, up to the first evaluation it
 * cannot answer) is {@link ScalingEngine#quietMinute} called minute by minute until it returns null: on seeded random
 * target tracking groups (alarm pairs of random N and low-threshold factor, aws-behaviour §1.4 [O]; scale-in on or
 * off; an extra evaluation range of 0–3 and an evaluation 0–3 periods after the datapoint's, §8.4 [I]) under random
 * streams that cross the thresholds, handed over in runs of 1–40 minutes with a missed minute now and then, two engines
 * answer the same number of minutes, give the same last held decision and, read back by
 * {@link ScalingEngine#quietHolds}, every answered minute's reason and policy, and after the first minute not answered
 * (published and evaluated by both) the same decisions, alarm states, holds and metric ring. Half the groups also have
 * a predictive policy (aws-behaviour §5.2: ForecastAndScale or ForecastOnly, SchedulingBufferTime 0–19 minutes,
 * IncreaseMaxCapacity or not) forecast by a capacity drawn per hour and per forecast below Max + 3
 * ({@link RandomForecast}), so the floors' window ends inside runs and floors fall on both sides of desired: each
 * run then stays inside the hour of its first minute, which both engines observe first (the hour's start may forecast
 * again), and the two also keep the same MaxSize and predictive proposals. The minutes answered while an alarm is in
 * ALARM (the proposal equal to desired, clamped by MaxSize, or none with DisableScaleIn) are counted per reason, with
 * a floor each. Two pairs of engines in three answer the minute where the alarms in ALARM go back to OK
 * ({@link ScalingEngine#answerAlarmEnds}, aws-behaviour §8.4): those minutes, and runs whose reasons change there
 * from the alarm's to the quiet ones, have floors, and both engines name the minute of each run where it happened
 * ({@link ScalingEngine#quietAlarmEndIn}).
 */
class QuietMinutesBatchPropertyTest {
  private int answered;
  private int unanswered;
  /** Runs answered whole: the next run continues from where this one's deferral left off. */
  private int whole;
  /** The reasons {@link ScalingEngine#quietHolds} gave, by ordinal. */
  private final boolean[] reasonsSeen = new boolean[Hold.values().length];
  /** Minutes answered with a predictive policy, and runs answered across the end of its floors' window. */
  private int predictiveAnswered;
  private int acrossFloorWindows;
  /** Minutes answered while an alarm is in ALARM, per hold (the policy's proposal changing nothing). */
  private final int[] answeredInAlarm = new int[Hold.values().length];
  /** Minutes answered where the alarms went back to OK, and runs with minutes answered in ALARM before one. */
  private long alarmEnds;
  private int endsAfterAlarmMinutes;

  @Test
  void quietMinutesIsQuietMinuteMinuteByMinute() {
    for (long seed = 1; seed <= 120; seed++) {
      run(seed);
    }
    assertThat(answered).as("minutes answered").isGreaterThan(20_000);
    assertThat(unanswered).as("runs ended by a minute not answered").isGreaterThan(2_000);
    assertThat(whole).as("runs answered whole").isGreaterThan(500);
    for (Hold h : List.of(Hold.NONE, Hold.SCALE_OUT_PENDING, Hold.DEAD_BAND, Hold.SCALE_IN_DISABLED)) {
      assertThat(reasonsSeen[h.ordinal()]).as("answered minutes held for " + h).isTrue();
    }
    assertThat(predictiveAnswered).as("minutes answered with a predictive policy").isGreaterThan(5_000);
    assertThat(acrossFloorWindows).as("runs answered across the end of the floors' window").isGreaterThan(100);
    // an alarm in ALARM whose proposal changes nothing: rounding (aws-behaviour §1.5), MaxSize (§7.1), DisableScaleIn
    assertThat(answeredInAlarm[Hold.EQUALS_CURRENT.ordinal()]).as("answered in ALARM, equal to desired")
        .isGreaterThan(2_000);
    assertThat(answeredInAlarm[Hold.AT_MAX_SIZE.ordinal()]).as("answered in ALARM at MaxSize").isGreaterThan(20);
    assertThat(answeredInAlarm[Hold.SCALE_IN_DISABLED.ordinal()]).as("answered in ALARM, DisableScaleIn")
        .isGreaterThan(500);
    assertThat(alarmEnds).as("answered where the alarms went back to OK").isGreaterThan(500);
    assertThat(endsAfterAlarmMinutes).as("runs answered in ALARM, then where the alarms went back to OK")
        .isGreaterThan(300);
  }

  private void run(long seed) {
    Random r = new Random(seed);
    double target = 20 + r.nextInt(60);
    int min = r.nextInt(3);
    int max = min + 1 + r.nextInt(12);
    List<ScalingPolicy> policies = new ArrayList<>(List.of(Configs.tt("cpu", "ASGAverageCPUUtilization", target,
        r.nextInt(4) == 0)));
    boolean predictive = seed % 2 == 0;
    if (predictive) {
      boolean raise = r.nextBoolean();
      policies.add(r.nextInt(2), Configs.predictive("p", "ASGCPUUtilization", 50,
          r.nextInt(4) == 0 ? "ForecastOnly" : "ForecastAndScale", 60 * r.nextInt(20),
          raise ? "IncreaseMaxCapacity" : null, raise ? 10 : null));
    }
    ScalingConfig c = ScalingConfig.builder().autoScalingGroup(Configs.group("g", min, max, min + r.nextInt(max - min)))
        .scalingPolicies(policies).build();
    TargetTrackingAlarmProfile profile =
        new TargetTrackingAlarmProfile(1 + r.nextInt(5), 1 + r.nextInt(20), 0.5 + r.nextDouble() * 0.45, 60);
    EngineSettings settings = EngineSettings.builder().extraEvaluationRange(r.nextInt(4)).build();
    int bound = max + 3;
    ScalingEngine single = ScalingEngine.builder(c).alarmProfile(profile).settings(settings).startTime(T0)
        .forecaster(() -> RandomForecast.of(seed, bound)).build();
    ScalingEngine batch = ScalingEngine.builder(c).alarmProfile(profile).settings(settings).startTime(T0)
        .forecaster(() -> RandomForecast.of(seed, bound)).build();
    if (seed % 3 != 0) {
      single.answerAlarmEnds();
      batch.answerAlarmEnds();
    }
    FakeGroup g = new FakeGroup(single.desired());
    int lag = r.nextInt(4);
    int offset = 1 + r.nextInt(60);
    double level = target * (0.3 + r.nextDouble());
    double swing = r.nextDouble() * target * 0.4;
    double[] v = new double[40];
    double[] n = new double[40];
    // read before any minute: reading an alarm puts the deferred datapoints, which only one engine would then do
    double[] edges = {target, single.alarm(0).threshold(), single.alarm(single.alarmCount() - 1).threshold()};
    Hold[] holds = new Hold[40];
    int[] holdPolicies = new int[40];
    int[] reasons = new int[40];
    boolean[] inAlarm = new boolean[40];
    for (int k = 0; k < 900;) {
      if (r.nextInt(40) == 0) {
        level = target * (0.3 + r.nextDouble());
      }
      int length = 1 + r.nextInt(40);
      if (predictive) { // up to the hour's end: the next hour's first minute is observed before it is asked
        length = Math.min(length, (int) (3600 - Math.floorMod(T0 + 60L * k, 3600)) / 60);
      }
      for (int j = 0; j < length; j++) {
        v[j] = Math.max(0, level + (r.nextDouble() - 0.5) * swing);
        if (r.nextInt(16) == 0) { // exactly on a threshold or the target: the reasons' edges
          v[j] = edges[r.nextInt(edges.length)];
        }
        n[j] = 1 + r.nextInt(6);
      }
      long start = T0 + 60L * k;
      long now = start + 60L * lag + offset;
      g.set(single.desired(), single.desired(), 0, 0);
      String at = "seed " + seed + " minute " + k;
      Decision last = null;
      int a = 0;
      long endsBefore = single.quietAlarmEnds();
      int alarmMinutes = 0; // answered in ALARM before the alarms went back to OK
      int endAt = -1; // the minute they did
      if (predictive) { // the run's first minute's load, before its evaluation: an hour's first starts the hour
        observe(single, start, v[0]);
        observe(batch, start, v[0]);
      }
      while (a < length) {
        if (predictive && a > 0) {
          observe(single, start + 60L * a, v[a]);
        }
        Decision d = single.quietMinute(now + 60L * a, start + 60L * a, v[a], n[a]);
        if (d == null) {
          break;
        }
        last = d;
        holds[a] = d.hold();
        holdPolicies[a] = d.holdPolicyIndex();
        inAlarm[a] = false; // the states after the minute: answered in ALARM, or gone back to OK
        for (int i = 0; i < single.alarmCount(); i++) {
          inAlarm[a] |= single.alarmState(i) == AlarmState.ALARM;
        }
        alarmMinutes += inAlarm[a] && single.quietAlarmEnds() == endsBefore ? 1 : 0;
        boolean ended = endAt < 0 && single.quietAlarmEnds() > endsBefore;
        assertThat(single.quietAlarmEndIn(1)).as(at + " + " + a + ": the alarms' end, minute by minute")
            .isEqualTo(ended ? 0 : -1);
        endAt = ended ? a : endAt;
        a++;
      }
      long ends = single.quietAlarmEnds() - endsBefore;
      alarmEnds += ends;
      endsAfterAlarmMinutes += ends > 0 && alarmMinutes > 0 ? 1 : 0;
      Hold lastHold = last == null ? null : last.hold();
      int lastPolicy = last == null ? 0 : last.holdPolicyIndex();
      long lastTime = last == null ? 0 : last.time();
      int lastMax = last == null ? 0 : last.maxSize();
      int b = batch.quietMinutes(now, start, v, n, 0, length);
      assertThat(b).as(at + ": minutes answered").isEqualTo(a);
      assertThat(batch.quietAlarmEnds()).as(at + ": alarms' ends answered").isEqualTo(single.quietAlarmEnds());
      answered += a;
      if (a > 0) {
        Decision q = batch.lastQuietDecision();
        assertThat(q.hold()).as(at).isEqualTo(lastHold);
        assertThat(q.holdPolicyIndex()).as(at).isEqualTo(lastPolicy);
        assertThat(q.time()).as(at).isEqualTo(lastTime);
        assertThat(q.maxSize()).as(at).isEqualTo(lastMax);
        assertThat(q.changed()).as(at).isFalse();
        assertThat(batch.quietAlarmEndIn(b)).as(at + ": the minute the alarms went back to OK").isEqualTo(endAt);
        // every answered minute's reason, read back without recording (ScalingEngine.quietHolds)
        batch.quietHolds(v, 0, b, reasons);
        for (int j = 0; j < b; j++) {
          assertThat(Hold.ofOrdinal(reasons[j])).as(at + " + " + j + ": the reason").isEqualTo(holds[j]);
          assertThat(holds[j] == Hold.NONE ? -1 : batch.quietHoldPolicy()).as(at + " + " + j + ": the policy")
              .isEqualTo(holdPolicies[j]);
          reasonsSeen[reasons[j]] = true;
          answeredInAlarm[reasons[j]] += inAlarm[j] ? 1 : 0;
        }
      }
      if (predictive) {
        for (int j = 1; j <= Math.min(a, length - 1); j++) { // the minutes the single engine observed
          observe(batch, start + 60L * j, v[j]);
        }
        PredictiveEvaluator p = batch.predictivePolicies().get(0);
        predictiveAnswered += a;
        acrossFloorWindows += a > 1 && p.scales()
            && p.hourApplyingAt(now) != p.hourApplyingAt(now + 60L * (a - 1)) ? 1 : 0;
      }
      k += a;
      whole += a == length ? 1 : 0;
      if (a < length) { // the minute not answered, or a missed minute now and then: published (or not), evaluated
        unanswered++;
        long t = T0 + 60L * k + 60L * lag + offset;
        if (r.nextInt(8) != 0) {
          single.publish(0, T0 + 60L * k, v[a], n[a]);
          batch.publish(0, T0 + 60L * k, v[a], n[a]);
        }
        Decision p;
        do {
          p = single.evaluate(t, g);
          Decision e = batch.evaluate(t, g);
          assertThat(e.changed()).as(at).isEqualTo(p.changed());
          assertThat(e.newDesired()).as(at).isEqualTo(p.newDesired());
          assertThat(e.hold()).as(at).isEqualTo(p.hold());
          assertThat(e.time()).as(at).isEqualTo(p.time());
        } while (p.reevaluate());
        k++;
      }
      for (int i = 0; i < single.alarmCount(); i++) {
        assertThat(batch.alarmState(i)).as(at).isEqualTo(single.alarmState(i));
      }
      for (int i = 0; i < single.policyCount(); i++) {
        assertThat(batch.lastProposal(i)).as(at).isEqualTo(single.lastProposal(i));
        assertThat(batch.policy(i).lastHold()).as(at).isEqualTo(single.policy(i).lastHold());
        assertThat(batch.policy(i).lastAlarmName()).as(at).isEqualTo(single.policy(i).lastAlarmName());
        assertThat(Double.doubleToRawLongBits(batch.policy(i).lastMetricValue())).as(at)
            .isEqualTo(Double.doubleToRawLongBits(single.policy(i).lastMetricValue()));
      }
      assertThat(batch.maxSize()).as(at).isEqualTo(single.maxSize()); // IncreaseMaxCapacity's raise
      if (r.nextInt(5) == 0) { // read back now and then: a read puts the deferred datapoints, and runs chain unread
        sameSeries(at, single, batch);
      }
    }
    sameSeries("seed " + seed + " end", single, batch);
  }

  /** A minute's load for the predictive policies' history (two instances at the datapoint's CPU). */
  private static void observe(ScalingEngine engine, long minuteStart, double cpu) {
    engine.observeLoad(minuteStart, Math.min(100, cpu), 2, 2, 0, 0);
  }

  private static void sameSeries(String at, ScalingEngine single, ScalingEngine batch) {
    MetricSeries s = single.alarm(0).series();
    MetricSeries t = batch.alarm(0).series();
    assertThat(Double.doubleToRawLongBits(batch.latest(0))).as(at)
        .isEqualTo(Double.doubleToRawLongBits(single.latest(0)));
    for (long p = s.newestPeriod() - 25; p <= s.newestPeriod(); p++) {
      assertThat(Double.doubleToRawLongBits(t.valueAt(p))).as(at + " period " + p)
          .isEqualTo(Double.doubleToRawLongBits(s.valueAt(p)));
    }
  }
}
