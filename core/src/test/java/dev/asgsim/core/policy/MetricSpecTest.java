package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.MetricAlarm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MetricSpecTest {
  private static MetricAlarm alarm(String ns, String name, String stat, int period) {
    return new MetricAlarm("a", ns, name, null, stat, null, null, period, 1, 1, 1.0, "GreaterThanThreshold", null);
  }

  @Test
  @DisplayName("§1.2 [I] user alarms on the group's EC2 and ALB metrics map to the same kinds as predefined metrics")
  void userAlarmsMapToKinds() {
    assertThat(MetricSpec.of(alarm("AWS/EC2", "CPUUtilization", "Average", 60)))
        .isEqualTo(new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60));
    assertThat(MetricSpec.of(alarm("AWS/EC2", "CPUUtilization", "Maximum", 300)))
        .isEqualTo(new MetricSpec(MetricKind.CPU, "CPUUtilization", "Maximum", 300));
    assertThat(MetricSpec.of(alarm("AWS/EC2", "NetworkOut", null, 60)).kind()).isEqualTo(MetricKind.NETWORK_OUT);
    assertThat(MetricSpec.of(alarm("AWS/ApplicationELB", "RequestCountPerTarget", "Sum", 60)).kind())
        .isEqualTo(MetricKind.ALB_REQUEST_COUNT_PER_TARGET);
    assertThat(MetricSpec.of(alarm("AWS/SQS", "ApproximateNumberOfMessagesVisible", "Sum", 60)))
        .isEqualTo(new MetricSpec(MetricKind.CUSTOM, "AWS/SQS/ApproximateNumberOfMessagesVisible", "Sum", 60));
  }
}
