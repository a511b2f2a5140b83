package dev.asgsim.aws.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.mapping.Fixtures;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.stub.StubAutoScaling;
import dev.asgsim.aws.stub.StubCloudWatch;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.autoscaling.model.Alarm;
import software.amazon.awssdk.services.autoscaling.model.PutScalingPolicyResponse;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;

/** The apply paths moto cannot show: PolicyARN in the reply, the managed alarms AWS creates. */
class ApplierTest {
  private final StubAutoScaling autoScaling = new StubAutoScaling();
  private final StubCloudWatch cloudWatch = new StubCloudWatch();
  private final Applier applier = new Applier(autoScaling, cloudWatch);

  private static MetricAlarm alarm(String name, ComparisonOperator op, double threshold, int periods, Integer dta) {
    return MetricAlarm.builder().alarmName(name).metricName("CPUUtilization").namespace("AWS/EC2")
        .comparisonOperator(op).threshold(threshold).evaluationPeriods(periods).datapointsToAlarm(dta).period(60)
        .build();
  }

  private static Plan put(ScalingPolicy p) {
    return new Plan("web", true, List.of(new Change.PolicyChange(Change.Kind.PUT_POLICY, p, List.of(), null)));
  }

  @Test
  @DisplayName("§1.4 [O] the alarms AWS returns from PutScalingPolicy are read back: 3 of 3 > 50, 15 of 15 < 35")
  void targetTrackingAlarmsReadBack() {
    autoScaling.putPolicyReply = PutScalingPolicyResponse.builder().policyARN("arn:p")
        .alarms(Alarm.builder().alarmName("TargetTracking-web-AlarmHigh-1").build(),
            Alarm.builder().alarmName("TargetTracking-web-AlarmLow-1").build()).build();
    cloudWatch.alarms = List.of(
        alarm("TargetTracking-web-AlarmHigh-1", ComparisonOperator.GREATER_THAN_THRESHOLD, 50, 3, 3),
        alarm("TargetTracking-web-AlarmLow-1", ComparisonOperator.LESS_THAN_THRESHOLD, 35, 15, 15));

    ApplyResult r = applier.apply(put(ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 50.0, 300)));

    assertThat(r.succeeded()).isTrue();
    assertThat(r.alarms()).singleElement().satisfies(a -> {
      assertThat(a.profile()).isEqualTo(new TargetTrackingAlarmProfile(3, 15, 0.7, 60));
      assertThat(a.descriptions()).containsExactly(
          "TargetTracking-web-AlarmHigh-1: CPUUtilization > 50.0 for 3 of 3 datapoints of 60 s",
          "TargetTracking-web-AlarmLow-1: CPUUtilization < 35.0 for 15 of 15 datapoints of 60 s");
    });
  }

  @Test
  @DisplayName("§1.4 [O] tuned alarms (Nov 2024): other datapoints and factor are reported as read, not assumed")
  void tunedAlarmsAreReportedAsRead() {
    autoScaling.putPolicyReply = PutScalingPolicyResponse.builder()
        .alarms(Alarm.builder().alarmName("H").build(), Alarm.builder().alarmName("L").build()).build();
    cloudWatch.alarms = List.of(alarm("H", ComparisonOperator.GREATER_THAN_THRESHOLD, 60, 2, null),
        alarm("L", ComparisonOperator.LESS_THAN_THRESHOLD, 54, 10, 8));
    ApplyResult r = applier.apply(put(ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 60.0, null)));
    assertThat(r.alarms().get(0).profile()).isEqualTo(new TargetTrackingAlarmProfile(2, 8, 0.9, 60));
  }

  @Test
  @DisplayName("without alarm names in the reply (moto), they are looked up with DescribePolicies")
  void alarmNamesFromDescribePolicies() {
    autoScaling.policies = List.of(software.amazon.awssdk.services.autoscaling.model.ScalingPolicy.builder()
        .policyName("cpu").alarms(Alarm.builder().alarmName("H").build(), Alarm.builder().alarmName("L").build())
        .build());
    cloudWatch.alarms = List.of(alarm("H", ComparisonOperator.GREATER_THAN_THRESHOLD, 50, 3, 3),
        alarm("L", ComparisonOperator.LESS_THAN_THRESHOLD, 35, 15, 15));
    ApplyResult r = applier.apply(put(ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 50.0, null)));
    assertThat(r.alarms().get(0).profile()).isEqualTo(new TargetTrackingAlarmProfile(3, 15, 0.7, 60));
  }

  @Test
  @DisplayName("§9.10 a step policy's alarm is put with the PolicyARN from the reply as its action")
  void stepAlarmUsesReplyArn() {
    autoScaling.putPolicyReply = PutScalingPolicyResponse.builder().policyARN("arn:from-reply").build();
    ApplyResult r = applier.apply(put(Fixtures.step()));
    assertThat(r.succeeded()).isTrue();
    assertThat(cloudWatch.requests).singleElement().isInstanceOfSatisfying(PutMetricAlarmRequest.class, a -> {
      assertThat(a.alarmName()).isEqualTo("step-out-high");
      assertThat(a.alarmActions()).containsExactly("arn:from-reply");
    });
  }

  @Test
  @DisplayName("§9.10 without PolicyARN in the reply (moto), the ARN is read with DescribePolicies")
  void stepAlarmArnFromDescribePolicies() {
    autoScaling.policies = List.of(software.amazon.awssdk.services.autoscaling.model.ScalingPolicy.builder()
        .policyName("step-out").policyARN("arn:described").build());
    applier.apply(put(Fixtures.step()));
    assertThat(((PutMetricAlarmRequest) cloudWatch.requests.get(0)).alarmActions()).containsExactly("arn:described");
  }

  @Test
  @DisplayName("manual changes are never sent")
  void manualChangesAreSkipped() {
    Plan plan = new Plan("web", true, List.of(new Change.ManualChange("web", List.of(), "by hand")));
    ApplyResult r = applier.apply(plan);
    assertThat(r.done()).isEmpty();
    assertThat(autoScaling.requests).isEmpty();
  }
}
