package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
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
 * (published and evaluated by both) the same decisions, alarm states, holds and metric ring.
 */
class QuietMinutesBatchPropertyTest {
  private int answered;
  private int unanswered;
  /** Runs answered whole: the next run continues from where this one's deferral left off. */
  private int whole;
  /** The reasons {@link ScalingEngine#quietHolds} gave, by ordinal. */
  private final boolean[] reasonsSeen = new boolean[Hold.values().length];

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
  }

  private void run(long seed) {
    Random r = new Random(seed);
    double target = 20 + r.nextInt(60);
    int min = r.nextInt(3);
    int max = min + 1 + r.nextInt(12);
    ScalingConfig c = ScalingConfig.builder().autoScalingGroup(Configs.group("g", min, max, min + r.nextInt(max - min)))
        .scalingPolicies(List.of(Configs.tt("cpu", "ASGAverageCPUUtilization", target, r.nextInt(4) == 0))).build();
    TargetTrackingAlarmProfile profile =
        new TargetTrackingAlarmProfile(1 + r.nextInt(5), 1 + r.nextInt(20), 0.5 + r.nextDouble() * 0.45, 60);
    EngineSettings settings = EngineSettings.builder().extraEvaluationRange(r.nextInt(4)).build();
    ScalingEngine single = ScalingEngine.builder(c).alarmProfile(profile).settings(settings).startTime(T0).build();
    ScalingEngine batch = ScalingEngine.builder(c).alarmProfile(profile).settings(settings).startTime(T0).build();
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
    int[] policies = new int[40];
    int[] reasons = new int[40];
    for (int k = 0; k < 900;) {
      if (r.nextInt(40) == 0) {
        level = target * (0.3 + r.nextDouble());
      }
      int length = 1 + r.nextInt(40);
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
      while (a < length) {
        Decision d = single.quietMinute(now + 60L * a, start + 60L * a, v[a], n[a]);
        if (d == null) {
          break;
        }
        last = d;
        holds[a] = d.hold();
        policies[a] = d.holdPolicyIndex();
        a++;
      }
      Hold lastHold = last == null ? null : last.hold();
      int lastPolicy = last == null ? 0 : last.holdPolicyIndex();
      long lastTime = last == null ? 0 : last.time();
      int b = batch.quietMinutes(now, start, v, n, 0, length);
      assertThat(b).as(at + ": minutes answered").isEqualTo(a);
      answered += a;
      if (a > 0) {
        Decision q = batch.lastQuietDecision();
        assertThat(q.hold()).as(at).isEqualTo(lastHold);
        assertThat(q.holdPolicyIndex()).as(at).isEqualTo(lastPolicy);
        assertThat(q.time()).as(at).isEqualTo(lastTime);
        assertThat(q.changed()).as(at).isFalse();
        // every answered minute's reason, read back without recording (ScalingEngine.quietHolds)
        batch.quietHolds(v, 0, b, reasons);
        for (int j = 0; j < b; j++) {
          assertThat(Hold.ofOrdinal(reasons[j])).as(at + " + " + j + ": the reason").isEqualTo(holds[j]);
          assertThat(holds[j] == Hold.NONE ? -1 : batch.quietHoldPolicy()).as(at + " + " + j + ": the policy")
              .isEqualTo(policies[j]);
          reasonsSeen[reasons[j]] = true;
        }
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
      assertThat(batch.policy(0).lastHold()).as(at).isEqualTo(single.policy(0).lastHold());
      if (r.nextInt(5) == 0) { // read back now and then: a read puts the deferred datapoints, and runs chain unread
        sameSeries(at, single, batch);
      }
    }
    sameSeries("seed " + seed + " end", single, batch);
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
