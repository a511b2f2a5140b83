package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Spec §2.2 item 5 [D]: "Without default warmup enabled, the default cooldown may be applied on launches and block
 * dynamic scale-in until it ends." DefaultCooldown is 300 s by default (§3 [D]); the clock starts when the last
 * instance of the activity finished launching (§3 [D]).
 */
class LaunchCooldownTest {
  /** The launched instance is InService (the launch activity's end) 85 s after the decision. */
  private static final long IN_SERVICE = T0 + 60 + 85;

  /** Step +1 above 60 % and -1 below 30 % (1 of 1 each), warm-up 0 so that only the cooldown can block. */
  private static ScalingEngine engine(AutoScalingGroup group, EngineSettings settings) {
    ScalingPolicy out = Configs.stepPolicy("out", Configs.alarm("high", "GreaterThanThreshold", 60, 1, 1, null),
        "ChangeInCapacity", null, Configs.step(0.0, null, 1)).toBuilder().estimatedInstanceWarmup(0).build();
    ScalingPolicy in = Configs.stepPolicy("in", Configs.alarm("low", "LessThanThreshold", 30, 1, 1, null),
        "ChangeInCapacity", null, Configs.step(null, 0.0, -1));
    return ScalingEngine.builder(Configs.config(group, out, in)).settings(settings).build();
  }

  /** Scales 2 -> 3 at minute 1, then reports when the -1 policy first removes an instance (epoch second). */
  private static long firstScaleIn(AutoScalingGroup group, EngineSettings settings) {
    ScalingEngine e = engine(group, settings);
    FakeGroup g = new FakeGroup(2);
    e.publish(0, T0, 80);
    assertThat(e.evaluate(T0 + 60, g).newDesired()).isEqualTo(3);
    g.set(2, 2, 1, 1);
    for (long now = T0 + 120; now <= T0 + 900; now += 60) {
      if (now >= IN_SERVICE) {
        g.set(3, 3, 0, 0);
      }
      if (now - 60 < IN_SERVICE && IN_SERVICE <= now) {
        e.activityCompleted(IN_SERVICE);
      }
      e.publish(0, now - 60, 10);
      if (e.evaluate(now, g).changed()) {
        return now;
      }
    }
    return Long.MAX_VALUE;
  }

  @Test
  @DisplayName("§2.2-5 [D] without DefaultInstanceWarmup, DefaultCooldown (300 s) after the launch blocks scale-in")
  void defaultCooldownBlocksScaleInAfterALaunch() {
    AutoScalingGroup g = Configs.group("g", 1, 10, 2);
    assertThat(firstScaleIn(g, EngineSettings.DEFAULTS)).isEqualTo(T0 + 480).isGreaterThanOrEqualTo(IN_SERVICE + 300);
    AutoScalingGroup shortCooldown = g.toBuilder().defaultCooldown(120).build();
    assertThat(firstScaleIn(shortCooldown, EngineSettings.DEFAULTS)).isEqualTo(T0 + 300);
  }

  @Test
  @DisplayName("§2.2-5 [D] with DefaultInstanceWarmup (even 0) or the setting off, scale-in follows the alarm")
  void noBlockWithDefaultWarmupOrSettingOff() {
    AutoScalingGroup g = Configs.group("g", 1, 10, 2);
    AutoScalingGroup warmup = g.toBuilder().defaultInstanceWarmup(0).build();
    assertThat(firstScaleIn(warmup, EngineSettings.DEFAULTS)).isEqualTo(T0 + 180);
    assertThat(firstScaleIn(g, EngineSettings.builder().launchCooldownBlocksScaleIn(false).build()))
        .isEqualTo(T0 + 180);
  }
}
