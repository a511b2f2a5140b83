package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScheduledAction;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScheduledScalingTest {
  private static final long START = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();

  private static ScalingEngine engine(int min, int max, int desired, EngineSettings s, ScheduledAction... actions) {
    return ScalingEngine.builder(Configs.config(Configs.group("g", min, max, desired), List.of(actions)))
        .settings(s).build();
  }

  /** Evaluates every minute from START until a change, or {@code minutes} minutes. */
  private static Decision runUntilChange(ScalingEngine e, int minutes) {
    FakeGroup g = new FakeGroup(e.desired());
    Decision d = null;
    for (int k = 0; k <= minutes; k++) {
      d = e.evaluate(START + k * 60L, g);
      if (d.changed()) {
        return d;
      }
    }
    return d;
  }

  @Test
  @DisplayName("§5.1 [D] scheduled action sets min/max/desired, with AWS's Cause text")
  void scheduledActionCause() {
    ScalingEngine e = engine(1, 10, 1, EngineSettings.DEFAULTS, ScheduledAction.builder()
        .scheduledActionName("morning").recurrence("0 9 * * MON-FRI").minSize(1).maxSize(10).desiredCapacity(4)
        .build());
    Decision d = runUntilChange(e, 24 * 60);
    assertThat(d.changed()).isTrue();
    assertThat(d.source()).isEqualTo(DecisionSource.SCHEDULED);
    assertThat(d.reevaluate()).isTrue();
    assertThat(d.time()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z").getEpochSecond());
    assertThat(d.cause()).isEqualTo("At 2026-03-02T09:00:00Z a scheduled action update of AutoScalingGroup "
        + "constraints to min: 1, max: 10, desired: 4 changing the desired capacity from 1 to 4.");
    assertThat(e.desired()).isEqualTo(4);
  }

  @Test
  @DisplayName("§7.1 [D] raising MinSize above desired raises desired; lowering MaxSize lowers it")
  void reclampDesired() {
    ScalingEngine up = engine(1, 10, 2, EngineSettings.DEFAULTS, ScheduledAction.builder()
        .scheduledActionName("floor").startTime(Instant.ofEpochSecond(START + 600)).minSize(5).build());
    Decision d = runUntilChange(up, 60);
    assertThat(d.newDesired()).isEqualTo(5);
    assertThat(up.minSize()).isEqualTo(5);
    ScalingEngine down = engine(1, 10, 8, EngineSettings.DEFAULTS, ScheduledAction.builder()
        .scheduledActionName("cap").startTime(Instant.ofEpochSecond(START + 600)).maxSize(3).build());
    d = runUntilChange(down, 60);
    assertThat(d.newDesired()).isEqualTo(3);
    assertThat(down.maxSize()).isEqualTo(3);
  }

  @Test
  @DisplayName("§5.1 [D] a desired outside the group's bounds is clamped to them at run time [I] (§13 Q13)")
  void desiredOutsideBoundsClamped() {
    ScalingEngine e = engine(1, 5, 1, EngineSettings.DEFAULTS, ScheduledAction.builder()
        .scheduledActionName("big").startTime(Instant.ofEpochSecond(START + 60)).desiredCapacity(9).build());
    assertThat(runUntilChange(e, 10).newDesired()).isEqualTo(5);
  }

  @Test
  @DisplayName("§5.1 [D] execution delay (a parameter, default 0) postpones the action")
  void executionDelay() {
    ScalingEngine e = engine(1, 10, 1, EngineSettings.builder().scheduledActionDelaySeconds(120).build(),
        ScheduledAction.builder().scheduledActionName("late").startTime(Instant.ofEpochSecond(START + 600))
            .desiredCapacity(3).build());
    assertThat(runUntilChange(e, 60).time()).isEqualTo(START + 720);
  }

  @Test
  @DisplayName("§5.1 [I] dynamic policies act inside the new bounds after the action (re-evaluate at the same time)")
  void dynamicPoliciesRunAfterScheduledAction() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1), List.of(
        ScheduledAction.builder().scheduledActionName("four").startTime(Instant.ofEpochSecond(START + 300))
            .desiredCapacity(4).build()), Configs.cpu("cpu", 50, 300))).build();
    FakeGroup g = new FakeGroup(1);
    for (int k = 0; k < 5; k++) {
      e.publish(0, START + k * 60L, 90);
    }
    Decision d = e.evaluate(START + 300, g);
    assertThat(d.source()).isEqualTo(DecisionSource.SCHEDULED);
    assertThat(d.newDesired()).isEqualTo(4);
    d = e.evaluate(START + 300, g.set(1, 1, 3, 0));
    assertThat(d.changed()).isFalse(); // TT wants ceil(1 x 90 / 50) = 2 < 4: warming capacity counts
    assertThat(e.desired()).isEqualTo(4);
  }
}
