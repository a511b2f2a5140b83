package dev.asgsim.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The wording of DescribeScalingActivities, aws-behaviour §10.3 [D] (as-verify-scaling-activity page). */
class ActivityTextTest {
  static final long T = 1_638_439_440L; // 2021-12-02T10:04:00Z

  @Test
  @DisplayName("§10.3 [D] target tracking Cause: \"At <t> a monitor alarm … in state ALARM triggered policy <policy> "
      + "changing the desired capacity from 1 to 2. At <t'> an instance was started in response to a difference between "
      + "desired and actual capacity, increasing the capacity from 1 to 2.\"")
  void targetTrackingLaunchCause() {
    String cause = ActivityText.join(
        ActivityText.alarmTriggeredPolicy(T, "TargetTracking-web-asg-AlarmHigh-1", "cpu50", 1, 2),
        ActivityText.startedForCapacity(T + 10, 1, 2));
    assertThat(cause).isEqualTo("At 2021-12-02T10:04:00Z a monitor alarm TargetTracking-web-asg-AlarmHigh-1 in state "
        + "ALARM triggered policy cpu50 changing the desired capacity from 1 to 2. At 2021-12-02T10:04:10Z an instance "
        + "was started in response to a difference between desired and actual capacity, increasing the capacity from 1 "
        + "to 2.");
  }

  @Test
  @DisplayName("§10.3 [D] Description: \"Launching a new EC2 instance: i-…\" / \"Terminating EC2 instance: i-…\"")
  void descriptions() {
    assertThat(ActivityText.launchDescription("i-0abc")).isEqualTo("Launching a new EC2 instance: i-0abc");
    assertThat(ActivityText.terminateDescription("i-0abc")).isEqualTo("Terminating EC2 instance: i-0abc");
    assertThat(ActivityText.details("eu-west-1a")).isEqualTo("{\"Availability Zone\":\"eu-west-1a\"}");
    assertThat(ActivityText.details(null)).isEqualTo("{}");
  }

  @Test
  @DisplayName("scale-in, scheduled and replacement Causes name the time, the capacities and the instance")
  void otherCauses() {
    assertThat(ActivityText.takenOutForCapacity(T, 3, 2, "i-0abc")).isEqualTo("At 2021-12-02T10:04:00Z an instance "
        + "was taken out of service in response to a difference between desired and actual capacity, shrinking the "
        + "capacity from 3 to 2. At 2021-12-02T10:04:00Z instance i-0abc was selected for termination.");
    assertThat(ActivityText.scheduledUpdate(T, 1, 4, 1, 2)).isEqualTo("At 2021-12-02T10:04:00Z a scheduled action "
        + "update of AutoScalingGroup constraints to min: 1, max: 4, desired: 2 changing the desired capacity from 1 "
        + "to 2.");
    assertThat(ActivityText.policyChanged(T, "hpa", 2, 5)).isEqualTo("At 2021-12-02T10:04:00Z policy hpa changing the "
        + "desired capacity from 2 to 5.");
    assertThat(ActivityText.takenOutForHealthCheck(T)).endsWith("in response to an ELB system health check failure.");
    assertThat(ActivityText.takenOutForMaxLifetime(T)).endsWith("in response to the maximum instance lifetime.");
    assertThat(ActivityText.join("", "At x.")).isEqualTo("At x.");
  }

  @Test
  @DisplayName("the hand-written timestamp is Instant.toString's text: random seconds, day and year edges, leap days, "
      + "and the instants before 1970 and from year 10000 that it hands to Instant")
  void timestampsAreInstantToString() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(103);
    long[] edges = {0, 59, 60, 86_399, 86_400, 951_782_400L /* 2000-02-29 */, 4_107_542_399L /* 2100-02-28T23:59:59 */,
        T, 253_402_300_799L, 253_402_300_800L, -1, -86_401, Long.MAX_VALUE / 1000, -62_167_219_200L};
    for (long t : edges) {
      assertThat(ActivityText.at(t)).isEqualTo(java.time.Instant.ofEpochSecond(t).toString());
    }
    for (int k = 0; k < 50_000; k++) {
      long t = random.nextLong(-1_000_000_000L, 260_000_000_000L);
      assertThat(ActivityText.at(t)).isEqualTo(java.time.Instant.ofEpochSecond(t).toString());
    }
  }
}
