package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.config.AutoScalingGroup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * aws-behaviour §11: min 1 / desired 1 / max 10, target tracking CPU 50 with 300 s warm-up; demand 20 % of one instance, 90 %
 * for 30 minutes from t = 0, then 20 % again. The instances are simulated here by hand with the §11.2 assumptions:
 * datapoints visible 90 s after their minute starts, launch → InService 75 s, ALB serving 30 s later, warm 300 s after
 * InService; a terminated instance leaves at once.
 */
class WorkedExampleTest {
  private static final int VISIBLE_AFTER = 90;
  private static final int LAUNCH = 75;
  private static final int APP_START = 30;

  /** One instance beside i-1: launched at {@code launchedAt}, or none. */
  private long launchedAt = Long.MIN_VALUE;
  private int warmup;

  private boolean second() {
    return launchedAt != Long.MIN_VALUE;
  }

  private boolean inService(long t) {
    return second() && t >= launchedAt + LAUNCH;
  }

  private boolean serving(long t) {
    return second() && t >= launchedAt + LAUNCH + APP_START;
  }

  private boolean warm(long t) {
    return second() && t >= launchedAt + LAUNCH + warmup;
  }

  private static double demand(long minute) {
    return minute >= 0 && minute < 30 ? 90 : 20;
  }

  @Test
  @DisplayName("§11 worked example: desired 1 -> 2 about 4 min after the load step, 2 -> 1 about 16 min after the drop")
  void workedExample() {
    AutoScalingGroup g = Configs.group("web-asg", 1, 10, 1).toBuilder().healthCheckType("ELB")
        .healthCheckGracePeriod(300).defaultInstanceWarmup(300).build();
    ScalingEngine e = ScalingEngine.builder(Configs.config(g, Configs.cpu("cpu50", 50, 300))).build();
    List<Decision> changes = new ArrayList<>();
    List<Long> changeMinutes = new ArrayList<>();
    java.util.Map<Long, Hold> holds = new java.util.HashMap<>();
    long nextToPublish = -30;
    FakeGroup view = new FakeGroup(1);
    for (long minute = -29; minute <= 90; minute++) {
      long now = T0 + minute * 60;
      while (T0 + nextToPublish * 60 + VISIBLE_AFTER <= now) {
        long periodStart = T0 + nextToPublish * 60;
        int servingCount = 1 + (serving(periodStart) ? 1 : 0);
        double cpu = Math.min(100, demand(nextToPublish) / servingCount);
        e.publish(0, periodStart, cpu); // every warm instance runs at the same CPU here
        nextToPublish++;
      }
      view.set(1 + (inService(now) ? 1 : 0), 1 + (warm(now) ? 1 : 0), second() && !inService(now) ? 1 : 0,
          second() && !warm(now) ? 1 : 0);
      if (minute == 0) {
        assertThat(e.alarmState(1)).as("idle group: AlarmLow in ALARM before the step").isEqualTo(AlarmState.ALARM);
      }
      Decision d = e.evaluate(now, view);
      holds.put(minute, d.hold());
      if (d.changed()) {
        changes.add(snapshot(d));
        changeMinutes.add(minute);
        if (d.newDesired() > d.oldDesired()) {
          launchedAt = now;
          warmup = d.warmupSeconds();
        } else {
          launchedAt = Long.MIN_VALUE;
        }
      }
      if (minute >= 5 && minute <= 7) {
        assertThat(e.alarmState(0)).as("t=%d: AlarmHigh still ALARM on old 90 %% points", minute)
            .isEqualTo(AlarmState.ALARM);
      }
    }
    assertThat(changes).hasSize(2);
    assertThat(changeMinutes.get(0)).isBetween(3L, 5L).isEqualTo(4L);
    assertThat(changes.get(0).oldDesired()).isEqualTo(1);
    assertThat(changes.get(0).newDesired()).isEqualTo(2);
    assertThat(changes.get(0).metricValue()).isEqualTo(90);
    assertThat(changeMinutes.get(1) - 30).isBetween(15L, 17L).isEqualTo(16L);
    assertThat(changes.get(1).oldDesired()).isEqualTo(2);
    assertThat(changes.get(1).newDesired()).isEqualTo(1);
    assertThat(changes.get(1).metricValue()).isEqualTo(10);
    assertThat(changes.get(1).alarmName()).contains("-AlarmLow-");
    // Why nothing changed in between, from the engine's own path (issue 17 item 3), at the §11.3 rows:
    assertThat(holds.get(-1L)).as("t<0: AlarmLow in ALARM, 'proposal ceil(1x20/50)=1' = desired 1")
        .isEqualTo(Hold.EQUALS_CURRENT);
    assertThat(holds.get(3L)).as("t=3: two 90 %% datapoints visible, AlarmHigh needs 3 of 3")
        .isEqualTo(Hold.SCALE_OUT_PENDING);
    assertThat(holds.get(5L)).as("t≈5-7: AlarmHigh still ALARM, 'N_eff=1, M=90 => 2 <= desired 2'")
        .isEqualTo(Hold.EQUALS_CURRENT);
    assertThat(holds.get(20L)).as("t=10-30: 2 instances at 45 %%, between AlarmLow's 35 and the target 50")
        .isEqualTo(Hold.DEAD_BAND);
    assertThat(holds.get(33L)).as("t≈31.5-45: 'AlarmLow starts counting (needs 15 in a row)'")
        .isEqualTo(Hold.SCALE_IN_PENDING);
    assertThat(holds.get(changeMinutes.get(1))).as("the minute that changed has no hold").isEqualTo(Hold.NONE);
  }

  private static Decision snapshot(Decision d) {
    Decision copy = new Decision();
    copy.reset(d.time(), d.oldDesired(), d.minSize(), d.maxSize());
    copy.policyChange(d.newDesired(), d.source(), d.policyIndex(), d.policyName(), d.alarmName(), d.metricValue(),
        d.warmupSeconds());
    return copy;
  }
}
