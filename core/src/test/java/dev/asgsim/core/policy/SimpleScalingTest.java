package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static dev.asgsim.core.policy.Configs.alarm;
import static dev.asgsim.core.policy.Configs.simplePolicy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.MetricAlarm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimpleScalingTest {
  private static final MetricAlarm HIGH = alarm("high", "GreaterThanThreshold", 50, 1, 1, null);

  private static Decision at(ScalingEngine e, long minute, double value, GroupView g) {
    e.publish(0, T0 + (minute - 1) * 60, value);
    return e.evaluate(T0 + minute * 60, g);
  }

  @Test
  @DisplayName("§3 [D] simple: ignored during its activity; cooldown (policy Cooldown 120) starts when the activity "
      + "completes")
  void cooldownStartsWhenActivityCompletes() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1),
        simplePolicy("plus1", HIGH, "ChangeInCapacity", 1, 120))).build();
    FakeGroup g = new FakeGroup(1);
    assertThat(at(e, 1, 90, g).newDesired()).isEqualTo(2);
    assertThat(e.simpleScalingBlocked(T0 + 60)).isTrue();
    for (long m = 2; m <= 5; m++) {
      assertThat(at(e, m, 90, g).changed()).as("minute %d, activity in progress", m).isFalse();
    }
    e.activityCompleted(T0 + 5 * 60 + 30);
    assertThat(at(e, 6, 90, g).changed()).isFalse();
    assertThat(at(e, 7, 90, g).changed()).isFalse(); // 7:00 < 5:30 + 120 s
    Decision d = at(e, 8, 90, g);
    assertThat(d.changed()).isTrue();
    assertThat(d.newDesired()).isEqualTo(3);
    assertThat(d.source()).isEqualTo(DecisionSource.SIMPLE);
  }

  @Test
  @DisplayName("§3 [D] simple: without a policy Cooldown the group's DefaultCooldown (300 s) applies")
  void defaultCooldownApplies() {
    AutoScalingGroup g0 = Configs.group("g", 1, 10, 1);
    ScalingEngine e = ScalingEngine.builder(Configs.config(g0,
        simplePolicy("plus1", HIGH, "ChangeInCapacity", 1, null))).build();
    FakeGroup g = new FakeGroup(1);
    assertThat(at(e, 1, 90, g).changed()).isTrue();
    e.activityCompleted(T0 + 2 * 60);
    assertThat(at(e, 6, 90, g).changed()).isFalse(); // 6:00 < 2:00 + 300 s
    assertThat(at(e, 7, 90, g).changed()).isTrue();
  }

  @Test
  @DisplayName("§3 [D] step scaling keeps responding during a simple policy's cooldown")
  void stepIgnoresSimpleCooldown() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1),
        simplePolicy("plus1", HIGH, "ChangeInCapacity", 1, 600),
        Configs.stepPolicy("step", HIGH, "ChangeInCapacity", null, Configs.step(40.0, null, 3)))).build();
    FakeGroup g = new FakeGroup(1);
    Decision d = at(e, 1, 60, g);
    assertThat(d.policyName()).isEqualTo("plus1");
    assertThat(d.newDesired()).isEqualTo(2);
    g.set(1, 1, 1, 1); // the simple policy's instance is pending: step counts it as already added
    d = at(e, 2, 95, g);
    assertThat(d.policyName()).isEqualTo("step");
    assertThat(d.newDesired()).isEqualTo(4);
  }

  @Test
  @DisplayName("§3 [D]: \"A simple scaling policy must also wait for an in-progress scaling activity or health check "
      + "replacement to complete\"; \"with step scaling, the policy continues to respond to additional alarms, even "
      + "while a scaling activity or health check replacement is in progress\" (issue 11 item 11)")
  void simpleWaitsForAHealthReplacementStepDoesNot() {
    ScalingEngine simple = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 2),
        simplePolicy("plus1", HIGH, "ChangeInCapacity", 1, 0))).build();
    FakeGroup g = new FakeGroup(2);
    g.replacingUnhealthy = true;
    assertThat(at(simple, 1, 90, g).changed()).as("replacement in progress").isFalse();
    assertThat(at(simple, 2, 90, g).changed()).isFalse();
    g.replacingUnhealthy = false;
    Decision d = at(simple, 3, 90, g);
    assertThat(d.changed()).as("replacement done, no cooldown running").isTrue();
    assertThat(d.newDesired()).isEqualTo(3);

    ScalingEngine step = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 2),
        Configs.stepPolicy("step", HIGH, "ChangeInCapacity", null, Configs.step(40.0, null, 1)))).build();
    FakeGroup h = new FakeGroup(2);
    h.replacingUnhealthy = true;
    assertThat(at(step, 1, 90, h).newDesired()).as("step scaling ignores the replacement").isEqualTo(3);
  }
}
